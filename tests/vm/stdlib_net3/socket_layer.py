# socket: enum views, repr, makefile modes and refcounting, dup/fromfd, sendfile, server errors.
import io
import socket

a, b = socket.socketpair()
print(repr(a).replace(str(a.fileno()), 'N'), repr(a.family), repr(a.type), str(a.family), f'{a.type}')
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), repr(socket.MSG_PEEK | socket.MSG_OOB), repr(socket.AI_PASSIVE))
print(socket.AddressFamily(2) is socket.AF_INET, socket.SocketKind.__module__, isinstance(socket.SOL_SOCKET, int))
print([(type(f).__name__, type(k).__name__, sa) for f, k, _, _, sa in socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)])

for mode in ['x', 'rwbx', 'rbb', '', 'wr']:
    try:
        f = a.makefile(mode)
        print(repr(mode), type(f).__name__, f.mode if hasattr(f, 'mode') else '-')
        f.close()
    except ValueError as e:
        print(repr(mode), 'ValueError', e)
try:
    a.makefile('r', buffering=0)
except ValueError as e:
    print('ValueError', e)
raw = a.makefile('rwb', 0)
print(type(raw).__name__, raw.mode, raw.name == a.fileno(), raw.readable(), raw.writable(), raw.seekable())
raw.close()
print(raw.name, raw.closed)
for meth in ('readable', 'writable', 'seekable', 'fileno'):
    try:
        getattr(raw, meth)()
    except ValueError as e:
        print(meth, 'ValueError', e)
try:
    socket.SocketIO(a, 'x')
except ValueError as e:
    print('ValueError', e)

text = a.makefile('w', encoding='latin-1', newline='\r\n')
print(type(text).__name__, text.mode, text.encoding, type(text.buffer).__name__)
text.write('\xe9\n')
text.flush()
print(b.recv(10))
reader = b.makefile('rb')
a.close()   # the descriptor stays open while `text` uses it
print(a._closed, a.fileno() > 0, a._io_refs)
text.close()
print(a.fileno(), reader.read(), repr(a).split(' fd')[0])
reader.close()

b.settimeout(0.01)
slow = b.makefile('rb')
for _ in range(2):
    try:
        slow.read(1)
    except OSError as e:
        print(type(e).__name__, e)
slow.close()
b.close()

srv = socket.create_server(('127.0.0.1', 0), backlog=2)
port = srv.getsockname()[1]
client = socket.create_connection(('127.0.0.1', port), timeout=5)
conn, addr = srv.accept()
print(conn.gettimeout(), client.gettimeout(), addr[0], type(conn).__name__)
twin = conn.dup()
other = socket.fromfd(conn.fileno(), socket.AF_INET, socket.SOCK_STREAM)
print(twin.family, twin.type, other.proto, twin.fileno() != conn.fileno() != other.fileno())
print(client.sendfile(io.BytesIO(b'0123456789'), 2, 5), conn.recv(100))
data = io.BytesIO(b'abcdef')
print(client.sendfile(data), conn.recv(100), data.tell())
for bad in [lambda: client.sendfile(io.StringIO('x')), lambda: client.sendfile(io.BytesIO(), count='1'),
            lambda: client.sendfile(io.BytesIO(), count=0), lambda: socket.create_server(('127.0.0.1', port)),
            lambda: socket.create_server(('127.0.0.1', 0), dualstack_ipv6=True),
            lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendfile(io.BytesIO())]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, str(e).replace(str(port), 'PORT'), e.__suppress_context__)
with client, conn, twin, other:
    pass
print(client._closed, conn.fileno(), repr(other).replace('6', 'P'))
srv.close()
try:
    socket.create_connection(('127.0.0.1', port), all_errors=True)
except ExceptionGroup as eg:
    print(eg, [type(x).__name__ for x in eg.exceptions])
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('refused', e.errno)
socket.setdefaulttimeout(2.5)
fresh = socket.socket()
pa, pb = socket.socketpair()
print(socket.getdefaulttimeout(), fresh.gettimeout(), pa.gettimeout(), pa.dup().gettimeout())
for value in [-1, 'x', float('nan'), 3]:
    try:
        socket.setdefaulttimeout(value)
        print(value, socket.getdefaulttimeout())
    except (TypeError, ValueError) as e:
        print(value, type(e).__name__, e)
socket.setdefaulttimeout(None)
print(socket.socket().gettimeout())
