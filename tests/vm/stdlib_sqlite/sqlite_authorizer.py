# Connection.set_authorizer: the calls a statement's preparation makes, SQLITE_DENY and
# SQLITE_IGNORE, a callback returning junk or raising (denied), clearing with None.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t (a, secret)")
con.execute("insert into t values (1, 'hidden')")
calls = []
codes = {v: k for k, v in vars(sqlite3).items()
         if k.startswith("SQLITE_") and k[7:] in ("READ", "SELECT", "INSERT", "UPDATE", "DELETE",
                                                   "CREATE_TABLE", "TRANSACTION", "PRAGMA", "FUNCTION")}


def auth(action, arg1, arg2, dbname, source):
    calls.append((codes.get(action, action), arg1, arg2, dbname, source))
    if arg2 == "secret":
        return sqlite3.SQLITE_DENY
    if arg2 == "a" and action == sqlite3.SQLITE_READ:
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


con.set_authorizer(auth)
print(con.execute("select a, upper('x') from t").fetchall())
for call in calls:
    print(call)
try:
    con.execute("select secret from t")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
for bad in (lambda *args: "yes", lambda *args: 1 / 0, lambda *args: None):
    con.set_authorizer(bad)
    try:
        con.execute("select 1")
    except sqlite3.DatabaseError as e:
        print(type(e).__name__, e)
con.set_authorizer(None)
print(con.execute("select a, secret from t").fetchall())
print(sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE, sqlite3.SQLITE_READ, sqlite3.SQLITE_CREATE_INDEX,
      sqlite3.SQLITE_RECURSIVE, sqlite3.SQLITE_ATTACH)
