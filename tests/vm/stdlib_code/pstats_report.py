# pstats over a hand-made stats dict with fixed times: print_stats layout,
# restrictions, sort keys, callers/callees, strip_dirs, add, dump/load.
import io, marshal, os, re, tempfile
import pstats
from pstats import SortKey

F = ('/src/pkg/a.py', 10, 'f')
G = ('/src/pkg/a.py', 20, 'g')
L = ('~', 0, '<built-in method builtins.len>')
H = ('/other/b.py', 5, 'h')
TABLE = {F: (2, 2, 0.5, 1.25, {G: (2, 2, 0.5, 1.25)}),
         G: (1, 3, 0.25, 1.5, {G: (2, 1, 0.1, 0.2), H: (1, 1, 0.15, 1.3)}),
         L: (4, 4, 0.001, 0.001, {F: (4, 4, 0.001, 0.001)}),
         H: (1, 1, 0.0, 1.5, {})}

def show(stats):
    text = stats.stream.getvalue()
    stats.stream.seek(0); stats.stream.truncate()
    text = re.sub(r'^\w{3} \w{3} [ \d]\d [\d:]+ \d{4}    ', '<date>    ', text, flags=re.M)
    print(text.replace(TMP[0], '<tmp>'), end='')

TMP = []

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'table.prof')
    with open(path, 'wb') as f:
        marshal.dump(TABLE, f)
    s = pstats.Stats(path, stream=io.StringIO())
    TMP.append(d)
    print([x.endswith('    ' + path) for x in s.files], s.total_calls, s.prim_calls, round(s.total_tt, 3), s.max_name_len)
    show(s.print_stats())
    s.files = []
    show(s.sort_stats('cumulative').print_stats(2))
    show(s.sort_stats(SortKey.NAME, SortKey.LINE).print_stats(0.5, 'a.py'))
    show(s.sort_stats(1).print_stats('g', 1))
    show(s.sort_stats('pcalls').print_stats('(', 0.0))
    show(s.sort_stats('tim').print_stats(True, -1, None, 1.5))
    show(s.sort_stats(SortKey.FILENAME).print_callers())
    show(s.sort_stats('nfl').print_callees())
    show(s.print_callers('^/src'))
    show(s.reverse_order().print_stats())
    show(s.print_stats('zzz'))
    for field in [('bogus',), (7,), ('c',), ('cum',), (SortKey.CALLS, 'time'), (1, 2)]:
        try:
            s.sort_stats(*field)
        except Exception as e:
            print(field, type(e).__name__, e)
    print(s.sort_stats('stdname').sort_type, [pstats.func_std_string(f) for f in s.fcn_list])
    print(s.sort_stats().fcn_list, s.sort_stats('ncalls').sort_type, s.sort_stats(-1).sort_type)
    out = os.path.join(d, 'copy.prof')
    s.strip_dirs().dump_stats(out)
    t = pstats.Stats(out, stream=io.StringIO())
    print(sorted(t.stats), t.fcn_list)
    t.files = []
    show(t.print_stats())
    t.add(path, pstats.Stats(path))
    t.files = []
    show(t.sort_stats('calls').print_stats())
    print(t.stats[('a.py', 10, 'f')])
    u = pstats.Stats(stream=io.StringIO())
    show(u.print_stats())
    show(u.print_callers())
    print(u.stats, u.files)
for bad in (123, [1]):
    try:
        pstats.Stats(bad)
    except TypeError as e:
        print(e)
print(pstats.f8(1.23456), repr(pstats.f8(12345.6789)), pstats.func_std_string(('~', 0, 'len')),
      pstats.func_std_string(('', 0, 'append')), pstats.func_strip_path(('/a/b/c.py', 1, 'x')))
print(list(SortKey), SortKey('ncalls'), SortKey('tottime') is SortKey.TIME, SortKey.CUMULATIVE == 'cumulative')
