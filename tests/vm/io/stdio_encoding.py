# reconfigure() and new TextIOWrappers over sys.stdout.buffer; encoding errors.
import os
import subprocess
import sys


def run(code, ioenc=None):
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    env.pop("PYTHONIOENCODING", None)
    if ioenc:
        env["PYTHONIOENCODING"] = ioenc
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env)
    print("--", ioenc, "exit", r.returncode)
    print("  out", r.stdout)
    for line in r.stderr.decode("utf-8", "replace").splitlines()[-1:]:
        print("  err", line)


run(r'''
import sys
print("caf\u00e9")
sys.stdout.reconfigure(encoding="latin-1")
print("caf\u00e9", sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(errors="replace")
print("\u20ac", sys.stdout.errors)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(newline="\r\n")
print("crlf")
''')
run(r'''
import io, sys
w = io.TextIOWrapper(sys.stdout.buffer, encoding="ascii", errors="xmlcharrefreplace")
w.write("na\u00efve\n")
w.flush()
print(w.encoding, w.buffer is sys.stdout.buffer)
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-16-le")
print("wide")
sys.stdout.flush()
''')
run(r'''
import sys
print("lone \udcff surrogate")
''')
run(r'''
import sys
print("lone \udcff surrogate")
''', "utf-8")
run(r'''
import sys
sys.stderr.write("err \udcff\n")
sys.stdout.buffer.write("str")
''')
run(r'''
import sys
sys.stdout.close()
print("after close")
''')
run(r'''
import sys
print(sys.stdin.buffer.read(), sys.stdin.read())
''')
