from contextlib import contextmanager, ExitStack, suppress, AbstractContextManager, nullcontext
import contextlib
@contextmanager
def cm():
    yield 1
try:
    with cm():
        raise StopIteration('body')
except StopIteration as e:
    print('StopIteration propagated', e)
@contextmanager
def converts():
    try:
        yield
    except ValueError:
        raise KeyError('converted')
try:
    with converts():
        raise ValueError('v')
except KeyError as e:
    print('KeyError', e, type(e.__context__).__name__)
@contextmanager
def reraises():
    try:
        yield
    except ValueError:
        raise
try:
    with reraises():
        raise ValueError('same')
except ValueError as e:
    print('same object', e)
@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        pass
    yield
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print(e)
with suppress():
    pass
try:
    with suppress():
        raise ValueError('none suppressed')
except ValueError as e:
    print(e)
with suppress(Exception):
    raise ExceptionGroup('g', [ValueError()]) if False else KeyError()
print(AbstractContextManager[int], contextlib.AbstractAsyncContextManager.__name__)
class Only:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): print('exit args', a[0]); return False
print(isinstance(Only(), AbstractContextManager), isinstance(3, AbstractContextManager))
with ExitStack() as s:
    print(s.enter_context(Only()))
    s.push(Only())
    s.callback(lambda: print('lambda cb'))
with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, 'inner cb')
    outer.callback(print, 'outer cb')
def nested_failures():
    with ExitStack() as s:
        s.callback(lambda: 1 / 0)
        s.callback(lambda: [][1])
        raise KeyError('first')
try:
    nested_failures()
except ZeroDivisionError as e:
    c = e.__context__
    print(type(e).__name__, type(c).__name__, type(c.__context__).__name__, c.__context__.__context__)
gen_cm = cm()
print(isinstance(gen_cm, contextlib.ContextDecorator), isinstance(gen_cm, AbstractContextManager))
