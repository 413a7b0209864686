# urllib.response wrappers and urllib.error exceptions, without a network.
import io
import pickle
from urllib import error, response

body = response.addbase(io.BytesIO(b'ab\ncd\n'))
print(repr(body).startswith('<addbase at '), body.read(1), body.readline(), list(body))
with response.addbase(io.BytesIO(b'x')) as inside:
    print('inside', inside.read(), inside.closed)
print('after', inside.closed, inside.fp.closed)
try:
    with inside:
        pass
except ValueError as e:
    print('reenter', e)

stream = io.BytesIO(b'q')
calls = []
hooked = response.addclosehook(stream, lambda *a: calls.append((a, stream.closed)), 1, 'two')
hooked.close()
hooked.close()
print(calls, stream.closed)


def failing_hook():
    raise KeyError('hook')


broken = response.addclosehook(io.BytesIO(), failing_hook)
try:
    broken.close()
except KeyError as e:
    print('hook raised', e, broken.closed)

info = response.addinfourl(io.BytesIO(b'page'), {'Server': 'x'}, 'http://h/p', 200)
print(info.info(), info.geturl(), info.getcode(), info.status, info.code, info.url, info.read())
print(response.addinfourl(io.BytesIO(), {}, 'u').status)
print(response.addinfo(io.BytesIO(), {'a': 1}).info())

err = error.URLError('no route')
print(str(err), repr(err), err.reason, err.args, err.filename, isinstance(err, OSError))
err = error.URLError(ConnectionRefusedError(111, 'refused'), 'host')
print(str(err), err.filename, type(err.reason).__name__)
short = error.ContentTooShortError('got 3 of 10', b'abc')
print(str(short), short.content, short.args, short.reason)
http = error.HTTPError('http://h/x', 404, 'Not Found', {'Content-Type': 'text/plain'},
                       io.BytesIO(b'missing'))
print(str(http), repr(http), http.code, http.reason, http.msg, http.headers, http.hdrs)
print(http.filename, http.geturl(), http.getcode(), http.status, http.info(), http.args)
print(http.read(), isinstance(http, error.URLError), isinstance(http, response.addinfourl))
http.headers = {'Retry-After': '5'}
print(http.hdrs, http.info())
empty = error.HTTPError('u', 500, 'Oops', None, None)
print(repr(empty), empty.read(), empty.headers)
with error.HTTPError('u', 418, 'teapot', {}, io.BytesIO(b'z')) as ctx:
    print('with', ctx.read())
try:
    raise error.HTTPError('http://h/y', 503, 'Unavailable', {}, None)
except error.URLError as e:
    print('caught', e, e.code)
print(error.__all__, response.__all__)
