# tarfile writes the same bytes as CPython in every format (digests below), and
# reads back pax records, GNU long names, base-256 numbers and old GNU sparse
# members; TarInfo field handling and list() output for fixed members.
import hashlib
import io
import tarfile
from tarfile import TarInfo


def member(name, kind=tarfile.REGTYPE, **fields):
    info = TarInfo(name)
    info.type = kind
    info.mtime = 1650000000
    info.uid, info.gid, info.uname, info.gname = 501, 20, "someone", "staff"
    for key, value in fields.items():
        setattr(info, key, value)
    return info


def archive(fmt, **options):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt, **options) as tf:
        data = b"payload " * 70
        tf.addfile(member("plain.txt", size=len(data)), io.BytesIO(data))
        tf.addfile(member("dir", tarfile.DIRTYPE, mode=0o755))
        tf.addfile(member("dir/" + "component/" * 8 + "x" * 30 + ".txt", size=3), io.BytesIO(b"abc"))
        tf.addfile(member("sym", tarfile.SYMTYPE, linkname="plain.txt"))
        tf.addfile(member("hard", tarfile.LNKTYPE, linkname="plain.txt"))
        tf.addfile(member("dev", tarfile.BLKTYPE, devmajor=8, devminor=1))
        if fmt != tarfile.USTAR_FORMAT:
            tf.addfile(member("caf\u00e9", uname="\u00fcser", mtime=1650000000.25))
            tf.addfile(member("neg", uid=-3 if fmt == tarfile.GNU_FORMAT else 9 ** 9))
            tf.addfile(member("link-" + "x" * 120, tarfile.SYMTYPE, linkname="y" * 130))
    return buf.getvalue()


for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    blob = archive(fmt)
    print(fmt, len(blob), hashlib.sha256(blob).hexdigest())
    with tarfile.open(fileobj=io.BytesIO(blob)) as tf:
        for m in tf:
            print("  %-22.22s %s %4d %r %s %s %s %s %s" % (m.name, m.type, m.size, m.mtime, m.uid, m.uname,
                  m.linkname[:12], m.offset, sorted(m.pax_headers.items())[:2]))
        tf.list(verbose=False)
blob = archive(tarfile.PAX_FORMAT, pax_headers={"comment": "global \u2603"}, encoding="latin-1")
print(len(blob), hashlib.sha256(blob).hexdigest())
with tarfile.open(fileobj=io.BytesIO(blob), encoding="latin-1") as tf:
    print(tf.pax_headers, [m.pax_headers.get("comment") for m in tf.getmembers()[:2]])

binary = TarInfo("b\udcffname")
print(binary.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")[512:600])
back = tarfile.open(fileobj=io.BytesIO(binary.tobuf() + bytes(1024))).getnames()
print([n.encode("utf-8", "surrogateescape") for n in back])

# An old-style GNU sparse member: two data chunks with a hole between them.
sparse = TarInfo("holes.bin")
sparse.type = tarfile.GNUTYPE_SPARSE
sparse.size = 8
head = bytearray(sparse.tobuf(tarfile.GNU_FORMAT))
for slot, (offset, count) in enumerate([(0, 4), (1000, 4)]):
    at = 386 + slot * 24
    head[at:at + 12] = tarfile.itn(offset, 12, tarfile.GNU_FORMAT)
    head[at + 12:at + 24] = tarfile.itn(count, 12, tarfile.GNU_FORMAT)
head[483:495] = tarfile.itn(1004, 12, tarfile.GNU_FORMAT)
head[148:156] = b"%06o\0 " % tarfile.calc_chksums(bytes(head[:148]) + b" " * 8 + bytes(head[156:]))[0]
raw = bytes(head) + b"AAAABBBB".ljust(512, b"\0") + bytes(1024)
with tarfile.open(fileobj=io.BytesIO(raw)) as tf:
    m = tf.getmember("holes.bin")
    print(m.type, m.size, m.sparse, m.issparse(), m.isreg())
    data = tf.extractfile(m).read()
    print(len(data), data[:4], data[4:8], data[996:1000], data[1000:])

info = member("x/", tarfile.DIRTYPE)
print(info.name, info.get_info()["name"], info.path, info.linkpath == info.linkname, info.isdir(), info.isfile())
copy = info.replace(name="renamed", uid=7)
print(copy.name, copy.uid, info.name, info.uid, copy.pax_headers is info.pax_headers)
for bad in (lambda: TarInfo("n").tobuf(7), lambda: member("m", mode=None).tobuf(),
            lambda: tarfile.itn(8 ** 12, 12, tarfile.USTAR_FORMAT), lambda: tarfile.nti(b"12x4\0\0\0\0"),
            lambda: TarInfo("d/" * 100).tobuf(tarfile.USTAR_FORMAT), lambda: member("l", linkname="q" * 101).tobuf(tarfile.USTAR_FORMAT)):
    try:
        bad()
    except (ValueError, tarfile.HeaderError) as e:
        print(type(e).__name__, e)
print(tarfile.nti(tarfile.itn(2 ** 40, 12, tarfile.GNU_FORMAT)), tarfile.nti(b"  17 \0\0\0"), tarfile.stn("ab", 4, "ascii", "strict"))
print(tarfile.nts(b"abc\0def", "ascii", "strict"), tarfile.calc_chksums(bytes(512)))
