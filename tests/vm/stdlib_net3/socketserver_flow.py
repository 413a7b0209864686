# socketserver: request flow hooks, handle_error text, UDP, threading, serve_forever/shutdown.
import io
import re
import socket
import socketserver
import sys
import threading

events = []


class Upper(socketserver.StreamRequestHandler):
    def setup(self):
        events.append('setup')
        super().setup()

    def handle(self):
        line = self.rfile.readline()
        if line.startswith(b'fail'):
            raise ValueError('handler failed on ' + line.strip().decode())
        n = self.wfile.write(line.upper())
        events.append(('wrote', n, isinstance(self.wfile, io.BufferedIOBase), self.wfile.writable()))

    def finish(self):
        events.append('finish')
        super().finish()


class Server(socketserver.TCPServer):
    allow_reuse_address = True

    def verify_request(self, request, client_address):
        events.append('verify')
        return self.RequestHandlerClass is Upper

    def shutdown_request(self, request):
        events.append('shutdown_request')
        super().shutdown_request(request)

    def handle_timeout(self):
        events.append('timeout')


replies = []


def talk(address, payload):
    with socket.create_connection(address) as c:
        c.sendall(payload)
        return c.recv(100)


with Server(('127.0.0.1', 0), Upper) as srv:
    print(type(srv.server_address), srv.server_address[0], srv.socket.type, srv.fileno() == srv.socket.fileno())
    t = threading.Thread(target=lambda: replies.append(talk(srv.server_address, b'hello\n')))
    t.start()
    srv.handle_request()
    t.join()
    print(events, replies)
    events.clear()
    caught = io.StringIO()
    sys.stderr, saved = caught, sys.stderr
    t = threading.Thread(target=lambda: replies.append(talk(srv.server_address, b'fail now\n')))
    t.start()
    srv.handle_request()
    t.join()
    sys.stderr = saved
    lines = caught.getvalue().splitlines()
    print([re.sub(r'\d{3,}\)', 'P)', ln) for ln in lines if not ln.startswith(' ')][:2], lines[-2:])
    print(events)
    events.clear()
    srv.timeout = 0.01
    srv.handle_request()
    print(events, srv.socket.gettimeout())
print(srv.socket.fileno())


class Echo(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(b'got ' + self.rfile.read() + b' ' + str(len(self.packet)).encode())


with socketserver.ThreadingUDPServer(('127.0.0.1', 0), Echo) as udp:
    runner = threading.Thread(target=udp.serve_forever, args=(0.01,))
    runner.start()
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.settimeout(5)
    for word in (b'one', b'three'):
        c.sendto(word, udp.server_address)
        print(c.recvfrom(100)[0])
    c.close()
    udp.shutdown()
    runner.join()
    print(udp.max_packet_size, udp.daemon_threads, udp.block_on_close)


class Slow(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(10)
        self.request.sendall(data[::-1])


with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Slow) as tsrv:
    runner = threading.Thread(target=tsrv.serve_forever, kwargs={'poll_interval': 0.01})
    runner.start()
    print(sorted(talk(tsrv.server_address, w) for w in (b'abc', b'xyz', b'12345')))
    tsrv.shutdown()
    runner.join()
print(socketserver.ForkingMixIn.timeout, socketserver.ForkingMixIn.max_children, socketserver.TCPServer.request_queue_size,
      socketserver.StreamRequestHandler.rbufsize, socketserver.StreamRequestHandler.wbufsize, sorted(socketserver.__all__)[:6])
print([c.__name__ for c in socketserver.ThreadingUnixStreamServer.__mro__])
srv2 = socketserver.TCPServer(('127.0.0.1', 0), Slow, bind_and_activate=False)
print(srv2.server_address, srv2.socket.getsockname())
srv2.server_close()
