"""Where the ctypes tests' shared library is: $CTYPES_TEST_PROBE (ctest sets it to the
ctypes_probe target), else a copy built here with cc (the recorder under CPython, manual
runs)."""
import os
import subprocess
import tempfile


def path():
    built = os.environ.get('CTYPES_TEST_PROBE')
    if built:
        return built
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ctypes_probe.c')
    out = os.path.join(tempfile.gettempdir(), 'spry_ctypes_probe_%d.so' % os.getuid())
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(src):
        tmp = '%s.%d' % (out, os.getpid())
        subprocess.run(['cc', '-shared', '-fPIC', '-O1', src, '-o', tmp], check=True)
        os.replace(tmp, out)
    return out
