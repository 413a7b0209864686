"""Access to the password database (/etc/passwd).

Written for Spry: entries are read from /etc/passwd, so accounts that only
NSS services (LDAP, systemd-homed, ...) know are not found.
"""

from _structseq import make_struct_sequence

__all__ = ['getpwuid', 'getpwnam', 'getpwall', 'struct_passwd']

struct_passwd = make_struct_sequence(
    'pwd.struct_passwd',
    ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'))


def _entries():
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return
    for line in lines:
        fields = line.split(':')
        if len(fields) != 7 or line.startswith(('#', '+', '-')):
            continue
        try:
            fields[2] = int(fields[2])
            fields[3] = int(fields[3])
        except ValueError:
            continue
        yield struct_passwd(fields)


def getpwuid(uid):
    """Return the password database entry for the given numeric user ID."""
    if not isinstance(uid, int):
        raise TypeError('uid should be integer, not %s' % type(uid).__name__)
    for entry in _entries():
        if entry.pw_uid == uid:
            return entry
    if uid < 0 or uid >= 1 << 32:
        raise KeyError('getpwuid(): uid not found')
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name):
    """Return the password database entry for the given user name."""
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    for entry in _entries():
        if entry.pw_name == name:
            return entry
    raise KeyError('getpwnam(): name not found: %r' % name)


def getpwall():
    """Return a list of all available password database entries, in
    arbitrary order."""
    return list(_entries())
