"""Message objects: headers (an ordered multimap kept by the policy) and a payload
(a string, or a list of sub-messages for multipart).  Message is the compat32
interface; MIMEPart and EmailMessage add the content-manager API."""

__all__ = ['Message', 'EmailMessage']

import binascii
import quopri
import re
from io import BytesIO, StringIO

from email import errors, utils
from email import charset as _charset
from email._encoded_words import decode_b
from email._policybase import compat32
from email._rawescape import raw_unicode_escape

# A parameter value holding one of these must be quoted.
_SPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')
_MISSING = object()


def _split_semicolons(value):
    """'a; b="x;y"; c' -> ['a', 'b="x;y"', 'c']: semicolons inside quoted
    strings do not split; parameter names are lower-cased."""
    items = []
    text = str(value)
    while True:
        cut = text.find(';')
        # A ';' after an odd number of unescaped quotes is inside a quoted string.
        while cut > 0 and (text.count('"', 0, cut) - text.count('\\"', 0, cut)) % 2:
            cut = text.find(';', cut + 1)
        piece = text if cut < 0 else text[:cut]
        if '=' in piece:
            name, _, val = piece.partition('=')
            piece = name.strip().lower() + '=' + val.strip()
        items.append(piece.strip())
        if cut < 0:
            return items
        text = text[cut + 1:]


def _main_value(value):
    """The part of a header value before its first ';' (stripped)."""
    return str(value).partition(';')[0].strip()


def _param_text(name, value, quote=True):
    """name=value for a header parameter: quoted when asked or needed, RFC 2231
    encoded when value is a (charset, language, text) triple or not ASCII."""
    if value is None or len(value) == 0:
        return name
    if isinstance(value, tuple):
        return '{}*={}'.format(name, utils.encode_rfc2231(value[2], value[0], value[1]))
    if not value.isascii():
        return '{}*={}'.format(name, utils.encode_rfc2231(value, 'utf-8', ''))
    if quote or _SPECIALS.search(value):
        return '{}="{}"'.format(name, utils.quote(value))
    return '{}={}'.format(name, value)


def _unquoted(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _uudecode(data):
    """The bytes of a uuencoded body ('begin' line, data lines, 'end')."""
    out = bytearray()
    started = False
    for line in data.splitlines():
        if not started:
            started = line.startswith(b'begin ')
            continue
        if line.strip() in (b'end', b'`', b''):
            if line.strip() == b'end':
                break
            continue
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            # Some encoders pad lines wrongly; the length byte says how much is real.
            size = ((line[0] - 32) & 63) * 4 // 3 + 3 & ~3
            out += binascii.a2b_uu(line[:size])
    if not started:
        raise ValueError('not uuencoded')
    return bytes(out)


class Message:
    """A message: headers (see the mapping methods) and a payload."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []      # (name, stored value) pairs, in order
        self._payload = None    # str, list of messages, or None
        self._unixfrom = None
        self._charset = None
        self._fallback_type = 'text/plain'
        self.preamble = self.epilogue = None
        self.defects = []

    # -- whole-message output

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The message flattened to text (headers not folded unless maxheaderlen)."""
        from email.generator import Generator
        out = StringIO()
        gen = Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                        policy=self.policy if policy is None else policy)
        gen.flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        from email.generator import BytesGenerator
        out = BytesIO()
        gen = BytesGenerator(out, mangle_from_=False,
                             policy=self.policy if policy is None else policy)
        gen.flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    # -- envelope and payload

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Add payload to the list of subparts (making the payload a list)."""
        if self._payload is None:
            self._payload = [payload]
        elif isinstance(self._payload, list):
            self._payload.append(payload)
        else:
            raise TypeError("Attach is not valid on a message with a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload: the list of subparts (or subpart i) of a multipart; else
        the text, or with decode the bytes after undoing the
        Content-Transfer-Encoding (None for a multipart)."""
        payload = self._payload
        if isinstance(payload, list):
            if decode:
                return None
            return payload if i is None else payload[i]
        if i is not None:
            raise TypeError('Expected list, got %s' % type(payload))
        if not isinstance(payload, str):
            return payload
        raw = None
        if utils._holds_surrogates(payload):
            # Bytes from a binary source: shown decoded with the declared charset.
            raw = payload.encode('ascii', 'surrogateescape')
            if not decode:
                try:
                    return raw.decode(self.get_param('charset', 'ascii'), 'replace')
                except LookupError:
                    return raw.decode('ascii', 'replace')
        if not decode:
            return payload
        if raw is None:
            raw = raw_unicode_escape(payload)
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if cte == 'quoted-printable':
            return quopri.decodestring(raw)
        if cte == 'base64':
            value, found = decode_b(b''.join(raw.splitlines()))
            for defect in found:
                self.policy.handle_defect(self, defect)
            return value
        if cte in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            try:
                return _uudecode(raw)
            except (ValueError, binascii.Error):
                return raw
        return raw

    def set_payload(self, payload, charset=None):
        """Set the payload; with charset, encode text in it and set_charset()."""
        if charset is not None and not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        if charset is not None and isinstance(payload, str):
            payload = payload.encode(charset.output_charset)
        if isinstance(payload, (bytes, bytearray)):
            # Bytes are kept as text, each byte above 127 as a surrogate escape.
            payload = bytes(payload).decode('ascii', 'surrogateescape')
        self._payload = payload
        if charset is None:
            return
        self.set_charset(charset)

    def set_charset(self, charset):
        """Declare the payload's charset: Content-Type's charset parameter,
        MIME-Version and (when absent) a Content-Transfer-Encoding, encoding the
        payload to match.  None removes the charset parameter."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' in self:
            return
        cte = charset.get_body_encoding()
        if callable(cte):
            cte(self)  # picks 7bit or 8bit and sets the header itself
            return
        body = self._payload
        if body:
            try:
                body = body.encode('ascii', 'surrogateescape')
            except UnicodeError:
                body = body.encode(charset.output_charset)
        self._payload = charset.body_encode(body)
        self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # -- headers as a mapping (names are case-insensitive; duplicates allowed)

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Add a header (never replaces; the policy may limit how many)."""
        limit = self.policy.header_max_count(name)
        if limit:
            lname = name.lower()
            if sum(1 for k, _ in self._headers if k.lower() == lname) >= limit:
                raise ValueError("There may be at most {} {} headers "
                                 "in a message".format(limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Delete every header called name (no error if there is none)."""
        lname = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != lname]

    def __contains__(self, name):
        lname = name.lower()
        return any(k.lower() == lname for k, _ in self._headers)

    def __iter__(self):
        for name, _ in self._headers:
            yield name

    def keys(self):
        return [name for name, _ in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        lname = name.lower()
        for k, v in self._headers:
            if k.lower() == lname:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        """Add a header exactly as given (the parser uses this)."""
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        lname = name.lower()
        found = [self.policy.header_fetch_parse(k, v) for k, v in self._headers
                 if k.lower() == lname]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: add_header('Content-Disposition',
        'attachment', filename='a.txt'); underscores in names become dashes, a
        None value gives a bare parameter, a triple an RFC 2231 one."""
        pieces = [] if _value is None else [_value]
        for key, value in _params.items():
            pieces.append(_param_text(key.replace('_', '-'), value))
        self[_name] = '; '.join(pieces)

    def replace_header(self, _name, _value):
        """Replace the first header called _name, keeping its place and spelling."""
        lname = _name.lower()
        for index, (name, _) in enumerate(self._headers):
            if name.lower() == lname:
                self._headers[index] = self.policy.header_store_parse(name, _value)
                return
        raise KeyError(lname)

    # -- Content-Type and other parameterised headers

    def get_content_type(self):
        """maintype/subtype in lower case: from Content-Type, else the default
        type; text/plain when the header is malformed."""
        value = self.get('content-type', _MISSING)
        if value is _MISSING:
            return self.get_default_type()
        ctype = _main_value(value).lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._fallback_type

    def set_default_type(self, ctype):
        """The type assumed without a Content-Type (text/plain, or message/rfc822
        inside multipart/digest)."""
        self._fallback_type = ctype

    def _raw_params(self, header, failobj):
        """[(name, value)] of header, RFC 2231 sections joined, values as
        decode_params leaves them (quoted); failobj without the header."""
        value = self.get(header, _MISSING)
        if value is _MISSING:
            return failobj
        pairs = []
        for item in _split_semicolons(value):
            name, eq, val = item.partition('=')
            pairs.append((name.strip(), val.strip()) if eq else (item.strip(), ''))
        return utils.decode_params(pairs)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """[(name, value)] of header's parameters, the first being the main value."""
        params = self._raw_params(header, _MISSING)
        if params is _MISSING:
            return failobj
        if unquote:
            return [(k, _unquoted(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """One parameter of header: a string, or a (charset, language, value)
        triple for an RFC 2231 one; failobj if absent."""
        if header not in self:
            return failobj
        wanted = param.lower()
        for name, value in self._raw_params(header, []):
            if name.lower() == wanted:
                return _unquoted(value) if unquote else value
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set a parameter of header (adding the header, or text/plain for a
        missing Content-Type).  The header moves to the end unless replace."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            current = 'text/plain'
        else:
            current = self.get(header)
        if not self.get_param(param, header=header):
            new = _param_text(param, value, requote)
            if current:
                new = '; '.join([current, new])
        else:
            wanted = param.lower()
            new = '; '.join(_param_text(param, value, requote) if name.lower() == wanted
                            else _param_text(name, old, requote)
                            for name, old in self.get_params(header=header, unquote=requote))
        if new != self.get(header):
            if replace:
                self.replace_header(header, new)
            else:
                del self[header]
                self[header] = new

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter from header (which moves to the end)."""
        if header not in self:
            return
        wanted = param.lower()
        new = '; '.join(_param_text(name, value, requote)
                        for name, value in self.get_params(header=header, unquote=requote)
                        if name.lower() != wanted)
        if new != self.get(header):
            del self[header]
            self[header] = new

    def set_type(self, type, header='Content-Type', requote=True):
        """Set the main value of header to type (maintype/subtype), keeping its
        parameters; for Content-Type also MIME-Version: 1.0."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for name, value in params[1:]:
            self.set_param(name, value, header, requote)

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition (else the name of
        Content-Type), decoded and stripped."""
        name = self.get_param('filename', _MISSING, 'content-disposition')
        if name is _MISSING:
            name = self.get_param('name', _MISSING, 'content-type')
        if name is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        boundary = self.get_param('boundary', _MISSING)
        if boundary is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter of every Content-Type header in place."""
        params = self._raw_params('content-type', _MISSING)
        if params is _MISSING:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"{}"'.format(boundary)
        if any(name.lower() == 'boundary' for name, _ in params):
            params = [('boundary', quoted) if name.lower() == 'boundary' else (name, value)
                      for name, value in params]
        else:
            params.append(('boundary', quoted))
        text = '; '.join(name if value == '' else '{}={}'.format(name, value)
                         for name, value in params)
        self._headers = [self.policy.header_store_parse(k, text)
                         if k.lower() == 'content-type' else (k, v)
                         for k, v in self._headers]

    def get_content_charset(self, failobj=None):
        """The charset parameter in lower case (failobj if absent or not ASCII)."""
        charset = self.get_param('charset', _MISSING)
        if charset is _MISSING:
            return failobj
        if isinstance(charset, tuple):
            try:
                charset = raw_unicode_escape(charset[2]).decode(charset[0] or 'us-ascii')
            except (LookupError, UnicodeError):
                charset = charset[2]
        if not charset.isascii():
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """'inline', 'attachment'... in lower case, or None without the header."""
        value = self.get('content-disposition')
        return None if value is None else _main_value(value).lower()

    from email.iterators import walk


class MIMEPart(Message):
    """A MIME part with the content-manager API (policy default: email.policy.default)."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default as policy
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        """Like Message.as_string, but headers fold at the policy's line length."""
        if policy is None:
            policy = self.policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        return self.get_content_disposition() == 'attachment'

    def _body_candidates(self, part, wanted):
        """(rank in wanted, part) for each part under part that could be the body."""
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split('/')
        if maintype == 'text':
            if subtype in wanted:
                yield wanted.index(subtype), part
            return
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype != 'related':
            for sub in part.iter_parts():
                yield from self._body_candidates(sub, wanted)
            return
        if 'related' in wanted:
            yield wanted.index('related'), part
        root = _related_root(part)
        if root is not None:
            yield from self._body_candidates(root, wanted)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The best candidate for the message body, by preferencelist order."""
        best = None
        best_rank = len(preferencelist)
        for rank, part in self._body_candidates(self, preferencelist):
            if rank < best_rank:
                best, best_rank = part, rank
                if rank == 0:
                    break
        return best

    def iter_attachments(self):
        """The immediate subparts that are not candidate bodies."""
        maintype, subtype = self.get_content_type().split('/')
        if maintype != 'multipart' or subtype == 'alternative':
            return
        parts = self.get_payload().copy()
        if subtype == 'related':
            root = _related_root(self)
            yield from (part for part in parts if part is not root)
            return
        skipped = set()
        for part in parts:
            kind = part.get_content_type()
            if (kind in ('text/plain', 'text/html', 'multipart/related', 'multipart/alternative')
                    and kind not in skipped and not part.is_attachment()):
                skipped.add(kind)
                continue
            yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        manager = self.policy.content_manager if content_manager is None else content_manager
        return manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        manager = self.policy.content_manager if content_manager is None else content_manager
        manager.set_content(self, *args, **kw)

    def _become_multipart(self, subtype, refused, boundary):
        """Turn self into multipart/subtype; its content (Content-* headers and
        payload) moves into a first subpart."""
        if self.get_content_maintype() == 'multipart':
            current = self.get_content_subtype()
            if current == subtype or current in refused:
                raise ValueError("Cannot convert {} to {}".format(current, subtype))
        moving = [(k, v) for k, v in self._headers if k.lower().startswith('content-')]
        staying = [(k, v) for k, v in self._headers if not k.lower().startswith('content-')]
        if moving:
            first = type(self)(policy=self.policy)
            first._headers = moving
            first._payload = self._payload
            self._payload = [first]
        else:
            self._payload = []
        self._headers = staying
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._become_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        self._become_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        self._become_multipart('mixed', (), boundary)

    def _add_part(self, subtype, disposition, args, kw):
        if self.get_content_type() != 'multipart/' + subtype:
            getattr(self, 'make_' + subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if disposition and 'content-disposition' not in part:
            part['Content-Disposition'] = disposition
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_part('related', 'inline', args, kw)

    def add_alternative(self, *args, **kw):
        self._add_part('alternative', None, args, kw)

    def add_attachment(self, *args, **kw):
        self._add_part('mixed', 'attachment', args, kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(k, v) for k, v in self._headers
                         if not k.lower().startswith('content-')]
        self._payload = None


def _related_root(part):
    """The root of a multipart/related: the subpart its start parameter names,
    else the first one (None when empty)."""
    start = part.get_param('start')
    if start:
        for sub in part.iter_parts():
            if sub['content-id'] == start:
                return sub
    subparts = part.get_payload()
    return subparts[0] if subparts else None


class EmailMessage(MIMEPart):
    """A MIMEPart that, given content, also says MIME-Version: 1.0."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
