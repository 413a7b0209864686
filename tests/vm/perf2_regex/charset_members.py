# Character classes decided through the per-class bitmap (code points below 256) and the
# general test (above): ranges, negation, categories, IGNORECASE (ASCII and Unicode rules),
# re.ASCII, classes inside repeats, as search filters and in lookarounds.
import re

subject = "".join(chr(c) for c in range(0, 300) if c not in (0x130, 0x131, 0x17f)) + "\u212a\u00b5\u03bc\u0660\u2028\u3000"
patterns = [
    (r"[a-f]", 0), (r"[^a-f\s]", 0), (r"[\d]", 0), (r"[\D]", 0), (r"[\w]", 0), (r"[\W]", 0),
    (r"[\s]", 0), (r"[\S]", 0), (r"[\w]", re.A), (r"[\s]", re.A), (r"[\d]", re.A),
    (r"[a-z]", re.I), (r"[A-Z]", re.I | re.A), (r"[^a-z]", re.I), (r"[\xb5]", re.I),
    (r"[\xff]", re.I), (r"[\xe0-\xef]", re.I), (r"[\u0100-\u012f]", re.I), (r"[k]", re.I),
    (r"[s]", re.I), (r"[i]", re.I), (r"[\x00-\x1f\x7f]", 0), (r"[^\x00-\xff]", 0),
    (r"[-\]\\^]", 0), (r"[\w.@+-]", 0), (r"[^\W\d_]", 0),
]
for pat, flags in patterns:
    p = re.compile(pat, flags)
    hits = [ord(m.group()) for m in p.finditer(subject)]
    print(pat, int(flags), len(hits), hits[:6], hits[-6:], sum(hits))

# classes in repeats (greedy, lazy, bounded), as the first item of a search, in lookarounds
text = "user=u12 path=\"/a/b7\" took=93ms ÉTÉ été 2024-05-06 x_y ZZ9"
for pat, flags in [(r"[A-Za-z_]\w*", 0), (r"\w+?=", 0), (r"[^\"]*\"", 0), (r"[\d-]{4,10}", 0),
                   (r"(?<=[=/])[a-z]+", 0), (r"[a-zé]+(?![\w])", re.I), (r"[^\s=]{2,3}", 0),
                   (r"[ÉT]+", re.I), (r"\b[\w]{2}\b", re.A), (r"[\x80-\xff]", 0)]:
    print(pat, re.findall(pat, text, flags))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), text))
print(re.split(r"[ \[\]=]+", "2024-01-02 [INFO] a=b  c=[d]"))
print(bool(re.fullmatch(r"[\w\-: \[\].=\"/]+", text)), bool(re.fullmatch(r"[\w\-: \[\].=\"/]+", "a-b: [c].d=\"/e\"")))
b = re.compile(rb"[\x80-\xff]+|[a-c]+", re.I)
print(b.findall(bytes(range(60, 256, 7)) + b"ABCabc"))
