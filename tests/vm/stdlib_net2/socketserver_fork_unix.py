# socketserver: the forking mix-in (a child process per request) and Unix stream servers.
import socketserver, socket, threading, os, tempfile
class H(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"pid-differs:%d\n" % (os.getpid() != PARENT))
PARENT = os.getpid()
if hasattr(socketserver, "ForkingTCPServer"):
    with socketserver.ForkingTCPServer(("127.0.0.1", 0), H) as srv:
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}); t.start()
        for i in range(3):
            with socket.create_connection(srv.server_address) as s:
                print(s.makefile("rb").readline())
        srv.shutdown(); t.join()
    print("children left:", len(srv.active_children or ()))
d = tempfile.mkdtemp(); path = os.path.join(d, "sock")
with socketserver.ThreadingUnixStreamServer(path, H) as srv:
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}); t.start()
    with socket.socket(socket.AF_UNIX) as s:
        s.connect(path); print(s.makefile("rb").readline())
    srv.shutdown(); t.join()
print(srv.server_address == path)
