# sqlite3's exception classes and CPython's messages: SQL errors with their error codes
# and names, constraint violations, binding mistakes, closed objects, bad arguments.
import sqlite3

con = sqlite3.connect(":memory:")
names = ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
         "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"]
for name in names:
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, cls.__bases__[0].__name__, getattr(con, name) is cls)
con.execute("create table t (a integer primary key, b text unique not null, c check (c > 0))")
con.execute("insert into t values (1, 'one', 1)")


def attempt(sql, params=()):
    try:
        print(con.execute(sql, params).fetchall())
    except (sqlite3.Error, OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, "|", e, "|", getattr(e, "sqlite_errorcode", None),
              getattr(e, "sqlite_errorname", None))


attempt("selec 1")
attempt("select * from missing")
attempt("select nope from t")
attempt("insert into t values (1, 'x', 1)")
attempt("insert into t values (2, 'one', 1)")
attempt("insert into t values (3, null, 1)")
attempt("insert into t values (4, 'four', -1)")
attempt("select ?", (1, 2))
attempt("select ?, ?", (1,))
attempt("select :a", {"b": 1})
attempt("select ?", {"a": 1})
attempt("select ?", (object(),))
attempt("select ?", (2 ** 63,))
attempt("select ?", 42)
attempt("select 1; select 2")
attempt("select 1 -- fine\n; -- still one statement")
attempt("select 'a\0b'")
attempt(b"select 1")
attempt("select ?", ["list params"])
attempt("select :a", [5])
try:
    con.executemany("select ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
try:
    con.executescript(42)
except TypeError as e:
    print("TypeError", e)
for level in ("SERIAL", 5):
    try:
        sqlite3.connect(":memory:", isolation_level=level)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sqlite3.connect("/nonexistent-dir/sub/x.db")
except sqlite3.OperationalError as e:
    print("OperationalError", e, e.sqlite_errorcode, e.sqlite_errorname)
cur = con.cursor()
cur.execute("select 1 union select 2")
cur.close()
for call in (cur.fetchone, lambda: cur.execute("select 1"), cur.fetchall):
    try:
        call()
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError", e)
cur2 = con.execute("select 1 union select 2")
con.close()
for call in (lambda: con.execute("select 1"), con.commit, con.cursor, cur2.fetchone,
             lambda: con.in_transaction, lambda: con.total_changes):
    try:
        call()
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError", e)
try:
    sqlite3.Row(None, ())
except TypeError as e:
    print("TypeError", e)
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.Warning, sqlite3.Error))
