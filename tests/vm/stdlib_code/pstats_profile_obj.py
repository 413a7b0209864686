# pstats.Stats.get_stats_profile(): FunctionProfile/StatsProfile dataclasses,
# in listing order, rounded like the printed columns; -1 per-call without calls.
import dataclasses, marshal, os, tempfile
import pstats

TABLE = {('/src/a.py', 10, 'f'): (2, 2, 0.5, 1.25, {}),
         ('/src/a.py', 20, 'g'): (1, 3, 0.3, 0.6, {}),
         ('~', 0, '<built-in method builtins.len>'): (4, 4, 0.001, 0.001, {}),
         ('/other/b.py', 5, 'h'): (0, 0, 0.0, 0.0, {})}

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 't.prof')
    with open(path, 'wb') as f:
        marshal.dump(TABLE, f)
    s = pstats.Stats(path)
    for order in ((), ('calls',), ('name',)):
        if order:
            s.sort_stats(*order)
        sp = s.get_stats_profile()
        print(order, sp.total_tt, list(sp.func_profiles))
        for name, fp in sp.func_profiles.items():
            print('   ', name, fp)
    s.strip_dirs()
    fp = s.get_stats_profile().func_profiles['g']
    print(fp.file_name, fp.line_number, fp.ncalls, fp.percall_tottime)
print([f.name for f in dataclasses.fields(pstats.FunctionProfile)])
print([f.name for f in dataclasses.fields(pstats.StatsProfile)])
a = pstats.FunctionProfile('1', 0.0, 0.0, 0.0, 0.0, 'x.py', 1)
print(a == pstats.FunctionProfile('1', 0.0, 0.0, 0.0, 0.0, 'x.py', 1), hash(a) == hash(dataclasses.replace(a)))
print(pstats.StatsProfile(1.0, {}), sorted(pstats.__all__))
