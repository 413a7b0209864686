"""csv: reading and writing comma-separated values.

The parser and writer are Spry's _csv module (C); this module adds the dialect classes,
the dict-based reader and writer, and a Sniffer that guesses a dialect from a sample.
"""

import re
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects,
                  field_size_limit, QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                  QUOTE_NONE, __doc__)
from _csv import Dialect as _Dialect
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """Describe a CSV dialect: subclass it and set the class attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # the C type's TypeErrors surface as csv.Error, as CPython's do
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'
register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL
register_dialect("unix", unix_dialect)


class DictReader:
    """Reads rows as dicts keyed by the field names (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:            # blank lines carry no record
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(row) > len(names):
            result[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                result[name] = self.restval
        return result

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            extra = [k for k in rowdict if k not in self.fieldnames]
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(k) for k in extra))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._values(r) for r in rowdicts)

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class Sniffer:
    """Guesses the dialect of a CSV sample and whether it starts with a header row.

    sniff() looks first at quoted fields (the characters found just outside a pair of
    quotes are the delimiter), then for a character that occurs the same number of
    times on (nearly) every line. has_header() votes column by column: a column whose
    values below the first row share a type or a length, which the first row's value
    does not, counts for a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Returns a Dialect subclass describing the sample."""
        quotechar, delimiter, skipinitialspace = self._from_quotes(sample, delimiters)
        if not delimiter:
            delimiter = self._from_frequencies(sample, delimiters)
            if not delimiter:
                raise Error("Could not determine delimiter")
            first = sample.split('\n')[0]
            skipinitialspace = first.count(delimiter) == first.count(delimiter + ' ')
        doublequote = bool(quotechar) and self._has_doubled_quote(sample, quotechar, delimiter)

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    @staticmethod
    def _outside_quotes(sample):
        """(quote, char before, space after it, char after) for each quoted run; the
        outer characters are '' at a line's start or end."""
        found = []
        for line in sample.split('\n'):
            for m in re.finditer(r'(?:^|([^\w"\'])( ?))(["\'])[^\n]*?\3(?=([^\w"\'])|$)', line):
                before, space, quote, after = m.group(1), m.group(2), m.group(3), m.group(4)
                found.append((quote, before or '', space or '', after or ''))
        return found

    def _from_quotes(self, sample, delimiters):
        runs = self._outside_quotes(sample)
        if not runs:
            return '', '', False
        quote_counts = {}
        delim_counts = {}
        spaced = 0
        for quote, before, space, after in runs:
            quote_counts[quote] = quote_counts.get(quote, 0) + 1
            for c in (before, after):
                if c and c != ' ' or (c == ' ' and not space):
                    if delimiters is None or c in delimiters:
                        delim_counts[c] = delim_counts.get(c, 0) + 1
            if before and space:
                spaced += 1
        quotechar = max(quote_counts, key=quote_counts.get)
        if not delim_counts:
            return quotechar, '', False
        delimiter = max(delim_counts, key=delim_counts.get)
        first = sample.split('\n')[0]
        skip = spaced > 0 and first.count(delimiter) == first.count(delimiter + ' ')
        return quotechar, delimiter, skip

    def _from_frequencies(self, sample, delimiters):
        lines = sample.split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        if not lines:
            return ''
        if delimiters is None:
            candidates = [chr(c) for c in range(32, 127) if not chr(c).isalnum()
                          and chr(c) not in '"\'']
            candidates.append('\t')
        else:
            candidates = list(delimiters)
        scored = {}
        for c in candidates:
            counts = {}
            for line in lines:
                n = line.count(c)
                counts[n] = counts.get(n, 0) + 1
            mode, agreeing = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            if mode > 0:
                scored[c] = (agreeing - (len(lines) - agreeing)) / len(lines)
        best = [c for c, score in scored.items() if score >= 0.8]
        if not best:
            return ''
        for c in self.preferred:
            if c in best:
                return c
        return max(best, key=lambda c: scored[c])

    @staticmethod
    def _has_doubled_quote(sample, quote, delimiter):
        q = re.escape(quote)
        d = re.escape(delimiter)
        field = r'(?:^|%s)\s*%s[^%s\n]*%s%s[^%s\n]*%s' % (d, q, d, q, q, d, q)
        return re.search(field, sample, re.MULTILINE) is not None

    def has_header(self, sample):
        """Guesses whether the sample's first row names its columns."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = {}
        for i, row in enumerate(rows):
            if i > 20:
                break
            if len(row) != len(header):
                continue
            for col, value in enumerate(row):
                kind = self._kind(value)
                if kinds.get(col, kind) != kind:
                    kind = 'mixed'
                kinds[col] = kind
        votes = 0
        for col, kind in kinds.items():
            if kind == 'mixed':
                continue
            votes += 1 if self._kind(header[col]) != kind else -1
        return votes > 0

    @staticmethod
    def _kind(value):
        """'number' when complex() accepts the value, else its length."""
        try:
            complex(value)
        except (ValueError, OverflowError):
            return len(value)
        return 'number'
