# getopt edge cases: tuples, inline values, abbreviations, gnu ordering, POSIXLY_CORRECT.
import getopt, os

def show(f, *a):
    try:
        print(f.__name__, f(*a))
    except getopt.GetoptError as e:
        print(f.__name__, 'error:', e, '| opt =', repr(e.opt), e.args)
    except TypeError as e:
        print(f.__name__, 'TypeError:', e)

show(getopt.getopt, ('-a', 'b'), 'a')
show(getopt.gnu_getopt, ('-a', 'b', '-a'), 'a')
show(getopt.getopt, ['-ab'], 'a:b')
show(getopt.getopt, ['-b', '-a'], 'b:a')
show(getopt.getopt, ['--long'], '', ['long', 'long='])
show(getopt.getopt, ['--lon'], '', ['long', 'longer'])
show(getopt.getopt, ['--lon', 'v'], '', ['long='])
show(getopt.getopt, ['--=x'], '', ['long'])
show(getopt.getopt, ['---x'], '', ['-x'])
show(getopt.getopt, ['--a'], '', [])
show(getopt.getopt, ['-a'], '')
show(getopt.getopt, ['x'], '', 5)
show(getopt.gnu_getopt, ['x', '-', '-a', 'y', '--', '-a'], 'a')
show(getopt.gnu_getopt, ['-a', 'x', '-b'], '+ab')
show(getopt.gnu_getopt, ['--with', '1', 'z', '--w=2'], '', 'with=')
os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['-a', 'x', '-a'], 'a')
del os.environ['POSIXLY_CORRECT']
e = getopt.GetoptError('message')
print(repr(e.msg), repr(e.opt), e.args, str(e))
print(sorted(getopt.__all__))
