# Small modules rewritten in session 7: their constants, defaults and error paths.
import asyncio
import contextvars
import keyword
import pickle
import secrets
import xml.sax.handler as sax_handler
from asyncio import exceptions as aexc
from xml.dom.NodeFilter import NodeFilter

print(sorted((k, v) for k, v in vars(NodeFilter).items() if k.isupper()))
try:
    NodeFilter().acceptNode(None)
except NotImplementedError as e:
    print('acceptNode', type(e).__name__, e.args)

for partial, expected in [(b'ab', 5), (b'', None), (b'xyz', 10**20)]:
    e = aexc.IncompleteReadError(partial, expected)
    back = pickle.loads(pickle.dumps(e))
    print(str(e), repr(e), e.args, back.partial, back.expected, isinstance(e, EOFError))
e = aexc.LimitOverrunError('separator not found', 7)
back = pickle.loads(pickle.dumps(e))
print(repr(e), e.consumed, back.args, back.consumed)
print(aexc.TimeoutError is TimeoutError, asyncio.TimeoutError is TimeoutError)
print([c.__mro__[1].__name__ for c in (aexc.CancelledError, aexc.InvalidStateError,
                                       aexc.SendfileNotAvailableError, aexc.BrokenBarrierError)])
print(sorted(aexc.__all__))

request_id = contextvars.ContextVar('request_id', default='none')


def blocking(x, *, scale):
    return f'{request_id.get()}:{x * scale}'


async def main():
    request_id.set('r42')
    print(await asyncio.to_thread(blocking, 3, scale=5))
    try:
        await asyncio.to_thread(int, 'nope')
    except ValueError as e:
        print('to_thread raised', e)

asyncio.run(main())

print(len(keyword.kwlist), keyword.kwlist[:4], keyword.softkwlist)
print([keyword.iskeyword(w) for w in ('if', 'match', 'If', 'await', '')],
      [keyword.issoftkeyword(w) for w in ('_', 'case', 'if')])

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(7)))
print(len(secrets.token_urlsafe(16)), '=' in secrets.token_urlsafe(1), secrets.token_hex(0))
print(all(0 <= secrets.randbelow(3) < 3 for _ in range(50)), secrets.randbits(0))
for bad in (0, -5):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print('randbelow', bad, e)
print(secrets.choice('a') , secrets.compare_digest(b'ab', b'ab'), secrets.compare_digest('a', 'b'))
print(secrets.DEFAULT_ENTROPY, isinstance(secrets.SystemRandom(), secrets.SystemRandom))

print(sax_handler.version, sax_handler.feature_namespaces, sax_handler.property_encoding)
print(len(sax_handler.all_features), len(sax_handler.all_properties))
handler = sax_handler.ContentHandler()
print(vars(handler), handler.startElement('a', {}), handler.characters('x'))
handler.setDocumentLocator('loc')
print(vars(handler))
print(sax_handler.EntityResolver().resolveEntity('pub', 'sys.dtd'))
errors = sax_handler.ErrorHandler()
errors.warning(ValueError('just a warning'))
for method in (errors.error, errors.fatalError):
    try:
        method(KeyError('k'))
    except KeyError as e:
        print(method.__name__, 'raised', repr(e))
lex = sax_handler.LexicalHandler()
print(lex.comment('c'), lex.startDTD('n', None, None), lex.endCDATA())
