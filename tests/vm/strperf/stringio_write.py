# io.StringIO writes under each newline mode: overwriting, writing past the end (NUL
# padding), every string kind, initial values, and what reading back returns.
import io

s = io.StringIO()
print(s.write("hello\nworld"), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.write("XY"), repr(s.getvalue()), s.tell())
s.seek(15)
print(s.write("é€\U0001f600"), repr(s.getvalue()), s.tell(), len(s.getvalue()))
s.seek(0)
print(repr(s.read(4)), repr(s.readline()), repr(s.readline()))
s.seek(0, 2)
print(s.write(""), s.tell(), repr(s.getvalue()[-3:]))

for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(newline=nl)
    s.write("a\r\nb\rc\nd")
    s.write("\u1234\n")
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)

init = io.StringIO("line1\nligne2 é\n\U0001f600 3")
print(init.tell(), list(init), repr(init.getvalue()))
init.seek(6)
init.write("L")
print(repr(init.getvalue()))
big = io.StringIO()
for i in range(2000):
    big.write("row%d,%s\n" % (i, "x" * (i % 7)))
v = big.getvalue()
print(len(v), v.count("\n"), v[:20].split("\n"), sum(len(l) for l in io.StringIO(v)))
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError", e)
closed = io.StringIO()
closed.close()
try:
    closed.write("x")
except ValueError as e:
    print("ValueError", e)
