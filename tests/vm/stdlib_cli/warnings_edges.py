# warnings: registries and actions through warn_explicit, argument checks,
# catch_warnings(action=...), -W option parsing, formatting with a source object.
import sys
import warnings

sys.stderr = sys.stdout


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: warnings.warn_explicit('m', UserWarning, 'f.py', '3'))
attempt(lambda: warnings.warn_explicit('m', 'notcls', 'f.py', 3))
attempt(lambda: warnings.filterwarnings('ignore', message=5))
attempt(lambda: warnings.filterwarnings('ignore', category=5))
attempt(lambda: warnings.filterwarnings('ignore', category=int))
attempt(lambda: warnings.filterwarnings('ignore', module=5))
attempt(lambda: warnings.simplefilter('ignore', lineno='x'))
warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
attempt(lambda: warnings.warn('z'))
del warnings.filters[0]

c = warnings.catch_warnings()
attempt(lambda: c.__exit__(None, None, None))
c.__enter__()
attempt(lambda: c.__enter__())
c.__exit__()
with warnings.catch_warnings(action='error', category=RuntimeWarning):
    attempt(lambda: warnings.warn('rw', RuntimeWarning))
    print(warnings.filters[0])

registry = {}
warnings.warn_explicit('m', UserWarning, 'f.py', 3, registry=registry, module='mod')
warnings.warn_explicit('m', UserWarning, 'f.py', 3, registry=registry, module='mod')
print(sorted(k for k in registry if k != 'version'))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    warnings.warn_explicit('a', UserWarning, 'f.py', 3)
    warnings.warn_explicit('a', UserWarning, 'G.PY', 3)
    warnings.filterwarnings('ignore', module='f')
    warnings.warn_explicit('b', UserWarning, 'f.py', 4)
    warnings.warn_explicit('b', UserWarning, 'xf.py', 4)
    warnings.filterwarnings('always', message='C', lineno=7)
    warnings.warn_explicit('caps', UserWarning, 'xf.py', 7)
    warnings.warn_explicit('caps', UserWarning, 'xf.py', 7)
    warnings.warn_explicit('caps', UserWarning, 'xf.py', 8)
    print([(str(x.message), x.filename, x.lineno) for x in log])

for option in ['a::Warning', 'i:msg:UserWarning:mod:3', 'e:::::', 'x', 'd::warnings.WarningMessage',
               'd::nomod.X', 'd::::-1', 'd::::z', 'd::os.Foo', 'o', 'm::ResourceWarning']:
    try:
        warnings._setoption(option)
        print(option, warnings.filters[0])
    except Exception as e:
        print(option, type(e).__name__, e)

warnings.resetwarnings()
print(warnings.formatwarning(ValueError('vv'), UserWarning, 'nofile', 1, ''), end='')
msg = warnings.WarningMessage(ResourceWarning('unclosed'), ResourceWarning, 'f', 1, source=object())
print(warnings._formatwarnmsg(msg), end='')
print(msg, msg.source is not None)
warnings.warn(5)
warnings.warn('from far away', stacklevel=50)
