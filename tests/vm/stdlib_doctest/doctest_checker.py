# doctest.OutputChecker: every comparison flag, the ellipsis rules, and the
# difference reports (plain, unified, context and ndiff).
import doctest

checker = doctest.OutputChecker()
cases = [
    ('1\n', 'True\n', 0), ('0\n', 'False\n', 0), ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
    ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', 0), ('a\n<BLANKLINE>  \nb\n', 'a\n   \nb\n', 0),
    ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', doctest.DONT_ACCEPT_BLANKLINE),
    ('a b\n', 'a   b\n', 0), ('a b\n', 'a \n  b\n', doctest.NORMALIZE_WHITESPACE),
    ('a...z\n', 'abcz\n', doctest.ELLIPSIS), ('a...z\n', 'az\n', doctest.ELLIPSIS),
    ('a...a\n', 'a\n', doctest.ELLIPSIS), ('...\n', 'anything\nat all\n', doctest.ELLIPSIS),
    ('x...y...z\n', 'x1z2y3z\n', doctest.ELLIPSIS), ('x...y...z\n', 'xzy\n', doctest.ELLIPSIS),
    ('[1, ..., 5]\n', '[1, 2, 3, 4, 5]\n', doctest.ELLIPSIS), ('...\n', 'x\n', 0),
    ('a ... b\n', 'a  1\n  2 b\n', doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE),
]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))

example = doctest.Example('f()', 'one\ntwo\nthree\nfour\n')
got = 'one\n2\nthree\nfour\n\n'
for flags in (0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF,
              doctest.DONT_ACCEPT_BLANKLINE):
    print(checker.output_difference(example, got, flags), end='---\n')
short = doctest.Example('f()', 'x\n')
print(checker.output_difference(short, 'y\n', doctest.REPORT_UDIFF), end='---\n')
print(checker.output_difference(short, 'x y\n', doctest.REPORT_NDIFF), end='---\n')
print(checker.output_difference(short, '', 0), end='---\n')
print(checker.output_difference(doctest.Example('f()', ''), 'out\n   \n', 0), end='---\n')
print(checker.output_difference(doctest.Example('f()', ''), '', 0), end='---\n')
