# Docstrings with a signature block: __text_signature__, the __doc__ after the block,
# and inspect.signature() of module functions, an unbound method (which keeps its
# "$self" as a positional-only parameter) and a bound one (which drops it).
import inspect

import textsig

for fn in (textsig.scale, textsig.pick, textsig.Gauge.read, textsig.Gauge().read):
    sig = inspect.signature(fn)
    print(fn.__name__, repr(fn.__text_signature__), repr(fn.__doc__), sig)
    print(' ', [(p.name, p.kind.name, p.default) for p in sig.parameters.values()])
print(inspect.signature(textsig.scale).bind(1.5, clamp=3).arguments, textsig.scale(1.5, 3))
print(repr(textsig.plain.__text_signature__), textsig.plain.__doc__)
try:
    inspect.signature(textsig.plain)
except ValueError as e:
    print("ValueError:", e)
