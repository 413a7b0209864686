# User-defined SQL functions, aggregates and collations (and their failures), the
# statement cache under reuse, and Connection.iterdump.
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("twice", 1, lambda x: x * 2)
con.create_function("join3", 3, lambda a, b, c: "%s-%s-%s" % (a, b, c), deterministic=True)
con.create_function("anyargs", -1, lambda *args: len(args))
con.create_function("kind", 1, lambda v: type(v).__name__)
print(con.execute("select twice(21), twice('ab'), twice(1.25), join3(1, 'x', null)").fetchone())
print(con.execute("select anyargs(), anyargs(1, 2, 3), kind(1), kind(2.0), kind('s'), kind(x'00'), kind(null)").fetchone())
con.create_function("fails", 0, lambda: 1 / 0)
con.create_function("badresult", 0, lambda: object())
con.create_function("bigresult", 0, lambda: 2 ** 70)
for sql in ("select fails()", "select badresult()", "select bigresult()", "select twice()", "select nosuch(1)"):
    try:
        print(con.execute(sql).fetchone())
    except (sqlite3.OperationalError, sqlite3.DataError) as e:
        print(type(e).__name__, e)
con.create_function("twice", 1, None)
try:
    con.execute("select twice(1)")
except sqlite3.OperationalError as e:
    print("OperationalError", e)


class Median:
    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        if not self.values:
            return None
        v = sorted(self.values)
        return v[len(v) // 2]


class BadStep(Median):
    def step(self, value):
        raise ValueError("no")


class BadFinal(Median):
    def finalize(self):
        return {}


class BadInit:
    def __init__(self):
        raise RuntimeError("init")


con.execute("create table n (g text, v)")
con.executemany("insert into n values (?, ?)",
                [("a", 5), ("a", 1), ("a", 9), ("b", 2), ("b", None), ("c", None)])
con.create_aggregate("median", 1, Median)
print(con.execute("select g, median(v), count(v) from n group by g order by g").fetchall())
print(con.execute("select median(v) from n where 0").fetchone())
for name, cls in (("badstep", BadStep), ("badfinal", BadFinal), ("badinit", BadInit)):
    con.create_aggregate(name, 1, cls)
    try:
        con.execute("select %s(v) from n" % name).fetchone()
    except sqlite3.OperationalError as e:
        print("OperationalError", e)

con.execute("create table words (w text)")
con.executemany("insert into words values (?)", [("banana",), ("Apple",), ("cherry",), ("apple",)])
con.create_collation("reverse", lambda a, b: (a < b) - (a > b))
con.create_collation("nocase_len", lambda a, b: len(a) - len(b))
print(con.execute("select w from words order by w collate reverse").fetchall())
print(con.execute("select w from words order by w collate nocase_len, w").fetchall())
con.create_collation("reverse", None)
try:
    con.execute("select w from words order by w collate reverse")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
try:
    con.create_collation("x", 42)
except TypeError as e:
    print("TypeError", e)

# the same SQL text through several cursors at once: each needs its own statement
c1 = con.execute("select w from words order by w")
c2 = con.execute("select w from words order by w")
print(c1.fetchone(), c2.fetchone(), c1.fetchone(), c2.fetchall(), c1.fetchall())
for i in range(300):
    con.execute("select ?", (i,)).fetchone()
print(con.execute("select ? + ?", (1, 2)).fetchone())

d = sqlite3.connect(":memory:")
d.executescript('''
    create table "odd ""name""" (a integer primary key autoincrement, "b c" text, d blob);
    insert into "odd ""name""" ("b c", d) values ('it''s', x'00ff'), (null, null), ('x', 2.5);
    create table plain (v);
    insert into plain values (1);
    create index idx on plain (v);
    create view vw as select v from plain;
    create trigger tr after insert on plain begin select 1; end;
''')
for line in d.iterdump():
    print(line)
