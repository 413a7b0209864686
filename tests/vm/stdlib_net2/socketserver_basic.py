# socketserver: TCP and UDP servers, the threading mix-in, stream and datagram handlers,
# handle_request with a timeout, errors in handlers, shutdown.
import socket, socketserver, sys, threading

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b"boom":
                raise ValueError("handler exploded")
            self.wfile.write(line.upper())
            if line.strip() == b"bye":
                break

class Quiet(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    def handle_error(self, request, client_address):
        print("handle_error:", sys.exc_info()[0].__name__, sys.exc_info()[1])

def talk(port, lines):
    with socket.create_connection(("127.0.0.1", port)) as s:
        f = s.makefile("rb")
        out = []
        for line in lines:
            s.sendall(line + b"\n")
            out.append(f.readline())
        f.close()
        return out

with Quiet(("127.0.0.1", 0), Upper) as srv:
    print(type(srv).__mro__[1].__name__, srv.socket_type == socket.SOCK_STREAM, srv.request_queue_size, srv.daemon_threads, srv.block_on_close)
    port = srv.server_address[1]
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    results = {}
    def client(i):
        results[i] = talk(port, [b"hello %d" % i, b"bye"])
    clients = [threading.Thread(target=client, args=(i,)) for i in range(4)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    print(sorted(results.items()))
    print(talk(port, [b"boom"]))
    srv.shutdown()
    t.join()
print("fileno after close:", srv.socket.fileno())

class Echo(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(b"echo:" + data + b" from " + type(self.socket).__name__.encode())

with socketserver.UDPServer(("127.0.0.1", 0), Echo) as udp:
    udp.timeout = 5
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"ping", udp.server_address)
    udp.handle_request()
    print(c.recvfrom(100)[0])
    c.close()

class Counting(socketserver.BaseRequestHandler):
    def setup(self):
        print("setup", type(self.server).__name__)
    def handle(self):
        self.request.sendall(b"hi")
    def finish(self):
        print("finish")

with socketserver.TCPServer(("127.0.0.1", 0), Counting) as tcp:
    tcp.timeout = 0.05
    timeouts = []
    tcp.handle_timeout = lambda: timeouts.append(1)
    tcp.handle_request()
    print("timeouts", timeouts)
    s = socket.create_connection(tcp.server_address)
    tcp.handle_request()
    print(s.recv(10), s.recv(10))
    s.close()
try:
    socketserver.TCPServer(("127.0.0.1", -5), Counting)
except OverflowError as e:
    print("OverflowError", e)
print(sorted(n for n in socketserver.__all__ if "Fork" not in n))
