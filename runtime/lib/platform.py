"""Basic information about the platform Spry runs on."""
import os
import sys

__version__ = '1.0.8'

_uname_cache = None


class uname_result(tuple):
    """uname_result(system, node, release, version, machine): platform.uname()."""

    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine, processor=''):
        # CPython's uname_result iterates (and counts) a sixth item, processor, which
        # `uname -p` leaves empty on Linux
        return tuple.__new__(cls, (system, node, release, version, machine, processor))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(self)[:5])


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (may not be fully qualified!)"""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'"""
    return uname().release


def version():
    """Returns the system's release version, e.g. '#3 on degas'"""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'"""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6'"""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable for its bitness and linkage (here: the running
    interpreter's)."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if not linkage:
        linkage = 'ELF'
    return bits, linkage


def python_implementation():
    """Returns a string identifying the Python implementation."""
    return 'Spry'


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of strings."""
    return tuple(python_version().split('.'))


def python_build():
    return ('main', '')


def python_compiler():
    return 'GCC'


def python_branch():
    return ''


def python_revision():
    return ''


def platform(aliased=False, terse=False):
    """Returns a single string identifying the underlying platform."""
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s-with-glibc' % (u.system, u.release, u.machine)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', os.confstr('CS_GNU_LIBC_VERSION').split()[-1]) if hasattr(os, 'confstr') else (lib, version)


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release"""
    for candidate in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(candidate, encoding='utf-8') as f:
                info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
                for line in f:
                    line = line.strip()
                    if not line or line.startswith('#') or '=' not in line:
                        continue
                    key, value = line.split('=', 1)
                    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                        value = value[1:-1]
                    info[key] = value
                return info
        except OSError:
            pass
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")
