"""json: dumps/loads round trips of nested records (dicts, lists, strs with escapes,
ints, floats, None/bools), with indent and sort_keys variants. argv[1] = records."""
import json
import sys


def make_records(n):
    x = 12345
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append({
            "id": i,
            "name": "user%d \"q\" \\ \u00e9" % (x % 1000),
            "score": (x % 10000) / 37.0,
            "active": x % 3 == 0,
            "tags": ["t%d" % (x % 7), "t%d" % (x % 11), None],
            "address": {"city": "c%d" % (x % 50), "zip": "%05d" % (x % 99999), "geo": [x % 90, -(x % 180)]},
        })
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    records = make_records(n)
    acc = 0
    for rnd in range(6):
        text = json.dumps(records)
        back = json.loads(text)
        pretty = json.dumps(back, indent=2, sort_keys=True)
        again = json.loads(pretty)
        acc = (acc * 31 + len(text) + len(pretty) + len(again)) & 0xffffffff
        assert again == records
    print(text[:120])
    print("checksum:", acc)


main()
