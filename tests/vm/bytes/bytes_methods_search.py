b = b"the cat sat on the mat"
print(b.find(b"the"), b.find(b"the", 1), b.rfind(b"at"), b.find(b"dog"), b.find(116), b.index(b"cat"))
print(b.count(b"at"), b.count(b"t"), b.count(116), b.startswith(b"the"), b.endswith((b"x", b"mat")))
print(b.split(), b.split(b" ", 2), b.rsplit(b" ", 2), b.split(b"at"))
print(b.partition(b" "), b.rpartition(b" "), b.replace(b"at", b"og"), b.replace(b"at", b"", 1))
print(b" x ".strip(), b"xxaxx".strip(b"x"), b"  a".lstrip(), b"a  ".rstrip())
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]))
print(b"a\nb\r\nc".splitlines(), b"a\nb\n".splitlines(keepends=True))
print(b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
try:
    b.index(b"dog")
except ValueError as e:
    print("ValueError", e)
try:
    b.find("the")
except TypeError as e:
    print("TypeError", e)
