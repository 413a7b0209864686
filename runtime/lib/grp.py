"""Access to the Unix group database (/etc/group).

Written for Spry: entries are read from /etc/group, so groups that only
NSS services know are not found.
"""

from _structseq import make_struct_sequence

__all__ = ['getgrgid', 'getgrnam', 'getgrall', 'struct_group']

struct_group = make_struct_sequence(
    'grp.struct_group', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'))


def _entries():
    try:
        with open('/etc/group', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return
    for line in lines:
        fields = line.split(':')
        if len(fields) != 4 or line.startswith(('#', '+', '-')):
            continue
        try:
            gid = int(fields[2])
        except ValueError:
            continue
        members = [m for m in fields[3].split(',') if m]
        yield struct_group((fields[0], fields[1], gid, members))


def getgrgid(id):
    """Return the group database entry for the given numeric group ID."""
    if not isinstance(id, int):
        raise TypeError('gid should be integer, not %s' % type(id).__name__)
    for entry in _entries():
        if entry.gr_gid == id:
            return entry
    if id < 0 or id >= 1 << 32:
        raise KeyError('getgrgid(): gid not found')
    raise KeyError('getgrgid(): gid not found: %d' % id)


def getgrnam(name):
    """Return the group database entry for the given group name."""
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument must be str, not %s' % type(name).__name__)
    for entry in _entries():
        if entry.gr_name == name:
            return entry
    raise KeyError('getgrnam(): name not found: %r' % name)


def getgrall():
    """Return a list of all available group database entries, in arbitrary
    order."""
    return list(_entries())
