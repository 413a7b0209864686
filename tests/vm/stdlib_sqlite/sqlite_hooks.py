# Connection.set_trace_callback (expanded SQL, implicit BEGIN/COMMIT, scripts),
# set_progress_handler (aborting a statement), and backup (pages, progress, errors).
import sqlite3

con = sqlite3.connect(":memory:")
seen = []
con.set_trace_callback(seen.append)
con.execute("create table t (a, b)")
con.execute("insert into t values (?, ?)", ("it's", 2.5))
con.executemany("insert into t values (?, ?)", [(1, None), (b"\x01", 3)])
con.commit()
con.executescript("select 1; select 2;")
con.set_trace_callback(None)
con.execute("select 3")
for line in seen:
    print(repr(line))

ticks = []
con.set_progress_handler(lambda: ticks.append(1), 1)
con.execute("select count(*) from t").fetchone()
print(len(ticks) > 0)
con.set_progress_handler(lambda: 1, 1)
try:
    con.execute("select count(*) from t").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)
con.set_progress_handler(None, 1)
print(con.execute("select count(*) from t").fetchone())

con.executemany("insert into t values (?, ?)", [(i, i * i) for i in range(2000)])
con.commit()
target = sqlite3.connect(":memory:")
steps = []
con.backup(target, pages=2, progress=lambda status, remaining, total: steps.append((status, remaining, total)))
print(len(steps) > 1, steps[-1][0], steps[-1][1], steps[0][2] == steps[-1][2])
print(target.execute("select count(*), sum(b) from t").fetchone())
other = sqlite3.connect(":memory:")
con.backup(other)
print(other.execute("select count(*) from t").fetchone())
for call in (lambda: con.backup(con), lambda: con.backup(None), lambda: con.backup(target, name="nope"),
             lambda: con.backup(target, progress=5)):
    try:
        call()
    except (ValueError, TypeError, sqlite3.Error) as e:
        print(type(e).__name__, e)
other.close()
try:
    con.backup(other)
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
