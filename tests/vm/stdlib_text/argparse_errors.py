# argparse errors: messages, exit status 2, definition-time ValueErrors.
import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='err')
p.add_argument('n', type=int)
p.add_argument('--level', type=int, choices=range(1, 4))
p.add_argument('--name', choices=['x', 'y'])
p.add_argument('--two', nargs=2)
p.add_argument('--plus', nargs='+')
p.add_argument('--flag', action='store_true')
p.add_argument('--file', type=argparse.FileType('r'))
p.add_argument('--req-like', type=lambda s: s if s.isupper() else (_ for _ in ()).throw(argparse.ArgumentTypeError('must be upper')))
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-x', action='store_true')
m = p.add_mutually_exclusive_group()
m.add_argument('--on', action='store_true')
m.add_argument('--off', action='store_true')
for args in [[], ['x'], ['1', '--level', '9'], ['1', '--level', 'a'], ['1', '--name', 'z'], ['1', '--two', 'a'],
             ['1', '--plus'], ['1', '--flag=yes'], ['1', '--file', '/nonexistent/file'], ['1', '--req-like', 'low'],
             ['1', '--ver'], ['1', '--on', '--off'], ['1', 'extra', 'args'], ['1', '--unknown'], ['1', '-fx'], ['1', '--level']]:
    try:
        print(args, p.parse_args(args))
    except SystemExit as e:
        print(args, 'exit', e.code)
quiet = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
quiet.add_argument('--n', type=int)
try:
    quiet.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, e.argument_name, e.message)
for kwargs in [dict(action='store', nargs=0), dict(action='bogus'), dict(type='int'), dict(type=argparse.FileType),
               dict(nargs='x'), dict(metavar=('A', 'B'), nargs=3), dict(action='append', nargs=0), dict(const=1)]:
    try:
        argparse.ArgumentParser().add_argument('--z', **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda a: a.add_argument('pos', required=True), lambda a: a.add_argument('x', dest='y'),
             lambda a: a.add_argument('-h'), lambda a: a.add_argument('--', dest=None),
             lambda a: a.add_argument('-q', '+z'), lambda a: a.add_mutually_exclusive_group().add_argument('p')]:
    try:
        call(argparse.ArgumentParser())
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser(conflict_handler='nope')
except ValueError as e:
    print('ValueError', e)
res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-x', '--xx', help='first')
res.add_argument('-x', help='second')
print(res.format_help())
p.exit(0, 'bye\n') if False else None
p.parse_args(['1', '--level', '0'])
