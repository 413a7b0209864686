# gzip checks a member's CRC and length only when data past the member's end is
# read: a partial read of a damaged file succeeds (tarfile relies on this), a full
# read fails.
import gzip, io, tarfile
data = bytes(range(256)) * 40
blob = bytearray(gzip.compress(data, mtime=0))
blob[-6] ^= 0xff        # damage the CRC in the trailer
f = gzip.GzipFile(fileobj=io.BytesIO(bytes(blob)))
print(len(f.read(len(data))), f.tell())
try:
    f.read()
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
try:
    gzip.decompress(bytes(blob))
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
blob = bytearray(gzip.compress(data, mtime=0))
blob[-2] ^= 0x01        # damage the length
f = gzip.GzipFile(fileobj=io.BytesIO(bytes(blob)))
print(len(f.read(100)), len(f.read(len(data) - 100)))
try:
    f.read(1)
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as t:
    info = tarfile.TarInfo("member")
    info.size = len(data)
    t.addfile(info, io.BytesIO(data))
blob = bytearray(buf.getvalue())
blob[-7] ^= 0x55
with tarfile.open(fileobj=io.BytesIO(bytes(blob))) as t:
    print(t.getnames(), len(t.extractfile("member").read()))
