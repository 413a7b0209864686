import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    seen = []
    for i in range(3):
        seen.append(len([i]))
    fib(4)
    print('target ran with', sys.argv[1:], sorted(seen))


if __name__ == '__main__':
    main()
