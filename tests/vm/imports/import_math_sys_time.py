import math
import sys
import time
print(math.pi, math.e, math.sqrt(16), math.floor(2.7))
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(type(time.time()).__name__, time.time() > 1_600_000_000)
from math import tau, inf, gcd
print(tau, inf, gcd(12, 18))
import math as m, sys as s
print(m is math, s is sys)
print(math.__name__, sys.__name__, time.__name__)
print("math" in sys.modules, "time" in sys.modules)
