"""Header objects for the modern policies: each header is a str (its decoded value)
with attributes parsed from it (addresses, dates, MIME parameters...) and a fold()
that writes it RFC 5322-style.  HeaderRegistry maps header names to classes."""

import re
from types import MappingProxyType

from email import _folding, errors, utils
from email._parseaddr import AddressList

# Characters that make a display name (or group name) need quoting.
_NAME_SPECIALS = set('()<>@,:;.\\"[]')
# ...and a local part: the same less '.', plus white space.
_LOCAL_SPECIALS = (_NAME_SPECIALS - {'.'}) | set(' \t')


def _quoted_if(text, specials):
    return _folding.quote_string(text) if any(ch in specials for ch in text) else text


# ---------------------------------------------------------------- values

class Address:
    """A mailbox: display_name, username (local part) and domain."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        parts = ''.join(filter(None, (display_name, username, domain, addr_spec)))
        if '\r' in parts or '\n' in parts:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or domain "
                                "also specified")
            username, domain = _split_addr_spec(addr_spec)
        self._parts = (display_name, username, domain)

    display_name = property(lambda self: self._parts[0])
    username = property(lambda self: self._parts[1])
    domain = property(lambda self: self._parts[2])

    @property
    def addr_spec(self):
        """username@domain, the local part quoted when it must be; '<>' if empty."""
        local = _quoted_if(self.username, _LOCAL_SPECIALS)
        if self.domain:
            return local + '@' + self.domain
        return local or '<>'

    def __repr__(self):
        shown, user, host = self._parts
        return f"{type(self).__name__}(display_name={shown!r}, username={user!r}, domain={host!r})"

    def __str__(self):
        name = _quoted_if(self.display_name, _NAME_SPECIALS)
        if not name:
            return self.addr_spec
        spec = '' if self.addr_spec == '<>' else self.addr_spec
        return '{} <{}>'.format(name, spec)

    def __eq__(self, other):
        return self._parts == other._parts if isinstance(other, Address) else NotImplemented

    __hash__ = None


def _split_addr_spec(text):
    """'local@domain' -> (local unquoted, domain); the whole text must be one."""
    match = re.match(r'\s*("(?:[^"\\]|\\.)*"|[^\s@"<>(),;:]+)\s*(?:@\s*([^\s@"<>(),;:]*))?\s*',
                     text)
    used = match.group(0) if match else ''
    if used != text:
        raise ValueError("Invalid addr_spec; only '{}' could be parsed from '{}'".format(
            used, text))
    local, domain = match.group(1), match.group(2)
    if domain is None:
        raise errors.InvalidHeaderDefect('addr-spec local part with no domain')
    return utils.unquote(local), domain


class Group:
    """A named group of addresses ('Name: a@b, c@d;'), or with display_name
    None one address standing alone."""

    def __init__(self, display_name=None, addresses=None):
        self._parts = (display_name, tuple(addresses or ()))

    display_name = property(lambda self: self._parts[0])
    addresses = property(lambda self: self._parts[1])

    def __repr__(self):
        shown, members = self._parts
        # CPython 3.11 prints no closing parenthesis here; neither do we.
        return f"{type(self).__name__}(display_name={shown!r}, addresses={members!r}"

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None:
            name = _quoted_if(name, _NAME_SPECIALS)
        members = ', '.join(str(a) for a in self.addresses)
        return '{}:{};'.format(name, ' ' + members if members else '')

    def __eq__(self, other):
        return self._parts == other._parts if isinstance(other, Group) else NotImplemented

    __hash__ = None


# ---------------------------------------------------------------- base class

class BaseHeader(str):
    """A header value as a str, plus name, defects and fold().  Concrete
    classes provide parse(value, kwds), filling kwds['decoded'] (the str
    value), kwds['parse_tree'] (its folding token tree) and their own
    attributes for init()."""

    def __new__(cls, name, value):
        found = {'defects': []}
        cls.parse(value, found)
        # Raw bytes (surrogate escapes) show as text; the tree keeps them.
        shown = utils._surrogates_replaced(found.pop('decoded'))
        header = super().__new__(cls, shown)
        header.init(name, **found)
        return header

    def init(self, name, *, parse_tree, defects, **facts):
        # facts: what parse() found besides the text (datetime, params...).
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects
        self._facts = facts

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        # The class is made on the fly by a registry: rebuild it the same way.
        first = type(self).__bases__[0]
        return (_rebuild_header, (type(self).__name__, first, type(self).__bases__[1:],
                                  self.name, str(self)), None)

    def fold(self, *, policy):
        """'Name: value' folded to the policy's line length, ending with its linesep."""
        return _folding.fold_header(self.name, self._parse_tree, policy)


def _rebuild_header(class_name, kind, bases, name, value):
    return type(class_name, (kind,) + bases, {})(name, value)


# ---------------------------------------------------------------- unstructured

class UnstructuredHeader:
    """Free text; encoded words in the source are decoded."""

    max_count = None

    @staticmethod
    def value_parser(value):
        return _folding.unstructured(_folding.decode_words(value))

    @classmethod
    def parse(cls, value, kwds):
        decoded = _folding.decode_words(value, kwds['defects'])
        kwds['parse_tree'] = _folding.unstructured(decoded)
        kwds['decoded'] = decoded


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


# ---------------------------------------------------------------- dates

class DateHeader:
    """A date: the datetime attribute, None when the value is not a valid
    RFC 5322 date.  A datetime value is written in RFC 5322 form."""

    max_count = None
    value_parser = staticmethod(_folding.unstructured)

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            kwds['parse_tree'] = _folding.unstructured('')
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(errors.InvalidDateDefect('Invalid date value or format'))
                value = None
        else:
            kwds['decoded'] = utils.format_datetime(value)
        kwds['datetime'] = value
        # An unreadable date is not written back out (CPython folds it empty).
        kwds['parse_tree'] = _folding.unstructured(kwds['decoded'] if value else '')

    datetime = property(lambda self: self._facts['datetime'])


class UniqueDateHeader(DateHeader):
    max_count = 1


# ---------------------------------------------------------------- addresses

def _top_level_split(text):
    """Mailbox texts and groups of an address list: [('mailbox', text)] or
    [('group', name text, [mailbox texts])], commas and colons inside quotes,
    comments and angle brackets left alone."""
    items = []
    group = None
    start = 0
    depth = 0
    quoted = angle = False
    i = 0

    def flush(end):
        piece = text[start:end]
        if piece.strip():
            (group[2] if group is not None else items).append(piece)

    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '\\':
                i += 1
            elif ch == '"':
                quoted = False
        elif depth:
            if ch == '\\':
                i += 1
            elif ch == '(':
                depth += 1
            elif ch == ')':
                depth -= 1
        elif ch == '"':
            quoted = True
        elif ch == '(':
            depth = 1
        elif ch == '<':
            angle = True
        elif ch == '>':
            angle = False
        elif not angle and ch == ',':
            flush(i)
            start = i + 1
        elif not angle and ch == ':' and group is None:
            group = ['group', text[start:i], []]
            start = i + 1
        elif not angle and ch == ';' and group is not None:
            flush(i)
            items.append(group)
            group = None
            start = i + 1
        i += 1
    flush(len(text))
    if group is not None:
        items.append(group)
    return items


def _without_comments(text):
    """text less its (comments); quoted strings keep theirs."""
    out = []
    depth = 0
    quoted = False
    escaped = False
    for ch in text:
        if escaped:
            escaped = False
            if not depth:
                out.append(ch)
            continue
        if ch == '\\':
            escaped = True
        elif quoted:
            quoted = ch != '"'
        elif ch == '(':
            depth += 1
            continue
        elif ch == ')' and depth:
            depth -= 1
            continue
        elif ch == '"' and not depth:
            quoted = True
        if not depth:
            out.append(ch)
    return ''.join(out)


def _mailbox(text, defects):
    """An Address from one mailbox's text (comments are not display names)."""
    found = AddressList(_without_comments(text)).addresslist
    name, spec = found[0] if found else ('', '')
    name = _folding.decode_words(name, defects)
    if '@' in spec:
        local, _, domain = spec.rpartition('@')
    else:
        local, domain = spec or text.strip(), ''
        defects.append(errors.InvalidHeaderDefect('addr-spec local part with no domain'))
    return Address(name, utils.unquote(local), domain)


def _name_of(text, defects):
    text = text.strip()
    if text.startswith('"'):
        text = utils.unquote(text)
    return _folding.decode_words(text, defects)


class AddressHeader:
    """A list of addresses and groups: groups (each lone address in a Group
    of display_name None) and addresses (all of them, flattened)."""

    max_count = None
    value_parser = staticmethod(_folding.address_list)

    @classmethod
    def parse(cls, value, kwds):
        defects = kwds['defects']
        if isinstance(value, str):
            source = value
            groups = []
            for item in _top_level_split(value):
                if isinstance(item, str):
                    groups.append(Group(None, [_mailbox(item, defects)]))
                else:
                    groups.append(Group(_name_of(item[1], defects),
                                        [_mailbox(m, defects) for m in item[2]]))
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [Group(None, [item]) if not hasattr(item, 'addresses') else item
                      for item in value]
            source = None
        kwds['groups'] = groups
        kwds['defects'] = defects
        kwds['decoded'] = ', '.join(str(g) for g in groups)
        # The source's own spelling folds; objects fold as they print.
        kwds['parse_tree'] = _folding.address_list(
            kwds['decoded'] if source is None else source)

    groups = property(lambda self: tuple(self._facts['groups']))

    @property
    def addresses(self):
        return tuple(a for g in self._facts['groups'] for a in g.addresses)


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):
    """An address header holding exactly one address."""

    @property
    def address(self):
        found = self.addresses
        if len(found) == 1:
            return found[0]
        raise ValueError("value of single address header {} is not a single "
                         "address".format(self.name))


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


# ---------------------------------------------------------------- MIME headers

class MIMEVersionHeader:
    """MIME-Version: version ('1.0'), major and minor (None when unreadable)."""

    max_count = 1
    value_parser = staticmethod(_folding.unstructured)

    @classmethod
    def parse(cls, value, kwds):
        text = re.sub(r'\([^)]*\)', ' ', value)
        match = re.fullmatch(r'\s*(\d+)\s*\.\s*(\d+)\s*', text)
        if match:
            kwds['major'], kwds['minor'] = int(match.group(1)), int(match.group(2))
            kwds['version'] = '{}.{}'.format(kwds['major'], kwds['minor'])
        else:
            kwds['major'] = kwds['minor'] = kwds['version'] = None
            kwds['defects'].append(
                errors.HeaderMissingRequiredValue() if not value.strip()
                else errors.InvalidHeaderDefect('Invalid MIME-Version value'))
        kwds['decoded'] = value
        kwds['parse_tree'] = _folding.unstructured(value)

    major = property(lambda self: self._facts['major'])
    minor = property(lambda self: self._facts['minor'])
    version = property(lambda self: self._facts['version'])


def _mime_parameters(text, defects):
    """[(name as written, value)] of the parameters after the first ';', RFC 2231
    sections joined and decoded."""
    from email.message import _split_semicolons
    pieces = _split_semicolons(text)[1:]
    raw = [('', '')]
    spelled = {}
    for piece in pieces:
        name, eq, value = piece.partition('=')
        name = name.strip()
        if not name:
            continue
        if not eq:
            defects.append(errors.InvalidHeaderDefect(
                'Parameter contains name ({}) but no value'.format(name)))
            continue
        raw.append((name, value.strip()))
    # Remember each name's own spelling (the text lower-cases it for us).
    for piece in re.finditer(r';\s*([^=;\s*]+)', str(text)):
        spelled.setdefault(piece.group(1).lower(), piece.group(1))
    params = []
    for name, value in utils.decode_params(raw)[1:]:
        if isinstance(value, tuple):
            value = value[:2] + (utils.unquote(value[2]),)
        value = utils.collapse_rfc2231_value(value)
        params.append((spelled.get(name, name), value))
    return params


class ParameterizedMIMEHeader:
    """A MIME header with '; name=value' parameters: params (a read-only
    mapping, names in lower case, values decoded)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        defects = kwds['defects']
        main = value.partition(';')[0].strip()
        params = _mime_parameters(value, defects) if ';' in value else []
        kwds['main_value'] = main
        kwds['params'] = {name.lower(): utils._surrogates_replaced(v) for name, v in params}
        text = main + ''.join('; {}={}'.format(n, _folding.quote_string(v)) for n, v in params)
        kwds['decoded'] = text
        parts = [_folding.fixed('value', main)] if main else []
        if params:
            parts.append(_folding.MimeParameters(params))
        # Not one unit for the folder: it may break after the value's ';'.
        kwds['parse_tree'] = _folding.group('mime-header', parts, syntactic_break=False)

    params = property(lambda self: MappingProxyType(self._facts['params']))


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: content_type, maintype, subtype (text/plain when invalid)."""

    value_parser = staticmethod(_folding.unstructured)

    @classmethod
    def parse(cls, value, kwds):
        super().parse(value, kwds)
        main = kwds.pop('main_value')
        halves = [half.strip() for half in main.lower().split('/')]
        if len(halves) == 2 and all(halves):
            kwds['maintype'], kwds['subtype'] = halves
            return
        # Unreadable: RFC 2045 says to treat the part as plain text.
        kwds['maintype'], kwds['subtype'] = 'text', 'plain'
        kwds['defects'].append(errors.InvalidHeaderDefect(
            'Invalid content type {!r}'.format(main)) if main
            else errors.HeaderMissingRequiredValue())

    maintype = property(lambda self: self._facts['maintype'])
    subtype = property(lambda self: self._facts['subtype'])

    @property
    def content_type(self):
        return '/'.join((self.maintype, self.subtype))


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: content_disposition ('inline', 'attachment'...)."""

    value_parser = staticmethod(_folding.unstructured)

    @classmethod
    def parse(cls, value, kwds):
        super().parse(value, kwds)
        kwds['content_disposition'] = kwds.pop('main_value').lower() or None

    content_disposition = property(lambda self: self._facts['content_disposition'])


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: cte, in lower case."""

    max_count = 1
    value_parser = staticmethod(_folding.unstructured)

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = value
        kwds['cte'] = value.strip().lower()
        kwds['parse_tree'] = _folding.group('cte', [_folding.fixed('token', value)])

    cte = property(lambda self: utils._surrogates_replaced(self._facts['cte']))


class MessageIDHeader:
    """Message-ID: '<left@right>'; anything else is recorded as a defect."""

    max_count = 1
    value_parser = staticmethod(_folding.unstructured)

    @classmethod
    def parse(cls, value, kwds):
        if not re.fullmatch(r'\s*<[^<>@\s]+@[^<>@\s]+>\s*', value):
            kwds['defects'].append(errors.InvalidHeaderDefect(
                'Invalid msg-id: {!r}'.format(value)))
        kwds['decoded'] = value
        kwds['parse_tree'] = _folding.group('msg-id', [_folding.fixed('msg-id', value)])


# ---------------------------------------------------------------- registry

def _name_to_class():
    """Header name (lower case) -> the class its values get by default."""
    table = {name: UniqueAddressHeader for name in ('from', 'to', 'cc', 'bcc', 'reply-to')}
    table.update(('resent-' + name, AddressHeader) for name in ('from', 'to', 'cc', 'bcc'))
    table.update(sender=UniqueSingleAddressHeader, subject=UniqueUnstructuredHeader,
                 date=UniqueDateHeader)
    table['resent-sender'] = SingleAddressHeader
    table['resent-date'] = DateHeader
    table['orig-date'] = UniqueDateHeader
    table['mime-version'] = MIMEVersionHeader
    for suffix, cls in (('type', ContentTypeHeader), ('disposition', ContentDispositionHeader),
                        ('transfer-encoding', ContentTransferEncodingHeader)):
        table['content-' + suffix] = cls
    table['message-id'] = MessageIDHeader
    return table


_default_header_map = _name_to_class()


class HeaderRegistry:
    """Makes header objects: name -> a class combining the specialised class
    registered for that name (default_class otherwise) with base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = dict(_default_header_map) if use_default_map else {}
        self.base_class = base_class
        self.default_class = default_class

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        kind = self.registry.get(name.lower(), self.default_class)
        # A fresh class per lookup, named after the specialised one.
        return type(f'_{kind.__name__}', (kind, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
