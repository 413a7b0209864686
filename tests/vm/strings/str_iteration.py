s = "héllo"
for i, c in enumerate(s):
    print(i, c, ord(c))
it = iter(s)
print(next(it), next(it), list(it))
print(list(reversed(s)), sorted(s), sorted(s, reverse=True))
print(list(zip(s, "abc")), list(map(str.upper, s)))
print(set("aabbcc") == {"a", "b", "c"}, sorted(set("mississippi")))
print(dict.fromkeys("abca"), list(enumerate("xy", 1)))
count = {}
for ch in "abracadabra":
    count[ch] = count.get(ch, 0) + 1
print(count)
print(any(c.isdigit() for c in "ab1"), all(c.islower() for c in "abC"))
print("".join(c for c in "a1b2c3" if c.isalpha()), [c * 2 for c in "xyz"])
