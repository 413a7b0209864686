# argparse sub-commands: dispatch, aliases, help, required, errors.
import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
s = sub.add_parser('status', help='show status')
s.add_argument('paths', nargs='*')
sub.add_parser('quiet')
for args in [['commit', '-m', 'msg'], ['ci', '-m', 'x', '--amend'], ['--debug', 'status', 'a', 'b'], ['status'], [],
             ['quiet'], ['push'], ['commit'], ['status', '--bad'], ['commit', '-m']]:
    try:
        print(args, p.parse_args(args))
    except SystemExit as e:
        print(args, 'exit', e.code)
print(p.format_help())
print(c.format_help())
print(p.parse_known_args(['status', 'x', '--zzz']))
p2 = argparse.ArgumentParser(prog='tool')
sub2 = p2.add_subparsers(title='commands', description='available commands', required=True, metavar='CMD')
sub2.add_parser('run', help='run it')
sub2.add_parser('stop')
print(p2.format_help())
for args in [[], ['run'], ['nope']]:
    try:
        print(args, p2.parse_args(args))
    except SystemExit as e:
        print(args, 'exit', e.code)
p3 = argparse.ArgumentParser(prog='t3')
sub3 = p3.add_subparsers(required=True)
sub3.add_parser('a')
try:
    p3.parse_args([])
except SystemExit as e:
    print('exit', e.code)
try:
    sub.add_parser('commit')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    p.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
