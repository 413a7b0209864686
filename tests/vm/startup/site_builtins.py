# The objects site adds to builtins (exit, quit, help, copyright, credits, license) exist
# at start-up, built from the frozen _sitebuiltins module's prepared code.
import builtins
import sys

names = ('exit', 'quit', 'help', 'copyright', 'credits', 'license')
print([n in builtins.__dict__ for n in names])
for n in names:
    obj = getattr(builtins, n)
    print(n, type(obj).__name__, type(obj).__module__, callable(obj))
print(repr(exit))
print(repr(quit))
print(repr(help))
print(exit.name, exit.eof, quit.name)
print(exit is quit, type(exit) is type(quit), type(copyright) is type(license))
print([k for k in vars(type(exit)) if not k.startswith('__') or k in ('__call__', '__repr__')])
# The objects are not module globals of __main__: they come from builtins.
print('exit' in globals(), 'help' in dir(builtins))
# A SystemExit carries the code given; quit() closes sys.stdin first.
for f, arg in ((exit, 3), (quit, 'bye'), (exit, None)):
    try:
        f(arg)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
print(sys.stdin.closed)
