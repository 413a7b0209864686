# marshal.dump / marshal.load on binary files: several values in a row.
import io
import marshal

buf = io.BytesIO()
for v in (1, "two", [3.0, None], {"four": (4,)}):
    print(marshal.dump(v, buf))
print(len(buf.getvalue()))
buf.seek(0)
for _ in range(4):
    print(marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print("EOFError", e)

buf = io.BytesIO()
marshal.dump((1, 2), buf, 2)
print(buf.getvalue())

class NotBytes:
    def read(self, *a):
        return "text"
try:
    marshal.load(NotBytes())
except TypeError as e:
    print("TypeError", e)
