"""Recursion-heavy code within the default recursion limit: naive Fibonacci, the Takeuchi
function, Ackermann(2, n), recursive tree building/summing and deep linear recursion
(~900 frames).

Usage: deep_recursion.py [fib_n]   (default 33)
"""
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def build(depth):
    if depth == 0:
        return None
    return (depth, build(depth - 1), build(depth - 1))


def total(node):
    if node is None:
        return 0
    value, left, right = node
    return value + total(left) + total(right)


def linear(n, acc=0):
    return acc if n == 0 else linear(n - 1, acc + n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 33
    f = fib(n)
    t = tak(22, 14, 7)
    a = sum(ackermann(2, k) for k in range(0, 200, 10))
    tree_sum = total(build(15))
    lin = sum(linear(900) for _ in range(1000))
    print(f"checksum: deep_recursion fib({n})={f} tak={t} ack={a} tree={tree_sum} linear={lin}")


if __name__ == "__main__":
    main()
