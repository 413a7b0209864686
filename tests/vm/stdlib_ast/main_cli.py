# python -m ast FILE: the module's dump, with -a positions, -i indentation and -m mode.
import os
import subprocess
import sys
import tempfile

fd, path = tempfile.mkstemp(suffix=".py")
with os.fdopen(fd, "w") as f:
    f.write("def f(x):\n    return x + 1\n")
try:
    for extra in [[], ["-a", "-i", "1"], ["-m", "eval"]]:
        r = subprocess.run([sys.executable, "-m", "ast", *extra, path], capture_output=True, text=True)
        print(extra, r.returncode)
        print(r.stdout.rstrip())
        if r.stderr:
            print(r.stderr.strip().splitlines()[-1])
finally:
    os.unlink(path)
r = subprocess.run([sys.executable, "-m", "ast", "-m", "eval"], input="a * -b", capture_output=True, text=True)
print(r.stdout.rstrip())
