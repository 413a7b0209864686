"""Header objects for the modern policies: str subclasses holding the decoded
value, with parsed attributes (addresses, datetime, params...) and fold().

Spry's version parses with the lenient compat32 parsers rather than a full
RFC 5322 grammar, and folds by words: runs of non-ASCII words become RFC 2047
encoded words, lines break at white space."""

import re
from types import MappingProxyType

from email import utils
from email import errors
from email import _folding
from email._folding import quote_string, decode_words as _decode_words
from email._parseaddr import AddressList as _AddressList

SPECIALS = set(r'()<>@,:;.\"[]')
_ATOM_ENDS = SPECIALS | set(' \t')
DOT_ATOM_ENDS = _ATOM_ENDS - set('.')
class Address:
    """One email address: display_name, username, domain (addr_spec is username@domain)."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        inputs = ''.join(filter(None, (display_name, username, domain, addr_spec)))
        if '\r' in inputs or '\n' in inputs:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            parsed = _AddressList(addr_spec).addresslist
            if len(parsed) != 1 or parsed[0][1] == '':
                raise ValueError("Invalid addr_spec; only '{}' could be parsed from "
                                 "'{}'".format('', addr_spec))
            username, _, domain = parsed[0][1].rpartition('@') if '@' in parsed[0][1] \
                else (parsed[0][1], '', '')
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        local = self.username
        if not DOT_ATOM_ENDS.isdisjoint(local):
            local = quote_string(local)
        if self.domain:
            return local + '@' + self.domain
        if not local:
            return '<>'
        return local

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            self.__class__.__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        disp = self.display_name
        if not SPECIALS.isdisjoint(disp):
            disp = quote_string(disp)
        if disp:
            addr_spec = '' if self.addr_spec == '<>' else self.addr_spec
            return "{} <{}>".format(disp, addr_spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.username == other.username and self.domain == other.domain)


class Group:
    """A named group of addresses (display_name None: a lone address)."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(
            self.__class__.__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        disp = self.display_name
        if disp is not None and not SPECIALS.isdisjoint(disp):
            disp = quote_string(disp)
        listed = ", ".join(str(x) for x in self.addresses)
        listed = ' ' + listed if listed else listed
        return "{}:{};".format(disp, listed)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return self.display_name == other.display_name and self.addresses == other.addresses


# ---------------------------------------------------------------- header classes

class BaseHeader(str):
    """A header value: the str is the decoded value; name and defects are attributes."""

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        if utils._holds_surrogates(kwds['decoded']):
            kwds['decoded'] = utils._surrogates_replaced(kwds['decoded'])
        self = str.__new__(cls, kwds['decoded'])
        del kwds['decoded']
        self.init(name, **kwds)
        return self

    def init(self, name, *, defects, **_):
        self._name = name
        self._defects = defects

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (_reconstruct_header, (self.__class__.__name__, self.__class__.__bases__,
                                      str(self)), self.__dict__)

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def _fold_tree(self):
        return _folding.unstructured(str(self))

    def fold(self, *, policy):
        """The header as it goes on the wire: 'Name: value' folded, with linesep."""
        return _folding.fold_header(self.name, self._fold_tree(), policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = _decode_words(str(value), kwds['defects'])


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date: .datetime is the parsed value (None if unparsable)."""

    max_count = None
    value_parser = None

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(errors.InvalidDateDefect('Invalid date value or format'))
                kwds['datetime'] = None
                return
        kwds['datetime'] = value
        kwds['decoded'] = utils.format_datetime(kwds['datetime'])

    def init(self, *args, **kw):
        self._datetime = kw.pop('datetime')
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


def _split_address_list(value):
    """Cut an address list into ('plain', text) and ('group', name, members)
    pieces, looking only at ':' and ';' outside quotes, comments and <>."""
    pieces = []
    start = 0
    i = 0
    n = len(value)
    quoted = False
    comment = 0
    angle = False
    group_name = None
    while i < n:
        ch = value[i]
        if quoted or comment:
            if ch == '\\':
                i += 1
            elif quoted and ch == '"':
                quoted = False
            elif comment and ch == '(':
                comment += 1
            elif comment and ch == ')':
                comment -= 1
        elif ch == '"':
            quoted = True
        elif ch == '(':
            comment = 1
        elif ch == '<':
            angle = True
        elif ch == '>':
            angle = False
        elif ch == ':' and not angle and group_name is None:
            name_start = max(value.rfind(',', start, i) + 1, start)
            if value[start:name_start].strip():
                pieces.append(('plain', value[start:name_start]))
            group_name = value[name_start:i]
            start = i + 1
        elif ch == ';' and group_name is not None:
            pieces.append(('group', group_name, value[start:i]))
            group_name = None
            start = i + 1
        i += 1
    if group_name is not None:
        pieces.append(('group', group_name, value[start:]))
    elif value[start:].strip():
        pieces.append(('plain', value[start:]))
    return pieces


class AddressHeader:
    """A list of addresses and groups: .groups and .addresses."""

    max_count = None

    @staticmethod
    def _addresses(text):
        found = []
        for name, addr in _AddressList(text).addresslist:
            if not name and not addr:
                continue
            user, at, domain = addr.rpartition('@')
            if not at:
                user, domain = addr, ''
            found.append(Address(_decode_words(name, []), user, domain))
        return found

    @classmethod
    def value_parser(cls, value):
        """The groups of an address list: 'name: a, b;' is a named group,
        every other address a group of its own with display_name None."""
        groups = []
        for kind, *pieces in _split_address_list(value):
            if kind == 'group':
                name, body = pieces
                groups.append(Group(_decode_words(utils.unquote(name.strip()), []),
                                    cls._addresses(body)))
            else:
                groups.extend(Group(None, [addr]) for addr in cls._addresses(pieces[0]))
        return groups

    @classmethod
    def parse(cls, value, kwds):
        kwds['fold_source'] = None
        if isinstance(value, str):
            groups = cls.value_parser(value)
            if not groups and value.strip():
                kwds['defects'].append(errors.InvalidHeaderDefect(
                    "expected address but found {!r}".format(value)))
            # Folding keeps the source's spelling (its quotes, comments...).
            kwds['fold_source'] = _decode_words(value, [])
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [item if hasattr(item, 'addresses') else Group(None, [item])
                      for item in value]
        kwds['groups'] = groups
        kwds['decoded'] = ', '.join(str(item) for item in groups)

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop('groups'))
        self._fold_source = kw.pop('fold_source')
        self._addresses = None
        super().init(*args, **kw)

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(a for g in self._groups for a in g.addresses)
        return self._addresses

    def _fold_tree(self):
        if self._fold_source is not None:
            return _folding.address_list(self._fold_source)
        return _folding.address_list(str(self))


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(("value of single address header {} is not "
                              "a single address").format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    """MIME-Version: .version, .major, .minor."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = str(value).strip()
        match = re.match(r'(\d+)\s*\.\s*(\d+)', text)
        if match:
            kwds['major'], kwds['minor'] = int(match.group(1)), int(match.group(2))
            kwds['version'] = '{}.{}'.format(kwds['major'], kwds['minor'])
        else:
            kwds['major'] = kwds['minor'] = kwds['version'] = None
            if not text:
                kwds['defects'].append(errors.HeaderMissingRequiredValue())
        kwds['decoded'] = kwds['version'] if kwds['version'] is not None else text

    def init(self, *args, **kw):
        self._version = kw.pop('version')
        self._major = kw.pop('major')
        self._minor = kw.pop('minor')
        super().init(*args, **kw)

    @property
    def major(self):
        return self._major

    @property
    def minor(self):
        return self._minor

    @property
    def version(self):
        return self._version


class ParameterizedMIMEHeader:
    """A value with parameters: .params maps lower-cased names to decoded values."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        from email.message import _split_semicolons as _parseparam
        text = _decode_words(str(value), kwds['defects'])
        parts = _parseparam(text)
        main = parts[0] if parts else ''
        pairs = [('', '')]
        for piece in parts[1:]:
            if '=' in piece:
                pname, pval = piece.split('=', 1)
                pairs.append((pname.strip().lower(), pval.strip()))
            elif piece:
                pairs.append((piece.strip().lower(), ''))
        params = {}
        for pname, pval in utils.decode_params(pairs)[1:]:
            params[pname] = utils.collapse_rfc2231_value(pval)
        kwds['main_value'] = main
        kwds['params'] = params
        kwds['decoded'] = cls._render(main, params)

    @staticmethod
    def _render(main, params):
        parts = [main]
        for pname, pval in params.items():
            if pval == '':
                parts.append(pname)
            else:
                parts.append('{}={}'.format(pname, quote_string(pval)))
        return '; '.join(parts)

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        self._main_value = kw.pop('main_value')
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)

    def _fold_tree(self):
        main = _folding.unstructured(self._main_value.strip())
        return _folding.group('mime-header', main.parts + [
            _folding.MimeParameters(list(self._params.items()))])


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: .content_type, .maintype, .subtype."""

    def init(self, *args, **kw):
        super().init(*args, **kw)
        main = self._main_value.strip().lower()
        if main.count('/') == 1 and all(main.split('/')):
            self._maintype, self._subtype = main.split('/')
        else:
            self._maintype, self._subtype = 'text', 'plain'

    @property
    def maintype(self):
        return self._maintype

    @property
    def subtype(self):
        return self._subtype

    @property
    def content_type(self):
        return self.maintype + '/' + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: .content_disposition ('inline', 'attachment')."""

    def init(self, *args, **kw):
        super().init(*args, **kw)
        cd = self._main_value.strip()
        self._content_disposition = cd.lower() if cd else None

    @property
    def content_disposition(self):
        return self._content_disposition


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: .cte, lower case."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = str(value).strip()
        kwds['cte'] = utils._surrogates_replaced(kwds['decoded'].lower())

    def init(self, *args, **kw):
        self._cte = kw.pop('cte')
        super().init(*args, **kw)

    @property
    def cte(self):
        return self._cte


class MessageIDHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = str(value).strip()

    def _fold_tree(self):
        return _folding.group('msg-id', [_folding.fixed('msg-id', str(self))]
                              if str(self) else [])


_default_header_map = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """Maps header names to header classes; calling it makes a header object."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)

    def map_to_type(self, name, cls):
        """Use cls for headers called name."""
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type('_' + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
