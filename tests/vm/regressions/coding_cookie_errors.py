# A bad coding cookie: compile() says "unknown encoding" at line 0, offset -1; a script
# run directly says "encoding problem" without a position; an import shows line 0; a
# cookie other than utf-8 after a BOM names the encoding's normal spelling.
import os
import shutil
import subprocess
import sys
import tempfile

for src in [b"# coding: bogus\nx = 1\n", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
            b"\xef\xbb\xbf# -*- coding: Latin_1-x -*-\n", b"\xef\xbb\xbf# coding: latin1\n"]:
    try:
        compile(src, "f.py", "exec")
    except SyntaxError as e:
        print(repr(e.args), e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
        print(" ", str(e))

d = tempfile.mkdtemp()
try:
    with open(os.path.join(d, "badenc.py"), "wb") as f:
        f.write(b"# -*- coding: bogus -*-\nprint('never')\n")
    with open(os.path.join(d, "bom.py"), "wb") as f:
        f.write(b"\xef\xbb\xbf# coding: latin-1\nprint('never')\n")
    with open(os.path.join(d, "imp.py"), "w") as f:
        f.write("import badenc\n")
    for script in ["badenc.py", "bom.py", "imp.py"]:
        r = subprocess.run([sys.executable, os.path.join(d, script)], capture_output=True, text=True)
        print(script, r.returncode, repr(r.stdout), r.stderr.replace(d, "DIR").splitlines())
finally:
    shutil.rmtree(d)
