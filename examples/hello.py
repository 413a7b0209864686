# A small program the set-up command runs to show the build works.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

squares = [i * i for i in range(10)]
print("Hello from Spry", sum(squares), fib(90), 2 ** 100)
