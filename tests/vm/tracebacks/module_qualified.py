from tbhelpers import errors
try:
    errors.parse("{a")
except TypeError as e:
    print("caught", type(e).__name__)
errors.parse("x")
