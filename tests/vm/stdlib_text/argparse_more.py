# argparse: parents, custom actions, required options, nargs on positionals, prefix matching.
import argparse
import sys

sys.stderr = sys.stdout


def run(p, args):
    try:
        print(args, '->', p.parse_args(args))
    except SystemExit as e:
        print(args, '-> exit', e.code)


base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg.ini', help='config file (default: %(default)s)')
g = base.add_argument_group('auth')
g.add_argument('--user', required=True)
child = argparse.ArgumentParser(prog='child', parents=[base], description='uses a parent')
child.add_argument('coords', nargs=2, type=float)
child.add_argument('--point', nargs=2, metavar=('X', 'Y'))
child.add_argument('names', nargs='*', default=['anon'])
child.add_argument('--upper', type=str.upper)
child.print_help()
for args in [['--user', 'u', '1', '2'], ['1', '2', 'a', 'b', '--user=me', '--upper', 'shout'], ['1'], ['--user', 'x', '1', 'y']]:
    run(child, args)


class Collect(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest) or []
        items.append((option_string, values))
        setattr(namespace, self.dest, items)


c = argparse.ArgumentParser(prog='custom')
c.add_argument('-a', '--add', action=Collect, nargs='?', const='C')
c.add_argument('--sum', nargs='+', type=int, action='store')
c.add_argument('rest', nargs=argparse.REMAINDER)
for args in [['-a', '1', '--add', '-a'], ['--sum', '1', '2', '3', 'x', '--sum', '9'], ['-a', 'v', 'cmd', '--flag', '-x']]:
    run(c, args)
ambig = argparse.ArgumentParser(prog='ambig')
ambig.add_argument('--foobar')
ambig.add_argument('--foobaz')
ambig.add_argument('--x-y', dest='xy', type=int, default=0)
for args in [['--foo', '1'], ['--foob=2'], ['--fooba', '3'], ['--x-y', '5'], ['--x', '6'], ['--foobar']]:
    run(ambig, args)
opt = argparse.ArgumentParser(prog='opt')
opt.add_argument('pos', nargs='?', default='d', choices=['a', 'd'])
opt.add_argument('-v', action='version', version='opt 2.0')
opt.add_argument('--n', type=int, choices=[1, 2], default='1')
for args in [[], ['a'], ['b'], ['--n', '2'], ['--n', '3']]:
    run(opt, args)
run(opt, ['-v'])
print(opt.format_usage(), opt.get_default('n'), opt.parse_args([]).n)
ns = argparse.Namespace()
sub = argparse.ArgumentParser(prog='top')
subs = sub.add_subparsers(dest='cmd', metavar='{go,stop}', help='action to take')
go = subs.add_parser('go', help='go somewhere', description='Go!')
go.add_argument('where', help='destination')
go.add_argument('--fast', action='store_true')
sub.print_help()
go.print_help()
run(sub, ['go', '--fast', 'home'])
run(sub, ['go', '-h'])
print(repr(subs), repr(go)[:40])
