# A built-in type readied when its module is first imported (io.BytesIO) must not share a
# method-cache version with a type readied at start-up (int): int's attribute lookup
# used to find BytesIO.read.
import io

b = io.BytesIO(b'data')
print(b.read(2), hasattr(b, 'read'))
for v in [5, 'text', 2.5, (1,)]:
    print(type(v).__name__, hasattr(v, 'read'), hasattr(v, 'getvalue'), hasattr(v, 'seek'))
try:
    (5).read
except AttributeError as e:
    print(e)
