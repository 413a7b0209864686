"""Exception-heavy control flow: raising and catching across frames, custom exception
hierarchies, try/except/else/finally in hot loops, exception chaining, EAFP dictionary
and attribute access, StopIteration-driven iteration.

Usage: exceptions.py [n]   (default 400000)
"""
import sys


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class Invalid(AppError):
    pass


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def validate(v):
    if v % 7 == 0:
        raise Invalid(f"multiple of seven: {v}")
    return v


def deep(n, v):
    if n == 0:
        return validate(v)
    return deep(n - 1, v) + 1


def parse_all(tokens):
    good = bad = 0
    for t in tokens:
        try:
            good += int(t)
        except ValueError:
            bad += 1
    return good, bad


class Lazy:
    def __init__(self):
        self.hits = 0

    def __getattr__(self, name):
        self.hits += 1
        if name.startswith("x"):
            return len(name)
        raise AttributeError(name)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    table = {i: i * i for i in range(0, 1000, 3)}
    found = missing = 0
    for i in range(n):
        try:
            found += lookup(table, i % 1000)
        except NotFound as e:
            missing += e.key & 1

    ok = invalid = finals = 0
    for i in range(n // 3):
        try:
            ok += deep(4, i)
        except Invalid:
            invalid += 1
        except AppError:
            raise
        else:
            ok += 1
        finally:
            finals += 1

    tokens = [str(i) if i % 4 else f"x{i}" for i in range(n // 2)]
    good, bad = parse_all(tokens)

    chained = 0
    for i in range(n // 10):
        try:
            try:
                raise ValueError(i)
            except ValueError as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as e:
            chained += e.__cause__.args[0] & 3

    lazy = Lazy()
    attrs = 0
    for i in range(n // 5):
        attrs += getattr(lazy, "x" * (i % 5 + 1))
        if not hasattr(lazy, "y"):
            attrs += 1

    it_total = 0
    for i in range(n // 50):
        it = iter(range(i % 10))
        while True:
            try:
                it_total += next(it)
            except StopIteration:
                break

    print(f"checksum: exceptions n={n} found={found} missing={missing} ok={ok} invalid={invalid} "
          f"finals={finals} parsed={good}/{bad} chained={chained} attrs={attrs}/{lazy.hits} iter={it_total}")


if __name__ == "__main__":
    main()
