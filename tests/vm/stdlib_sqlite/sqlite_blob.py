# Connection.blobopen and sqlite3.Blob (3.11): read/write/seek/tell, indexing and
# slicing, the fixed size, readonly blobs, the context manager and the errors.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t (b blob)")
con.execute("insert into t values (zeroblob(10))")
blob = con.blobopen("t", "b", 1)


def attempt(f):
    try:
        print(repr(f()))
    except (ValueError, IndexError, TypeError, sqlite3.Error) as e:
        print(type(e).__name__, e)


def set_item(key, value):
    blob[key] = value


def del_item():
    del blob[0]


attempt(lambda: len(blob))
attempt(lambda: blob.write(b"hello"))
attempt(blob.tell)
attempt(lambda: blob.seek(0))
attempt(lambda: blob.read(3))
attempt(blob.read)
attempt(lambda: blob.write(b"x"))
attempt(lambda: blob.seek(-1, 2))
attempt(lambda: blob.seek(20))
attempt(lambda: blob.seek(0, 5))
attempt(lambda: blob.seek(-2, 1))
attempt(blob.tell)
for key in (0, -1, slice(1, 4), slice(None, None, 2), slice(8, 2), 20, "x"):
    attempt(lambda: blob[key])
for key, value in ((0, 65), (slice(0, 2), b"ZZ"), (0, 300), (slice(0, 2), b"Z"), (slice(1, 7, 3), b"ab"),
                   (99, 1)):
    attempt(lambda: set_item(key, value))
attempt(del_item)
attempt(lambda: blob[0:10])
attempt(lambda: blob.read(-1))
blob.seek(0)
attempt(lambda: blob.read(100))
attempt(lambda: blob.write(bytearray(b"")))
blob.close()
blob.close()
attempt(blob.read)
attempt(lambda: len(blob))
attempt(lambda: con.blobopen("t", "b", 99))
attempt(lambda: con.blobopen("nope", "b", 1))
attempt(lambda: con.blobopen("t", "b", 1, readonly=True).write(b"x"))
with con.blobopen("t", "b", 1) as b2:
    print(b2.read(4), type(b2).__name__, type(b2).__module__)
attempt(b2.read)
print(con.execute("select b from t").fetchone())
