def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x
print(check(5))
for bad in [-1, 2.5]:
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
msg = "computed lazily"
def expensive():
    print("message evaluated")
    return msg
assert True, expensive()
try:
    assert False, expensive()
except AssertionError as e:
    print("AssertionError", e)
