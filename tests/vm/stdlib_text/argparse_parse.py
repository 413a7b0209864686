# argparse: positionals, optionals, types, choices, nargs, defaults, actions.
import argparse
import sys

sys.stderr = sys.stdout


def run(parser, args):
    try:
        print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print(args, '-> exit', e.code)


p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('-n', '--count', type=int, default=1)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-I', action='append', dest='includes')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append_const', const='t', dest='tags')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--ratio', type=float)
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--bool', action=argparse.BooleanOptionalAction, default=True)
for args in [['a'], ['a', 'b'], ['a', '-n', '5', '-vvv', '-q'], ['a', '--count=7', '-v', '--verbose'],
             ['-n3', 'x'], ['a', '--no-color', '--mode', 'slow'], ['a', '-I', 'x', '-Iy', '--includes' if False else '-I', 'z'],
             ['a', '--const', '--tag', '--tag'], ['a', '--ext', '1', '2', '--ext', '3'], ['a', '--ratio', '-1.5'],
             ['a', '--pair', 'k', 'v'], ['a', '--opt'], ['a', '--opt', 'x'], ['a', '--no-bool'], ['a', '--bool'],
             ['--', '-a'], ['a', '--', '-b'], ['a', '--co', '2'], ['a', '--mo=slow'], ['-qv', 'a'], ['-qvn4', 'a']]:
    run(p, args)

q = argparse.ArgumentParser(prog='multi')
q.add_argument('first', type=int)
q.add_argument('rest', nargs='*')
q.add_argument('--plus', nargs='+', type=int)
q.add_argument('--star', nargs='*')
q.add_argument('--rem', nargs=argparse.REMAINDER)
for args in [['1'], ['1', 'a', 'b'], ['1', '--plus', '2', '3', 'x'], ['1', '--star'], ['1', '--star', 'a', 'b'],
             ['1', '--rem', '--plus', 'x'], ['-5' if False else '7', 'a', '--', '--plus']]:
    run(q, args)

r = argparse.ArgumentParser(prog='neg')
r.add_argument('x', type=int)
r.add_argument('-1', dest='one', action='store_true')
run(r, ['-1', '5'])
s = argparse.ArgumentParser(prog='negnum')
s.add_argument('x', type=float)
s.add_argument('-f')
run(s, ['-2.5'])
run(s, ['-f', '-3', '4'])

d = argparse.ArgumentParser(prog='defs', argument_default=argparse.SUPPRESS)
d.add_argument('--a', type=int)
d.add_argument('--b', default='5', type=int)
d.set_defaults(c=3, b='9')
print(d.parse_args([]), d.parse_args(['--a', '1']), d.get_default('b'), d.get_default('c'))
e = argparse.ArgumentParser(prog='known')
e.add_argument('--x')
print(e.parse_known_args(['--x', '1', '--y', '2', 'z']))
ns = argparse.Namespace(pre=1)
print(e.parse_args(['--x', '3'], namespace=ns), ns, 'x' in ns, argparse.Namespace(a=1) == argparse.Namespace(a=1))
f = argparse.ArgumentParser(prog='files', fromfile_prefix_chars='@')
f.add_argument('items', nargs='*')
print(f.parse_args(['a', 'b']), repr(argparse.FileType('w', encoding='utf-8')), repr(argparse.FileType()))
g = argparse.ArgumentParser(prog='abbr', allow_abbrev=False)
g.add_argument('--verbose', action='store_true')
run(g, ['--verb'])
print(repr(p._actions[2]))
print(repr(argparse.ArgumentParser(prog='x')))
