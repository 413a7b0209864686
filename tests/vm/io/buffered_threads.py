# Several threads writing and flushing one BufferedWriter: raw writes release the
# interpreter lock, and no line may be lost or written twice meanwhile.
import os
import tempfile
import threading

path = os.path.join(tempfile.mkdtemp(), "out.bin")
f = open(path, "wb", buffering=64)


def worker(n):
    for i in range(1500):
        f.write(b"t%d-%04d\n" % (n, i))
        if i % 7 == 0:
            f.flush()


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
f.close()
with open(path, "rb") as g:
    lines = g.read().splitlines()
os.remove(path)
os.rmdir(os.path.dirname(path))
print(len(lines), len(set(lines)))
for n in range(4):
    mine = [line for line in lines if line.startswith(b"t%d-" % n)]
    print(n, len(mine), mine == sorted(mine), mine[:1], mine[-1:])
