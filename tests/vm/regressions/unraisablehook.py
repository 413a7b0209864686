# sys.unraisablehook: errors in __del__, weakref callbacks and generator finalization reach
# it as UnraisableHookArgs; the default hook prints CPython's "Exception ignored in" report
import io, re, sys, weakref

print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
seen = []
def hook(args):
    seen.append(args)
    print("hook:", type(args).__name__, len(args), args.exc_type.__name__, repr(args.exc_value),
          args.exc_traceback is not None, args.err_msg, type(args.object).__name__,
          getattr(args.object, "__qualname__", None))
sys.unraisablehook = hook

class Doomed:
    def __del__(self):
        raise ValueError("in __del__")
Doomed()

class Target:
    pass
target = Target()
def callback(wr):
    raise KeyError("callback")
wr = weakref.ref(target, callback)
del target

def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")
g = gen()
next(g)
del g
print(len(seen), seen[0].exc_traceback.tb_frame.f_code.co_name)

def show(args):
    err = io.StringIO()
    old, sys.stderr = sys.stderr, err
    try:
        sys.__unraisablehook__(args)
    finally:
        sys.stderr = old
    print(re.sub(r" at 0x[0-9a-f]+", "", err.getvalue()), end="")
Args = type(seen[0])
show(seen[0])
show(Args((ValueError, ValueError("custom"), None, "While doing things", "an object")))
show(Args((ValueError, ValueError("no object"), None, "Only a message", None)))
show(Args((ValueError, ValueError("plain"), None, None, None)))
try:
    sys.__unraisablehook__(("not", "args"))
except TypeError as e:
    print("TypeError", e)

def broken(args):
    raise TypeError("the hook failed")
sys.unraisablehook = broken
err = io.StringIO()
sys.stderr = err
Doomed()
sys.unraisablehook = None
Doomed()
del sys.unraisablehook
Doomed()
sys.stderr = sys.__stderr__
out = re.sub(r" at 0x[0-9a-f]+", "", err.getvalue())
print(out.count("ValueError: in __del__"), out.count("TypeError: the hook failed"))
print([line for line in out.splitlines() if line.startswith("Exception ignored")])
