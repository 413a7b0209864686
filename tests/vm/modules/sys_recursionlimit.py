import sys
old = sys.getrecursionlimit()
print(old)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
for limit in (100, 500, 2000):
    sys.setrecursionlimit(limit)
    ok = depth(limit - 50)
    try:
        depth(limit + 50)
        hit = False
    except RecursionError:
        hit = True
    print(limit, sys.getrecursionlimit(), ok, hit)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError", e)
