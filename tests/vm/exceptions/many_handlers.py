# One function with many try blocks (a long exception table): every handler is found
# again on later raises, from the first and the last covered instruction of each range,
# nested ones included, and offsets between ranges are not caught by a neighbour.


def fail(kind):
    if kind == 0:
        raise KeyError("k")
    if kind == 1:
        raise ValueError("v")
    if kind == 2:
        raise TypeError("t")
    return kind


def many(kind):
    out = []
    try:
        fail(kind)
    except KeyError:
        out.append("a")
    except Exception:
        out.append("a-other")
    try:
        out.append(fail(kind))
    except ValueError:
        out.append("b")
    except KeyError:
        out.append("b-key")
    except TypeError:
        out.append("b-type")
    x = fail(kind + 3)
    try:
        try:
            fail(kind)
        except TypeError:
            out.append("c-inner")
            fail(1 if kind == 2 else 9)
        finally:
            out.append("c-finally")
    except ValueError as e:
        out.append("c-outer " + str(e))
    except KeyError:
        out.append("c-key")
    for i in range(3):
        try:
            if i == kind:
                raise IndexError(i)
        except IndexError as e:
            out.append(("d", e.args[0]))
        else:
            out.append(("d-else", i))
    with_ctx = []
    try:
        with Ctx(with_ctx):
            fail(kind)
    except Exception as e:
        out.append(("e", type(e).__name__, with_ctx))
    try:
        fail(kind)
    except (KeyError, ValueError, TypeError) as e:
        out.append(("f", type(e).__name__))
    out.append(x)
    return out


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")

    def __exit__(self, *exc):
        self.log.append(exc[0].__name__ if exc[0] else None)
        return False


def gen(kind):
    for i in range(3):
        try:
            yield fail(kind if i == 1 else 5)
        except (KeyError, ValueError) as e:
            yield "caught " + type(e).__name__
        try:
            yield i
        finally:
            pass


def not_covered(kind):
    try:
        fail(5)
    except KeyError:
        return "wrong"
    fail(kind)   # between handlers: goes to the caller
    try:
        fail(5)
    except KeyError:
        return "wrong"


for rounds in range(3):
    for kind in range(4):
        print(rounds, kind, many(kind))
        try:
            print(list(gen(kind)))
        except TypeError as e:
            print("gen TypeError", e)
        try:
            print(not_covered(kind))
        except Exception as e:
            print("escaped", type(e).__name__, e)
