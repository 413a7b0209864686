"""FeedParser: give it text in pieces with feed(), get the message tree from close().

The text is collected and parsed at close(); the result is the same as parsing
it all at once.  Problems in the input are recorded as defects, never raised
(unless the policy says raise_on_defect)."""

__all__ = ['FeedParser', 'BytesFeedParser']

import re

from email import errors
from email._policybase import compat32

NLCRE = re.compile(r'\r\n|\r|\n')
NLCRE_bol = re.compile(r'(\r\n|\r|\n)')
NLCRE_eol = re.compile(r'(\r\n|\r|\n)\Z')
NLCRE_crack = re.compile(r'(\r\n|\r|\n)')
# A header line: "From " (an envelope line), "name:", or a continuation.
headerRE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
EMPTYSTRING = ''
NL = '\n'


def _strip_eol(line):
    match = NLCRE_eol.search(line)
    return line[:match.start()] if match else line


class _Lines:
    """The input lines (each with its line ending) and a read position."""

    def __init__(self, lines, start=0, stop=None):
        self.lines = lines
        self.pos = start
        self.stop = len(lines) if stop is None else stop

    def at_end(self):
        return self.pos >= self.stop

    def next(self):
        line = self.lines[self.pos]
        self.pos += 1
        return line

    def rest(self):
        text = EMPTYSTRING.join(self.lines[self.pos:self.stop])
        self.pos = self.stop
        return text


class FeedParser:
    """A parser fed text in pieces."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._old_style_factory = False
        if _factory is None:
            if policy.message_factory is None:
                from email.message import Message
                self._factory = Message
            else:
                self._factory = policy.message_factory
        else:
            self._factory = _factory
            try:
                _factory(policy=self.policy)
            except TypeError:
                # A factory that does not know about policies.
                self._old_style_factory = True
        self._chunks = []
        self._headersonly = False
        self._closed_root = None

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Add more text."""
        self._chunks.append(data)

    def close(self):
        """Parse everything fed so far; return the root message."""
        if self._closed_root is not None:
            return self._closed_root
        text = EMPTYSTRING.join(self._chunks)
        self._chunks = []
        lines = text.splitlines(True)
        root = self._new_message()
        self._parse_message(root, _Lines(lines), top=True)
        if root.get_content_maintype() == 'multipart' and not root.is_multipart():
            self.policy.handle_defect(root, errors.MultipartInvariantViolationDefect())
        self._closed_root = root
        return root

    def _new_message(self):
        if self._old_style_factory:
            msg = self._factory()
        else:
            msg = self._factory(policy=self.policy)
        return msg

    # -- headers

    def _read_header_lines(self, msg, src):
        """Consume the header block (and the blank line after it); return its lines."""
        lines = []
        while not src.at_end():
            line = src.lines[src.pos]
            if not headerRE.match(line):
                if not NLCRE.match(line):
                    # Not a header and not blank: the body starts without a separator.
                    self.policy.handle_defect(msg, errors.MissingHeaderBodySeparatorDefect())
                else:
                    src.pos += 1
                break
            lines.append(line)
            src.pos += 1
        return lines

    def _parse_headers(self, msg, lines, src):
        name = ''
        value_lines = []
        for lineno, line in enumerate(lines):
            if line[0] in ' \t':
                if not name:
                    self.policy.handle_defect(
                        msg, errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                value_lines.append(line)
                continue
            if name:
                msg.set_raw(*self.policy.header_source_parse(value_lines))
                name, value_lines = '', []
            if line.startswith('From '):
                if lineno == 0:
                    msg.set_unixfrom(_strip_eol(line))
                    continue
                if lineno == len(lines) - 1:
                    # Probably the first line of the body: give it back.
                    src.pos -= 1
                    while src.lines[src.pos] is not line:
                        src.pos -= 1
                    return
                self.policy.handle_defect(msg, errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(':')
            if colon == 0:
                self.policy.handle_defect(msg, errors.InvalidHeaderDefect("Missing header name."))
                continue
            name = line[:colon]
            value_lines = [line]
        if name:
            msg.set_raw(*self.policy.header_source_parse(value_lines))

    # -- bodies

    def _parse_message(self, msg, src, top=False):
        header_lines = self._read_header_lines(msg, src)
        self._parse_headers(msg, header_lines, src)
        if self._headersonly:
            msg.set_payload(src.rest())
            return
        ctype = msg.get_content_type()
        if ctype == 'message/delivery-status':
            self._parse_delivery_status(msg, src)
        elif msg.get_content_maintype() == 'message':
            sub = self._new_message()
            self._parse_message(sub, src)
            msg.attach(sub)
        elif msg.get_content_maintype() == 'multipart':
            self._parse_multipart(msg, src)
        else:
            msg.set_payload(src.rest())

    def _parse_delivery_status(self, msg, src):
        # A sequence of header blocks, each one a sub-message with no body.
        while not src.at_end():
            block = self._new_message()
            header_lines = self._read_header_lines(block, src)
            self._parse_headers(block, header_lines, src)
            block.set_payload('')  # a block is headers only: its body is empty, not absent
            msg.attach(block)
            if not header_lines:
                break

    def _parse_multipart(self, msg, src):
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(src.rest())
            return
        cte = str(msg.get('content-transfer-encoding', '8bit')).lower()
        if cte not in ('7bit', '8bit', 'binary'):
            self.policy.handle_defect(
                msg, errors.InvalidMultipartContentTransferEncodingDefect())
        separator = '--' + boundary
        boundary_re = re.compile(
            '(?P<sep>' + re.escape(separator) +
            r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')

        # Find every boundary line of this multipart (not of nested ones:
        # those use other boundaries, and a close marker ends our search).
        marks = []
        closing = None
        for i in range(src.pos, src.stop):
            match = boundary_re.match(src.lines[i])
            if match:
                if match.group('end'):
                    closing = (i, match)
                    break
                marks.append(i)

        if not marks:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            if closing is not None:
                text = EMPTYSTRING.join(src.lines[src.pos:closing[0]])
                src.pos = src.stop
            else:
                text = src.rest()
            msg.set_payload(text)
            msg.epilogue = ''
            return

        preamble = src.lines[src.pos:marks[0]]
        if preamble:
            preamble = preamble[:-1] + [_strip_eol(preamble[-1])]
            msg.preamble = EMPTYSTRING.join(preamble)

        ends = marks[1:] + [closing[0] if closing is not None else src.stop]
        for start, stop in zip(marks, ends):
            part = self._new_message()
            if msg.get_content_subtype() == 'digest':
                part.set_default_type('message/rfc822')
            sub = _Lines(src.lines, start + 1, stop)
            self._parse_message(part, sub)
            self._strip_part_end(part)
            msg.attach(part)

        if closing is None:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
            src.pos = src.stop
            return
        close_index, match = closing
        src.pos = close_index + 1
        epilogue = [''] if match.group('linesep') else []
        epilogue += src.lines[src.pos:src.stop]
        src.pos = src.stop
        if epilogue:
            first = NLCRE_bol.match(epilogue[0])
            if first:
                epilogue[0] = epilogue[0][len(first.group(0)):]
        msg.epilogue = EMPTYSTRING.join(epilogue)

    def _strip_part_end(self, part):
        """The line ending before a boundary (or the end of an unterminated
        multipart) belongs to the boundary, not the part."""
        if part.get_content_maintype() == 'multipart':
            epilogue = part.epilogue
            if epilogue == '':
                part.epilogue = None
            elif epilogue is not None:
                part.epilogue = _strip_eol(epilogue)
            return
        target = part
        while target.is_multipart() and target.get_content_maintype() == 'message':
            target = target.get_payload(0)
            if target.get_content_maintype() == 'multipart':
                self._strip_part_end(target)
                return
        payload = target._payload
        if isinstance(payload, str):
            target._payload = _strip_eol(payload)


class BytesFeedParser(FeedParser):
    """A FeedParser fed bytes (non-ASCII bytes are kept as surrogate escapes)."""

    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
