# difflib: hint lines under tabs, anchoring replaced blocks on identical lines,
# line junk, popular elements, grouped opcodes at the edges, bytes diffs.
import difflib, sys

def show(lines):
    for line in lines:
        print(repr(line))

show(difflib.ndiff(['\tone two\n', '  x\ty z\n'], ['\tone tw0\n', '  x\ty q\n']))
show(difflib.ndiff(['keep\n', 'alpha beta\n', 'gamma\n'], ['gamma\n', 'alpha bet\n', 'keep\n']))
show(difflib.ndiff(['aaa\n', 'same\n', 'bbb\n'], ['xxx\n', 'same\n', 'yyy\n', 'zzz\n']))
show(difflib.ndiff(['abc'], ['abd']))
show(difflib.ndiff(['a\n', '#\n', 'b\n'], ['a\n', '  \n', 'b\n'], linejunk=difflib.IS_LINE_JUNK))
show(difflib.Differ(charjunk=lambda c: c == 'x').compare(['axbxcxd\n'], ['axbycxd\n']))
print(list(difflib.ndiff([], [])), list(difflib.ndiff(['x'], [])))

s = difflib.SequenceMatcher(None, 'x' + 'ab' * 150, 'ab' * 150 + 'y')
print(sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 5))
s = difflib.SequenceMatcher(lambda c: c in 'ab', 'xaby', 'qabz')
print(s.find_longest_match(), s.get_opcodes(), s.b2j)
s = difflib.SequenceMatcher(None, 'aaabbb', 'bbbaaa')
print(s.quick_ratio(), s.ratio(), s.get_matching_blocks())
s = difflib.SequenceMatcher(None, [1, 2, 3] * 3, [3, 2, 1] * 3)
print(s.get_opcodes())
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, 'a' * 10 + 'b', 'a' * 10 + 'c').get_grouped_opcodes(2)))
m = difflib.SequenceMatcher(None, 'abcd', 'xbcy').find_longest_match()
print(m, m.a, m.size, type(m).__name__, difflib.Match(1, 2, 3))

a = ['l%d\n' % i for i in range(20)]
b = a[:5] + ['new\n'] + a[7:15] + a[16:]
sys.stdout.writelines(difflib.context_diff(a, b, 'a', 'b', 'then', 'now', n=2))
sys.stdout.writelines(difflib.unified_diff(a, b, n=0))
sys.stdout.buffer.write(b''.join(difflib.diff_bytes(difflib.context_diff, [b'x\n', b'\xfe\n'],
                                                    [b'x\n', b'\xfd\n'], b'old', b'new', b'd1', b'd2')))
sys.stdout.flush()
print(difflib.get_close_matches('ab', ['ab', 'ba', 'abc', 'aab', 'xb'], n=10, cutoff=0.0))
print(difflib.get_close_matches('hello', ('hallo', 'hullo', 'help', 'yellow'), 2))
