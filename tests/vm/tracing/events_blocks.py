# Line numbers of with blocks, try/finally, comprehensions, lambdas and class bodies.
from _tracer import show


class Ctx:
    def __repr__(self):
        return 'Ctx()'

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def with_block():
    with Ctx() as c:
        x = 1
    with Ctx(), \
            Ctx():
        x = 2
    return x


def try_finally():
    try:
        x = 1
        return x
    finally:
        x = 2


def nested_try():
    try:
        try:
            raise KeyError(1)
        finally:
            y = 0
    except KeyError:
        y = 1
    return y


def comprehensions():
    a = [i for i in range(2)]
    b = {i: i
         for i in range(2)}
    c = {i for i in range(2) if i}
    return a, b, c


def lambdas():
    f = lambda x: (x +
                   1)
    return f(1) + (lambda: 2)()


def class_body():
    class K:
        a = 1

        def m(self):
            return self.a
    return K().m()


show('with', with_block)
show('try/finally', try_finally)
show('nested try', nested_try)
show('comprehensions', comprehensions)
show('lambdas', lambdas)
show('class body', class_body)
