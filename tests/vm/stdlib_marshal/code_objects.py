# Code objects through marshal (Spry writes its own code record, CPython its own: only
# the behaviour is compared). A loaded code object runs, keeps its fields, and damaged
# code data raises an exception instead of crashing.
import marshal

src = '''
def scale(x, *, by=2):
    """Multiply."""
    total = [x * by for _ in range(3)]
    try:
        return sum(total) + big
    except NameError:
        return -1
big = 10 ** 30
result = (scale(7), scale(1, by=3.5), {"k": (1, 2j, b"z", frozenset({4}))})
'''
co = compile(src, "<marshal-test>", "exec")
data = marshal.dumps(co)
back = marshal.loads(data)
print(type(back).__name__, back.co_filename, back.co_name, back.co_firstlineno)
ns = {}
exec(back, ns)
print(ns["result"])
fn = ns["scale"]
print(fn.__doc__, fn.__code__.co_varnames, fn.__code__.co_kwonlyargcount, fn.__code__.co_argcount)
print(fn.__code__.co_code == [c for c in co.co_consts if hasattr(c, "co_code")][0].co_code)
print(list(back.co_lines()) == list(co.co_lines()))
# the loaded code specializes on its own: running it twice gives the same answers
for _ in range(3):
    exec(back, ns)
print(ns["result"][0])
print(marshal.loads(marshal.dumps(co)) is not back)

# damaged data: every truncation and many single-byte changes are refused or load
# something, never crash
failures = set()
for cut in range(0, len(data), 7):
    try:
        marshal.loads(data[:cut])
    except (EOFError, ValueError, TypeError) as e:
        failures.add(type(e).__name__)
print("truncations refused:", sorted(failures))
kinds = set()
for i in range(0, len(data), 3):
    for b in (0, 0xFF, data[i] ^ 0x40):
        mutated = data[:i] + bytes([b]) + data[i + 1:]
        try:
            marshal.loads(mutated)
        except Exception:
            kinds.add("refused")
        else:
            kinds.add("loaded")
print("mutations handled:", "refused" in kinds)
