# socket: makefile() text and binary streams, AF_UNIX servers, dup/fromfd, several clients.
import os
import socket
import tempfile
import threading

path = os.path.join(tempfile.mkdtemp(), "sock")
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print(srv.getsockname() == path, srv.family, srv.type)


def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        with conn, conn.makefile("r", encoding="utf-8") as rf, conn.makefile("w", encoding="utf-8") as wf:
            for line in rf:
                wf.write(line.upper())
                wf.flush()
                if line == "bye\n":
                    break


t = threading.Thread(target=serve, args=(3,))
t.start()
for i in range(3):
    with socket.socket(socket.AF_UNIX) as c:
        c.connect(path)
        f = c.makefile("w", encoding="utf-8")
        r = c.makefile("rb")
        f.write("héllo %d\nbye\n" % i)
        f.flush()
        print(i, r.readline(), r.readline())
        f.close()
        r.close()
t.join()
srv.close()
os.remove(path)
os.rmdir(os.path.dirname(path))

a, b = socket.socketpair()
d = a.dup()
print(d.family == a.family, d.fileno() != a.fileno())
d.sendall(b"via dup")
print(b.recv(100))
e = socket.fromfd(b.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
a.sendall(b"via fromfd")
print(e.recv(100))
for s in (a, b, d, e):
    s.close()
with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s6:
    s6.bind(("::1", 0))
    host, port, flow, scope = s6.getsockname()
    print(host, port > 0, flow, scope)
sock = socket.socket()
print(sock.gettimeout(), sock.getblocking(), sock.proto)
sock.settimeout(2)
print(sock.gettimeout(), sock.timeout, sock.getblocking())
for bad in (-1, "x", None):
    try:
        sock.settimeout(bad)
        print("ok", sock.gettimeout())
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
sock.close()
print(repr(sock))
socket.setdefaulttimeout(1.5)
with socket.socket() as s2:
    print(s2.gettimeout(), socket.getdefaulttimeout())
socket.setdefaulttimeout(None)
