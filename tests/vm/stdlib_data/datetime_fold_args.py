# fold= and other int-like constructor arguments: bools, floats, out-of-range values.
from datetime import datetime, time
for f in [True, False, 1, 1.0, 2, '1']:
    for ctor in (lambda: datetime(2000, 1, 1, fold=f), lambda: time(1, fold=f), lambda: datetime(2000, 1, 1).replace(fold=f)):
        try:
            o = ctor()
            print(repr(o), repr(o.fold))
        except Exception as e:
            print(type(e).__name__, e)
print(repr(datetime(True, 1, 1)), repr(time(True)))
