"""re: scanning generated log lines with compiled patterns -- search, findall, finditer
with named groups, sub with a callable, split, fullmatch. argv[1] = lines."""
import re
import sys

LINE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) \[(?P<level>[A-Z]+)\] (?P<msg>.*)$")
IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
WORD = re.compile(r"[A-Za-z_]\w*")
KV = re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")


def make_lines(n):
    x = 7
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append("2024-%02d-%02d %02d:%02d:%02d [%s] request from %d.%d.%d.%d user=u%d path=\"/a/b%d\" took=%dms"
                   % (x % 12 + 1, x % 28 + 1, x % 24, x % 60, (x >> 3) % 60, levels[x % 4],
                      x % 256, (x >> 8) % 256, (x >> 16) % 256, (x >> 4) % 256, x % 500, x % 30, x % 900))
    return out


def scan(lines):
    levels = {}
    ips = 0
    words = 0
    total_ms = 0
    for line in lines:
        m = LINE.match(line)
        if not m:
            continue
        levels[m.group("level")] = levels.get(m.group("level"), 0) + 1
        ips += len(IP.findall(m.group("msg")))
        words += sum(1 for _ in WORD.finditer(line))
        for k, v in KV.findall(line):
            if k == "took":
                total_ms += int(v[:-2])
    redacted = [IP.sub(lambda m: "x" * len(m.group()), line) for line in lines[:200]]
    parts = sum(len(re.split(r"[ \[\]=]+", line)) for line in lines[:500])
    full = sum(1 for line in lines if re.fullmatch(r"[\w\-: \[\].=\"/]+", line))
    return sorted(levels.items()), ips, words, total_ms, redacted[-1], parts, full


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 15000
    lines = make_lines(n)
    acc = 0
    for _ in range(3):
        r = scan(lines)
        acc = (acc * 31 + r[1] + r[2] + r[3] + r[5] + r[6]) & 0xffffffff
    print(r[0], r[4])
    print("checksum:", acc)


main()
