def trial(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for m in ["ok", "raise", "return"]:
    print(m, trial(m))
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def except_order(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError branch"
    except Exception:
        return "Exception branch"
print(except_order(KeyError()), except_order(IndexError()), except_order(ValueError()))
try:
    raise TypeError("multi")
except (ValueError, TypeError) as e:
    print("tuple catch", type(e).__name__, e)
