# RegexFlag names combinations in definition order; Pattern reprs use _sre's table order.
import re

print(repr(re.I | re.M), repr(re.M | re.I), repr(re.A | re.I), repr(re.X | re.S | re.M | re.I))
print(repr(re.U | re.L | re.T | re.DEBUG), repr(~re.I), str(re.S | re.A), f"{re.M | re.I}")
print((re.A | re.I).name, (re.I | re.M).name, re.I.name, repr(re.I | 512), repr(re.NOFLAG))
print(re.compile('a', re.I | re.M | re.S | re.X), re.compile('a', re.I | re.A), re.compile(b'a', re.I | re.L))
print(re.compile('a', re.X | re.I), re.compile('(?x)(?s)a'), re.compile('a', re.U | re.M), re.compile(b'a', re.A | re.M))
