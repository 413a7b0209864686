# warnings: filters, registries, catch_warnings, showwarning/formatwarning
import sys
import warnings

def noisy(msg, cat=UserWarning, level=2):
    warnings.warn(msg, cat, stacklevel=level)

print(warnings.filters)
noisy("first")            # shown once per location with the "default" action
for i in range(3):
    noisy("looped")
noisy("dep", DeprecationWarning)  # __main__: shown
noisy("pending", PendingDeprecationWarning)  # ignored

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        noisy("again")
    warnings.warn(RuntimeWarning("instance"))
    warnings.warn_explicit("explicit", SyntaxWarning, "somefile.py", 42)
for w in log:
    print(w.category.__name__, w.message, w.filename, w.lineno, w.line)
print(str(log[0]))

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad.*", category=UserWarning)
    try:
        noisy("bad thing")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    noisy("good thing")
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][1].pattern)
print(len(warnings.filters))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    noisy("o"); noisy("o"); noisy("o", level=1)
    warnings.simplefilter("module")
    noisy("m"); noisy("m", level=1)
print([(str(w.message), w.lineno) for w in log])

print(warnings.formatwarning("text", UserWarning, "f.py", 3, "  the line  "), end="")
print(repr(warnings.formatwarning("text", FutureWarning, "nofile.py", 3)))

def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = custom
noisy("via custom")
warnings.showwarning = old

for bad in [lambda: warnings.warn("x", int), lambda: warnings.simplefilter("bogus"),
            lambda: warnings.filterwarnings("ignore", lineno=-1)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)

print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
print(sorted(k for k in vars(sys.modules[__name__]).get("__warningregistry__", {}) if k != "version"))
warnings._setoption("error::RuntimeWarning")
print(warnings.filters[0][:3])
warnings._processoptions(["bogus", "ignore:::nomodule.x", "ignore::Nope"])
warnings.resetwarnings()
print(warnings.filters)
noisy("after reset")
