"""Extracting, formatting and printing stack traces and exceptions, laid out as
CPython 3.11 prints them.  Written for Spry from the module's documented behaviour."""

import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

# More than this many identical consecutive entries collapse into one
# "[Previous line repeated N more times]" line.
_REPEAT_LIMIT = 3


class _Missing:
    def __repr__(self):
        return '<implicit>'


_MISSING = _Missing()


def _text_or_failure(value, what, convert=str):
    try:
        return convert(value)
    except BaseException:
        return '<%s %s() failed>' % (what, convert.__name__)


# ---------------------------------------------------------------------------
# Frames
# ---------------------------------------------------------------------------

class FrameSummary:
    """One entry of a stack: where it is, and (loaded lazily) the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_source', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._source = line
        self.locals = None
        if locals:
            self.locals = {key: repr(value) for key, value in locals.items()}
        if lookup_line:
            self.line

    def _raw_line(self):
        # The source line as in the file (not stripped); None when unknown.
        if self._source is None:
            if self.lineno is None:
                return None
            self._source = linecache.getline(self.filename, self.lineno)
        return self._source

    @property
    def line(self):
        raw = self._raw_line()
        return None if raw is None else raw.strip()

    def _key(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return self._key() == other._key() and self.locals == other.locals
        if isinstance(other, tuple):
            return self._key() == other
        return NotImplemented

    def __getitem__(self, index):
        return self._key()[index]

    def __iter__(self):
        return iter(self._key())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno,
                                                          self.name)


def walk_stack(f):
    """Yield (frame, line number) from f outwards along f_back."""
    if f is None:
        # Without a frame, start above the caller's caller (as CPython 3.11 does).
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, line number) for each level of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_with_columns(tb):
    # Like walk_tb, with (line, end line, column, end column) from the code's
    # position table at the instruction that was running.
    while tb is not None:
        where = (None, None, None, None)
        if tb.tb_lasti >= 0:
            table = tb.tb_frame.f_code.co_positions()
            where = next(itertools.islice(table, tb.tb_lasti // 2, None))
        if where[0] is None:
            where = (tb.tb_lineno,) + tuple(where[1:])
        yield tb.tb_frame, where
        tb = tb.tb_next


def _limited(frames, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frames
    if limit >= 0:
        return itertools.islice(frames, limit)
    return collections.deque(frames, maxlen=-limit)


def _char_column(line, byte_column):
    # Column numbers in code positions count UTF-8 bytes.
    return len(line.encode('utf-8')[:byte_column].decode('utf-8', errors='replace'))


def _anchors(segment):
    """(start, end) of the part of a binary operation or subscript to mark with
    '^' inside '~', or None."""
    try:
        import _traceback
    except ImportError:
        return None
    try:
        return _traceback.caret_anchors(segment)
    except Exception:
        return None


class StackSummary(list):
    """A list of FrameSummary objects that knows how to format itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        positioned = ((frame, (lineno, None, None, None)) for frame, lineno in frame_gen)
        return klass._from_positioned(positioned, limit, lookup_lines, capture_locals)

    @classmethod
    def _from_positioned(klass, frames, limit=None, lookup_lines=True,
                         capture_locals=False):
        summary = klass()
        files = set()
        for frame, (lineno, end_lineno, colno, end_colno) in _limited(frames, limit):
            code = frame.f_code
            files.add(code.co_filename)
            linecache.lazycache(code.co_filename, frame.f_globals)
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in files:
            linecache.checkcache(filename)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        summary = klass()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        entry = frame_summary
        text = ['  File "%s", line %s, in %s\n' % (entry.filename, entry.lineno, entry.name)]
        if entry.line:
            text.append('    %s\n' % entry.line)
            markers = self._markers(entry)
            if markers:
                text.append('    ' + markers + '\n')
        if entry.locals:
            for key in sorted(entry.locals):
                text.append('    %s = %s\n' % (key, entry.locals[key]))
        return ''.join(text)

    @staticmethod
    def _markers(entry):
        """The '^'/'~' line under a source line, or '' when it would mark it all."""
        if entry.colno is None or entry.end_colno is None:
            return ''
        raw = entry._raw_line()
        stripped = entry.line
        # What stripping removed, less the newline: the indentation when the line
        # has no trailing blanks.  CPython's traceback module aligns the markers by
        # this count, so a line with trailing blanks shifts them the same way here.
        skew = len(raw) - len(stripped) - 1
        start = _char_column(raw, entry.colno)
        anchors = None
        if entry.lineno == entry.end_lineno:
            end = _char_column(raw, entry.end_colno)
            anchors = _anchors(raw[start:end])
        else:
            # A span over several lines is marked to the end of its first line.
            end = skew + len(stripped)
        width = end - start
        if width >= len(stripped) and not anchors:
            return ''
        if anchors:
            left, right = anchors
            marks = '~' * left + '^' * (right - left) + '~' * (width - right)
        else:
            marks = '^' * width
        return ' ' * (start - skew) + marks

    def format(self):
        lines = []
        previous = None
        repeats = 0
        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            where = (entry.filename, entry.lineno, entry.name)
            if where != previous or None in where:
                lines.extend(_repeat_note(repeats))
                previous = where
                repeats = 0
            repeats += 1
            if repeats <= _REPEAT_LIMIT:
                lines.append(text)
        lines.extend(_repeat_note(repeats))
        return lines


def _repeat_note(count):
    hidden = count - _REPEAT_LIMIT
    if hidden <= 0:
        return []
    return ['  [Previous line repeated %d more time%s]\n' % (hidden, 's' if hidden > 1 else '')]


def extract_tb(tb, limit=None):
    return StackSummary._from_positioned(_tb_with_columns(tb), limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    out = sys.stderr if file is None else file
    for text in format_list(extracted_list):
        print(text, file=out, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear the locals of every frame in a traceback (running ones are skipped)."""
    for frame, _ in walk_tb(tb):
        try:
            frame.clear()
        except RuntimeError:
            pass


# ---------------------------------------------------------------------------
# Exceptions
# ---------------------------------------------------------------------------

_CAUSE_HEADER = ('\nThe above exception was the direct cause '
                 'of the following exception:\n\n')
_CONTEXT_HEADER = ('\nDuring handling of the above exception, '
                   'another exception occurred:\n\n')


class TracebackException:
    """An exception captured for later formatting: its stack, message, notes,
    cause, context and (for groups) members, without keeping frames alive."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        nested = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._from_positioned(
            _tb_with_columns(exc_traceback), limit, lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _text_or_failure(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._copy_syntax_details(exc_value)
        if lookup_lines:
            for entry in self.stack:
                entry.line
        self.__suppress_context__ = (False if exc_value is None
                                     else exc_value.__suppress_context__)
        if nested:
            return  # the outermost instance links the whole tree below
        settings = dict(limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals, max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
        pending = [(self, exc_value)]
        while pending:
            summary, exc = pending.pop()
            summary._link(exc, compact, settings, pending)

    def _link(self, exc, compact, settings, pending):
        # Summaries for exc's cause, context and group members; each is queued so
        # that its own relatives get linked too.  _seen stops cycles.
        seen = settings['_seen']

        def summarize(other):
            return TracebackException(type(other), other, other.__traceback__, **settings)

        cause = context = members = None
        if exc is not None and exc.__cause__ is not None and id(exc.__cause__) not in seen:
            cause = summarize(exc.__cause__)
        wants_context = not compact or (cause is None and exc is not None
                                        and not exc.__suppress_context__)
        if (exc is not None and exc.__context__ is not None and wants_context
                and id(exc.__context__) not in seen):
            context = summarize(exc.__context__)
        if exc is not None and isinstance(exc, BaseExceptionGroup):
            members = [summarize(member) for member in exc.exceptions]
        self.__cause__ = cause
        self.__context__ = context
        self.exceptions = members
        if cause:
            pending.append((cause, exc.__cause__))
        if context:
            pending.append((context, exc.__context__))
        if members:
            pending.extend(zip(members, exc.exceptions))

    def _copy_syntax_details(self, error):
        self.filename = error.filename
        self.lineno = None if error.lineno is None else str(error.lineno)
        self.end_lineno = None if error.end_lineno is None else str(error.end_lineno)
        self.text = error.text
        self.offset = error.offset
        self.end_offset = error.end_offset
        self.msg = error.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for entry in self.stack:
            entry.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    # -- the "Type: message" part ---------------------------------------------
    def format_exception_only(self):
        if self.exc_type is None:
            yield _last_line(None, self._str)
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ('__main__', 'builtins'):
            if not isinstance(module, str):
                module = '<unknown>'
            name = module + '.' + name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(name)
        else:
            yield _last_line(name, self._str)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                for piece in _text_or_failure(note, 'note').split('\n'):
                    yield piece + '\n'
        elif notes is not None:
            yield _text_or_failure(notes, '__notes__', repr)

    def _syntax_error_lines(self, name):
        where = ''
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            where = ' (%s)' % self.filename
        if self.text is not None:
            text = self.text.rstrip('\n')
            shown = text.lstrip(' \n\f')
            dropped = len(text) - len(shown)
            yield '    %s\n' % shown
            if self.offset is not None:
                first = self.offset
                last = self.end_offset
                if last is None or last == 0:
                    last = first
                if last == first or last == -1:
                    last = first + 1
                begin = first - 1 - dropped
                finish = last - 1 - dropped
                if begin >= 0:
                    # Tabs and other blanks are kept so the carets line up.
                    gap = ''.join(c if c.isspace() else ' ' for c in shown[:begin])
                    yield '    %s%s\n' % (gap, '^' * (finish - begin))
        yield '%s: %s%s\n' % (name, self.msg or '<no detail available>', where)

    # -- the whole report ------------------------------------------------------
    def format(self, *, chain=True, _ctx=None):
        printer = _GroupPrinter() if _ctx is None else _ctx
        links = []
        current = self
        while current is not None:
            if not chain:
                links.append((None, current))
                break
            if current.__cause__ is not None:
                header, following = _CAUSE_HEADER, current.__cause__
            elif current.__context__ is not None and not current.__suppress_context__:
                header, following = _CONTEXT_HEADER, current.__context__
            else:
                header, following = None, None
            links.append((header, current))
            current = following
        # Oldest exception first, each followed by the header leading to the next.
        for header, summary in reversed(links):
            if header is not None:
                yield from printer.indented(header)
            if summary.exceptions is None:
                if summary.stack:
                    yield from printer.indented('Traceback (most recent call last):\n')
                    yield from printer.indented(summary.stack.format())
                yield from printer.indented(summary.format_exception_only())
            elif printer.depth > self.max_group_depth:
                yield from printer.indented('... (max_group_depth is %d)\n'
                                            % self.max_group_depth)
            else:
                yield from self._format_group(summary, printer, chain)

    def _format_group(self, group, printer, chain):
        outermost = printer.depth == 0
        if outermost:
            printer.depth = 1
        if group.stack:
            yield from printer.indented('Exception Group Traceback (most recent call last):\n',
                                        '+' if outermost else '|')
            yield from printer.indented(group.stack.format())
        yield from printer.indented(group.format_exception_only())
        total = len(group.exceptions)
        shown = total if total <= self.max_group_width else self.max_group_width + 1
        printer.close_pending = False
        for index in range(shown):
            last = index == shown - 1
            if last:
                printer.close_pending = True
            cut = self.max_group_width is not None and index >= self.max_group_width
            title = '...' if cut else str(index + 1)
            yield '%s%s+---------------- %s ----------------\n' % (
                printer.margin(), '+-' if index == 0 else '  ', title)
            printer.depth += 1
            if cut:
                rest = total - self.max_group_width
                yield from printer.indented('and %d more exception%s\n'
                                            % (rest, 's' if rest > 1 else ''))
            else:
                yield from group.exceptions[index].format(chain=chain, _ctx=printer)
            # Only the innermost group that ends here draws the closing rule.
            if last and printer.close_pending:
                yield printer.margin() + '+------------------------------------\n'
                printer.close_pending = False
            printer.depth -= 1
        if outermost:
            printer.depth = 0

    def print(self, *, file=None, chain=True):
        out = sys.stderr if file is None else file
        for text in self.format(chain=chain):
            print(text, file=out, end='')


class _GroupPrinter:
    """Indentation state while printing exception groups (shared down the tree)."""

    def __init__(self):
        self.depth = 0
        self.close_pending = False

    def margin(self):
        return '  ' * self.depth

    def indented(self, texts, bar='|'):
        prefix = self.margin()
        if self.depth:
            prefix += bar + ' '
        if isinstance(texts, str):
            texts = [texts]
        for text in texts:
            yield ''.join(prefix + line for line in text.splitlines(True))


def _last_line(type_name, value):
    text = _text_or_failure(value, 'exception')
    if value is None or not text:
        return '%s\n' % type_name
    return '%s: %s\n' % (type_name, text)


# ---------------------------------------------------------------------------
# The everyday functions
# ---------------------------------------------------------------------------

def _value_and_tb(exc, value, tb):
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError('Both or neither of value and tb must be given')
    if value is not _MISSING:
        return value, tb
    if exc is None:
        return None, None
    if isinstance(exc, BaseException):
        return exc, exc.__traceback__
    raise TypeError('Exception expected for value, %s found' % type(exc).__name__)


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    summary = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(summary.format(chain=chain))


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None,
                    chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    summary = TracebackException(type(value), value, tb, limit=limit, compact=True)
    summary.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_MISSING):
    if value is _MISSING:
        value = exc
    summary = TracebackException(type(value), value, None, compact=True)
    return list(summary.format_exception_only())


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
