"""An XML parser with the interface of CPython's pyexpat (Expat bindings).

Written for Spry in Python from the documented behaviour of Expat 2.5 as
CPython 3.11 exposes it: the same handler attributes, the same error codes,
messages and positions for malformed documents.  It checks well-formedness
and namespaces, expands internal entities declared in the DTD's internal
subset and applies its attribute defaults; it does not validate and never
fetches external entities (ExternalEntityRefHandler is called for them, as
Expat does, but the parser it may create parses nothing of its own).
"""

import bisect as _bisect
import re as _re
import sys as _sys
import types as _types

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1),
            ('XML_DTD', 0), ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

# Expat's error codes are the positions in this list, counting from 1.
_ERRORS = [
    ('NO_MEMORY', 'out of memory'),
    ('SYNTAX', 'syntax error'),
    ('NO_ELEMENTS', 'no element found'),
    ('INVALID_TOKEN', 'not well-formed (invalid token)'),
    ('UNCLOSED_TOKEN', 'unclosed token'),
    ('PARTIAL_CHAR', 'partial character'),
    ('TAG_MISMATCH', 'mismatched tag'),
    ('DUPLICATE_ATTRIBUTE', 'duplicate attribute'),
    ('JUNK_AFTER_DOC_ELEMENT', 'junk after document element'),
    ('PARAM_ENTITY_REF', 'illegal parameter entity reference'),
    ('UNDEFINED_ENTITY', 'undefined entity'),
    ('RECURSIVE_ENTITY_REF', 'recursive entity reference'),
    ('ASYNC_ENTITY', 'asynchronous entity'),
    ('BAD_CHAR_REF', 'reference to invalid character number'),
    ('BINARY_ENTITY_REF', 'reference to binary entity'),
    ('ATTRIBUTE_EXTERNAL_ENTITY_REF',
     'reference to external entity in attribute'),
    ('MISPLACED_XML_PI', 'XML or text declaration not at start of entity'),
    ('UNKNOWN_ENCODING', 'unknown encoding'),
    ('INCORRECT_ENCODING',
     'encoding specified in XML declaration is incorrect'),
    ('UNCLOSED_CDATA_SECTION', 'unclosed CDATA section'),
    ('EXTERNAL_ENTITY_HANDLING',
     'error in processing external entity reference'),
    ('NOT_STANDALONE', 'document is not standalone'),
    ('UNEXPECTED_STATE', 'unexpected parser state - please send a bug report'),
    ('ENTITY_DECLARED_IN_PE', 'entity declared in parameter entity'),
    ('FEATURE_REQUIRES_XML_DTD',
     'requested feature requires XML_DTD support in Expat'),
    ('CANT_CHANGE_FEATURE_ONCE_PARSING',
     'cannot change setting once parsing has begun'),
    ('UNBOUND_PREFIX', 'unbound prefix'),
    ('UNDECLARING_PREFIX', 'must not undeclare prefix'),
    ('INCOMPLETE_PE', 'incomplete markup in parameter entity'),
    ('XML_DECL', 'XML declaration not well-formed'),
    ('TEXT_DECL', 'text declaration not well-formed'),
    ('PUBLICID', 'illegal character(s) in public id'),
    ('SUSPENDED', 'parser suspended'),
    ('NOT_SUSPENDED', 'parser not suspended'),
    ('ABORTED', 'parsing aborted'),
    ('FINISHED', 'parsing finished'),
    ('SUSPEND_PE', 'cannot suspend in external parameter entity'),
    ('RESERVED_PREFIX_XML', 'reserved prefix (xml) must not be undeclared or '
     'bound to another namespace name'),
    ('RESERVED_PREFIX_XMLNS',
     'reserved prefix (xmlns) must not be declared or undeclared'),
    ('RESERVED_NAMESPACE_URI',
     'prefix must not be bound to one of the reserved namespace names'),
    ('INVALID_ARGUMENT', 'invalid argument'),
    ('NO_BUFFER', 'a successful prior call to function XML_GetBuffer is '
     'required'),
    ('AMPLIFICATION_LIMIT_BREACH', 'limit on input amplification factor '
     '(from DTD and entities) breached'),
]
_CODE = {name: i for i, (name, _) in enumerate(_ERRORS, 1)}


def _make_submodules():
    errors = _types.ModuleType('pyexpat.errors')
    errors.__doc__ = 'Constants used to describe error conditions.'
    errors.codes = {}
    errors.messages = {}
    for code, (name, message) in enumerate(_ERRORS, 1):
        setattr(errors, 'XML_ERROR_' + name, message)
        errors.codes[message] = code
        errors.messages[code] = message
    model = _types.ModuleType('pyexpat.model')
    model.__doc__ = 'Constants used to interpret content model information.'
    for name, value in [('XML_CTYPE_EMPTY', 1), ('XML_CTYPE_ANY', 2),
                        ('XML_CTYPE_MIXED', 3), ('XML_CTYPE_NAME', 4),
                        ('XML_CTYPE_CHOICE', 5), ('XML_CTYPE_SEQ', 6),
                        ('XML_CQUANT_NONE', 0), ('XML_CQUANT_OPT', 1),
                        ('XML_CQUANT_REP', 2), ('XML_CQUANT_PLUS', 3)]:
        setattr(model, name, value)
    return errors, model


errors, model = _make_submodules()
_sys.modules['pyexpat.errors'] = errors
_sys.modules['pyexpat.model'] = model


class ExpatError(Exception):
    __module__ = 'xml.parsers.expat'


error = ExpatError


def ErrorString(code):
    """The message of an Expat error code (None if there is none)."""
    if 1 <= code <= len(_ERRORS):
        return _ERRORS[code - 1][1]
    return None


_XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
_XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'

_NAME_START = ('A-Za-z_:\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u0370-\u037d'
               '\u037f-\u1fff\u200c\u200d\u2070-\u218f\u2c00-\u2fef'
               '\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd'
               '\U00010000-\U000effff')
_NAME_MORE = _NAME_START + r'\-.0-9\xb7\u0300-\u036f\u203f-\u2040'
_name = _re.compile('[%s][%s]*' % (_NAME_START, _NAME_MORE))
_name_char = _re.compile('[%s]' % _NAME_MORE)
_space = _re.compile('[ \t\n]*')
# Characters XML 1.0 forbids anywhere in a document.
_bad_char = _re.compile('[^\t\n\r -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]')
_text_run = _re.compile('[^<&\n]+')
_char_ref = _re.compile('&#(?:([0-9]+)|x([0-9a-fA-F]+))')
_NO_BINDINGS = ()


def _bad_qname(name):
    return name.count(':') > 1 or name.endswith(':') or name.startswith(':')



_nmtoken = _re.compile('[%s]+' % _NAME_MORE)
_decl_value_char = _re.compile('[^A-Za-z0-9._-]')
_decl_values = {
    'version': _re.compile(r'[a-zA-Z0-9_.:-]+\Z'),
    'encoding': _re.compile(r'[A-Za-z][A-Za-z0-9._-]*\Z'),
    'standalone': _re.compile(r'(?:yes|no)\Z'),
}
_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'apos': "'", 'quot': '"'}
_HANDLERS = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler',
    'NotationDeclHandler', 'StartNamespaceDeclHandler',
    'EndNamespaceDeclHandler', 'CommentHandler', 'StartCdataSectionHandler',
    'EndCdataSectionHandler', 'DefaultHandler', 'DefaultHandlerExpand',
    'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
    'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
    'SkippedEntityHandler',
)


class _Fail(Exception):
    """A well-formedness error: Expat's code and the index it points at."""

    def __init__(self, name, index):
        self.code = _CODE[name]
        self.index = index


class _More(Exception):
    """The buffer ends inside a token: wait for more input."""


class _Entity:
    def __init__(self, name, value, system, public, notation):
        self.name = name
        self.value = value
        self.system = system
        self.public = public
        self.notation = notation
        self.open = False


class xmlparser:
    """An Expat-style parser.  Made by ParserCreate()."""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        for h in _HANDLERS:
            object.__setattr__(self, h, None)
        self._encoding = encoding
        self._sep = namespace_separator
        self.intern = {} if intern is None else intern
        self._pending_text = []
        self._pending_bytes = 0
        self._buffer_text = False
        self._buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.ErrorCode = 0
        self._base = None
        self._raw = b''           # undecoded input (bytes)
        self._codec = None        # decoding of bytes input, once known
        self._buf = ''            # decoded input not yet consumed
        self._pos = 0             # next index to read in _buf
        self._origin = (1, 0, 0)  # line, column and byte index of _buf[0]
        self._event = 0           # index in _buf of the current event
        self._state = 'start'     # start, prolog, content, epilog, done
        self._stack = []          # open elements: (name, bindings, ns ids)
        self._ns = {'xml': [_XML_NAMESPACE]}
        self._entities = {}
        self._attr_defaults = {}
        self._in_cdata = False
        self._crlf = []           # _buf indexes of newlines that were CR LF
        self._external_dtd = False
        self._standalone = -1
        self._finished = False
        self._failed = None

    # Attributes with side effects.

    @property
    def buffer_size(self):
        return self._buffer_size

    @buffer_size.setter
    def buffer_size(self, value):
        if not isinstance(value, int):
            raise TypeError('buffer_size must be an integer')
        if value <= 0:
            raise ValueError('buffer_size must be greater than zero')
        self._flush_text()
        self._buffer_size = value

    @property
    def buffer_used(self):
        return self._pending_bytes

    @property
    def buffer_text(self):
        return self._buffer_text

    @buffer_text.setter
    def buffer_text(self, value):
        if not value:
            self._flush_text()
        self._buffer_text = bool(value)

    @property
    def CurrentLineNumber(self):
        return self._position(self._event)[0]

    @property
    def CurrentColumnNumber(self):
        return self._position(self._event)[1]

    @property
    def CurrentByteIndex(self):
        if self._state == 'start' and not self._buf and not self._raw:
            return -1
        return self._position(self._event)[2]

    # As in Expat, the error position is the current position.
    ErrorLineNumber = CurrentLineNumber
    ErrorColumnNumber = CurrentColumnNumber
    ErrorByteIndex = CurrentByteIndex

    # Public methods.

    def Parse(self, data, isfinal=False):
        """Parses data (str or bytes); isfinal says it is the last piece."""
        if self._failed is not None:
            raise self._failed
        if self._finished:
            self._raise(_CODE['FINISHED'], self._pos)
        if isinstance(data, str):
            self._codec = 'utf-8'
            text = data
        else:
            self._raw += bytes(data)
            text = self._decode(isfinal)
        self._add_text(text, isfinal)
        try:
            self._run(isfinal)
            if isfinal:
                self._finish()
        except _Fail as e:
            self._pending_text.clear()  # Expat drops buffered text on errors
            self._pending_bytes = 0
            self._raise(e.code, e.index)
        self._flush_text()  # as pyexpat does at the end of every call
        return 1

    def ParseFile(self, file):
        """Parses all that file.read() returns."""
        while True:
            data = file.read(self._buffer_size)
            if not isinstance(data, (bytes, bytearray, str)):
                raise TypeError('read() did not return a bytes object (type=%s)'
                                % type(data).__name__)
            if not data:
                return self.Parse(b'', True)
            self.Parse(data, False)

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        if self._state == 'start':
            return None
        return self._buf[self._event:].encode('utf-8')[:1024]

    def ExternalEntityParserCreate(self, context, encoding=None):
        child = xmlparser(encoding, self._sep, self.intern)
        for h in _HANDLERS:
            object.__setattr__(child, h, getattr(self, h))
        child._state = 'content'
        child._stack.append((None, [], None))
        return child

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        self._external_dtd = bool(flag)

    # Errors and positions.

    def _position(self, index):
        """(line, column, byte index) of _buf[index]."""
        line, col, byte = self._origin
        head = self._buf[:index]
        newlines = head.count('\n')
        if newlines:
            line += newlines
            col = len(head) - head.rindex('\n') - 1
        else:
            col += len(head)
        byte += len(head.encode('utf-8', 'surrogatepass'))
        if self._crlf:
            byte += _bisect.bisect_left(self._crlf, index)
        return line, col, byte

    def _raise(self, code, index):
        line, col, byte = self._position(index)
        self.ErrorCode = code
        self._event = index
        err = ExpatError('%s: line %d, column %d'
                         % (ErrorString(code), line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        self._failed = err
        raise err from None  # the _Fail behind it is an internal detail

    # Input.

    def _decode(self, final):
        raw = self._raw
        if self._codec is None:
            self._codec = self._sniff_encoding(raw, final)
            if self._codec is None:
                return ''
            raw = self._raw  # without the byte order mark
        codec = self._codec
        keep = 0
        if not final:
            keep = _incomplete_tail(raw, codec)
        chunk = raw[:len(raw) - keep]
        try:
            text = chunk.decode(codec)
        except UnicodeDecodeError as e:
            text = chunk[:e.start].decode(codec)
            self._add_text(text, False)
            self._raise(_CODE['INVALID_TOKEN'], len(self._buf))
        self._raw = raw[len(chunk):]
        return text

    def _sniff_encoding(self, raw, final):
        if raw.startswith(b'\xef\xbb\xbf'):
            self._raw = raw = raw[3:]
            return 'utf-8'
        if raw.startswith((b'\xff\xfe', b'\xfe\xff')):
            return 'utf-16'
        if self._encoding:
            return self._encoding
        if raw.startswith(b'<\x00') or raw.startswith(b'\x00<'):
            return 'utf-16-le' if raw[0] else 'utf-16-be'
        if raw.startswith(b'<?xml'):
            end = raw.find(b'?>')
            if end < 0 and not final and len(raw) < 1024:
                return None
            m = _re.search(rb'''encoding\s*=\s*["']([A-Za-z][-\w.]*)["']''',
                          raw[:end if end >= 0 else len(raw)])
            if m:
                # An encoding Python does not know raises LookupError
                # when decoding, as in pyexpat.
                return m.group(1).decode('ascii')
        elif len(raw) < 5 and not final and b'<?xml'.startswith(raw):
            return None
        return 'utf-8'

    def _add_text(self, text, final):
        if self._buf.endswith('\r'):
            text = '\r' + text
            self._buf = self._buf[:-1]
        held = ''
        if text.endswith('\r') and not final:
            text, held = text[:-1], '\r'
        if '\r\n' in text:
            # Each CR LF becomes one newline: remember where, for byte
            # indexes into the input.
            base = len(self._buf)
            for piece in text.split('\r\n')[:-1]:
                base += len(_newlines(piece)) + 1
                self._crlf.append(base - 1)
        self._buf += _newlines(text) + held

    def _compact(self):
        """Drops the consumed part of the buffer, keeping positions right."""
        keep = min(self._pos, self._event)  # the current event stays
        if keep > 0:
            self._origin = self._position(keep)
            self._buf = self._buf[keep:]
            if self._crlf:
                self._crlf = [k - keep for k in self._crlf if k >= keep]
            self._event -= keep
            self._pos -= keep

    # Delivery to handlers.

    def _flush_text(self):
        pending = self._pending_text
        if pending:
            text = ''.join(pending)
            pending.clear()
            self._pending_bytes = 0
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(text)

    def _text(self, text, start):
        if not text:
            return
        handler = self.CharacterDataHandler
        if handler is None:
            self._default(text, start)
            return
        self._event = start
        if not self._buffer_text:
            handler(text)
            return
        # pyexpat's buffer: flushed when the text would overflow it; text
        # longer than the whole buffer goes straight to the handler.
        size = len(text) if text.isascii() else len(text.encode('utf-8'))
        if self._pending_bytes + size > self._buffer_size:
            self._flush_text()
            if self.CharacterDataHandler is None:
                return
        if size > self._buffer_size:
            self.CharacterDataHandler(text)
        else:
            self._pending_text.append(text)
            self._pending_bytes += size

    def _call(self, name, start, *args):
        handler = getattr(self, name)
        if handler is None:
            return False
        self._flush_text()
        self._event = start
        handler(*args)
        return True

    def _default(self, text, start):
        handler = self.DefaultHandlerExpand or self.DefaultHandler
        if handler is not None:
            self._flush_text()
            self._event = start
            handler(text)

    # The driver.

    def _run(self, final):
        while True:
            state = self._state
            if state == 'done':
                return
            if state == 'content':
                self._content_fast()
                if self._state != 'content':
                    continue
            start = self._pos
            try:
                if state == 'content':
                    done = self._content_step(final)
                else:
                    done = self._misc_step(final)
            except _More:
                self._pos = start
                done = False
            if not done:
                self._compact()
                return

    def _finish(self):
        if self._state != 'epilog':
            raise _Fail('NO_ELEMENTS', len(self._buf))
        self._finished = True

    def _need(self, final, index, error='UNCLOSED_TOKEN'):
        """The buffer ends inside the token starting at index."""
        if final:
            raise _Fail(error, index)
        raise _More()

    # Prolog and epilog: the XML declaration, doctype, comments, PIs.

    def _misc_step(self, final):
        buf = self._buf
        i = self._pos
        n = len(buf)
        j = _space.match(buf, i).end()
        if j > i:
            if j == n and not final:
                return False
            if self._state == 'start':
                self._state = 'prolog'
            self._default(buf[i:j], i)
            self._pos = j
            return True
        if i == n:
            return False
        epilog = self._state == 'epilog'
        if buf.startswith('<?', i):
            self._pi(i, final)
        elif buf.startswith('<!', i):
            self._prolog_declaration(i, final, epilog)
        elif buf.startswith('<', i):
            if i + 1 == n:
                self._need(final, i)
            if buf[i + 1] == '/' or not _name.match(buf, i + 1):
                raise _Fail('INVALID_TOKEN', i + 1)
            if epilog:
                raise _Fail('JUNK_AFTER_DOC_ELEMENT', i)
            self._state = 'content'
            self._start_tag(i, final)
        else:
            self._prolog_junk(i, final,
                              'JUNK_AFTER_DOC_ELEMENT' if epilog else 'SYNTAX')
        if self._state == 'start':
            self._state = 'prolog'
        return True

    def _prolog_declaration(self, i, final, epilog):
        """'<!' outside the root element: a comment or the doctype."""
        buf = self._buf
        n = len(buf)
        if i + 2 == n:
            self._need(final, i)
        c = buf[i + 2]
        if c == '-':
            if i + 3 == n:
                self._need(final, i)
            if buf[i + 3] != '-':
                raise _Fail('INVALID_TOKEN', i + 3)
            self._comment(i, final)
            return
        m = _name.match(buf, i + 2)
        if c != '[' and not m:
            raise _Fail('INVALID_TOKEN', i + 2)
        if m and m.end() == n:
            self._need(final, i)
        if m and buf[m.end()] not in ' \t\n[%':
            raise _Fail('INVALID_TOKEN', m.end())
        if epilog:
            raise _Fail('JUNK_AFTER_DOC_ELEMENT', i)
        if c == '[' or m.group() != 'DOCTYPE' or self._state == 'doctyped':
            raise _Fail('SYNTAX', i)
        self._doctype(i, final)

    def _prolog_junk(self, i, final, error):
        """Raises the error for text outside the root element, as Expat's
        prolog tokenizer sees it."""
        buf = self._buf
        n = len(buf)
        c = buf[i]
        m = _nmtoken.match(buf, i)
        if m:
            k = m.end()
            if k == n:
                if not final:
                    raise _More()
                raise _Fail(error, i)
            if buf[k] in '>),|[%+*? \t\n':
                raise _Fail(error, i)
            raise _Fail('INVALID_TOKEN', k)
        if c in '#%':
            # '#NAME' or a parameter entity reference '%name;'.
            if i + 1 == n:
                self._need(final, i)
            if c == '%' and buf[i + 1] in ' \t\n':
                raise _Fail(error, i)
            m = _name.match(buf, i + 1)
            if not m:
                raise _Fail('INVALID_TOKEN', i + 1)
            k = m.end()
            if k == n:
                if not final:
                    raise _More()
                raise _Fail('UNCLOSED_TOKEN' if c == '%' else error, i)
            if c == '%' and buf[k] != ';' or \
                    c == '#' and buf[k] not in '>),|[%+*? \t\n':
                raise _Fail('INVALID_TOKEN', k)
            raise _Fail(error, i)
        if c in '[]()>,|':
            raise _Fail(error, i)
        if c in '"\'':
            k = buf.find(c, i + 1) + 1
            if k == 0:
                self._need(final, i)
            if k == n:
                if not final:
                    raise _More()
            elif buf[k] not in ' \t\n>%[':
                raise _Fail('INVALID_TOKEN', k)
            raise _Fail(error, i)
        raise _Fail('INVALID_TOKEN', i)

    def _pi(self, i, final):
        buf = self._buf
        m = _name.match(buf, i + 2)
        if not m:
            if i + 2 == len(buf):
                self._need(final, i)
            raise _Fail('INVALID_TOKEN', i + 2)
        target = m.group()
        k = m.end()
        if k == len(buf):
            self._need(final, i)
        if target.lower() == 'xml' and target != 'xml':
            raise _Fail('INVALID_TOKEN', k)
        if buf[k] not in ' \t\n':
            if buf[k] != '?':
                raise _Fail('INVALID_TOKEN', k)
            if k + 1 == len(buf):
                self._need(final, i)
            if buf[k + 1] != '>':
                raise _Fail('INVALID_TOKEN', k + 1)
        end = buf.find('?>', k)
        if end < 0:
            self._need(final, i)
        bad = _bad_char.search(buf, k, end)
        if bad:
            raise _Fail('INVALID_TOKEN', bad.start())
        if target == 'xml':
            if self._state == 'start' and i == 0 and self._origin == (1, 0, 0):
                self._xml_decl(i, m.end(), end)
                self._pos = end + 2
                return
            raise _Fail('JUNK_AFTER_DOC_ELEMENT' if self._state == 'epilog'
                        else 'MISPLACED_XML_PI', i)
        data = buf[_space.match(buf, m.end()).end():end]
        self._pos = end + 2
        if not self._call('ProcessingInstructionHandler', i, target, data):
            self._default(buf[i:end + 2], i)

    def _xml_decl(self, i, j, end):
        buf = self._buf
        fields = {}
        order = ['version', 'encoding', 'standalone']
        k = j
        while True:
            gap = _space.match(buf, k, end).end()
            if gap == end:
                break
            if gap == k:
                raise _Fail('XML_DECL', gap)
            # Expat's pseudo-attributes: a name runs to '=' or a space,
            # the value to its quote; syntax first, then what they say.
            name_end = gap
            while name_end < end and buf[name_end] not in '= \t\n':
                name_end += 1
            eq = _space.match(buf, name_end, end).end()
            if eq == end or buf[eq] != '=':
                raise _Fail('XML_DECL', eq)
            q = _space.match(buf, eq + 1, end).end()
            if q == end or buf[q] not in '"\'':
                raise _Fail('XML_DECL', q)
            close = buf.find(buf[q], q + 1, end)
            bad = _decl_value_char.search(buf, q + 1,
                                          end if close < 0 else close)
            if bad:
                raise _Fail('XML_DECL', bad.start())
            if close < 0:
                raise _Fail('XML_DECL', end)
            name = buf[gap:name_end]
            value = buf[q + 1:close]
            if name not in order or order.index(name) < len(fields) \
                    or name in fields or (not fields and name != 'version'):
                raise _Fail('XML_DECL', gap)
            if not _decl_values[name].match(value):
                raise _Fail('XML_DECL', q + 1)
            fields[name] = value
            k = close + 1
        if 'version' not in fields:
            raise _Fail('XML_DECL', j)
        standalone = fields.get('standalone')
        self._standalone = -1 if standalone is None else int(
            standalone == 'yes')
        self._pos = end + 2
        if not self._call('XmlDeclHandler', i, fields['version'],
                          fields.get('encoding'), self._standalone):
            self._default(buf[i:end + 2], i)

    def _comment(self, i, final):
        buf = self._buf
        k = i + 4
        while True:
            dash = buf.find('--', k)
            if dash < 0:
                self._need(final, i)
            if dash + 2 == len(buf):
                self._need(final, i)
            if buf[dash + 2] != '>':
                raise _Fail('INVALID_TOKEN', dash + 2)
            break
        bad = _bad_char.search(buf, i + 4, dash)
        if bad:
            raise _Fail('INVALID_TOKEN', bad.start())
        self._pos = dash + 3
        if not self._call('CommentHandler', i, buf[i + 4:dash]):
            self._default(buf[i:dash + 3], i)

    def _quoted(self, k, final, start):
        """The quoted literal at k: (value, index after it)."""
        buf = self._buf
        if k >= len(buf):
            self._need(final, start)
        q = buf[k]
        if q not in '"\'':
            raise _Fail('SYNTAX', k)
        end = buf.find(q, k + 1)
        if end < 0:
            self._need(final, start)
        return buf[k + 1:end], end + 1

    def _doctype(self, i, final):
        buf = self._buf
        n = len(buf)
        k = i + 9
        gap = _space.match(buf, k).end()
        if gap == n:
            self._need(final, i)
        m = _name.match(buf, gap)
        if gap == k or not m:
            raise _Fail('SYNTAX' if m or gap == k else 'INVALID_TOKEN', gap)
        name = m.group()
        k = m.end()
        system = public = None
        gap = _space.match(buf, k).end()
        if gap == n:
            self._need(final, i)
        if buf.startswith('SYSTEM', gap) or buf.startswith('PUBLIC', gap):
            keyword = buf[gap:gap + 6]
            k = _space.match(buf, gap + 6).end()
            if keyword == 'PUBLIC':
                public, k = self._quoted(k, final, i)
                k = _space.match(buf, k).end()
            system, k = self._quoted(k, final, i)
            gap = _space.match(buf, k).end()
            if gap == n:
                self._need(final, i)
            self._external_dtd = True
        subset = gap < n and buf[gap] == '['
        if not subset and buf.startswith('>', gap):
            self._pos = gap + 1
        elif not subset:
            if gap == n:
                self._need(final, i)
            raise _Fail('SYNTAX', gap)
        else:
            end = self._scan_subset(gap + 1, final, i)
            close = _space.match(buf, end + 1).end()
            if close == n:
                self._need(final, i)
            if buf[close] != '>':
                raise _Fail('SYNTAX', close)
            self._pos = close + 1
        self._call('StartDoctypeDeclHandler', i, name, system, public,
                   int(subset))
        if subset:
            self._read_subset(gap + 1, end)
        self._call('EndDoctypeDeclHandler', i)
        self._state = 'doctyped'

    def _scan_subset(self, k, final, start):
        """Index of the ']' that ends the internal subset starting at k."""
        buf = self._buf
        n = len(buf)
        while True:
            if k >= n:
                self._need(final, start)
            c = buf[k]
            if c == ']':
                return k
            if c in '"\'':
                end = buf.find(c, k + 1)
                if end < 0:
                    self._need(final, start)
                k = end + 1
            elif buf.startswith('<!--', k):
                end = buf.find('-->', k + 4)
                if end < 0:
                    self._need(final, start)
                k = end + 3
            else:
                k += 1

    def _read_subset(self, k, end):
        """Handles the declarations of the internal subset buf[k:end]."""
        buf = self._buf
        while True:
            gap = _space.match(buf, k, end).end()
            if gap > k:
                self._default(buf[k:gap], k)
            k = gap
            if k >= end:
                return
            handled = False  # markup no handler takes goes to the default
            if buf.startswith('<!--', k):
                close = buf.find('-->', k) + 3
                handled = self._call('CommentHandler', k, buf[k + 4:close - 3])
            elif buf.startswith('<?', k):
                close = buf.find('?>', k) + 2
                m = _name.match(buf, k + 2)
                if m:
                    data = buf[_space.match(buf, m.end()).end():close - 2]
                    handled = self._call('ProcessingInstructionHandler', k,
                                         m.group(), data)
            elif buf.startswith('<!', k):
                close = self._declaration_end(k, end)
                handled = self._declaration(k, buf[k + 2:close - 1])
            elif buf[k] == '%':
                semi = buf.find(';', k, end)
                if semi < 0:
                    raise _Fail('INVALID_TOKEN', k)
                self._external_dtd = True
                close = semi + 1
            else:
                raise _Fail('SYNTAX', k)
            if not handled:
                self._default(buf[k:close], k)
            k = close

    def _declaration_end(self, k, end):
        buf = self._buf
        j = k + 2
        while j < end:
            c = buf[j]
            if c in '"\'':
                j = buf.find(c, j + 1) + 1
                if j == 0:
                    break
            elif c == '>':
                return j + 1
            else:
                j += 1
        raise _Fail('SYNTAX', k)

    def _declaration(self, k, text):
        words = _re.findall(r'"[^"]*"|\'[^\']*\'|[^\s"\']+', text)
        if not words:
            raise _Fail('SYNTAX', k)
        kind = words[0]
        if kind == 'ENTITY':
            return self._entity_decl(k, words[1:])
        if kind == 'ATTLIST' and len(words) > 1:
            self._attlist_decl(k, words[1], words[2:])
            return self.AttlistDeclHandler is not None
        if kind == 'NOTATION' and len(words) > 2:
            ids = _external_ids(words[2:])
            return self._call('NotationDeclHandler', k, words[1], self._base,
                              ids[0], ids[1])
        if kind not in ('ELEMENT', 'ATTLIST', 'NOTATION'):
            raise _Fail('SYNTAX', k)
        return False

    def _entity_decl(self, k, words):
        parameter = bool(words) and words[0] == '%'
        if parameter:
            words = words[1:]
        if len(words) < 2:
            raise _Fail('SYNTAX', k)
        name = words[0]
        rest = words[1:]
        if rest[0][:1] in '"\'':
            value = self._literal_value(rest[0][1:-1], k)
            entity = _Entity(name, value, None, None, None)
        else:
            system, public = _external_ids(rest)
            notation = rest[-1] if len(rest) >= 2 and rest[-2] == 'NDATA' \
                else None
            entity = _Entity(name, None, system, public, notation)
        if parameter:
            return self._call('EntityDeclHandler', k, name, 1, entity.value,
                              self._base, entity.system, entity.public, None)
        if name in self._entities:
            return False
        self._entities[name] = entity
        if entity.notation and self.UnparsedEntityDeclHandler is not None \
                and self.EntityDeclHandler is None:
            return self._call('UnparsedEntityDeclHandler', k, name,
                              self._base, entity.system, entity.public,
                              entity.notation)
        return self._call('EntityDeclHandler', k, name, 0, entity.value,
                          self._base, entity.system, entity.public,
                          entity.notation)

    def _literal_value(self, text, k):
        # Character references in an entity's literal are replaced when it
        # is declared; entity references stay for when it is used.
        def char(m):
            return _char_value(m, k)
        return _char_ref_semi.sub(char, text)

    def _attlist_decl(self, k, element, words):
        i = 0
        while i + 2 < len(words) + 1 and i < len(words):
            name = words[i]
            i += 1
            if i >= len(words):
                break
            if words[i].startswith('('):
                kind = words[i]
                while not kind.endswith(')') and i + 1 < len(words):
                    i += 1
                    kind += words[i]
            else:
                kind = words[i]
                if kind == 'NOTATION' and i + 1 < len(words):
                    i += 1
                    kind += ' ' + words[i]
            i += 1
            if i >= len(words):
                break
            default = words[i]
            required = 0
            value = None
            if default == '#FIXED' and i + 1 < len(words):
                i += 1
                required = 1
                default = words[i]
            if default in ('#REQUIRED', '#IMPLIED'):
                required = int(default == '#REQUIRED')
            elif default[:1] in '"\'':
                value = self._attr_value(default[1:-1], k)
            i += 1
            if value is not None:
                self._attr_defaults.setdefault(element, {}).setdefault(
                    name, value)
            self._call('AttlistDeclHandler', k, element, name, kind, value,
                       required)

    # Content.

    def _content_step(self, final):
        buf = self._buf
        i = self._pos
        n = len(buf)
        if self._in_cdata:
            return self._cdata_step(final)
        if i == n:
            return False
        c = buf[i]
        if c == '<':
            if i + 1 == n:
                self._need(final, i)
            nxt = buf[i + 1]
            if nxt == '/':
                self._end_tag(i, final)
            elif nxt == '!':
                # The first character that departs from '<!--' or
                # '<![CDATA[' is the error.
                opener = '<![CDATA[' if buf.startswith('<![', i) else '<!--'
                if n - i < len(opener):
                    self._need(final, i)
                k = i + 2
                while k < n and k - i < len(opener) and buf[k] == opener[k - i]:
                    k += 1
                if k - i == len(opener):
                    if opener == '<!--':
                        self._comment(i, final)
                    else:
                        self._cdata(i, final)
                elif k == n:
                    self._need(final, i)
                else:
                    raise _Fail('INVALID_TOKEN', k)
            elif nxt == '?':
                self._pi(i, final)
            else:
                self._start_tag(i, final)
        elif c == '&':
            self._reference(i, final)
        elif c == '\n':
            self._pos = i + 1
            self._text('\n', i)
        else:
            j = _text_run.match(buf, i).end()
            close = buf.find(']]>', i, j + 2)
            if 0 <= close < j:
                raise _Fail('INVALID_TOKEN', close + 2)
            if j == n and not final and buf.endswith(']'):
                j = n - (2 if buf.endswith(']]') else 1)
                if j == i:
                    return False
            bad = _bad_char.search(buf, i, j)
            if bad:
                if bad.start() > i:
                    self._pos = bad.start()
                    self._text(buf[i:bad.start()], i)
                    return True
                raise _Fail('INVALID_TOKEN', i)
            self._pos = j
            self._text(buf[i:j], i)
        return True

    def _content_fast(self):
        """Reads the common content tokens (text, simple tags, predefined
        entities) a window at a time with one pattern; stops where the
        careful path of _content_step is needed: other markup, errors, the
        buffer's end."""
        if self._in_cdata:
            return
        buf = self._buf
        n = len(buf)
        i = self._pos
        stack = self._stack
        ns = self._sep is not None
        window = 2048
        while i < n:
            end = min(n, i + window)
            for tok, text, nl, etag, stag, attrs, slash, ent, other in \
                    _fast_token.findall(buf, i, end):
                j = i + len(tok)
                if other or j == end:
                    break  # needs the careful path, or may be cut short
                if text:
                    if buf.startswith(']]>', j):
                        return
                    self._pos = j
                    self._text(text, i)
                elif nl:
                    self._pos = j
                    self._text(nl, i)
                elif etag:
                    if not stack or stack[-1][2] != etag:
                        return
                    self._pos = j
                    self._close(i)
                    if not stack:
                        return
                elif ent:
                    self._pos = j
                    self._text(_PREDEFINED[ent], i)
                else:
                    if ns and _bad_qname(stag):
                        return
                    values = self._fast_attrs(attrs, i + 1 + len(stag), i,
                                              ns) if attrs else []
                    if values is None:
                        return
                    self._pos = j
                    self._open(stag, values, i)
                    if slash:
                        self._close(i)
                        if not stack:
                            return
                i = j
                if self._state != 'content' or self._in_cdata:
                    return
            else:
                if end == n:
                    return
                window *= 2
                continue
            if other or end == n:
                return
            window *= 2  # a token crossed the window's end: look further

    def _fast_attrs(self, text, at, tag, ns):
        """The (name, value, index) of a start tag's attributes in text
        (which starts at index at), or None if the careful path must see
        them."""
        values = []
        seen = set()
        for m in _fast_attr.finditer(text):
            name = m.group(1)
            if name in seen or (ns and _bad_qname(name)):
                return None
            seen.add(name)
            value = m.group(2)
            k = m.start(2)
            if value is None:
                value = m.group(3)
                k = m.start(3)
            if '&' in value:
                value = self._attr_value(value, at + k, tag)
            elif '\t' in value or '\n' in value:
                value = value.replace('\t', ' ').replace('\n', ' ')
            values.append((name, value, at + m.start(1)))
        return values

    def _cdata(self, i, final):
        self._pos = i + 9
        self._in_cdata = True
        self._call('StartCdataSectionHandler', i)

    def _cdata_step(self, final):
        """One piece of a CDATA section's text, or its end."""
        buf = self._buf
        k = self._pos
        n = len(buf)
        if k == n:
            if final:
                raise _Fail('UNCLOSED_CDATA_SECTION', n)
            return False
        if buf.startswith(']]>', k):
            self._pos = k + 3
            self._in_cdata = False
            self._call('EndCdataSectionHandler', k)
            return True
        # Expat's pieces: a newline alone, a ']' alone before another ']',
        # else a run up to the next ']' or newline.
        if buf[k] == '\n':
            stop = k + 1
        elif buf.startswith(']]', k) or (buf[k] == ']' and k + 1 == n):
            if n - k < 3:
                if final:
                    raise _Fail('UNCLOSED_CDATA_SECTION', k)
                return False
            stop = k + 1
        else:
            stop = _cdata_run.match(buf, k + 1).end()
        bad = _bad_char.search(buf, k, stop)
        if bad:
            if bad.start() == k:
                raise _Fail('INVALID_TOKEN', k)
            stop = bad.start()
        self._pos = stop
        self._text(buf[k:stop], k)
        return True

    def _reference(self, i, final):
        buf = self._buf
        n = len(buf)
        bad = self._ref_error(buf, i)
        if bad is not None:
            if bad >= n:
                self._need(final, i)
            raise _Fail('INVALID_TOKEN', bad)
        if buf[i + 1] == '#':
            m = _char_ref.match(buf, i)
            self._pos = m.end() + 1
            self._text(_char_value(m, i), i)
            return
        m = _name.match(buf, i + 1)
        name = m.group()
        self._pos = m.end() + 1
        if name in _PREDEFINED:
            self._text(_PREDEFINED[name], i)
            return
        entity = self._entities.get(name)
        if entity is None:
            if self._external_dtd and self._standalone != 1:
                if not self._call('SkippedEntityHandler', i, name, 0):
                    self._default(buf[i:m.end() + 1], i)
                return
            raise _Fail('UNDEFINED_ENTITY', i)
        if entity.value is None:
            if entity.notation:
                raise _Fail('BINARY_ENTITY_REF', i)
            handler = self.ExternalEntityRefHandler
            if handler is not None:
                self._flush_text()
                self._event = i
                if not handler(name, self._base, entity.system,
                               entity.public):
                    raise _Fail('EXTERNAL_ENTITY_HANDLING', i)
            else:
                self._default(buf[i:m.end() + 1], i)
            return
        if entity.open:
            raise _Fail('RECURSIVE_ENTITY_REF', i)
        self._expand(entity, i)

    def _expand(self, entity, at):
        """Parses an internal entity's text as content, at the reference."""
        sub = xmlparser.__new__(xmlparser)
        sub.__dict__.update(self.__dict__)
        object.__setattr__(sub, '_buf', entity.value)
        object.__setattr__(sub, '_pos', 0)
        object.__setattr__(sub, '_stack', list(self._stack))
        depth = len(self._stack)
        entity.open = True
        try:
            while sub._pos < len(sub._buf):
                try:
                    sub._content_step(True)
                except _Fail as e:
                    raise _Fail(_ERRORS[e.code - 1][0], at) from None
                if len(sub._stack) < depth:
                    raise _Fail('ASYNC_ENTITY', at)
                if sub._state != 'content':
                    raise _Fail('ASYNC_ENTITY', at)
        finally:
            entity.open = False
        if len(sub._stack) != depth:
            raise _Fail('ASYNC_ENTITY', at)
        self._pending_text = sub._pending_text

    def _attr_value(self, raw, at, tag=None, depth=0):
        """An attribute value with references replaced and whitespace
        characters turned into spaces.  Errors inside entities point at the
        tag (at its reference when there is no tag)."""
        out = []
        k = 0
        n = len(raw)
        while k < n:
            amp = raw.find('&', k)
            if amp < 0:
                amp = n
            lt = raw.find('<', k, amp)
            if lt >= 0:
                raise _Fail('INVALID_TOKEN', at + lt)
            out.append(raw[k:amp].replace('\t', ' ').replace('\n', ' '))
            if amp == n:
                break
            m = _char_ref.match(raw, amp)
            if m:
                if m.end() >= n or raw[m.end()] != ';':
                    raise _Fail('INVALID_TOKEN', at + m.end())
                out.append(_char_value(m, at + amp))
                k = m.end() + 1
                continue
            m = _name.match(raw, amp + 1)
            if not m:
                raise _Fail('INVALID_TOKEN', at + amp + 1)
            if m.end() >= n or raw[m.end()] != ';':
                raise _Fail('INVALID_TOKEN', at + m.end())
            name = m.group()
            k = m.end() + 1
            if name in _PREDEFINED:
                out.append(_PREDEFINED[name])
                continue
            entity = self._entities.get(name)
            if entity is None:
                if self._external_dtd and self._standalone != 1:
                    continue
                raise _Fail('UNDEFINED_ENTITY', at + amp if tag is None else tag)
            if entity.value is None:
                raise _Fail('ATTRIBUTE_EXTERNAL_ENTITY_REF', at + amp)
            if entity.open or depth > 40:
                raise _Fail('RECURSIVE_ENTITY_REF', at + amp)
            entity.open = True
            try:
                out.append(self._attr_value(entity.value, at + amp, tag,
                                            depth + 1))
            except _Fail as e:
                raise _Fail(_ERRORS[e.code - 1][0],
                            at + amp if tag is None else tag) from None
            finally:
                entity.open = False
        return ''.join(out)

    def _start_tag(self, i, final):
        buf = self._buf
        n = len(buf)
        m = _name.match(buf, i + 1)
        if not m:
            raise _Fail('INVALID_TOKEN', i + 1)
        name = m.group()
        if self._sep is not None and name.startswith(':'):
            raise _Fail('INVALID_TOKEN', i + 1)
        if m.end() == n:
            self._need(final, i)
        self._check_qname(name, i + 1)
        k = m.end()
        attrs = []
        seen = set()
        while True:
            gap = _space.match(buf, k).end()
            if gap >= n:
                self._need(final, i)
            c = buf[gap]
            if c == '>':
                empty = False
                k = gap + 1
                break
            if c == '/':
                if gap + 1 == n:
                    self._need(final, i)
                if buf[gap + 1] != '>':
                    raise _Fail('INVALID_TOKEN', gap + 1)
                empty = True
                k = gap + 2
                break
            am = _name.match(buf, gap)
            if not am or gap == k:
                raise _Fail('INVALID_TOKEN', gap)
            if self._sep is not None and am.group().startswith(':'):
                raise _Fail('INVALID_TOKEN', gap)
            if am.end() == n:
                self._need(final, i)
            self._check_qname(am.group(), gap)
            eq = _space.match(buf, am.end()).end()
            if eq >= n:
                self._need(final, i)
            if buf[eq] != '=':
                raise _Fail('INVALID_TOKEN', eq)
            q = _space.match(buf, eq + 1).end()
            if q >= n:
                self._need(final, i)
            if buf[q] not in '"\'':
                raise _Fail('INVALID_TOKEN', q)
            close = buf.find(buf[q], q + 1)
            if close < 0:
                lt = buf.find('<', q + 1)
                if lt >= 0:
                    raise _Fail('INVALID_TOKEN', lt)
                self._need(final, i)
            raw = buf[q + 1:close]
            bad = self._value_syntax_error(raw)
            if bad is not None:
                raise _Fail('INVALID_TOKEN', q + 1 + bad)
            if am.group() in seen:
                raise _Fail('DUPLICATE_ATTRIBUTE', gap)
            seen.add(am.group())
            attrs.append((am.group(), raw, q + 1, gap))
            k = close + 1
            if k == n:
                self._need(final, i)
            if buf[k] not in ' \t\n/>':
                raise _Fail('INVALID_TOKEN', k)
        values = [(a, self._attr_value(raw, at, i), where)
                  for a, raw, at, where in attrs]
        self._pos = k
        self._open(name, values, i)
        if empty:
            self._close(i)
        elif self._state != 'content':
            self._state = 'content'

    def _open(self, raw, values, i):
        name = raw
        specified = len(values)
        if self._attr_defaults:
            defaults = self._attr_defaults.get(name)
            if defaults:
                given = {a for a, _, _ in values}
                for a, v in defaults.items():
                    if a not in given:
                        values.append((a, v, i))
        bindings = _NO_BINDINGS
        if self._sep is not None:
            if values or ':' in name:
                bindings = []
                name, values = self._resolve(name, values, bindings, i)
                specified -= sum(1 for b in bindings if b[2] < specified)
            else:
                uris = self._ns.get('')
                if uris and uris[-1]:
                    name = uris[-1] + self._sep + name
        if self.specified_attributes:
            values = values[:specified]
        self._stack.append((name, bindings, raw))
        handler = self.StartElementHandler
        if handler is None:
            self._default(self._buf[i:self._pos], i)
            return
        if not values:
            attrs = [] if self.ordered_attributes else {}
        elif self.ordered_attributes:
            attrs = []
            for a, v, _ in values:
                attrs.append(a)
                attrs.append(v)
        else:
            attrs = {a: v for a, v, _ in values}
        if self._pending_text:
            self._flush_text()
        self._event = i
        handler(name, attrs)

    def _close(self, i):
        name, bindings, _ = self._stack.pop()
        handler = self.EndElementHandler
        if handler is None:
            self._default(self._buf[i:self._pos], i)
        else:
            if self._pending_text:
                self._flush_text()
            self._event = i
            handler(name)
        if bindings:
            self._unbind(bindings, i)
        if not self._stack:
            self._state = 'epilog'

    def _unbind(self, bindings, i):
        for prefix, _, _ in reversed(bindings):
            self._ns[prefix or ''].pop()
            self._call('EndNamespaceDeclHandler', i, prefix)

    def _resolve(self, name, values, bindings, i):
        """Namespace processing: declarations out of the attributes, names
        into 'uri<sep>local' form."""
        kept = []
        for index, (a, v, where) in enumerate(values):
            if a == 'xmlns' or a.startswith('xmlns:'):
                # Bound one by one, as Expat does: an error undoes the
                # bindings made before it.
                prefix = a[6:] or None
                error = None
                if prefix == 'xmlns':
                    error = 'RESERVED_PREFIX_XMLNS'
                elif prefix == 'xml' and v != _XML_NAMESPACE:
                    error = 'RESERVED_PREFIX_XML'
                elif prefix != 'xml' and v in (_XML_NAMESPACE,
                                               _XMLNS_NAMESPACE):
                    error = 'RESERVED_NAMESPACE_URI'
                elif prefix is not None and v == '':
                    error = 'UNDECLARING_PREFIX'
                elif self._sep and self._sep in v:
                    error = 'SYNTAX'
                if error:
                    self._unbind(bindings, i)
                    raise _Fail(error, i)
                bindings.append((prefix, v, index))
                self._ns.setdefault(prefix or '', []).append(v)
                self._call('StartNamespaceDeclHandler', i, prefix, v or None)
            else:
                kept.append((a, v, where))
        try:
            qname = self._qualify(name, True, i)
            resolved = []
            seen = set()
            for a, v, where in kept:
                q = self._qualify(a, False, i)
                if q in seen:
                    raise _Fail('DUPLICATE_ATTRIBUTE', i)
                seen.add(q)
                resolved.append((q, v, where))
        except _Fail:
            self._unbind(bindings, i)  # the element never starts
            raise
        return qname, resolved

    def _check_qname(self, name, at):
        # With namespaces on, a name has at most one colon, not at its end.
        if self._sep is not None and _bad_qname(name):
            if name.startswith(':'):
                raise _Fail('INVALID_TOKEN', at)
            if name.count(':') > 1:
                raise _Fail('INVALID_TOKEN',
                            at + name.index(':', name.index(':') + 1))
            raise _Fail('INVALID_TOKEN', at + len(name))

    def _ref_error(self, text, amp):
        """Where the reference at text[amp] stops being well-formed, or
        None if it is."""
        k = amp + 1
        if text.startswith('#', k):
            k += 1
            digits = '0123456789'
            if text.startswith('x', k):
                k += 1
                digits = '0123456789abcdefABCDEF'
            start = k
            while k < len(text) and text[k] in digits:
                k += 1
            if k == start:
                return k
        else:
            m = _name.match(text, k)
            if not m:
                return k
            if self._sep is not None and ':' in m.group():
                return k + m.group().index(':')
            k = m.end()
        return None if text.startswith(';', k) else k

    def _value_syntax_error(self, raw):
        """The index of the first character that makes an attribute value
        ill-formed ('<', a forbidden character, a broken reference)."""
        for m in _value_hazard.finditer(raw):
            if m.group() != '&':
                return m.start()
            bad = self._ref_error(raw, m.start())
            if bad is not None:
                return bad
        return None

    def _qualify(self, name, is_element, i):
        colon = name.find(':')
        if colon < 0:
            if not is_element:
                return name
            uris = self._ns.get('')
            uri = uris[-1] if uris else ''
            return uri + self._sep + name if uri else name
        prefix, local = name[:colon], name[colon + 1:]
        uris = self._ns.get(prefix)
        if not uris:
            raise _Fail('UNBOUND_PREFIX', i)
        out = uris[-1] + self._sep + local
        if self.namespace_prefixes:
            out += self._sep + prefix
        return out

    def _end_tag(self, i, final):
        buf = self._buf
        n = len(buf)
        m = _name.match(buf, i + 2)
        if not m:
            if i + 2 == n:
                self._need(final, i)
            raise _Fail('INVALID_TOKEN', i + 2)
        gap = _space.match(buf, m.end()).end()
        if gap >= n:
            self._need(final, i)
        if self._sep is not None and m.group().startswith(':'):
            raise _Fail('INVALID_TOKEN', i + 2)
        if buf[gap] != '>':
            raise _Fail('INVALID_TOKEN', gap)
        if not self._stack or self._stack[-1][0] is None:
            raise _Fail('INVALID_TOKEN', i + 1)
        # Expat matches end tags to start tags by their names as written.
        if m.group() != self._stack[-1][2]:
            raise _Fail('TAG_MISMATCH', i + 2)
        self._pos = gap + 1
        self._close(i)


_S = '[ \t\n]'
_NAME_RE = '[%s][%s]*' % (_NAME_START, _NAME_MORE)
_NOT_CHAR = '\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff'
_fast_token = _re.compile(
    '(((?:[^<&\\n\\]%s]|\\](?!\\]>))+)' % _NOT_CHAR         # 2 text
    + '|(\\n)'                                               # 3 newline
    + '|</(%s)%s*>' % (_NAME_RE, _S)                        # 4 end tag
    + '|<(%s)((?:%s+%s%s*=%s*(?:"[^<"%s]*"|\'[^<\'%s]*\'))*)%s*(/?)>'
    % (_NAME_RE, _S, _NAME_RE, _S, _S, _NOT_CHAR, _NOT_CHAR, _S)  # 5-7
    + '|&(amp|lt|gt|quot|apos);'                            # 8 entity
    + '|([\\s\\S]))')                                        # 9 other
_fast_attr = _re.compile('%s+(%s)%s*=%s*(?:"([^"]*)"|\'([^\']*)\')'
                         % (_S, _NAME_RE, _S, _S))
_value_hazard = _re.compile('[<&%s]' % _NOT_CHAR)
_cdata_run = _re.compile('[^\n\\]]*')
_char_ref_semi = _re.compile('&#(?:([0-9]+)|x([0-9a-fA-F]+));')


def _char_value(m, at):
    """The character of a matched reference; Expat's error if XML forbids
    it."""
    digits = m.group(1)
    try:
        code = int(digits) if digits is not None else int(m.group(2), 16)
    except ValueError:
        code = -1
    if code > 0x10ffff or code < 0 or _bad_char.match(chr(code)) \
            or 0xd800 <= code <= 0xdfff:
        raise _Fail('BAD_CHAR_REF', at)
    return chr(code)


def _external_ids(words):
    """(system, public) from 'SYSTEM "s"' or 'PUBLIC "p" "s"' words."""
    if len(words) >= 2 and words[0] == 'SYSTEM':
        return words[1][1:-1], None
    if len(words) >= 3 and words[0] == 'PUBLIC':
        return words[2][1:-1], words[1][1:-1]
    return None, None


def _newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _incomplete_tail(raw, codec):
    """How many bytes at the end of raw may be the start of a character."""
    name = codec.lower().replace('_', '-')
    if name in ('utf-8', 'utf8'):
        for back in range(1, min(4, len(raw)) + 1):
            b = raw[-back]
            if b & 0xc0 == 0x80:
                continue
            if b >= 0xc0:
                need = 2 if b < 0xe0 else 3 if b < 0xf0 else 4
                return back if need > back else 0
            return 0
        return 0
    if name.startswith('utf-16'):
        return len(raw) % 2 + (2 if len(raw) >= 2 and
                               0xd8 <= raw[-2 if name.endswith('le') else -1]
                               <= 0xdb and len(raw) % 2 == 0 else 0)
    return 0


XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """A new XML parser.  namespace_separator turns on namespace
    processing: names then come as uri + separator + local name."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError('ParserCreate() argument 1 must be str or None, not %s'
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError('ParserCreate() argument 2 must be str or None, '
                            'not %s' % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one '
                             'character, omitted, or None')
    if intern is not None and not isinstance(intern, dict):
        raise TypeError('intern must be a dictionary')
    return xmlparser(encoding, namespace_separator, intern)
