# Connection.getlimit/setlimit with the SQLITE_LIMIT_* categories, and the result-code
# constants that match sqlite_errorcode.
import sqlite3

con = sqlite3.connect(":memory:")
col = sqlite3.SQLITE_LIMIT_COLUMN
print(con.getlimit(col), con.setlimit(col, 5), con.getlimit(col), con.setlimit(col, -5), con.getlimit(col))
try:
    con.execute("select 1, 2, 3, 4, 5, 6")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print(con.execute("select 1, 2, 3, 4, 5").fetchone())
print(con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 10))
try:
    con.execute("select ?", ("x" * 11,))
except sqlite3.DataError as e:
    print("DataError", e, e.sqlite_errorcode == sqlite3.SQLITE_TOOBIG)
print(con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1000000000))
for category in (99, -1):
    try:
        con.getlimit(category)
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError", e)
print(sqlite3.SQLITE_LIMIT_LENGTH, sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, sqlite3.SQLITE_LIMIT_WORKER_THREADS)
print(sqlite3.SQLITE_OK, sqlite3.SQLITE_ERROR, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_CONSTRAINT,
      sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY, sqlite3.SQLITE_DONE,
      sqlite3.SQLITE_ROW, sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE)
con.execute("create table u (k unique)")
con.execute("insert into u values (1)")
try:
    con.execute("insert into u values (1)")
except sqlite3.IntegrityError as e:
    print(e.sqlite_errorcode == sqlite3.SQLITE_CONSTRAINT_UNIQUE, e.sqlite_errorname)
con.close()
try:
    con.getlimit(col)
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
