# marshal.dumps at versions 3 and 4: interned and short strings, small tuples, and the
# reference flag on values held elsewhere (constants, named variables) and back-refs.
import marshal

name = "identifier"
text = "not an identifier"
big = 10**30
lst = [1, 2]
for version in (3, 4):
    print("version", version)
    print(marshal.dumps(name, version))
    print(marshal.dumps(text, version))
    print(marshal.dumps((name, name, text, text), version))
    print(marshal.dumps((big, big), version))
    print(marshal.dumps([lst, lst], version))
    print(marshal.dumps((7, 7, 300, 300), version))
    print(marshal.dumps("x" * 300 + "y", version)[:8])
    print(marshal.dumps(tuple(range(256)), version)[:12])
    print(marshal.dumps("\u00e9t\u00e9", version))
    print(marshal.dumps(1.5, version), marshal.dumps(2j, version))

# sharing survives the round trip
shared = [lst, lst]
back = marshal.loads(marshal.dumps(shared))
print(back, back[0] is back[1])
d = {"a": lst}
print(marshal.loads(marshal.dumps([d, d])))
# CPython-written bytes with references load
print(marshal.loads(b"\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x01\x00\x00\x00"))
print(marshal.loads(b")\x02\xda\x03abcr\x00\x00\x00\x00"))
