# Writing b"" as the first write to a BufferedWriter (bz2/lzma files write each piece of
# compressor output, often empty): the buffer does not exist yet, and copying zero bytes
# from it was undefined behaviour that UBSan reported. Run under the sanitizer build.
import os
import tempfile

fd, path = tempfile.mkstemp()
os.close(fd)
with open(path, "wb") as f:
    print(f.write(b""), f.write(bytearray()), f.write(memoryview(b"")), f.tell())
    print(f.write(b"data"), f.write(b""), f.tell())
with open(path, "rb") as f:
    print(f.read())
with open(path, "r+b") as f:
    print(f.write(b""), f.read(2), f.write(b""), f.seek(0), f.read())
os.remove(path)
