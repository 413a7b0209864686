import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", "maximum recursion depth exceeded" in str(e))
print("recovered, depth ok:", sys.getrecursionlimit())
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion RecursionError")
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    count(500)
except RecursionError:
    print("limit 200 hit")
sys.setrecursionlimit(old)
print(count(800))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
