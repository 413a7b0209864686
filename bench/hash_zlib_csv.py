"""Native-module mix: CSV generation and parsing (csv writer/reader, DictReader), hashing
(md5/sha1/sha256 hexdigests, hmac), zlib/gzip compression round trips, and array packing.
argv[1] = rows per round."""
import array
import csv
import gzip
import hashlib
import hmac
import io
import sys
import zlib


def make_rows(n, seed):
    x = seed
    rows = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        rows.append([i, 'name%d' % (x % 977), x % 1000 / 7.0, 'city, "%d"' % (x % 13), x % 2 == 0])
    return rows


def round_trip(rows):
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(['id', 'name', 'score', 'city', 'flag'])
    w.writerows(rows)
    text = out.getvalue()
    parsed = list(csv.DictReader(io.StringIO(text)))
    digest = hashlib.sha256(text.encode()).hexdigest()
    blob = zlib.compress(text.encode(), 6)
    back = zlib.decompress(blob).decode()
    gz = gzip.compress(text.encode(), mtime=0)
    ids = array.array('i', [int(r['id']) for r in parsed])
    scores = array.array('d', [float(r['score']) for r in parsed])
    mac = hmac.new(b'key', ids.tobytes(), 'sha1').hexdigest()
    total = 0
    for r in parsed:
        total += len(hashlib.md5(r['name'].encode()).digest())
    return (len(parsed), digest[:12], len(blob), back == text, len(gz), sum(ids),
            round(sum(scores), 3), mac[:12], total, zlib.crc32(blob))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    acc = 0
    last = None
    for seed in range(6):
        last = round_trip(make_rows(n, seed))
        acc = (acc * 31 + last[5] + last[2] + last[9]) & 0xffffffff
    print(last)
    print('checksum:', acc)


main()
