"""Streams over sockets: open_connection, start_server and their Unix-socket twins,
StreamReader, StreamWriter and Server. Written for Spry: there are no transports and
protocols underneath; a reader pulls from its socket with loop.sock_recv when its buffer
runs short, and a writer sends what it can at once and the rest when the socket is
writable (drain() waits for that). The socket module is imported on first use, so that
importing asyncio stays cheap."""

from . import events
from . import exceptions
from . import tasks

__all__ = ('StreamReader', 'StreamWriter', 'open_connection', 'start_server',
           'open_unix_connection', 'start_unix_server')

_DEFAULT_LIMIT = 2 ** 16


class _SocketTransport:
    """What StreamWriter.transport offers: extra info, closing, the write buffer."""

    def __init__(self, loop, sock):
        self._loop = loop
        self._sock = sock
        self._buffer = bytearray()
        self._closing = False
        self._eof = False
        self._drained = None
        self._extra = {'socket': sock}
        for key, get in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            try:
                self._extra[key] = get()
            except OSError:
                self._extra[key] = None

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        return self._closing

    def get_write_buffer_size(self):
        return len(self._buffer)

    def write(self, data):
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if not self._buffer and self._sock is not None:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            data = memoryview(data)[n:]
            if not data:
                return
            self._loop.add_writer(self._sock.fileno(), self._on_writable)
        self._buffer += data

    def _on_writable(self):
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._loop.remove_writer(self._sock.fileno())
            self._buffer.clear()
            self._wake(exc)
            return
        del self._buffer[:n]
        if not self._buffer:
            self._loop.remove_writer(self._sock.fileno())
            if self._eof:
                self._sock.shutdown(_socket().SHUT_WR)
            self._wake(None)
            if self._closing:
                self._close_now()

    def _wake(self, exc):
        fut, self._drained = self._drained, None
        if fut is not None and not fut.done():
            if exc is None:
                fut.set_result(None)
            else:
                fut.set_exception(exc)

    async def _drain(self):
        if self._buffer:
            if self._drained is None:
                self._drained = self._loop.create_future()
            await self._drained

    def write_eof(self):
        if self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(_socket().SHUT_WR)

    def close(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._close_now()

    def _close_now(self):
        sock, self._sock = self._sock, None
        if sock is not None:
            self._loop.remove_reader(sock.fileno())
            self._loop.remove_writer(sock.fileno())
            sock.close()
        self._wake(None)


class StreamReader:
    """Bytes read from a socket, buffered; EOF once the peer shut down its side."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop if loop is not None else events.get_event_loop()
        self._buffer = bytearray()
        self._eof = False
        self._exception = None
        self._sock = None

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        self._buffer.extend(data)

    def feed_eof(self):
        self._eof = True

    def at_eof(self):
        return self._eof and not self._buffer

    async def _fill(self):
        """Reads more from the socket into the buffer; sets EOF when there is no more."""
        if self._exception is not None:
            raise self._exception
        if self._eof or self._sock is None:
            self._eof = True
            return
        data = await self._loop.sock_recv(self._sock, self._limit)
        if data:
            self._buffer.extend(data)
        else:
            self._eof = True

    async def read(self, n=-1):
        if n == 0:
            return b''
        if n < 0:
            while not self._eof:
                await self._fill()
            data = bytes(self._buffer)
            self._buffer.clear()
            return data
        if not self._buffer and not self._eof:
            await self._fill()
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(incomplete, n)
            await self._fill()
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        start = 0
        while True:
            i = self._buffer.find(separator, start)
            if i >= 0:
                end = i + seplen
                if end > self._limit:
                    raise exceptions.LimitOverrunError(
                        'Separator is found, but chunk is longer than limit', i)
                data = bytes(self._buffer[:end])
                del self._buffer[:end]
                return data
            start = max(0, len(self._buffer) + 1 - seplen)
            if len(self._buffer) > self._limit:
                raise exceptions.LimitOverrunError(
                    'Separator is not found, and chunk exceed the limit', start)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(chunk, None)
            await self._fill()

    async def readline(self):
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            if self._buffer.startswith(b'\n', e.consumed):
                del self._buffer[:e.consumed + 1]
            else:
                self._buffer.clear()
            raise ValueError(e.args[0])

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


class StreamWriter:
    """Writes to a socket: write() buffers, drain() waits until the buffer is out."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        return f'<StreamWriter transport={self._transport!r} reader={self._reader!r}>'

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        for chunk in data:
            self._transport.write(chunk)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return True

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        while self._transport._sock is not None:
            await self._transport._drain()
            if self._transport._sock is not None and not self._transport._buffer:
                self._transport._close_now()

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None and self._reader._exception is not None:
            raise self._reader._exception
        await self._transport._drain()
        await tasks.sleep(0)


def _wrap(loop, sock, limit):
    sock.setblocking(False)
    reader = StreamReader(limit=limit, loop=loop)
    reader._sock = sock
    writer = StreamWriter(_SocketTransport(loop, sock), None, reader, loop)
    return reader, writer


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connects to (host, port): a (StreamReader, StreamWriter) pair."""
    loop = events.get_running_loop()
    socket = _socket()
    infos = socket.getaddrinfo(host, port, kwds.get('family', 0), socket.SOCK_STREAM)
    if not infos:
        raise OSError('getaddrinfo() returned empty list')
    error = None
    for family, type_, proto, _, address in infos:
        sock = socket.socket(family, type_, proto)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, address)
        except OSError as exc:
            sock.close()
            error = exc
            continue
        return _wrap(loop, sock, limit)
    raise error


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = events.get_running_loop()
    socket = _socket()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        await loop.sock_connect(sock, path)
    except OSError:
        sock.close()
        raise
    return _wrap(loop, sock, limit)


class Server:
    """Listening sockets whose connections become (reader, writer) calls of a callback."""

    def __init__(self, loop, sockets, client_connected_cb, limit):
        self._loop = loop
        self._sockets = list(sockets)
        self._cb = client_connected_cb
        self._limit = limit
        self._serving = False
        self._waiters = []
        self._closed = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    @property
    def sockets(self):
        return tuple(self._sockets)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    async def start_serving(self):
        self._start()
        await tasks.sleep(0)

    def _start(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.setblocking(False)
            self._loop.add_reader(sock.fileno(), self._accept, sock)

    def _accept(self, sock):
        try:
            conn, _ = sock.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return
        reader, writer = _wrap(self._loop, conn, self._limit)
        res = self._cb(reader, writer)
        if _iscoroutine(res):
            self._loop.create_task(res)

    def close(self):
        if self._closed is not None:
            return
        self._closed = True
        for sock in self._sockets:
            self._loop.remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)
        self._waiters = []

    async def wait_closed(self):
        if self._closed:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def serve_forever(self):
        self._start()
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _socket():
    import socket
    return socket


def _iscoroutine(obj):
    from . import coroutines
    return coroutines.iscoroutine(obj)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       family=0, flags=None, sock=None,
                       backlog=100, reuse_address=None, reuse_port=None, start_serving=True, **kwds):
    """Listens on (host, port); each connection calls client_connected_cb(reader, writer)."""
    loop = events.get_running_loop()
    socket = _socket()
    if flags is None:
        flags = socket.AI_PASSIVE
    if sock is not None:
        sockets = [sock]
    else:
        hosts = [host] if host is None or isinstance(host, str) else list(host)
        sockets = []
        seen = set()
        for h in hosts:
            for af, type_, proto, _, address in socket.getaddrinfo(
                    h, port, family, socket.SOCK_STREAM, 0, flags):
                if (af, address) in seen:
                    continue
                seen.add((af, address))
                s = socket.socket(af, type_, proto)
                try:
                    if reuse_address is not False:
                        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    if reuse_port:
                        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if af == socket.AF_INET6:
                        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                    s.bind(address)
                except OSError as err:
                    s.close()
                    for other in sockets:
                        other.close()
                    raise OSError(err.errno, 'error while attempting to bind on address %r: %s'
                                  % (address, err.strerror.lower())) from None
                sockets.append(s)
    for s in sockets:
        s.listen(backlog)
    server = Server(loop, sockets, client_connected_cb, limit)
    if start_serving:
        server._start()
        await tasks.sleep(0)
    return server


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, sock=None,
                            backlog=100, start_serving=True, **kwds):
    loop = events.get_running_loop()
    if sock is None:
        socket = _socket()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(path)
        except OSError:
            sock.close()
            raise
    sock.listen(backlog)
    server = Server(loop, [sock], client_connected_cb, limit)
    if start_serving:
        server._start()
        await tasks.sleep(0)
    return server
