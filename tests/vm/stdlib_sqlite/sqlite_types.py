# sqlite3 values both ways: blobs and Binary, text_factory, row_factory and sqlite3.Row,
# adapters (register_adapter, __conform__), converters with PARSE_DECLTYPES and
# PARSE_COLNAMES, and the default date/timestamp handling of 3.11.
import datetime
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table b (data blob)")
con.execute("insert into b values (?)", (sqlite3.Binary(b"\x00\xffbin"),))
con.execute("insert into b values (?)", (bytearray(b"ba"),))
con.execute("insert into b values (?)", (memoryview(b"mv-data")[3:],))
print(con.execute("select data, typeof(data), length(data) from b").fetchall())

con.execute("create table s (t text)")
con.execute("insert into s values (?)", ("gr\u00fc\u00df",))
print(con.execute("select t from s").fetchone())
con.text_factory = bytes
print(con.execute("select t from s").fetchone())
con.text_factory = lambda raw: raw.decode("utf-8").upper()
print(con.execute("select t, 'abc' from s").fetchone())
con.text_factory = str
con.execute("insert into s values (cast(x'ff41' as text))")
try:
    con.execute("select t from s where rowid = 2").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)

con.row_factory = sqlite3.Row
row = con.execute("select 1 as One, 'two' as Two, null as three").fetchone()
print(type(row).__name__, row.keys(), len(row), tuple(row), row[0], row["one"], row["TWO"], row[-1], row[1:])
for key in ("four", 1.5):
    try:
        row[key]
    except IndexError as e:
        print("IndexError", e)
row2 = con.execute("select 1 as One, 'two' as Two, null as three").fetchone()
print(row == row2, row != row2, hash(row) == hash(row2), row == (1, "two", None))
con.row_factory = lambda cursor, r: {d[0]: v for d, v in zip(cursor.description, r)}
print(con.execute("select 5 as five, 6 as six").fetchone())
cur = con.cursor()
cur.row_factory = None
print(cur.execute("select 5 as five").fetchone())
con.row_factory = None


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"


sqlite3.register_adapter(Point, lambda p: "%s;%s" % (p.x, p.y))
sqlite3.register_converter("point", lambda raw: Point(*map(float, raw.split(b";"))))
print(con.execute("select ?, ?", (Point(1, 2), Conforming())).fetchone())
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(7, sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)

dt = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
dt.execute("create table ev (p point, d date, ts timestamp, n integer, plain)")
when = datetime.datetime(2024, 2, 29, 13, 45, 6, 120)
dt.execute("insert into ev values (?, ?, ?, ?, ?)", (Point(1.5, -2), when.date(), when, 3, when))
dt.execute("insert into ev values (null, '1999-12-31', '2000-01-01 00:00:00', 4, 'x')")
cur = dt.execute("select * from ev")
print(cur.description[0][0], cur.fetchall())
cur = dt.execute('select plain as "plain [timestamp]", n as "n [unknown]", p from ev')
print([d[0] for d in cur.description], cur.fetchone())
print(dt.execute("select '2001-02-03 04:05:06.7' as \"t [timestamp]\"").fetchone())
print(dt.execute("select d as \"d [DATE]\", typeof(d) from ev").fetchall())
plain = sqlite3.connect(":memory:")
print(plain.execute("select ?, ?", (when, when.date())).fetchone())
print(sorted(k for k in sqlite3.converters if k in ("DATE", "TIMESTAMP", "POINT")))
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 'a;"))
