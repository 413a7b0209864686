"""Content managers: get_content()/set_content() of MIMEPart dispatch here to
handlers chosen by the part's MIME type (get) or by the object's type (set).
raw_data_manager, the default, handles text (str), bytes and Message objects."""

import binascii

from email import errors, quoprimime
from email.charset import ALIASES


class ContentManager:
    """A registry of get handlers keyed by MIME type and set handlers keyed by
    Python type."""

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        """handler(msg, ...) gets content of type key: 'maintype/subtype',
        'maintype', or '' for anything."""
        self.get_handlers[key] = handler

    def get_content(self, msg, *args, **kw):
        ctype = msg.get_content_type()
        for key in (ctype, msg.get_content_maintype(), ''):
            if key in self.get_handlers:
                return self.get_handlers[key](msg, *args, **kw)
        raise KeyError(ctype)

    def add_set_handler(self, typekey, handler):
        """handler(msg, obj, ...) stores objects of typekey: a type, its
        'module.qualname', its qualname or name (base classes count), or None."""
        self.set_handlers[typekey] = handler

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        handler = self._setter_for(obj)
        msg.clear_content()
        handler(msg, obj, *args, **kw)

    def _setter_for(self, obj):
        for cls in type(obj).__mro__:
            for key in (cls, '{}.{}'.format(cls.__module__, cls.__qualname__),
                        cls.__qualname__, cls.__name__):
                if key in self.set_handlers:
                    return self.set_handlers[key]
        if None in self.set_handlers:
            return self.set_handlers[None]
        top = type(obj)
        raise KeyError('{}.{}'.format(top.__module__, top.__qualname__))


raw_data_manager = ContentManager()


# ---------------------------------------------------------------- getting

def get_text_content(msg, errors='replace'):
    """The decoded payload as text in its declared charset (ASCII by default)."""
    raw = msg.get_payload(decode=True)
    return raw.decode(msg.get_param('charset', 'ASCII'), errors=errors)


def get_non_text_content(msg):
    return msg.get_payload(decode=True)


def get_message_content(msg):
    return msg.get_payload(0)


def get_and_fixup_unknown_message_content(msg):
    # Other message/* types come back as the bytes of the enclosed message.
    return bytes(msg.get_payload(0))


raw_data_manager.add_get_handler('text', get_text_content)
for _maintype in ('audio', 'image', 'video', 'application'):
    raw_data_manager.add_get_handler(_maintype, get_non_text_content)
for _subtype in ('rfc822', 'external-body'):
    raw_data_manager.add_get_handler('message/' + _subtype, get_message_content)
raw_data_manager.add_get_handler('message', get_and_fixup_unknown_message_content)


# ---------------------------------------------------------------- setting

def _start_part(msg, maintype, subtype, headers):
    """Content-Type first, then any extra headers (strings or header objects)."""
    msg['Content-Type'] = maintype + '/' + subtype
    if not headers:
        return
    policy = msg.policy
    if not hasattr(headers[0], 'name'):
        headers = [policy.header_factory(*policy.header_source_parse([line]))
                   for line in headers]
    for header in headers:
        if header.defects:
            raise ValueError("Invalid header: {}".format(header.fold(policy=policy))) \
                from header.defects[0]
        msg[header.name] = header


def _finish_part(msg, disposition, filename, cid, params):
    """Content-Disposition (attachment when only a filename is given),
    Content-ID and extra Content-Type parameters."""
    if filename is not None and disposition is None:
        disposition = 'attachment'
    if disposition is not None:
        msg['Content-Disposition'] = disposition
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition', replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    for key, value in (params or {}).items():
        msg.set_param(key, value)


def _base64_lines(data, max_line_length):
    """data as base64 lines of at most max_line_length characters."""
    chunk = max_line_length // 4 * 3
    return ''.join(binascii.b2a_base64(data[start:start + chunk]).decode('ascii')
                   for start in range(0, len(data), chunk))


def _text_transfer(string, charset, cte, policy):
    """(cte, payload) for string in charset.  Without a cte: 7bit if it is
    ASCII with short lines, else 8bit if the policy allows, else whichever of
    quoted-printable and base64 is shorter on the first ten lines."""
    lines = string.encode(charset).splitlines()
    wire_end = policy.linesep.encode('ascii')
    plain = b'\n'.join(lines) + b'\n'  # even no text is one (empty) line
    if cte is None:
        fits = all(len(line) <= policy.max_line_length for line in lines)
        if fits and plain.isascii():
            return '7bit', plain.decode('ascii')
        if fits and policy.cte_type == '8bit':
            return '8bit', plain.decode('ascii', 'surrogateescape')
        sample = wire_end.join(lines[:10]) + wire_end
        as_qp = quoprimime.body_encode(sample.decode('latin-1'), policy.max_line_length)
        as_b64 = binascii.b2a_base64(sample)
        cte = 'base64' if len(as_qp) > len(as_b64) else 'quoted-printable'
    if cte == '7bit':
        return cte, plain.decode('ascii')
    if cte == '8bit':
        return cte, plain.decode('ascii', 'surrogateescape')
    if cte == 'quoted-printable':
        return cte, quoprimime.body_encode(plain.decode('latin-1'), policy.max_line_length)
    if cte == 'base64':
        wired = wire_end.join(lines) + wire_end
        return cte, _base64_lines(wired, policy.max_line_length)
    raise ValueError("Unknown content transfer encoding {}".format(cte))


def set_text_content(msg, string, subtype='plain', charset='utf-8', cte=None,
                     disposition=None, filename=None, cid=None, params=None, headers=None):
    _start_part(msg, 'text', subtype, headers)
    cte, payload = _text_transfer(string, charset, cte, msg.policy)
    msg.set_payload(payload)
    msg.set_param('charset', ALIASES.get(charset, charset), replace=True)
    msg['Content-Transfer-Encoding'] = cte
    _finish_part(msg, disposition, filename, cid, params)


# message/* subtype -> (the transfer encodings it allows, the default one)
_MESSAGE_CTES = {
    'rfc822': ((None, '7bit', '8bit', 'binary'), '8bit'),
    'external-body': ((None, '7bit'), '7bit'),
}


def set_message_content(msg, message, subtype='rfc822', cte=None, disposition=None,
                        filename=None, cid=None, params=None, headers=None):
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message objects")
    allowed, default = _MESSAGE_CTES.get(subtype, (None, '7bit'))
    if allowed is not None and cte not in allowed:
        raise ValueError("message/{} parts do not support cte={}".format(subtype, cte))
    _start_part(msg, 'message', subtype, headers)
    msg.set_payload([message])
    msg['Content-Transfer-Encoding'] = default if cte is None else cte
    _finish_part(msg, disposition, filename, cid, params)


def set_bytes_content(msg, data, maintype, subtype, cte='base64', disposition=None,
                      filename=None, cid=None, params=None, headers=None):
    _start_part(msg, maintype, subtype, headers)
    if cte == 'base64':
        data = _base64_lines(data, msg.policy.max_line_length)
    elif cte == 'quoted-printable':
        data = binascii.b2a_qp(data, istext=False, header=False, quotetabs=True).decode('ascii')
    elif cte == '7bit':
        data = data.decode('ascii')
    elif cte in ('8bit', 'binary'):
        data = data.decode('ascii', 'surrogateescape')
    msg.set_payload(data)
    msg['Content-Transfer-Encoding'] = cte
    _finish_part(msg, disposition, filename, cid, params)


def _register_setters():
    from email.message import Message
    raw_data_manager.add_set_handler(str, set_text_content)
    raw_data_manager.add_set_handler(Message, set_message_content)
    for kind in (bytes, bytearray, memoryview):
        raw_data_manager.add_set_handler(kind, set_bytes_content)


_register_setters()
