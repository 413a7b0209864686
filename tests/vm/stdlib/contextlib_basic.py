import contextlib, io, sys
from contextlib import *
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as v:
    print("body", v)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e: print("caught", e)
@contextmanager
def swallow():
    try: yield
    except KeyError as e: print("swallowed", repr(e))
with swallow(): raise KeyError("k")
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1; yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@tag("deco")
def fn(x): print("in fn", x); return x*2
print(fn(4), fn(5), fn.__name__)
with suppress(ZeroDivisionError, KeyError): 1/0
print("after suppress")
try:
    with suppress(KeyError): 1/0
except ZeroDivisionError: print("not suppressed")
buf = io.StringIO()
with redirect_stdout(buf): print("hidden")
print(repr(buf.getvalue()))
eb = io.StringIO()
with redirect_stderr(eb): print("err", file=sys.stderr)
print(repr(eb.getvalue()))
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as n: print(n)
with nullcontext() as n: print(n)
with ExitStack() as st:
    for i in range(3):
        st.enter_context(tag(str(i)))
    st.callback(print, "callback", 1, x=None) if False else st.callback(print, "callback", 1)
    print("in stack")
def cb(*a): print("push cb", a[0]); return True
with ExitStack() as st:
    st.push(cb)
    raise IndexError
print("suppressed by push")
with ExitStack() as st:
    st.callback(print, "deferred")
    st2 = st.pop_all()
print("popped")
st2.close()
try:
    with ExitStack() as st:
        st.enter_context(3)
except TypeError as e: print(e)
def bad(): raise KeyError("inner")
try:
    with ExitStack() as st:
        st.callback(bad)
        raise ValueError("outer")
except KeyError as e: print("got", repr(e), repr(e.__context__))
print(issubclass(Res, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager), isinstance(tag("x"), AbstractContextManager))
