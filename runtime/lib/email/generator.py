"""Writing a message tree out as text (Generator) or bytes (BytesGenerator), or as a
readable summary of its text parts (DecodedGenerator)."""

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

import copy
import random
import re
import sys
import time

from email.charset import Charset
from email.utils import _holds_surrogates, collapse_rfc2231_value, quote

_LINE_END = re.compile(r'\r\n|\r|\n')
_FROM_LINE = re.compile(r'^From ', re.MULTILINE)
_DEFAULT_FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


def _fresh_boundary(text):
    """A boundary like '===============<19 digits>==' that no line of text uses."""
    base = '=' * 15 + '{:019d}'.format(random.randrange(sys.maxsize)) + '=='
    candidate = base
    tries = 0
    while re.search('^--' + re.escape(candidate) + '(--)?$', text, re.MULTILINE):
        candidate = '{}.{}'.format(base, tries)
        tries += 1
    return candidate


class Generator:
    """Writes messages to outfp as text.  mangle_from_ (default: the policy's,
    or True without a policy) puts '>' before body lines starting 'From ';
    maxheaderlen overrides the policy's max_line_length; policy (default: each
    message's own) decides header folding and line endings."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy
        self._pending = None  # output being built by flatten()

    def write(self, s):
        if self._pending is not None:
            self._pending.append(s)
        else:
            self._fp.write(s)

    def clone(self, fp):
        """A generator like this one writing to fp."""
        return type(self)(fp, self._mangle_from_, None, policy=self.policy)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write msg (and its subparts); with unixfrom, its envelope line first.
        linesep overrides the policy's line ending."""
        policy = msg.policy if self.policy is None else self.policy
        if linesep is not None:
            policy = policy.clone(linesep=linesep)
        if self.maxheaderlen is not None:
            policy = policy.clone(max_line_length=self.maxheaderlen)
        pieces = []
        if unixfrom:
            envelope = msg.get_unixfrom() or 'From nobody ' + time.ctime(time.time())
            pieces.append(envelope + policy.linesep)
        pieces.append(self._render(msg, policy))
        self._emit(''.join(pieces))

    def _emit(self, text):
        self._fp.write(text)

    # -- one message: its body first (writing it may set a boundary), then headers

    def _render(self, msg, policy):
        body, changes = self._body(msg, policy)
        if changes is not None:
            msg = self._with_changes(msg, *changes)
        head = ''.join(self._fold(policy, name, value) for name, value in msg.raw_items())
        return head + policy.linesep + body

    def _fold(self, policy, name, value):
        return policy.fold(name, value)

    @staticmethod
    def _with_changes(msg, cte, charset):
        # A re-encoded body needs headers that say so; the message stays as it was.
        shown = copy.deepcopy(msg)
        ctype = [msg.get_params()[0][0]]
        for name, value in msg.get_params()[1:]:
            if name.lower() == 'charset':
                value = charset
            ctype.append('{}="{}"'.format(name, quote(value)) if value else name)
        shown.replace_header('Content-Type', '; '.join(ctype))
        if 'content-transfer-encoding' in shown:
            shown.replace_header('Content-Transfer-Encoding', cte)
        else:
            shown['Content-Transfer-Encoding'] = cte
        return shown

    def _body(self, msg, policy):
        """(body text, None or the (cte, charset) the headers must show)."""
        ctype = msg.get_content_type()
        maintype = msg.get_content_maintype()
        if ctype == 'multipart/signed':
            # Signed parts must go out exactly as they came: no refolding.
            return self._multipart_body(msg, policy.clone(max_line_length=0)), None
        if maintype == 'multipart':
            return self._multipart_body(msg, policy), None
        if ctype == 'message/delivery-status':
            return self._status_body(msg, policy), None
        if maintype == 'message':
            return self._message_body(msg, policy), None
        return self._text_body(msg, policy)

    def _lines(self, text, policy):
        return _LINE_END.sub(policy.linesep, text)

    def _mangled(self, text):
        return _FROM_LINE.sub('>From ', text) if self._mangle_from_ else text

    def _text_body(self, msg, policy):
        payload = msg.get_payload()
        if payload is None:
            return '', None
        if not isinstance(payload, str):
            raise TypeError('string payload expected: %s' % type(payload))
        changes = None
        raw = msg._payload
        if _holds_surrogates(raw):
            # Bytes parsed from a binary source, kept as surrogate escapes.
            charset = msg.get_param('charset')
            if charset is not None:
                payload, changes = self._reencoded(raw, charset)
            else:
                # Bytes of unknown meaning: each one shows as U+FFFD.
                payload = raw.encode('ascii', 'surrogateescape').decode('ascii', 'replace')
        return self._lines(self._mangled(payload), policy), changes

    @staticmethod
    def _reencoded(payload, charset):
        """8-bit text (as surrogate escapes) re-encoded for a text stream with its
        charset's body encoding; returns (body, (cte, charset))."""
        if isinstance(charset, tuple):
            charset = collapse_rfc2231_value(charset)
        text = payload.encode('ascii', 'surrogateescape').decode(charset, 'replace')
        target = Charset(charset)
        body = target.body_encode(text)
        cte = target.get_body_encoding()
        if not isinstance(cte, str):
            cte = '7bit' if body.isascii() else '8bit'
        return body, (cte, target.get_output_charset())

    def _multipart_body(self, msg, policy):
        parts = msg.get_payload()
        if parts is None:
            parts = []
        elif isinstance(parts, str):
            return self._lines(parts, policy)
        nl = policy.linesep
        texts = [self._render(part, policy) for part in parts]
        boundary = msg.get_boundary()
        if not boundary:
            boundary = _fresh_boundary(nl.join(texts))
            msg.set_boundary(boundary)
        out = []
        if msg.preamble is not None:
            out.append(self._lines(self._mangled(msg.preamble), policy) + nl)
        out.append('--' + boundary + nl)
        out.append((nl + '--' + boundary + nl).join(texts))
        out.append(nl + '--' + boundary + '--' + nl)
        if msg.epilogue is not None:
            out.append(self._lines(self._mangled(msg.epilogue), policy))
        return ''.join(out)

    def _message_body(self, msg, policy):
        payload = msg.get_payload()
        if isinstance(payload, list):
            return self._render(payload[0], policy)
        return '' if payload is None else self._lines(payload, policy)

    def _status_body(self, msg, policy):
        # Header blocks one after another, each ended by one blank line.
        nl = policy.linesep
        blocks = []
        for block in msg.get_payload():
            text = self._render(block, policy)
            blocks.append(text[:-len(nl)] if text.endswith(nl) else text)
        return nl.join(blocks)


class BytesGenerator(Generator):
    """A Generator writing bytes: headers through the policy's fold_binary, 8-bit
    bodies as their original bytes unless the policy's cte_type is '7bit'."""

    def write(self, s):
        super().write(s.encode('ascii', 'surrogateescape') if self._pending is None else s)

    def _emit(self, text):
        self._fp.write(text.encode('ascii', 'surrogateescape'))

    def _fold(self, policy, name, value):
        # Bytes travel inside str as surrogate escapes until _emit.
        return policy.fold_binary(name, value).decode('ascii', 'surrogateescape')

    def _text_body(self, msg, policy):
        payload = msg._payload
        if payload is None:
            return '', None
        if isinstance(payload, str) and _holds_surrogates(payload) and policy.cte_type != '7bit':
            if self._mangle_from_:
                # The message keeps the mangled body, as it was written.
                msg._payload = payload = _FROM_LINE.sub('>From ', payload)
            return self._lines(payload, policy), None
        return super()._text_body(msg, policy)


class DecodedGenerator(Generator):
    """Writes a message's headers, then its text parts' payloads and, for every
    other part, a line made from fmt (keys: type, maintype, subtype, filename,
    description, encoding)."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *, policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = _DEFAULT_FMT if fmt is None else fmt

    def clone(self, fp):
        return type(self)(fp, self._mangle_from_, None, self._fmt, policy=self.policy)

    def _body(self, msg, policy):
        self._pending = []
        try:
            for part in msg.walk():
                maintype = part.get_content_maintype()
                if maintype == 'text':
                    print(part.get_payload(decode=False), file=self)
                elif maintype != 'multipart':
                    print(self._fmt % {
                        'type': part.get_content_type(),
                        'maintype': maintype,
                        'subtype': part.get_content_subtype(),
                        'filename': part.get_filename('[no filename]'),
                        'description': part.get('Content-Description', '[no description]'),
                        'encoding': part.get('Content-Transfer-Encoding', '[no encoding]'),
                    }, file=self)
            return ''.join(self._pending), None
        finally:
            self._pending = None
