# tarfile's bz2 and xz methods now that bz2 and lzma exist: write, list and extract
# members through both, in file and stream modes, plus open's automatic detection.
import io
import tarfile

payload = {"a.txt": b"alpha\n" * 100, "dir/b.bin": bytes(range(256)) * 8}


def build(mode):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        for name, data in payload.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1700000000
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


for wmode, rmode in (("w:bz2", "r:bz2"), ("w:xz", "r:xz"), ("w|bz2", "r|*"), ("w|xz", "r:*")):
    blob = build(wmode)
    with tarfile.open(fileobj=io.BytesIO(blob), mode=rmode) as tf:
        seen = [(m.name, m.size, tf.extractfile(m).read() == payload[m.name]) for m in tf]
        print(wmode, rmode, blob[:3], seen)
with tarfile.open(fileobj=io.BytesIO(build("w:bz2"))) as tf:
    print(tf.getnames())
try:
    tarfile.open(fileobj=io.BytesIO(build("w:gz")), mode="r:bz2")
except tarfile.ReadError as e:
    print("ReadError", e)
try:
    tarfile.open(fileobj=io.BytesIO(build("w:bz2")), mode="r:xz")
except tarfile.ReadError as e:
    print("ReadError", e)
