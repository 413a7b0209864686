"""String building and processing: f-strings, join, concatenation in loops, split,
replace, case conversion, slicing, find/count, %-formatting and str.format.

Usage: string_build.py [rounds]   (default 400)
"""
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def build_report(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        lines.append(f"{i:05d}|{w:<8}|{w.upper():>8}|{i * 3.25:10.2f}|{hex(i)}")
    return "\n".join(lines)


def concat_loop(n):
    s = ""
    for i in range(n):
        s += WORDS[i & 15][:3]
        if i % 50 == 49:
            s += "\n"
    return s


def transform(text):
    out = []
    for line in text.split("\n"):
        parts = line.split("|")
        if len(parts) < 5:
            continue
        parts[1] = parts[1].strip().capitalize()
        parts[2] = parts[2].strip().lower().replace("a", "4").replace("e", "3")
        out.append(" ; ".join(p.strip() for p in parts))
    return out


def scan(lines):
    total = 0
    for line in lines:
        total += line.count("4") + line.find(";") + len(line)
        if line.startswith("000") and line.endswith("f"):
            total += 7
        total += ord(line[len(line) // 2])
    return total


def formats(n):
    acc = []
    for i in range(n):
        acc.append("%s-%d-%.3f" % (WORDS[i % 16], i, i / 7))
        acc.append("{0}:{1:>4}:{2!r}".format(i, WORDS[(i * 7) % 16], WORDS[i % 5]))
    return "".join(acc)


def checksum_text(s):
    h = 0
    for ch in s[::7]:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    total = 0
    for r in range(rounds):
        report = build_report(400 + r)
        lines = transform(report)
        total += scan(lines)
        c = concat_loop(2000)
        total += len(c) + c.count("\n")
        f = formats(200)
        total = (total + checksum_text(f) + checksum_text(report)) % 1000000007
    print(f"sample: {lines[3]}")
    print(f"checksum: string_build rounds={rounds} total={total}")


if __name__ == "__main__":
    main()
