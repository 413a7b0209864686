# Hot loads of C getset descriptors (exception args, date fields, a frame's line number)
# specialize as LOAD_ATTR_GETSET and stay so on monomorphic sites.
# expect: LOAD_ATTR as:LOAD_ATTR_GETSET >= 3
# expect: LOAD_ATTR deopt == 0
import datetime
import sys

err = KeyError("k")
day = datetime.date(2024, 2, 29)
frame = sys._getframe()
n = 0
for i in range(300):
    n += len(err.args) + day.year + day.day + frame.f_lineno
print(n)
