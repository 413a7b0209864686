"""I/O readiness for the event loop: add_reader/add_writer over a selectors selector, and
the loop's sock_* coroutines built on them. Written for Spry.

The selector is made on first use, with a socket pair whose read end wakes the loop when
another thread calls call_soon_threadsafe while the loop waits."""

import errno

from . import events

__all__ = ()


class _SelectorMixin:
    _selector = None
    _ssock = _csock = None

    # -- the selector
    def _ensure_selector(self):
        if self._selector is None:
            import selectors
            import socket
            self._selector = selectors.DefaultSelector()
            self._ssock, self._csock = socket.socketpair()
            self._ssock.setblocking(False)
            self._csock.setblocking(False)
            self._selector.register(self._ssock.fileno(), selectors.EVENT_READ,
                                    (events.Handle(self._drain_wakeups, (), self), None))
        return self._selector

    def _drain_wakeups(self):
        try:
            while self._ssock.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _write_to_self(self):
        csock = self._csock
        if csock is not None:
            try:
                csock.send(b'\0')
            except OSError:
                pass

    def _has_io(self):
        # More than the wake-up socket registered: the loop must wait in select().
        return self._selector is not None and len(self._selector.get_map()) > 1

    def _select(self, timeout):
        """Waits up to timeout (None: forever) and queues the ready fds' callbacks."""
        import selectors
        for key, mask in self._selector.select(timeout):
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove(key.fd, selectors.EVENT_READ)
                else:
                    self._ready.append(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove(key.fd, selectors.EVENT_WRITE)
                else:
                    self._ready.append(writer)

    def _close_selector(self):
        if self._selector is not None:
            self._selector.close()
            self._selector = None
            self._ssock.close()
            self._csock.close()
            self._ssock = self._csock = None

    # -- readers and writers
    def _add(self, fd, event, callback, args):
        import selectors
        self._check_closed()
        selector = self._ensure_selector()
        handle = events.Handle(callback, args, self, None)
        try:
            key = selector.get_key(fd)
        except KeyError:
            data = (handle, None) if event == selectors.EVENT_READ else (None, handle)
            selector.register(fd, event, data)
            return handle
        reader, writer = key.data
        old = reader if event == selectors.EVENT_READ else writer
        if old is not None:
            old.cancel()
        data = (handle, writer) if event == selectors.EVENT_READ else (reader, handle)
        selector.modify(fd, key.events | event, data)
        return handle

    def _remove(self, fd, event):
        import selectors
        if self._selector is None:
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        reader, writer = key.data
        mask = key.events & ~event
        old = reader if event == selectors.EVENT_READ else writer
        if event == selectors.EVENT_READ:
            reader = None
        else:
            writer = None
        if mask:
            self._selector.modify(fd, mask, (reader, writer))
        else:
            self._selector.unregister(fd)
        if old is not None:
            old.cancel()
            return True
        return False

    def add_reader(self, fd, callback, *args):
        import selectors
        return self._add(_fileobj_to_fd(fd), selectors.EVENT_READ, callback, args)

    def remove_reader(self, fd):
        import selectors
        return self._remove(_fileobj_to_fd(fd), selectors.EVENT_READ)

    def add_writer(self, fd, callback, *args):
        import selectors
        return self._add(_fileobj_to_fd(fd), selectors.EVENT_WRITE, callback, args)

    def remove_writer(self, fd):
        import selectors
        return self._remove(_fileobj_to_fd(fd), selectors.EVENT_WRITE)

    # -- sockets
    def _check_nonblocking(self, sock):
        # Only in debug mode, as CPython: a blocking socket would stall the loop.
        if self._debug and sock.gettimeout() != 0:
            raise ValueError("the socket must be non-blocking")

    async def _sock_io(self, sock, writing, op):
        """Retries op() whenever sock is ready until it no longer raises BlockingIOError."""
        while True:
            try:
                return op()
            except (BlockingIOError, InterruptedError):
                pass
            fut = self.create_future()
            fd = sock.fileno()
            add = self.add_writer if writing else self.add_reader
            remove = self.remove_writer if writing else self.remove_reader
            add(fd, _set_result_unless_cancelled, fut)
            try:
                await fut
            finally:
                remove(fd)

    async def sock_recv(self, sock, n):
        self._check_nonblocking(sock)
        return await self._sock_io(sock, False, lambda: sock.recv(n))

    async def sock_recv_into(self, sock, buf):
        self._check_nonblocking(sock)
        return await self._sock_io(sock, False, lambda: sock.recv_into(buf))

    async def sock_recvfrom(self, sock, bufsize):
        self._check_nonblocking(sock)
        return await self._sock_io(sock, False, lambda: sock.recvfrom(bufsize))

    async def sock_sendto(self, sock, data, address):
        self._check_nonblocking(sock)
        return await self._sock_io(sock, True, lambda: sock.sendto(data, address))

    async def sock_sendall(self, sock, data):
        self._check_nonblocking(sock)
        view = memoryview(data).cast('B')
        sent = 0
        while sent < len(view):
            sent += await self._sock_io(sock, True, lambda: sock.send(view[sent:]))

    async def sock_connect(self, sock, address):
        self._check_nonblocking(sock)
        err = sock.connect_ex(address)
        if err in (errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EINTR):
            fut = self.create_future()
            fd = sock.fileno()
            self.add_writer(fd, _set_result_unless_cancelled, fut)
            try:
                await fut
            finally:
                self.remove_writer(fd)
            import socket
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err:
            raise OSError(err, f'Connect call failed {address}')

    async def sock_accept(self, sock):
        self._check_nonblocking(sock)
        return await self._sock_io(sock, False, sock.accept)


def _set_result_unless_cancelled(fut):
    if not fut.done():
        fut.set_result(None)


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd
