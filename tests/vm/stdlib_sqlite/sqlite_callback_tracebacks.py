# sqlite3.enable_callback_tracebacks: exceptions inside user functions and aggregates are
# printed as unraisable (naming the callable) when enabled, silent otherwise; the SQL
# error is the same either way. Unsupported result types (printed only with tracebacks
# off here: CPython's report of those shows the caller's frame, which for Spry is the
# Python-level sqlite3 code).
import sqlite3


class Divide:
    def __call__(self, x):
        return 1 / x

    def __repr__(self):
        return "<Divide>"


class Opaque:
    def __call__(self):
        return object()

    def __repr__(self):
        return "<Opaque>"


class Agg:
    def step(self, x):
        raise ValueError("step %r" % x)

    def finalize(self):
        return 0


con = sqlite3.connect(":memory:")
con.create_function("divide", 1, Divide())
con.create_function("opaque", 0, Opaque())
con.create_aggregate("agg", 1, Agg)
for enabled in (False, True, False):
    sqlite3.enable_callback_tracebacks(enabled)
    print("enabled:", enabled, flush=True)
    queries = ["select divide(0)", "select agg(7)", "select divide(4)"]
    if not enabled:
        queries.append("select opaque()")
    for sql in queries:
        try:
            print(con.execute(sql).fetchone(), flush=True)
        except sqlite3.OperationalError as e:
            print("OperationalError", e, flush=True)
