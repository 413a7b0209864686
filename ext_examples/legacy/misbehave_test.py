import misbehave as m


def show(f, *args):
    try:
        print("ok", f(*args))
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, "| cause:", type(cause).__name__ if cause else None, cause)


show(lambda: m.null_no_exc())
show(lambda: m.result_with_exc([1, 2]))
show(lambda: m.Thing().null())
show(lambda: m.Thing.null(m.Thing()))
print(m.ready_again(), m.Thing.__name__, m.Thing.__module__, type(m.Thing()).__name__)
# The interpreter is fine afterwards.
print(sum(range(10)), m.ready_again())

for name in ("noinit", "initnull"):
    try:
        __import__(name)
        print("imported", name)
    except (ImportError, SystemError) as e:
        path = getattr(e, "path", None)
        print(type(e).__name__, e, "| name:", getattr(e, "name", None),
              "| path:", path and path.rsplit("/", 1)[-1].split(".")[0])
