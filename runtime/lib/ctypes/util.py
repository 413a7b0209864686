"""ctypes.util.find_library on Linux, as CPython documents it: the soname of a library
from the dynamic linker's cache (`ldconfig -p`), else from what the C compiler (`gcc`)
would link; None when neither finds it."""
import os
import re
import shutil
import subprocess
import sys

__all__ = ['find_library']


def _machine_abi():
    """The ldconfig cache tag of libraries this process can load."""
    machine = os.uname().machine
    bits64 = sys.maxsize > 2**32
    tags = {'x86_64': 'x86-64', 'aarch64': 'AArch64', 'ppc64le': '64bit', 's390x': '64bit',
            'riscv64': '64bit'}
    if bits64:
        return tags.get(machine, '64bit')
    return None


def _run(args):
    try:
        env = dict(os.environ, LC_ALL='C', LANG='C')
        proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    except OSError:
        return b''
    return proc.stdout


def _from_ldconfig(name):
    ldconfig = shutil.which('ldconfig') or next(
        (p for p in ('/sbin/ldconfig', '/usr/sbin/ldconfig') if os.path.exists(p)), None)
    if not ldconfig:
        return None
    abi = _machine_abi()
    pattern = re.compile(r'\s+(lib%s\.so[^\s]*)\s+\(([^)]*)\)' % re.escape(name))
    for line in _run([ldconfig, '-p']).decode('utf-8', 'replace').splitlines():
        m = pattern.match(line)
        if not m:
            continue
        flags = m.group(2)
        if abi is None and '64' in flags or abi is not None and abi not in flags:
            continue
        return m.group(1)
    return None


def _soname(path):
    objdump = shutil.which('objdump')
    if not objdump:
        return os.path.basename(path)
    m = re.search(rb'\sSONAME\s+([^\s]+)', _run([objdump, '-p', '-j', '.dynamic', path]))
    return m.group(1).decode() if m else os.path.basename(path)


def _from_gcc(name):
    cc = shutil.which('gcc') or shutil.which('cc')
    if not cc:
        return None
    out = _run([cc, '-Wl,-t', '-o', os.devnull, '-l' + name])
    for m in re.finditer(rb'[^\(\)\s]*lib%s\.[^\(\)\s]*' % re.escape(name.encode()), out):
        path = os.fsdecode(m.group(0))
        if os.path.exists(path) and not path.endswith('.a'):
            return _soname(path)
    return None


def find_library(name):
    return _from_ldconfig(name) or _from_gcc(name)
