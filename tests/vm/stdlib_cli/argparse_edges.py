# argparse corners: option-word resolution, glued values, argument files, parents,
# groups in usage, version output, custom types and namespace reprs.
import argparse
import os
import sys
import tempfile

sys.stderr = sys.stdout


def run(p, words):
    try:
        print(words, '->', p.parse_known_args(words))
    except SystemExit as e:
        print(words, '-> exit', e.code)


p = argparse.ArgumentParser(prog='words', allow_abbrev=False)
p.add_argument('-q', action='store_true')
p.add_argument('-v', action='count')
p.add_argument('-n', type=int)
p.add_argument('--verbose')
p.add_argument('-foo')
for words in [['-qv'], ['-qvn3'], ['--verb', 'x'], ['-qnq'], ['--verbose=a=b'], ['-vx'],
              ['-fo', '1'], ['-n=4'], ['-fooo'], ['-x y'], ['-'], ['-q', '--', '-v']]:
    run(p, words)

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('x', nargs='?')
neg.add_argument('-n', type=float)
for words in [['-3'], ['-n', '-.5'], ['-3.5x'], ['-n', '-x']]:
    run(neg, words)

here = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    inner, outer = 'inner.txt', 'outer.txt'
    with open(inner, 'w') as f:
        f.write('--level\n7\n')
    with open(outer, 'w') as f:
        f.write('first\n@%s\nlast\n' % inner)
    ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    ff.add_argument('items', nargs='*')
    ff.add_argument('--level', type=int)
    run(ff, ['@' + outer, 'tail'])
    run(ff, ['@missing'])
    os.chdir(here)

base = argparse.ArgumentParser(add_help=False)
excl = base.add_mutually_exclusive_group(required=True)
excl.add_argument('--json', action='store_true')
excl.add_argument('--yaml', action='store_true')
base.set_defaults(origin='base')
kid = argparse.ArgumentParser(prog='kid', parents=[base], epilog='see %(prog)s docs')
kid.add_argument('--hidden', help=argparse.SUPPRESS)
kid.add_argument('files', nargs='+', metavar='FILE')
print(kid.format_help())
run(kid, ['a', '--json'])
run(kid, ['a'])
run(kid, ['--json', '--yaml', 'a'])

v = argparse.ArgumentParser(prog='ver')
v.add_argument('-V', '--version', action='version', version='%(prog)s version 1.2.3')
run(v, ['-V'])
t = argparse.ArgumentParser(prog='types')
t.register('type', 'hex', lambda s: int(s, 16))
t.add_argument('--h', type='hex', choices=[10, 11])
t.add_argument('--c', type=complex)
for words in [['--h', 'a'], ['--h', 'c'], ['--h', 'zz'], ['--c', '1+j'], ['--c', 'j+']]:
    run(t, words)
print(argparse.Namespace(b=1, a=2), argparse.Namespace(**{'x y': 1, 'z': 3}))
print('z' in argparse.Namespace(z=0), argparse.Namespace(a=1) == argparse.Namespace(a=2))
q = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
q.add_argument('--n', choices=['a'])
try:
    q.parse_args(['--n', 'b'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
