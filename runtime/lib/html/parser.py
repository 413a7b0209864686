"""A tolerant HTML tokenizer: HTMLParser.

Written for Spry from the documented behaviour of CPython 3.11's
html.parser.  The parser never rejects markup: what it cannot read as a tag,
comment, declaration or reference it hands over as text.  Subclasses override
the handle_* methods; feed() may be called with any slices of the document,
and close() flushes what is left.
"""

import re
from html import unescape as _unescape

__all__ = ['HTMLParser']

# Token grammar.  A start tag's name runs until whitespace, '/', '>' or NUL;
# attribute names follow whitespace, a quote or '/', values may be quoted or
# bare, and stray '/' between attributes is skipped.
_TAG_NAME = r'[a-zA-Z][^\t\n\r\f />\x00]*'
_ATTR_GAP = r'(?:\s|/(?!>))*'
_ATTR_VALUE = r"""(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)"""

_tag_name = re.compile('(' + _TAG_NAME + ')' + _ATTR_GAP)
_attribute = re.compile(
    r"""((?<=['"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(""" + _ATTR_VALUE + '))?'
    + _ATTR_GAP)
_start_tag_extent = re.compile(
    '<' + _TAG_NAME
    + r"""(?:[\s/]*(?:(?<=['"\s/])[^\s/>][^\s/=>]*(?:\s*=+\s*"""
    + _ATTR_VALUE + r'\s*)?' + _ATTR_GAP + r')*)?\s*')
_end_tag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_start_tag_open = re.compile('<[a-zA-Z]')
_named_ref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_numeric_ref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_partial_ref = re.compile('&[a-zA-Z#]')
_markup_or_ref = re.compile('[&<]')
_ref_terminator = re.compile(r'[\s;]')
_comment_end = re.compile(r'--\s*>')
_decl_name = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_section_end = re.compile(r']\s*]\s*>')
_ms_section_end = re.compile(r']\s*>')

# Bytes that may follow a start tag's last complete token when more input
# could still complete it.
_TAG_CONTINUES = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/'


class HTMLParser:
    """Reads HTML and calls handle_starttag(), handle_data(), ... for what
    it finds.  With convert_charrefs true (the default), character
    references in text are replaced before handle_data() sees the text.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets any unparsed input and starts over."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _markup_or_ref
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._start_tag_text = None

    def feed(self, data):
        """Adds data to the input and handles what is complete."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handles all remaining input as if the document ended here."""
        self.goahead(1)

    def getpos(self):
        """(line, column) of the start of the current token."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the most recent start tag."""
        return self._start_tag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _markup_or_ref
        self.cdata_elem = None

    def updatepos(self, i, j):
        """Advances the line/column position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        newlines = self.rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, chunk):
        if self.convert_charrefs and not self.cdata_elem:
            chunk = _unescape(chunk)
        self.handle_data(chunk)

    def _next_markup(self, i, n):
        """Where the text starting at i ends, or -1 to wait for more input."""
        data = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            j = data.find('<', i)
            if j >= 0:
                return j
            # An '&' near the end may start a reference cut by the buffer
            # boundary; without a terminator after it, wait.
            amp = data.rfind('&', max(i, n - 34))
            if amp >= 0 and not _ref_terminator.search(data, amp):
                return -1
            return n
        m = self.interesting.search(data, i)
        if m:
            return m.start()
        return -1 if self.cdata_elem else n

    def goahead(self, end):
        data = self.rawdata
        i = 0
        n = len(data)
        while i < n:
            j = self._next_markup(i, n)
            if j < 0:
                break
            if i < j:
                self._text(data[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if data.startswith('<', i):
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    k = self._unfinished_markup_end(i)
                    self._text(data[i:k])
                i = self.updatepos(i, k)
            elif data.startswith('&#', i):
                m = _numeric_ref.match(data, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    i = self.updatepos(i, self._ref_end(m))
                    continue
                if ';' in data[i:]:
                    self.handle_data(data[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            else:
                m = _named_ref.match(data, i)
                if m:
                    self.handle_entityref(m.group(1))
                    i = self.updatepos(i, self._ref_end(m))
                    continue
                m = _partial_ref.match(data, i)
                if m:
                    if end and m.group() == data[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 >= n:
                    break
                self.handle_data('&')
                i = self.updatepos(i, i + 1)
        if end and i < n and not self.cdata_elem:
            self._text(data[i:n])
            i = self.updatepos(i, n)
        self.rawdata = data[i:]

    def _ref_end(self, m):
        # The character after a reference ends it; only ';' is consumed.
        k = m.end()
        return k if self.rawdata[k - 1] == ';' else k - 1

    def _unfinished_markup_end(self, i):
        """At the end of input, how much of an unfinished '<...' is text."""
        data = self.rawdata
        k = data.find('>', i + 1)
        if k >= 0:
            return k + 1
        k = data.find('<', i + 1)
        return k if k >= 0 else i + 1

    def _markup(self, i, n):
        """Handles the markup at i: the index after it, -1 if incomplete,
        None to stop at a lone '<' ending the input."""
        data = self.rawdata
        if _start_tag_open.match(data, i):
            return self.parse_starttag(i)
        if data.startswith('</', i):
            return self.parse_endtag(i)
        if data.startswith('<!--', i):
            return self.parse_comment(i)
        if data.startswith('<?', i):
            return self.parse_pi(i)
        if data.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    def parse_html_declaration(self, i):
        data = self.rawdata
        if data.startswith('<!--', i):
            return self.parse_comment(i)
        if data.startswith('<![', i):
            return self.parse_marked_section(i)
        if data[i:i + 9].lower() == '<!doctype':
            gt = data.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(data[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        data = self.rawdata
        gt = data.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(data[i + 2:gt])
        return gt + 1

    def parse_comment(self, i, report=1):
        data = self.rawdata
        m = _comment_end.search(data, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(data[i + 4:m.start()])
        return m.end()

    def parse_marked_section(self, i, report=1):
        data = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            m = _section_end.search(data, i + 3)
        elif name in ('if', 'else', 'endif'):
            m = _ms_section_end.search(data, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % data[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(data[i + 3:m.start()])
        return m.end()

    def _scan_name(self, i, declstart):
        data = self.rawdata
        if i == len(data):
            return None, -1
        m = _decl_name.match(data, i)
        if not m:
            self.updatepos(declstart, i)
            raise AssertionError('expected name token at %r'
                                 % data[declstart:declstart + 20])
        if m.end() == len(data):
            return None, -1
        return m.group().strip().lower(), m.end()

    def parse_pi(self, i):
        data = self.rawdata
        gt = data.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(data[i + 2:gt])
        return gt + 1

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends, or -1 if input may continue it."""
        data = self.rawdata
        j = _start_tag_extent.match(data, i).end()
        after = data[j:j + 1]
        if after == '>':
            return j + 1
        if after == '/':
            if data.startswith('/>', j):
                return j + 2
            return -1
        if after == '' or after in _TAG_CONTINUES:
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self._start_tag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        data = self.rawdata
        self._start_tag_text = data[i:stop]
        m = _tag_name.match(data, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < stop:
            m = _attribute.match(data, k)
            if not m:
                break
            name, has_value, value = m.group(1, 2, 3)
            if not has_value:
                value = None
            elif value[:1] in ('"', "'") and value[:1] == value[-1:]:
                value = value[1:-1]
            if value:
                value = _unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        rest = data[k:stop].strip()
        if rest not in ('>', '/>'):
            self.handle_data(data[i:stop])
            return stop
        if rest.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return stop

    def parse_endtag(self, i):
        data = self.rawdata
        gt = data.find('>', i + 1)
        if gt < 0:
            return -1
        gt += 1
        m = _end_tag.match(data, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(data[i:gt])
                return gt
            name = _tag_name.match(data, i + 2)
            if not name:
                if data.startswith('</>', i):
                    return i + 3
                return self.parse_bogus_comment(i)
            self.handle_endtag(name.group(1).lower())
            return data.find('>', name.end()) + 1
        tag = m.group(1).lower()
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(data[i:gt])
            return gt
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return gt

    # Handlers: subclasses override these.

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
