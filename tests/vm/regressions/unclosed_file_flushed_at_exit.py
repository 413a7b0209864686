# A file opened at module level and never closed keeps what was written to it: the
# interpreter flushes it on the way out (text and binary, also after an uncaught error).
import os
import shutil
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
try:
    text = os.path.join(d, "text.txt")
    data = os.path.join(d, "data.bin")
    code = (f"f = open({text!r}, 'w')\nf.write('a' * 10 + '\\n')\n"
            f"g = open({data!r}, 'wb')\ng.write(b'xy')\n")
    r = subprocess.run([sys.executable, "-c", code])
    print(r.returncode, repr(open(text).read()), open(data, "rb").read())
    r = subprocess.run([sys.executable, "-c", f"h = open({text!r}, 'a')\nh.write('late')\n1/0\n"],
                       stderr=subprocess.DEVNULL)
    print(r.returncode, repr(open(text).read()))
finally:
    shutil.rmtree(d)
