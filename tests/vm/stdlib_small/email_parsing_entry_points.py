# email's parse entry points, HeaderParser, BytesParser and the tree iterators.
import email
import email.policy
import io
from email import iterators, parser
from email.message import EmailMessage

TEXT = ('Content-Type: multipart/mixed; boundary=B\nSubject: hi\n\n--B\n'
        'Content-Type: text/plain\n\nhi\nthere\n--B\n\nx\n--B\n'
        'Content-Type: message/rfc822\n\nSubject: inner\n\nbody\n--B\n'
        'Content-Type: text/html\n\n<p>h\xe9</p>\n--B--\n')

msg = email.message_from_string(TEXT)
print(type(msg).__name__, msg['Subject'], msg.is_multipart(), len(msg.get_payload()))
iterators._structure(msg)
out = io.StringIO()
iterators._structure(msg, out, include_default=True)
print(out.getvalue(), end='')
print([p.get_content_type() for p in msg.walk()])
print(list(iterators.body_line_iterator(msg)))
print(list(iterators.body_line_iterator(msg, decode=True)))
print([p.get_content_type() for p in iterators.typed_subpart_iterator(msg)])
print([p.get_content_type() for p in iterators.typed_subpart_iterator(msg, 'text', 'html')])
print([p.get_content_type() for p in iterators.typed_subpart_iterator(msg, 'message')])

raw = TEXT.encode('utf-8')
bmsg = email.message_from_bytes(raw)
print(bmsg.get_payload()[3].get_payload(decode=True))
print(email.message_from_binary_file(io.BytesIO(raw))['Subject'])
print(email.message_from_file(io.StringIO(TEXT))['Subject'])
modern = email.message_from_string('Subject: m\n\nbody\n', policy=email.policy.default)
print(type(modern).__name__, modern['Subject'], modern.get_content())
print(type(email.message_from_string('A: b\n\n', EmailMessage)).__name__)

headers_only = parser.HeaderParser().parsestr(TEXT)
print(headers_only.is_multipart(), repr(headers_only.get_payload()[:12]))
print(parser.HeaderParser().parsestr(TEXT, headersonly=False).is_multipart())
print(parser.Parser().parsestr(TEXT, headersonly=True).is_multipart())
print(parser.Parser().parse(io.StringIO(TEXT)).is_multipart())
bhp = parser.BytesHeaderParser().parsebytes(raw)
print(bhp.is_multipart(), bhp['Subject'])
fp = io.BytesIO(raw)
bp = parser.BytesParser(policy=email.policy.default).parse(fp)
print(type(bp).__name__, fp.closed, bp['Subject'])
print(parser.BytesHeaderParser().parse(io.BytesIO(raw)).is_multipart())
big = 'Subject: big\n\n' + 'line of text\n' * 2000
print(len(parser.Parser().parse(io.StringIO(big)).get_payload()))
try:
    email.message_from_string('A: b\n\n', headersonly=True)
except TypeError as e:
    print('TypeError', e)
print(sorted(parser.__all__), len(email.__all__))
