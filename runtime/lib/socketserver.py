"""Generic socket servers: accept requests and hand each to a handler class.

Written here from the socketserver documentation of Python 3.11.  A server class
owns the listening socket and the request loop; a request handler class is
instantiated once per request; the mix-ins run each request in a thread or a
forked child.
"""
import io
import os
import selectors
import socket
import sys
import threading
import time

__all__ = ['BaseServer', 'TCPServer', 'UDPServer', 'ThreadingUDPServer',
           'ThreadingTCPServer', 'BaseRequestHandler', 'StreamRequestHandler',
           'DatagramRequestHandler', 'ThreadingMixIn']
if hasattr(os, 'fork'):
    __all__ += ['ForkingUDPServer', 'ForkingTCPServer', 'ForkingMixIn']
if hasattr(socket, 'AF_UNIX'):
    __all__ += ['UnixStreamServer', 'UnixDatagramServer', 'ThreadingUnixStreamServer',
                'ThreadingUnixDatagramServer']

# poll() where the platform has it: select() cannot watch descriptors >= FD_SETSIZE.
_Selector = getattr(selectors, 'PollSelector', selectors.SelectSelector)


class BaseServer:
    """The request loop, independent of the kind of socket."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__stopped = threading.Event()   # set while serve_forever() is not running
        self.__stop_asked = False

    def server_activate(self):
        "Hook: start listening."

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown() is called."""
        self.__stopped.clear()
        try:
            with _Selector() as selector:
                selector.register(self, selectors.EVENT_READ)
                while not self.__stop_asked:
                    ready = selector.select(poll_interval)
                    if self.__stop_asked:
                        break
                    if ready:
                        self._serve_one()
                    self.service_actions()
        finally:
            self.__stop_asked = False
            self.__stopped.set()

    def shutdown(self):
        """Stop serve_forever() and wait for it; call it from another thread."""
        self.__stop_asked = True
        self.__stopped.wait()

    def service_actions(self):
        "Hook: runs once per loop turn."

    def handle_request(self):
        """Handle one request, waiting at most the timeout for it."""
        wait = self.socket.gettimeout()
        if wait is None:
            wait = self.timeout
        elif self.timeout is not None:
            wait = min(wait, self.timeout)
        deadline = None if wait is None else time.monotonic() + wait
        with _Selector() as selector:
            selector.register(self, selectors.EVENT_READ)
            while True:
                if selector.select(wait):
                    return self._serve_one()
                if deadline is not None:
                    wait = deadline - time.monotonic()
                    if wait < 0:
                        return self.handle_timeout()

    def _serve_one(self):
        # The socket is readable, so get_request() should not block.
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)
        except BaseException:
            self.shutdown_request(request)
            raise

    # Hooks for subclasses and mix-ins; the defaults serve in this thread.

    def verify_request(self, request, client_address):
        "Hook: False drops the request."
        return True

    def process_request(self, request, client_address):
        "Hook: mix-ins move this elsewhere."
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def finish_request(self, request, client_address):
        "Run one handler instance."
        self.RequestHandlerClass(request, client_address, self)

    def handle_error(self, request, client_address):
        "Report the exception; keep serving."
        rule = '-' * 40
        sys.stderr.write(rule + '\n')
        print('Exception occurred during processing of request from', client_address,
              file=sys.stderr)
        import traceback
        traceback.print_exc()
        sys.stderr.write(rule + '\n')

    def handle_timeout(self):
        "Hook: handle_request() timed out."

    def shutdown_request(self, request):
        "Hook: end the request for good."
        self.close_request(request)

    def close_request(self, request):
        "Hook: release the request."

    def server_close(self):
        "Hook: release the server's socket."

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A stream socket server (AF_INET by default)."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except BaseException:
                self.server_close()
                raise

    def server_bind(self):
        options = ((self.allow_reuse_address, 'SO_REUSEADDR'),
                   (self.allow_reuse_port, 'SO_REUSEPORT'))
        for wanted, option in options:
            if wanted and hasattr(socket, option):
                self.socket.setsockopt(socket.SOL_SOCKET, getattr(socket, option), 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()   # the port actually bound

    def server_activate(self):
        "Listen with request_queue_size."
        self.socket.listen(self.request_queue_size)

    def get_request(self):
        "-> (connection, client address)"
        return self.socket.accept()

    def fileno(self):
        "For selectors: the listening socket."
        return self.socket.fileno()

    def close_request(self, request):
        "Close the connection."
        request.close()

    def shutdown_request(self, request):
        "Half-close, then close."
        # The client then sees the end of the reply even if it is still sending.
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def server_close(self):
        "Close the listening socket."
        self.socket.close()


class UDPServer(TCPServer):
    """A datagram server: a request is (packet bytes, the server socket)."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        packet, client_address = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), client_address

    def server_activate(self):
        "Nothing to listen() on."

    def shutdown_request(self, request):
        "The socket is shared: keep it."
        self.close_request(request)

    def close_request(self, request):
        "Nothing per request to close."


if hasattr(os, 'fork'):
    class ForkingMixIn:
        """Handle each request in a forked child process."""

        timeout = 300
        active_children = None
        max_children = 40
        block_on_close = True

        def collect_children(self, *, blocking=False):
            """Reap finished children; with too many alive, wait for some first."""
            children = self.active_children
            if children is None:
                return
            while len(children) >= self.max_children:
                try:
                    pid, _ = os.waitpid(-1, 0)
                except ChildProcessError:
                    children.clear()
                except OSError:
                    break
                else:
                    children.discard(pid)
            for pid in list(children):
                try:
                    done, _ = os.waitpid(pid, 0 if blocking else os.WNOHANG)
                except ChildProcessError:
                    children.discard(pid)
                except OSError:
                    pass
                else:
                    children.discard(done)

        def handle_timeout(self):
            self.collect_children()

        def service_actions(self):
            self.collect_children()

        def process_request(self, request, client_address):
            pid = os.fork()
            if pid:
                if self.active_children is None:
                    self.active_children = set()
                self.active_children.add(pid)
                self.close_request(request)   # the child has its own copy
                return
            exit_status = 1
            try:
                self.finish_request(request, client_address)
                exit_status = 0
            except Exception:
                self.handle_error(request, client_address)
            finally:
                try:
                    self.shutdown_request(request)
                finally:
                    os._exit(exit_status)

        def server_close(self):
            super().server_close()
            self.collect_children(blocking=self.block_on_close)


class _WorkerList(list):
    """Non-daemon request threads, so server_close() can wait for them."""

    def append(self, thread):
        self[:] = [t for t in self if t.is_alive()]
        if not thread.daemon:
            super().append(thread)

    def join(self):
        pending, self[:] = self[:], []
        for thread in pending:
            thread.join()


class _NoWorkers:
    """Stands in for _WorkerList when server_close() is not to wait."""

    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    """Handle each request in a new thread."""

    daemon_threads = False
    block_on_close = True
    _workers = _NoWorkers()

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close and '_workers' not in vars(self):
            self._workers = _WorkerList()
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        self._workers.append(worker)
        worker.start()

    def server_close(self):
        super().server_close()
        self._workers.join()


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    "TCPServer, a thread per request."


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    "UDPServer, a thread per request."


if hasattr(os, 'fork'):
    class ForkingTCPServer(ForkingMixIn, TCPServer):
        "TCPServer, a process per request."

    class ForkingUDPServer(ForkingMixIn, UDPServer):
        "UDPServer, a process per request."


if hasattr(socket, 'AF_UNIX'):
    class UnixStreamServer(TCPServer):
        "Stream server on a socket file."
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        "Datagram server on a socket file."
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        "UnixStreamServer, threaded."

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        "UnixDatagramServer, threaded."


class BaseRequestHandler:
    """One instance per request: setup(), handle(), then finish() even on error."""

    def __init__(self, request, client_address, server):
        self.server, self.client_address, self.request = server, client_address, request
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        "Hook: before handle()."

    def handle(self):
        "Hook: serve the request."

    def finish(self):
        "Hook: after handle(), always."


class _SendallWriter(io.BufferedIOBase):
    """Unbuffered wfile: every write() goes out whole with sendall()."""

    def __init__(self, sock):
        self._conn = sock

    def write(self, b):
        with memoryview(b) as view:
            self._conn.sendall(view)
            return view.nbytes

    def writable(self):
        return True

    def fileno(self):
        return self._conn.fileno()


class StreamRequestHandler(BaseRequestHandler):
    """Gives the handler rfile and wfile over the connection."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        conn = self.connection = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile('rb', self.rbufsize)
        self.wfile = (conn.makefile('wb', self.wbufsize) if self.wbufsize
                      else _SendallWriter(conn))

    def finish(self):
        out = self.wfile
        if not out.closed:
            try:
                out.flush()
            except OSError:
                pass   # the peer may be gone; closing is all that is left
        out.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """rfile reads the packet; what is written to wfile goes back as one datagram."""

    def setup(self):
        packet, self.socket = self.request
        self.packet = packet
        self.wfile, self.rfile = io.BytesIO(), io.BytesIO(packet)

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
