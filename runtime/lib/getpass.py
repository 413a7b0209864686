"""Reading a password, and finding the login name.

Spry has no termios, so the terminal's echo cannot be turned off: getpass() warns
(GetPassWarning) and reads the line from standard input, as CPython does whenever it
cannot control echo."""

import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    """The password is read with echo on."""


def fallback_getpass(prompt='Password: ', stream=None):
    """Prompt on stream (sys.stderr by default) and read a line from sys.stdin,
    after warning that the input may be echoed. EOFError at end of input."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if stream is None:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    stream.write('\n')
    return line[:-1] if line.endswith('\n') else line


getpass = fallback_getpass


def getuser():
    """The login name: from LOGNAME, USER, LNAME or USERNAME, else the password
    database entry of the real user id."""
    for variable in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        name = os.environ.get(variable)
        if name:
            return name
    import pwd
    return pwd.getpwuid(os.getuid()).pw_name
