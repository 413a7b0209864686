# contextvars: ContextVar get/set/reset, Token, Context run/copy/mapping, copy_context.
import contextvars
from contextvars import ContextVar, Context, copy_context, Token
v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, v.get(), w.get('dflt'))
try:
    w.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0].name)
t = v.set(5)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
ctx = copy_context()
print(ctx[v], v in ctx, w in ctx, len(ctx), ctx.get(w, 'none'))
def inner(x):
    v.set(x)
    w.set(x * 2)
    return v.get() + w.get()
print(ctx.run(inner, 10), v.get(), ctx[v], ctx[w], len(ctx))
print(sorted(var.name for var in ctx), sorted(val for val in ctx.values()))
v.reset(t)
print(v.get())
for bad in (lambda: v.reset(t), lambda: w.reset(t), lambda: v.reset(1), lambda: ContextVar(1), lambda: ctx[1],
            lambda: ctx.run(ctx.run, print), lambda: Token(), lambda: hash(ctx), lambda: Context(1), lambda: ctx[ContextVar('z')]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
t2 = w.set(3)
ctx2 = Context()
try:
    ctx2.run(w.reset, t2)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0][:20], 'different Context' in str(e))
print(ctx == ctx.copy(), ctx == Context(), ctx2 == Context(), ContextVar[int], Token[str])
class C: pass
try:
    class Sub(ContextVar): pass
except TypeError as e:
    print(e)
print(type(ctx).__name__, type(ctx).__module__, type(v).__qualname__)
