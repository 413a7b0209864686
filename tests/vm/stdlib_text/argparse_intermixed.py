# argparse.parse_intermixed_args: options and positionals interleaved.
import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
p.add_argument('-v', action='count', default=0)
for args in [['doit', '1', '--foo', 'bar', '2', '3'], ['-v', 'x', '-v', '4'], ['--foo', 'f'], ['c', 'nan'], ['c', '--zz', '1']]:
    try:
        print(args, p.parse_intermixed_args(args))
    except SystemExit as e:
        print(args, 'exit', e.code)
    try:
        print('  known:', p.parse_known_intermixed_args(args))
    except SystemExit as e:
        print('  known: exit', e.code)
print(p.parse_args(['doit', '1', '--foo', 'bar', '2']) if False else p.parse_known_args(['doit', '1', '--foo', 'bar', '2']))
q = argparse.ArgumentParser(prog='q')
q.add_argument('x', nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)
r = argparse.ArgumentParser(prog='r')
g = r.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
r.add_argument('files', nargs='+')
print(r.parse_intermixed_args(['f1', '--a', 'f2']), r.usage)
try:
    r.parse_intermixed_args(['f1'])
except SystemExit as e:
    print('exit', e.code)
