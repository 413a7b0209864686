# socket.makefile("rwb") and "rw": one file object reading and writing a socket
# (a BufferedRWPair over the socket's raw stream).
import socket

a, b = socket.socketpair()
fa = a.makefile("rwb")
fb = b.makefile("rw", newline="")
print(type(fa).__name__, type(fb).__name__, type(fb.buffer).__name__)
fa.write(b"ping\n")
fa.flush()
print(repr(fb.readline()))
fb.write("pong\r\nsecond line\n")
fb.flush()
print(fa.readline(), fa.readline())
fa.close()
fb.close()
a.close()
b.close()
print(fa.closed, fb.closed)
