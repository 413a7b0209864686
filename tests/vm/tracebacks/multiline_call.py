def fail(*args):
    raise RuntimeError("multi")

fail(
    1,
    2,
)
