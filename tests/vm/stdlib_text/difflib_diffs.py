# unified_diff, context_diff, ndiff/Differ, restore, diff_bytes.
import difflib
import sys

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'ten\n', 'eleven\n']
sys.stdout.writelines(difflib.unified_diff(a, b, 'old.txt', 'new.txt', '2024-01-01', '2024-01-02'))
sys.stdout.writelines(difflib.unified_diff(a, b, n=1))
sys.stdout.writelines(difflib.context_diff(a, b, 'old.txt', 'new.txt'))
sys.stdout.writelines(difflib.context_diff(a, a[:3] + a[4:], n=0))
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')), list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff([], ['x\n'])), list(difflib.context_diff(['x\n'], [])))
text1 = ['  1. Beautiful is better than ugly.\n', '  2. Explicit is better than implicit.\n',
         '  3. Simple is better than complex.\n', '  4. Complex is better than complicated.\n']
text2 = ['  1. Beautiful is better than ugly.\n', '  3.   Simple is better than complex.\n',
         '  4. Complicated is better than complex.\n', '  5. Flat is better than nested.\n']
delta = list(difflib.ndiff(text1, text2))
sys.stdout.writelines(delta)
print(''.join(difflib.restore(delta, 1)) == ''.join(text1), ''.join(difflib.restore(delta, 2)) == ''.join(text2))
sys.stdout.writelines(difflib.ndiff(['abcDefghiJkl\n', 'same\n', 'zzz\n'], ['abcdefGhijkl\n', 'same\n', 'qqq\n', 'yyy\n']))
sys.stdout.writelines(difflib.Differ().compare(['\tindented tab\n'], ['    indented tab!\n']))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'b\n'], b'x', b'y')))
for f in [lambda: list(difflib.unified_diff([1], ['a'])), lambda: list(difflib.context_diff(['a'], [b'b'])),
          lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=3)), lambda: list(difflib.restore([], 3)),
          lambda: list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
