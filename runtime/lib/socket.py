"""The socket interface: the C `_socket` module plus the Python-level layer.

Written here from the socket documentation of Python 3.11.  `_socket` does the system
calls; this module adds the `socket` class (file objects, dup, accept, sendfile,
context management), the enum views of the constants and the convenience functions
create_connection, create_server, socketpair, fromfd and getfqdn.
"""
import _socket
from _socket import *
import errno
import io
import operator
import os
import sys
import time
from enum import IntEnum, IntFlag

__all__ = ['fromfd', 'getfqdn', 'create_connection', 'create_server',
           'has_dualstack_ipv6', 'AddressFamily', 'SocketKind', 'socketpair']
__all__.extend(name for name in dir(_socket) if not name.startswith('_')
               and name not in __all__)


def _enum_from_constants(cls, enum_name, prefix):
    # Members sorted by (value, name) so that of two aliases the
    # alphabetically first names the value; the module's constants become the
    # members themselves.
    found = sorted((value, name) for name, value in vars(_socket).items()
                   if name.isupper() and name.startswith(prefix))
    members = [(name, value) for value, name in found]
    made = cls(enum_name, members, module=__name__)
    globals().update((name, made[name]) for name, _ in members)
    return made


AddressFamily = _enum_from_constants(IntEnum, 'AddressFamily', 'AF_')
SocketKind = _enum_from_constants(IntEnum, 'SocketKind', 'SOCK_')
MsgFlag = _enum_from_constants(IntFlag, 'MsgFlag', 'MSG_')
AddressInfo = _enum_from_constants(IntFlag, 'AddressInfo', 'AI_')


def _as_enum(value, enum_cls):
    try:
        return enum_cls(value)
    except ValueError:
        return value


if hasattr(_socket, 'getdefaulttimeout'):
    def _apply_default_timeout(sock):
        pass   # _socket applies it itself
else:
    # _socket leaves the default timeout for new sockets to this module.
    _default_timeout = [None]
    _MAX_TIMEOUT_NS = 2 ** 63

    def getdefaulttimeout():
        """The timeout new sockets start with (None: blocking)."""
        return _default_timeout[0]

    def setdefaulttimeout(timeout):
        """Set the timeout new sockets start with (None: blocking)."""
        if timeout is not None:
            if isinstance(timeout, float):
                if timeout != timeout:
                    raise ValueError("Invalid value NaN (not a number)")
            else:
                timeout = operator.index(timeout)
            if abs(timeout) * 1e9 >= _MAX_TIMEOUT_NS:
                raise OverflowError("timestamp out of range for platform time_t")
            if timeout < 0:
                raise ValueError("Timeout value out of range")
            timeout = float(timeout)
        _default_timeout[0] = timeout

    def _apply_default_timeout(sock):
        if _default_timeout[0] is not None:
            sock.settimeout(_default_timeout[0])

    __all__ += ['getdefaulttimeout', 'setdefaulttimeout']


# A marker meaning "the timeout from setdefaulttimeout()"; http.client and
# urllib.request pass it through as this name.
_GLOBAL_DEFAULT_TIMEOUT = object()

# errno values of a non-blocking socket that has nothing to give right now
_WOULD_BLOCK = frozenset({errno.EAGAIN, errno.EWOULDBLOCK})
_SENDFILE_CHUNK = 8192


class socket(_socket.socket):
    """A socket object; the file-like helpers and enum views live here."""

    __slots__ = ['__weakref__', '_io_refs', '_closed']

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            family = AF_INET if family == -1 else family
            type = SOCK_STREAM if type == -1 else type
            proto = 0 if proto == -1 else proto
        _socket.socket.__init__(self, family, type, proto, fileno)
        _apply_default_timeout(self)
        self._io_refs = 0       # open SocketIO objects still using the descriptor
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        text = (f"<{type(self).__module__}.{type(self).__qualname__}"
                f"{' [closed]' if closed else ''} fd={self.fileno()}, "
                f"family={self.family}, type={self.type}, proto={self.proto}")
        if not closed:
            for label, query in (('laddr', self.getsockname), ('raddr', self.getpeername)):
                try:
                    address = query()
                except error:
                    continue
                if address:
                    text += f', {label}={address}'
        return text + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    def dup(self):
        twin = type(self)(self.family, self.type, self.proto, fileno=dup(self.fileno()))
        twin.settimeout(self.gettimeout())
        return twin

    def accept(self):
        fd, address = self._accept()
        conn = socket(self.family, self.type, self.proto, fileno=fd)
        # A listening socket with a timeout hands out non-blocking descriptors;
        # the accepted socket follows the default timeout instead.
        if getdefaulttimeout() is None and self.gettimeout():
            conn.setblocking(True)
        return conn, address

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None,
                 newline=None):
        if not set(mode) <= set('rwb'):
            raise ValueError(f"invalid mode {mode!r} (only r, w, b allowed)")
        writing = 'w' in mode
        reading = 'r' in mode or not writing
        binary = 'b' in mode
        raw = SocketIO(self, ('r' if reading else '') + ('w' if writing else ''))
        self._io_refs += 1
        if buffering is None or buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffered = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffered = io.BufferedReader(raw, buffering)
        else:
            buffered = io.BufferedWriter(raw, buffering)
        if binary:
            return buffered
        text = io.TextIOWrapper(buffered, io.text_encoding(encoding), errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        # No zero-copy path here: the file is read and sent in chunks.
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(f"count must be a positive integer (got {count!r})")
            if count <= 0:
                raise ValueError(f"count must be a positive integer (got {count!r})")
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        if offset:
            file.seek(offset)
        sent_total = 0
        try:
            while count is None or sent_total < count:
                want = _SENDFILE_CHUNK if count is None else \
                    min(_SENDFILE_CHUNK, count - sent_total)
                chunk = memoryview(file.read(want))
                if not chunk:
                    break
                while chunk:
                    try:
                        sent = self.send(chunk)
                    except BlockingIOError:
                        continue
                    sent_total += sent
                    chunk = chunk[sent:]
            return sent_total
        finally:
            if sent_total > 0 and hasattr(file, 'seek'):
                file.seek(offset + sent_total)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _close=_socket.socket.close):
        _close(self)

    def close(self):
        # The descriptor stays open while file objects from makefile() use it.
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        return super().detach()

    @property
    def family(self):
        return _as_enum(super().family, AddressFamily)

    @property
    def type(self):
        return _as_enum(super().type, SocketKind)

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)


class SocketIO(io.RawIOBase):
    """Raw I/O over a socket, as makefile() uses it."""

    def __init__(self, sock, mode):
        if mode not in ('r', 'w', 'rw', 'rb', 'wb', 'rwb'):
            raise ValueError(f"invalid mode: {mode!r}")
        io.RawIOBase.__init__(self)
        self._sock = sock
        self._mode = mode if 'b' in mode else mode + 'b'
        self._reading = 'r' in mode
        self._writing = 'w' in mode
        self._timed_out = False

    def readinto(self, b):
        self._checkClosed()
        self._checkReadable()
        # After a timeout some data may have been lost: refuse to go on.
        if self._timed_out:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except timeout:
            self._timed_out = True
            raise
        except error as e:
            if e.errno in _WOULD_BLOCK:
                return None
            raise

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except error as e:
            if e.errno in _WOULD_BLOCK:
                return None
            raise

    def _ensure_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")

    def readable(self):
        self._ensure_open()
        return self._reading

    def writable(self):
        self._ensure_open()
        return self._writing

    def seekable(self):
        self._ensure_open()
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        return -1 if self.closed else self.fileno()

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def fromfd(fd, family, type, proto=0):
    """A socket object on a duplicate of the descriptor fd."""
    return socket(family, type, proto, dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected sockets (AF_UNIX unless told otherwise)."""
    if family is None:
        family = AF_UNIX
    pair = _socket.socketpair(family, type, proto)
    return tuple(socket(family, type, proto, s.detach()) for s in pair)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """_socket.getaddrinfo with the family and kind given as enum members."""
    return [(_as_enum(af, AddressFamily), _as_enum(kind, SocketKind), pr, canon, sa)
            for af, kind, pr, canon, sa
            in _socket.getaddrinfo(host, port, family, type, proto, flags)]


def getfqdn(name=''):
    """The fully qualified name of `name` (this host when empty), as far as known."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    reverse = getattr(_socket, 'gethostbyaddr', None)
    if reverse is None:
        return name
    try:
        primary, aliases, _ = reverse(name)
    except error:
        return name
    for candidate in [primary] + aliases:
        if '.' in candidate:
            return candidate
    return primary


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None,
                      *, all_errors=False):
    """Connect to (host, port), trying every address getaddrinfo() gives."""
    host, port = address
    failures = []
    for family, kind, proto, _, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except error as exc:
            if not all_errors:
                failures.clear()   # only the last failure is reported
            failures.append(exc)
            if sock is not None:
                sock.close()
    if not failures:
        raise error("getaddrinfo returns an empty list")
    try:
        if all_errors:
            raise ExceptionGroup("create_connection failed", failures)
        raise failures[0]
    finally:
        failures = None


def has_dualstack_ipv6():
    """Whether one AF_INET6 socket can also accept IPv4 connections here."""
    if not (has_ipv6 and hasattr(_socket, 'IPPROTO_IPV6') and hasattr(_socket, 'IPV6_V6ONLY')):
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as probe:
            probe.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A TCP socket bound to address and listening."""
    if reuse_port and not hasattr(_socket, 'SO_REUSEPORT'):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        # Let a restarted server bind again while old connections linger in TIME_WAIT.
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            raise error(err.errno, f'{err.strerror} (while attempting to bind on '
                                   f'address {address!r})') from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise
