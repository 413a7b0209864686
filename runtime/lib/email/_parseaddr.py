"""RFC 2822 dates and address lists, parsed leniently (the compat32 way)."""

import time
import calendar

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

SPACE = ' '
EMPTYSTRING = ''
COMMASPACE = ', '

_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
_LONG_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december']
_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

# Zone names RFC 822 knows, as +-hhmm.
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400, 'CST': -600,
          'CDT': -500, 'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def _month_number(word):
    word = word.lower()
    if word in _MONTHS:
        return _MONTHS.index(word) + 1
    if word in _LONG_MONTHS:
        return _LONG_MONTHS.index(word) + 1
    return None


def _split_time(text):
    """'hh:mm[:ss]' (or with dots) -> three strings, or None."""
    parts = text.split(':')
    if len(parts) == 1 and '.' in text:
        parts = text.split('.')
    if len(parts) == 2:
        return parts[0], parts[1], '0'
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    return None


def _parsedate_tz(data):
    """A date string -> [y, m, d, H, M, S, 0, 1, -1, offset-seconds-or-None], or None.
    The offset is None for '-0000' (a UTC time whose zone is unknown)."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    first = words[0]
    if first.endswith(',') or first.lower() in _DAYS:
        del words[0]
    elif ',' in first:
        words[0] = first[first.rfind(',') + 1:]
    if len(words) == 3:
        # RFC 850: "20-Nov-95 19:12:08 GMT"
        pieces = words[0].split('-')
        if len(pieces) == 3:
            words = pieces + words[1:]
    if len(words) == 4:
        # The zone may be glued to the time ("19:12:08+0000"), or missing.
        last = words[3]
        cut = last.find('+')
        if cut == -1:
            cut = last.find('-')
        if cut > 0:
            words[3:] = [last[:cut], last[cut:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    day, month, year, clock, zone = words[:5]
    if not (day and month and year):
        return None
    month_no = _month_number(month)
    if month_no is None:
        # asctime order: "Nov 5 ..."
        day, month = month, day
        month_no = _month_number(month)
        if month_no is None:
            return None
    day = day.rstrip(',') if day.endswith(',') else day
    if year.find(':') > 0:
        year, clock = clock, year
    if year.endswith(','):
        year = year[:-1]
    if not year:
        return None
    if not year[0].isdigit():
        year, zone = zone, year
    if clock.endswith(','):
        clock = clock[:-1]
    fields = _split_time(clock)
    if fields is None:
        return None
    try:
        yy, dd = int(year), int(day)
        hh, mi, ss = (int(f) for f in fields)
    except ValueError:
        return None
    if yy < 100:
        # Two-digit years: 69-99 are the 1900s, 00-68 the 2000s (as POSIX strptime).
        yy += 1900 if yy > 68 else 2000
    offset = None
    zone = zone.upper()
    if zone in _ZONES:
        offset = _ZONES[zone]
    else:
        try:
            offset = int(zone)
        except ValueError:
            pass
        if offset == 0 and zone.startswith('-'):
            offset = None
    if offset:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [yy, month_no, dd, hh, mi, ss, 0, 1, -1, offset]


def parsedate_tz(data):
    """A date string -> a 10-tuple whose last item is the zone offset in seconds."""
    parsed = _parsedate_tz(data)
    if not parsed:
        return None
    if parsed[9] is None:
        parsed[9] = 0
    return tuple(parsed)


def parsedate(data):
    """A date string -> a 9-tuple usable with time.mktime(), or None."""
    parsed = parsedate_tz(data)
    if isinstance(parsed, tuple):
        return parsed[:9]
    return parsed


def mktime_tz(data):
    """A 10-tuple from parsedate_tz() -> a POSIX timestamp."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def quote(str):
    """Backslash-escape backslashes and double quotes."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


class AddrlistClass:
    """A cursor over an address-list header value (RFC 2822, leniently)."""

    def __init__(self, field):
        self.specials = '()<>@,:;.\"[]'
        self.pos = 0
        self.LWS = ' \t'
        self.CR = '\r\n'
        self.FWS = self.LWS + self.CR
        self.atomends = self.specials + self.LWS + self.CR
        # A phrase may contain dots ("J. Doe"), unlike an atom.
        self.phraseends = self.atomends.replace('.', '')
        self.field = field
        self.commentlist = []

    def _at(self):
        return self.field[self.pos] if self.pos < len(self.field) else ''

    def gotonext(self):
        """Skip white space and comments; return the skipped blanks."""
        blanks = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in self.FWS:
                if ch not in self.CR:
                    blanks.append(ch)
                self.pos += 1
            elif ch == '(':
                self.commentlist.append(self.getcomment())
            else:
                break
        return EMPTYSTRING.join(blanks)

    def getaddrlist(self):
        result = []
        while self.pos < len(self.field):
            found = self.getaddress()
            if found:
                result += found
            else:
                result.append(('', ''))
        return result

    def getaddress(self):
        """Parse one address (or a whole group) -> a list of (name, addr)."""
        self.commentlist = []
        self.gotonext()
        start = self.pos
        comments_before = self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        found = []
        ch = self._at()
        if not ch:
            if phrase:
                found = [(SPACE.join(self.commentlist), phrase[0])]
        elif ch in '.@':
            # A bare addr-spec: start over and read it as one.
            self.pos = start
            self.commentlist = comments_before
            spec = self.getaddrspec()
            found = [(SPACE.join(self.commentlist), spec)]
        elif ch == ':':
            # A group: "name: a, b;" yields its members.
            self.pos += 1
            while self.pos < len(self.field):
                self.gotonext()
                if self._at() == ';':
                    self.pos += 1
                    break
                found = found + self.getaddress()
        elif ch == '<':
            route = self.getrouteaddr()
            name = SPACE.join(phrase)
            if self.commentlist:
                name += ' (' + ' '.join(self.commentlist) + ')'
            found = [(name, route)]
        else:
            if phrase:
                found = [(SPACE.join(self.commentlist), phrase[0])]
            elif ch in self.specials:
                self.pos += 1
        self.gotonext()
        if self._at() == ',':
            self.pos += 1
        return found

    def getrouteaddr(self):
        """Parse '<[@route:]addr-spec>' -> the addr-spec."""
        if self._at() != '<':
            return None
        self.pos += 1
        self.gotonext()
        want_route = False
        spec = ''
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if want_route:
                self.getdomain()
                want_route = False
            elif ch == '>':
                self.pos += 1
                break
            elif ch == '@':
                self.pos += 1
                want_route = True
            elif ch == ':':
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return spec

    def getaddrspec(self):
        """Parse 'local-part@domain' (or just a local part)."""
        pieces = []
        self.gotonext()
        while self.pos < len(self.field):
            keep_blanks = True
            ch = self.field[self.pos]
            if ch == '.':
                if pieces and not pieces[-1].strip():
                    pieces.pop()
                pieces.append('.')
                self.pos += 1
                keep_blanks = False
            elif ch == '"':
                pieces.append('"%s"' % quote(self.getquote()))
            elif ch in self.atomends:
                if pieces and not pieces[-1].strip():
                    pieces.pop()
                break
            else:
                pieces.append(self.getatom())
            blanks = self.gotonext()
            if keep_blanks and blanks:
                pieces.append(blanks)
        if self._at() != '@':
            return EMPTYSTRING.join(pieces)
        pieces.append('@')
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        if not domain:
            return EMPTYSTRING
        return EMPTYSTRING.join(pieces) + domain

    def getdomain(self):
        parts = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in self.LWS:
                self.pos += 1
            elif ch == '(':
                self.commentlist.append(self.getcomment())
            elif ch == '[':
                parts.append(self.getdomainliteral())
            elif ch == '.':
                self.pos += 1
                parts.append('.')
            elif ch == '@':
                # A second '@' makes the address invalid.
                return EMPTYSTRING
            elif ch in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return EMPTYSTRING.join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        """Read from beginchar to the first unescaped character of endchars;
        nested comments are read (and kept) when allowcomments."""
        if self._at() != beginchar:
            return ''
        out = ['']
        escaped = False
        self.pos += 1
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if escaped:
                out.append(ch)
                escaped = False
            elif ch in endchars:
                self.pos += 1
                break
            elif allowcomments and ch == '(':
                out.append(self.getcomment())
                continue
            elif ch == '\\':
                escaped = True
            else:
                out.append(ch)
            self.pos += 1
        return EMPTYSTRING.join(out)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        return '[%s]' % self.getdelimited('[', ']\r', False)

    def getatom(self, atomends=None):
        ends = self.atomends if atomends is None else atomends
        start = self.pos
        while self.pos < len(self.field) and self.field[self.pos] not in ends:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        """Words (atoms, quoted strings) up to the next special; comments are collected."""
        words = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in self.FWS:
                self.pos += 1
            elif ch == '"':
                words.append(self.getquote())
            elif ch == '(':
                self.commentlist.append(self.getcomment())
            elif ch in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """An address list parsed at construction: .addresslist holds (name, addr) pairs."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __add__(self, other):
        merged = AddressList(None)
        merged.addresslist = self.addresslist[:]
        for pair in other.addresslist:
            if pair not in self.addresslist:
                merged.addresslist.append(pair)
        return merged

    def __getitem__(self, index):
        return self.addresslist[index]
