# http.client against a canned-reply server: request bytes on the wire, body framing, reads, errors.
import http.client
import io
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
replies = []
seen = []


def request_complete(data):
    # Complete at the last chunk of a chunked body, after Content-Length bytes of body,
    # or at the blank line after the headers when there is no body.
    head, sep, rest = data.partition(b'\r\n\r\n')
    if not sep:
        return False
    lines = head.lower().split(b'\r\n')
    if any(line.startswith(b'transfer-encoding:') and b'chunked' in line for line in lines):
        return rest.endswith(b'0\r\n\r\n')
    for line in lines:
        if line.startswith(b'content-length:'):
            return len(rest) >= int(line.split(b':')[1])
    return True


def serve():
    while replies:
        conn, _ = srv.accept()
        with conn:
            conn.settimeout(5)
            data = b''
            while True:
                part = conn.recv(65536)
                data += part
                if not part or request_complete(data):
                    break
            seen.append(data.replace(str(port).encode(), b'PORT'))
            conn.sendall(replies.pop(0))


def exchange(reply, method='GET', url='/', body=None, headers={}, action=None, **kw):
    replies.append(reply)
    t = threading.Thread(target=serve)
    t.start()
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
    try:
        conn.request(method, url, body=body, headers=headers, **kw)
        resp = conn.getresponse()
        print(resp.status, repr(resp.reason), resp.version, resp.chunked, resp.length, resp.will_close,
              resp.getheader('X-A'), resp.getheader('missing', 'dflt'), resp.getheaders()[:2])
        print('   body', action(resp) if action else resp.read(), resp.isclosed())
    except (http.client.HTTPException, OSError, ValueError, TypeError) as e:
        print('   error', type(e).__name__, repr(e))
    conn.close()
    t.join()
    print('   sent', seen.pop() if seen else None)


ok = b'HTTP/1.1 200 OK\r\nX-A: 1\r\nX-A: 2\r\nContent-Length: 11\r\n\r\nhello world'
exchange(ok)
exchange(ok, 'POST', '/p?q', body='text body END', headers={'X-Custom': 'v'})
exchange(ok, 'PUT', '/none')
exchange(ok, 'POST', '/file', body=io.BytesIO(b'filedata'), headers={'END': '1'})
exchange(ok, 'POST', '/iter', body=iter([b'ab', b'', b'cde']), headers={'Content-Length': '5', 'END': '1'})
exchange(ok, 'POST', '/chunk', body=[b'ab', b'cde'], encode_chunked=True)
exchange(ok, action=lambda r: (r.read(3), r.read1(2), r.readline(), r.peek(2)[:0], r.read()))
chunked = b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n'
exchange(chunked)
exchange(chunked, action=lambda r: (r.read(3), r.read(4), r.read1(10), r.readline(), r.read()))
exchange(chunked, action=lambda r: (lambda b: (r.readinto(b), bytes(b), r.readinto(b), bytes(b)))(bytearray(7)))
exchange(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel', action=lambda r: r.read())
exchange(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', action=lambda r: r.read())
exchange(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort', action=lambda r: r.read())
exchange(b'HTTP/1.0 404 Not Found\r\nX-A: q\r\n\r\nuntil close')
exchange(b'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nhi')
exchange(b'HTTP/1.1 100 Continue\r\nX: y\r\n\r\nHTTP/1.1 204 No Content\r\nX-A: z\r\n\r\n')
exchange(b'HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody', 'HEAD')
exchange(b'HTTP/1.1 304 Not Modified\r\nConnection: close\r\nContent-Length: 9\r\n\r\n')
exchange(b'garbage\r\n\r\n')
exchange(b'HTTP/1.1 2000 Big\r\n\r\n')
exchange(b'HTTP/2.0 200 OK\r\n\r\n')
exchange(b'HTTP/1.1 abc OK\r\n\r\n')
exchange(b'')
exchange(b'HTTP/1.1 200\r\nContent-Length: -5\r\n\r\nrest', action=lambda r: r.read())

c = http.client.HTTPConnection('[::1]:8080')
print(c.host, c.port, http.client.HTTPConnection('example.com:').port)
for bad in [lambda: http.client.HTTPConnection('h:x'), lambda: http.client.HTTPConnection('a b'),
            lambda: c.putheader('a', 'b'), lambda: c.endheaders(), lambda: c.getresponse(),
            lambda: c.putrequest('G\x01T', '/'), lambda: c.putrequest('GET', '/'),
            lambda: c.request('POST', '/', body='\u20ac')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, repr(e))
c2 = http.client.HTTPConnection('h', 81)
c2.putrequest('GET', 'http://other:5/x', skip_accept_encoding=True)
for h, v in [('a:b', 'c'), ('ok', 'bad\nvalue'), ('ok', 'fold\r\n more'), ('n', 5), (b'b', b'v')]:
    try:
        c2.putheader(h, v)
    except ValueError as e:
        print('ValueError', e)
c2.putheader('Multi', 'a', 'b')
print(c2._buffer)
print(repr(http.client.IncompleteRead(b'abc', 5)), str(http.client.IncompleteRead(b'ab')), repr(http.client.BadStatusLine('')),
      repr(http.client.LineTooLong('header line')), repr(http.client.RemoteDisconnected('gone')), http.client.UnknownProtocol('v').version)
print(http.client.responses[418], http.client.NOT_FOUND, repr(http.client.OK), http.client.HTTP_PORT, http.client.error is http.client.HTTPException,
      [c.__name__ for c in http.client.RemoteDisconnected.__mro__])
msg = http.client.parse_headers(io.BytesIO(b'A: 1\r\nB: 2\r\n c\r\nA: 3\r\n\r\nbody'))
print(type(msg).__name__, msg.items(), msg.get_all('a'), msg.getallmatchingheaders('A'))
for data in [b'X: ' + b'y' * 70000 + b'\r\n\r\n', b''.join(b'H%d: v\r\n' % i for i in range(101)) + b'\r\n']:
    try:
        http.client.parse_headers(io.BytesIO(data))
    except http.client.HTTPException as e:
        print(type(e).__name__, e)
srv.close()
