import sys
print(sys.path[0].endswith("imports"))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.argv[0])
import _counter_mod
print(_counter_mod.__name__)
