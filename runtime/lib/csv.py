"""Reading and writing delimiter-separated text (PEP 305).

Written for Spry from the csv documentation. The parser, the writer, the dialect registry
and the field size limit live in the C module _csv; this layer adds the Dialect base class
and the standard dialects, the dict-based reader and writer, and the Sniffer.
"""

import io

from _csv import (Error, __version__, writer, reader, register_dialect, unregister_dialect,
                  get_dialect, list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _CDialect

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect',
           '__version__', 'DictReader', 'DictWriter', 'unix_dialect']


class Dialect:
    """A set of formatting parameters; subclass it and set the class attributes."""
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        # _csv checks the parameters; its TypeErrors reach users as csv.Error.
        try:
            _CDialect(self)
        except TypeError as exc:
            raise Error(str(exc)) from None


class excel(Dialect):
    """What Excel writes for CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    """What Excel writes for tab-separated files."""
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    """CSV as Unix tools write it: '\\n' line ends, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('unix', unix_dialect)


class DictReader:
    """Reads rows as dicts keyed by the field names (by default, the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        self._header = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._header is None:
            try:
                self._header = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._header

    @fieldnames.setter
    def fieldnames(self, value):
        self._header = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames   # the header row comes first
        row = next(self.reader)
        self.line_num = self.reader.line_num
        if row == []:   # blank lines carry no record
            while row == []:
                row = next(self.reader)
            self.line_num = self.reader.line_num
        names = self._header
        record = dict(zip(names, row))
        if len(row) > len(names):
            record[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                record[name] = self.restval
        return record


class DictWriter:
    """Writes dicts as rows, fields in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(dict(zip(self.fieldnames, self.fieldnames)).values())

    def _row_values(self, rowdict):
        if self.extrasaction == 'raise':
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                listed = ', '.join(repr(name) for name in unknown)
                raise ValueError('dict contains fields not in fieldnames: ' + listed)
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row_values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._row_values(row) for row in rowdicts)


# ---- the Sniffer -------------------------------------------------------------------------------

# A quoted field in one of four positions, tried in this order until one matches somewhere:
# between two delimiters, first on its line, last on its line, alone on its line. A delimiter
# is any character that is not a word character, newline or quote; an optional space may
# follow it. (Compiled on first use, through re's cache: `import csv` stays cheap.)
_DELIM = r'(?P<sep>[^\w\n"\'])'
_QUOTED = r'(?P<q>["\']).*?(?P=q)'
_QUOTED_FIELD_SHAPES = [
    _DELIM + r'(?P<pad> ?)' + _QUOTED + r'(?P=sep)',
    r'(?:^|\n)' + _QUOTED + _DELIM + r'(?P<pad> ?)',
    _DELIM + r'(?P<pad> ?)' + _QUOTED + r'(?:$|\n)',
    r'(?:^|\n)' + _QUOTED + r'(?:$|\n)',
]


def _most_common(counts):
    """The key with the highest count; the first one seen among equals."""
    return max(counts, key=counts.get)


def _starts_with_space(line, delimiter):
    """True when every delimiter on the line is followed by a space."""
    return line.count(delimiter) == line.count(delimiter + ' ')


def _frequency_mode(histogram):
    """(frequency, weight) for one character: its commonest per-line count (the first seen
    among equals), weighted by the lines showing it minus the lines showing any other."""
    if len(histogram) == 1:
        return next(iter(histogram.items()))
    best = max(histogram.items(), key=lambda item: item[1])
    return best[0], 2 * best[1] - sum(histogram.values())


def _thresholds():
    """Consistency levels tried from strict to lenient, stepping down by 0.01 to 0.9."""
    level = 1.0
    while level >= 0.9:
        yield level
        level -= 0.01


class Sniffer:
    """Guesses a dialect, and whether a header row is present, from a sample of text."""

    def __init__(self):
        # delimiters to prefer when several characters look equally consistent
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._from_quoted_fields(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._from_frequencies(sample, delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _from_quoted_fields(self, data, delimiters):
        """Quote character, doublequote, delimiter and skipinitialspace read off the quoted
        fields of data; the delimiter is '' when they do not show one."""
        import re
        for shape in _QUOTED_FIELD_SHAPES:
            found = list(re.finditer(shape, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        else:
            return '', False, None, 0
        quote_counts = {}
        delimiter_counts = {}
        padded = 0
        for match in found:
            quote = match.group('q')
            if quote:
                quote_counts[quote] = quote_counts.get(quote, 0) + 1
            fields = match.groupdict()
            sep = fields.get('sep')
            if sep and (delimiters is None or sep in delimiters):
                delimiter_counts[sep] = delimiter_counts.get(sep, 0) + 1
            if fields.get('pad'):
                padded += 1
        quotechar = _most_common(quote_counts)
        if delimiter_counts:
            delimiter = _most_common(delimiter_counts)
            skipinitialspace = delimiter_counts[delimiter] == padded
            if delimiter == '\n':
                delimiter = ''
        else:
            delimiter = ''
            skipinitialspace = 0
        # A field holding three quotes with no delimiter between them means quotes are doubled.
        sep = re.escape(delimiter)
        tripled = re.compile(
            rf'(?:{sep}|^)\W*{quotechar}[^{sep}\n]*{quotechar}[^{sep}\n]*{quotechar}\W*(?:{sep}|$)',
            re.MULTILINE)
        return quotechar, bool(tripled.search(data)), delimiter, skipinitialspace

    def _from_frequencies(self, data, delimiters):
        """The delimiter (and skipinitialspace) from how evenly characters recur per line.

        Lines are read ten at a time; after each batch, every 7-bit character's commonest
        per-line count is weighed over all lines read so far. The characters whose weight
        reaches the strictest threshold that admits any are the candidates; scanning stops
        at the first batch that yields some."""
        lines = [line for line in data.split('\n') if line]
        batch = min(10, len(lines))
        histograms = {}   # char -> {count on a line: number of such lines}
        candidates = {}
        read = 0
        while read < len(lines) and not candidates:
            for line in lines[read:read + batch]:
                for code in range(127):
                    char = chr(code)
                    histogram = histograms.setdefault(char, {})
                    count = line.count(char)
                    histogram[count] = histogram.get(count, 0) + 1
            read += batch
            seen = min(read, len(lines))
            modes = {char: _frequency_mode(h) for char, h in histograms.items()
                     if list(h) != [0]}
            for level in _thresholds():
                candidates = {char: mode for char, mode in modes.items()
                              if mode[0] > 0 and mode[1] > 0 and mode[1] / seen >= level
                              and (delimiters is None or char in delimiters)}
                if candidates:
                    break
        if not candidates:
            return '', 0
        if len(candidates) == 1:
            delimiter = next(iter(candidates))
        else:
            delimiter = next((d for d in self.preferred if d in candidates), None)
            if delimiter is None:
                delimiter = max((mode, char) for char, mode in candidates.items())[1]
        return delimiter, _starts_with_space(lines[0], delimiter)

    def has_header(self, sample):
        """Votes per column: a first-row cell unlike the column's consistent type (number or
        fixed length) in the rows below counts for a header, a matching one against."""
        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = {column: None for column in range(width)}
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for column in list(kinds):
                cell = row[column]
                try:
                    complex(cell)
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(cell)
                if kinds[column] is None:
                    kinds[column] = kind
                elif kinds[column] != kind:
                    del kinds[column]   # inconsistent: this column cannot vote
        votes = 0
        for column, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[column]) != kind else -1
            else:
                try:
                    kind(header[column])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
