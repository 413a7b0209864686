# Transactions as sqlite3 3.11 manages them: implicit BEGIN before DML, isolation_level
# (None = autocommit), commit/rollback, the context manager, in_transaction,
# total_changes, executescript, and two connections on one database file.
import os
import sqlite3
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "tx.db")
a = sqlite3.connect(path)
b = sqlite3.connect(path, timeout=0.1)
print(a.isolation_level == "", a.in_transaction)
a.execute("create table kv (k text primary key, v integer)")
print(a.in_transaction)
a.execute("insert into kv values ('x', 1)")
print(a.in_transaction, b.execute("select count(*) from kv").fetchone())
a.commit()
print(a.in_transaction, b.execute("select * from kv").fetchall())
a.execute("insert into kv values ('y', 2)")
a.rollback()
print(a.in_transaction, a.execute("select * from kv").fetchall(), a.total_changes)
with a:
    a.execute("update kv set v = v + 10")
print(a.in_transaction, b.execute("select v from kv").fetchone())
try:
    with a:
        a.execute("insert into kv values ('z', 3)")
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e)
print(a.execute("select count(*) from kv").fetchone(), a.in_transaction)
try:
    with a:
        a.execute("insert into kv values ('x', 99)")
except sqlite3.IntegrityError as e:
    print("IntegrityError", e)
print(a.in_transaction, a.execute("select * from kv").fetchall())
for level in ("DEFERRED", "immediate", "Exclusive", None):
    c = sqlite3.connect(path, isolation_level=level, timeout=0.1)
    c.execute("insert into kv values (?, 0)", (str(level),))
    print(level, c.isolation_level, c.in_transaction)
    c.commit()
    c.close()
a.isolation_level = None
a.execute("begin")
a.execute("delete from kv where v = 0")
print(a.in_transaction)
a.execute("commit")
print(a.in_transaction, a.execute("select count(*) from kv").fetchone())
a.isolation_level = "DEFERRED"
a.execute("insert into kv values ('w', 5)")
print(a.in_transaction)
a.isolation_level = None
print(a.in_transaction, b.execute("select k from kv order by k").fetchall())
a.isolation_level = ""
a.execute("insert into kv values ('q', 7)")
cur = a.executescript("""
    create table log (msg text);
    insert into log values ('one');  -- comment
    insert into log values ('two');
""")
print(cur is not None, a.in_transaction, b.execute("select count(*) from kv").fetchone())
print(b.execute("select * from log").fetchall())
a.execute("insert into log values ('three')")
try:
    b.execute("insert into log values ('four')")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
a.close()
b.execute("insert into log values ('five')")
b.commit()
print(b.execute("select group_concat(msg) from log").fetchone(), b.total_changes)
b.close()
with sqlite3.connect(path) as c:
    print(c.execute("select count(*) from log").fetchone())
print(c.execute("select 1").fetchone())
c.close()
uri = "file:" + path + "?mode=ro"
ro = sqlite3.connect(uri, uri=True)
try:
    ro.execute("insert into log values ('six')")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
ro.close()
os.remove(path)
os.rmdir(tmp)
