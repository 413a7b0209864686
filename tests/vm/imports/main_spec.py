# `spry -m` gives __main__ the module's own spec; loaders answer get_source().
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
for target in ("pkg_mainspec.mod", "pkg_mainspec"):
    r = subprocess.run([sys.executable, "-m", target], cwd=here, capture_output=True, text=True)
    print(target, r.returncode, r.stderr.splitlines()[-1:] if r.returncode else "")
    print(r.stdout, end="")
print(__spec__)

import json
import pkg_mainspec.crlf as crlf
src = json.__loader__.get_source("json")
print(type(src).__name__, "def dumps(" in src)
print(repr(crlf.__loader__.get_source("pkg_mainspec.crlf")), crlf.y)
import math
print(math.__loader__.get_source("math"))
