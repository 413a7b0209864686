# inspect: predicates, members, source, docs, frames, getattr_static
import abc
import inspect
import sys

class Base(abc.ABC):
    """Base docstring.

        Indented more.
    """
    @abc.abstractmethod
    def run(self):
        """Run it."""

    @property
    def prop(self):
        return 1

class Impl(Base):
    x = 10
    def run(self):
        return 2

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

def plain(a):
    """A plain function."""
    return a

for obj in (plain, gen, coro, agen, Impl, Impl().run, len, [].append, gen(), inspect, 5):
    print([name for name, pred in [("function", inspect.isfunction),
                                    ("genfunc", inspect.isgeneratorfunction),
                                    ("corofunc", inspect.iscoroutinefunction),
                                    ("agenfunc", inspect.isasyncgenfunction),
                                    ("class", inspect.isclass), ("method", inspect.ismethod),
                                    ("builtin", inspect.isbuiltin), ("routine", inspect.isroutine),
                                    ("generator", inspect.isgenerator), ("module", inspect.ismodule)]
           if pred(obj)])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.getmro(Impl)[:2])
print([name for name, value in inspect.getmembers(Impl) if not name.startswith("_")])
print(inspect.getmembers(Impl(), lambda v: isinstance(v, int)))
print(inspect.getdoc(Base))
print(inspect.getdoc(Impl.run))
print(repr(inspect.cleandoc("  first\n      second\n    third\n\n")))
print(inspect.getmodule(plain).__name__, inspect.getmodule(len).__name__)
print(inspect.getfile(plain), inspect.getsourcefile(Impl))
print(inspect.getsource(plain), end="")
lines, start = inspect.getsourcelines(Impl)
print(start, len(lines), lines[0], end="")
print(inspect.getsource(Base.run), end="")
try:
    inspect.getfile(len)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.getsource(sys)
except (OSError, TypeError) as e:
    print(type(e).__name__, e)

def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(info.filename, info.lineno, info.function, info.code_context, info.index)
    print([fi.function for fi in inspect.stack()][:2], inspect.stack()[0].lineno)
    return frame.f_back is sys._getframe(1)
print(where())

class Desc:
    def __get__(self, obj, objtype=None):
        return "computed"
class Holder:
    d = Desc()
    def __getattr__(self, name):
        return "dynamic"
h = Holder()
print(h.d, type(inspect.getattr_static(h, "d")).__name__, h.missing)
try:
    inspect.getattr_static(h, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(inspect.getattr_static(h, "missing", "default"))
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
