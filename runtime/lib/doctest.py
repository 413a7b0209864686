# doctest, written for Spry from the module's documentation and the output
# CPython 3.11 produces (report layout, messages).  Pieces, in order:
#   option flags; Example and DocTest; the parser (line based); the finder;
#   the output checker; the runner and its reports; testmod/testfile and
#   friends; unittest integration; script conversion and the command line.

__docformat__ = 'reStructuredText'

_COMPARING = ('DONT_ACCEPT_TRUE_FOR_1 DONT_ACCEPT_BLANKLINE NORMALIZE_WHITESPACE '
              'ELLIPSIS SKIP IGNORE_EXCEPTION_DETAIL').split()
_REPORTING = 'REPORT_UDIFF REPORT_CDIFF REPORT_NDIFF REPORT_ONLY_FIRST_FAILURE'.split()

__all__ = (['register_optionflag'] + _COMPARING + ['COMPARISON_FLAGS'] + _REPORTING
           + ['REPORTING_FLAGS', 'FAIL_FAST']
           + '''Example DocTest DocTestParser DocTestFinder DocTestRunner OutputChecker
                DocTestFailure UnexpectedException DebugRunner testmod testfile
                run_docstring_examples DocTestSuite DocFileSuite set_unittest_reportflags
                script_from_examples testsource debug_src debug'''.split())

import sys
import os
import re
import __future__
import difflib, inspect, linecache, traceback, unittest
from collections import namedtuple
from io import StringIO

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------------------
# Option flags: one bit each, in the order they were registered.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


# The bits are fixed by registration order: comparison flags first.
(DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS, SKIP,
 IGNORE_EXCEPTION_DETAIL) = [register_optionflag(flag) for flag in _COMPARING]
COMPARISON_FLAGS = sum(OPTIONFLAGS_BY_NAME.values())
REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE = [
    register_optionflag(flag) for flag in _REPORTING]
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = sum(OPTIONFLAGS_BY_NAME.values()) - COMPARISON_FLAGS

ELLIPSIS_MARKER, BLANKLINE_MARKER = '...', '<BLANKLINE>'


def _indented(text, by=4):
    """Every line that is not empty gets `by` spaces in front."""
    pad = ' ' * by
    return ''.join(pad + line if line.strip('\n') else line
                   for line in text.splitlines(True))


def _exception_text(exc_info):
    kind, value, tb = exc_info
    return ''.join(traceback.format_exception(kind, value, tb))


def _exception_summary(kind, value):
    return traceback.format_exception_only(kind, value)[-1]


# ---------------------------------------------------------------------------
# Examples and tests

def _line_ended(text):
    return text if not text or text[-1] == '\n' else text + '\n'


class Example:
    """One interactive example: its source, the output it should give, and where
    it sits in its docstring."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        # source always ends in a newline; want and exc_msg do unless empty/None
        self.source = _line_ended(source) or '\n'
        self.want = _line_ended(want)
        self.exc_msg = None if exc_msg is None else _line_ended(exc_msg)
        self.options = options if options is not None else {}
        self.lineno, self.indent = lineno, indent

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options,
                self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key()[:4] + self._key()[5:])


class DocTest:
    """The examples of one docstring, with the namespace they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise TypeError('DocTest no longer accepts str; use DocTestParser instead')
        self.name, self.filename, self.lineno = name, filename, lineno
        self.docstring, self.examples = docstring, examples
        self.globs = dict(globs)

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            described = 'no examples'
        elif count == 1:
            described = '1 example'
        else:
            described = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                            self.filename, self.lineno, described)

    def _key(self):
        return (self.examples, self.docstring, self.globs, self.name, self.filename,
                self.lineno)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key()[1:2] + self._key()[3:])

    def _order(self):
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno,
                id(self))

    def __lt__(self, other):
        if isinstance(other, DocTest):
            return self._order() < other._order()
        return NotImplemented


# ---------------------------------------------------------------------------
# The parser.  It walks the docstring line by line: a `>>>` line opens an
# example, `...` lines continue its source, and the lines up to the next blank
# line or prompt are its expected output.

_TRACEBACK_HEADERS = ('Traceback (most recent call last):', 'Traceback (innermost last):')
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\'"]*)$')
_WORD_START = re.compile(r'\w')


def _common_indent(lines):
    widths = [len(line) - len(line.lstrip(' ')) for line in lines if line.strip(' ')]
    return min(widths) if widths else 0


def _only_comment_or_blank(source):
    return re.fullmatch(r'[ ]*(#.*)?\n?', source) is not None


def _expected_exception(want):
    """The exception message an expected traceback ends with, else None."""
    lines = want.split('\n')
    if lines[0].rstrip() not in _TRACEBACK_HEADERS:
        return None
    for index in range(1, len(lines)):
        if _WORD_START.match(lines[index]):
            return '\n'.join(lines[index:])
    return None


class DocTestParser:
    """Splits a docstring into examples and the text between them."""

    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        lines = string.split('\n')
        cut = _common_indent(lines)
        if cut:
            lines = [line[cut:] for line in lines]
            string = '\n'.join(lines)
        starts = []
        offset = 0
        for line in lines:
            starts.append(offset)
            offset += len(line) + 1

        pieces = []
        consumed = 0
        index = 0
        total = len(lines)
        while index < total:
            line = lines[index]
            body = line.lstrip(' ')
            if not body.startswith('>>>'):
                index += 1
                continue
            first = index
            index += 1
            while index < total and lines[index].lstrip(' ').startswith('...'):
                index += 1
            source_end = index
            while index < total and lines[index].strip(' ') \
                    and not lines[index].lstrip(' ').startswith('>>>'):
                index += 1
            end_offset = starts[index] if index < total else len(string)
            pieces.append(string[consumed:starts[first]])
            example = self._example(lines[first:source_end], lines[source_end:index],
                                    name, first)
            if example is not None:
                pieces.append(example)
            consumed = end_offset
        pieces.append(string[consumed:])
        return pieces

    def _example(self, source_lines, want_lines, name, lineno):
        indent = len(source_lines[0]) - len(source_lines[0].lstrip(' '))
        for number, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + number + 1, name, line[indent:indent + 3],
                                    line))
        self._require_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        self._require_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)
        if want_lines:
            want += '\n'
        options = self._options(source, name, lineno)
        if _only_comment_or_blank(source):
            if options:
                raise ValueError('line %r of the doctest for %s has an option directive on '
                                 'a line with no example: %r' % (lineno, name, source))
            return None
        return Example(source, want, _expected_exception(want), lineno=lineno,
                       indent=indent, options=options)

    @staticmethod
    def _require_prefix(lines, prefix, name, lineno):
        for number, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + number + 1, name, line))

    @staticmethod
    def _options(source, name, lineno):
        options = {}
        for line in source.split('\n'):
            found = _DIRECTIVE.search(line)
            if found is None:
                continue
            for word in found.group(1).replace(',', ' ').split():
                if word[0] not in '+-' or word[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, word))
                options[OPTIONFLAGS_BY_NAME[word[1:]]] = word[0] == '+'
        return options

    def get_examples(self, string, name='<string>'):
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno,
                       string)


# ---------------------------------------------------------------------------
# The finder: collects the docstrings of a module, its classes and functions
# (and a module's __test__ mapping), each as one DocTest.

# a line opening a string: optional `...:` before it, then an optional prefix
_DOCSTRING_START = re.compile(r'(?:.*:)?\s*[A-Za-z]*["\']')


class DocTestFinder:
    """Finds the DocTests of an object and of the objects defined inside it."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser, self._verbose = parser, verbose
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is None:
            module = inspect.getmodule(obj)
        module = module or None     # module=False: no module at all
        lines = self._source_lines(obj, module)
        namespace = dict(module.__dict__ if globs is None and module else globs or {})
        namespace.update(extraglobs or {})
        namespace.setdefault('__name__', '__main__')
        found = []
        self._collect(found, obj, name, module, lines, namespace, set())
        found.sort()
        return found

    @staticmethod
    def _source_lines(obj, module):
        try:
            path = inspect.getsourcefile(obj) or inspect.getfile(obj)
        except TypeError:
            return None
        if path is None:
            return None
        namespace = module.__dict__ if module is not None else None
        lines = linecache.getlines(path, namespace) if namespace is not None \
            else linecache.getlines(path)
        return lines or None

    def _belongs(self, module, value):
        """Whether `value` was defined in `module` (so it is searched from there)."""
        if module is None:
            return True
        owner = inspect.getmodule(value)
        if owner is not None:
            return owner is module
        if inspect.isfunction(value):
            return module.__dict__ is value.__globals__
        if inspect.ismethoddescriptor(value):
            holder = getattr(value, '__objclass__', None)
            if holder is not None:
                return getattr(holder, '__module__', None) == module.__name__
            return getattr(value, '__module__', None) == module.__name__
        if inspect.isclass(value):
            return module.__name__ == value.__module__
        if hasattr(value, '__module__'):
            return module.__name__ == value.__module__
        if isinstance(value, property):
            return True
        raise ValueError('object must be a class or function')

    @staticmethod
    def _searchable(value):
        return inspect.isroutine(inspect.unwrap(value)) or inspect.isclass(value)

    def _collect(self, found, obj, name, module, lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._make_test(obj, name, module, globs, lines)
        if test is not None:
            found.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if self._searchable(value) and self._belongs(obj, value):
                    self._collect(found, value, '%s.%s' % (name, key), module, lines,
                                  globs, seen)
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r'
                                     % (type(key),))
                if not (isinstance(value, str) or inspect.isroutine(value)
                        or inspect.isclass(value) or inspect.ismodule(value)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, '
                                     'functions, methods, classes, or modules: %r'
                                     % (type(value),))
                self._collect(found, value, '%s.__test__.%s' % (name, key), module, lines,
                              globs, seen)
        elif inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if (inspect.isroutine(value) or inspect.isclass(value)
                        or isinstance(value, property)) and self._belongs(module, value):
                    self._collect(found, value, '%s.%s' % (name, key), module, lines,
                                  globs, seen)

    def _make_test(self, obj, name, module, globs, lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__ or ''
                if not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        line = self._docstring_line(obj, lines)
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, line)

    @staticmethod
    def _docstring_line(obj, lines):
        """0-based line where obj's docstring starts in its file, or None."""
        start = None
        if inspect.ismodule(obj):
            start = 0
        elif inspect.isclass(obj):
            if lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for number, text in enumerate(lines):
                if header.match(text):
                    start = number
                    break
        else:
            code = _code_of(obj)
            if code is not None:
                start = code.co_firstlineno - 1
        if start is None:
            return None
        if lines is None:
            return start + 1
        for number in range(start, len(lines)):
            if _DOCSTRING_START.match(lines[number]):
                return number
        return None


def _code_of(obj):
    """The code object behind a function-like object (or frame), if any; a
    property has none."""
    for _ in range(4):
        if inspect.iscode(obj):
            return obj
        if isinstance(obj, (staticmethod, classmethod)) or inspect.ismethod(obj):
            obj = obj.__func__
        elif inspect.isfunction(obj):
            obj = obj.__code__ if obj.__doc__ else None
        elif inspect.istraceback(obj):
            obj = obj.tb_frame.f_code
        elif inspect.isframe(obj):
            obj = obj.f_code
        else:
            return None
    return obj if inspect.iscode(obj) else None


# ---------------------------------------------------------------------------
# Comparing expected and actual output

def _without_blankline_markers(want):
    lines = want.split('\n')
    for index, line in enumerate(lines):
        if line.startswith(BLANKLINE_MARKER) and not line[len(BLANKLINE_MARKER):].strip():
            lines[index] = ''
    return '\n'.join(lines)


def _blank_whitespace_lines(got):
    return '\n'.join('' if not line.strip() else line for line in got.split('\n'))


def _ellipsis_match(want, got):
    """Whether got matches want, where each '...' in want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    parts = want.split(ELLIPSIS_MARKER)
    head, tail = parts[0], parts[-1]
    if len(got) < len(head) + len(tail) or not got.startswith(head) \
            or not got.endswith(tail):
        return False
    position = len(head)
    limit = len(got) - len(tail)
    for middle in parts[1:-1]:
        found = got.find(middle, position, limit)
        if found < 0:
            return False
        position = found + len(middle)
    return True


class OutputChecker:
    """Decides whether an example's actual output matches the expected one, and
    describes the difference when it does not."""

    def check_output(self, want, got, optionflags):
        # Each step loosens the comparison a little more; the first match wins.
        if want == got:
            return True
        if (optionflags & DONT_ACCEPT_TRUE_FOR_1) == 0 and \
                (want, got) in (('1\n', 'True\n'), ('0\n', 'False\n')):
            return True
        if (optionflags & DONT_ACCEPT_BLANKLINE) == 0:
            want, got = _without_blankline_markers(want), _blank_whitespace_lines(got)
            if want == got:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want, got = ' '.join(want.split()), ' '.join(got.split())
            if want == got:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    @staticmethod
    def _wants_diff(want, got, optionflags):
        if optionflags & REPORT_NDIFF:
            return True
        long_enough = min(want.count('\n'), got.count('\n')) > 2
        return bool(optionflags & (REPORT_UDIFF | REPORT_CDIFF)) and long_enough

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            lines = got.split('\n')
            for index in range(len(lines) - 1):
                if not lines[index].strip(' '):
                    lines[index] = BLANKLINE_MARKER
            got = '\n'.join(lines)
        if self._wants_diff(want, got, optionflags):
            expected = want.splitlines(True)
            actual = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                lines = list(difflib.unified_diff(expected, actual, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                lines = list(difflib.context_diff(expected, actual, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                lines = [line.rstrip() + '\n' for line in differ.compare(expected, actual)]
                kind = 'ndiff with -expected +actual'
            return 'Differences (%s):\n' % kind + _indented(''.join(lines))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indented(want), _indented(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indented(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indented(got)
        return 'Expected nothing\nGot nothing\n'


def _exception_core(message):
    """IGNORE_EXCEPTION_DETAIL compares only this: the exception's class name,
    without its module and without what follows the colon."""
    first = message.split('\n', 1)[0]
    kind = first.split(':', 1)[0]
    return kind.rsplit('.', 1)[-1]


# ---------------------------------------------------------------------------
# The runner

class _CapturedOutput(StringIO):
    """Stands in for sys.stdout while examples run."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def reset(self):
        self.seek(0)
        self.truncate()


def _future_flags(globs):
    flags = 0
    for name in __future__.all_feature_names:
        feature = globs.get(name)
        if feature is not None and feature is getattr(__future__, name):
            flags |= feature.compiler_flag
    return flags


def _example_exception(exc_info):
    """The traceback text of an example's exception, without the runner's frame."""
    kind, value, tb = exc_info
    if tb is None:
        return 'Traceback (most recent call last):\n' + ''.join(
            traceback.format_exception_only(kind, value))
    return ''.join(traceback.format_exception(kind, value, tb))


class DocTestRunner:
    """Runs the examples of DocTests, reports failures and keeps a tally."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self._checker = OutputChecker() if checker is None else checker
        self.optionflags = self.original_optionflags = optionflags
        self.failures = self.tries = 0
        self._tallies = {}          # test name -> (failures, tries)
        self._capture = _CapturedOutput()

    # -- reports (subclasses may override these)
    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indented(example.source) + 'Expecting:\n'
                    + _indented(example.want))
            else:
                out('Trying:\n' + _indented(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indented(_example_exception(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is None or example.lineno is None:
                where = '?'
            else:
                where = test.lineno + example.lineno + 1
            lines.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indented(example.source))
        return '\n'.join(lines)

    # -- running
    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            encoding = getattr(real_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = real_stdout.write
            else:
                def out(text):
                    real_stdout.write(text.encode(encoding, 'backslashreplace')
                                      .decode(encoding))
        real_getlines = linecache.getlines
        real_displayhook = sys.displayhook

        def getlines(filename, module_globals=None):
            source = self._example_source(filename)
            if source is not None:
                return source.splitlines(True)
            return real_getlines(filename, module_globals)

        sys.stdout = self._capture
        linecache.getlines = getlines
        sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            linecache.getlines = real_getlines
            sys.displayhook = real_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def _example_source(self, filename):
        """The source of `<doctest NAME[N]>`, the name examples are compiled under."""
        if not (filename.startswith('<doctest ') and filename.endswith(']>')):
            return None
        name, _, number = filename[len('<doctest '):-2].rpartition('[')
        test = getattr(self, 'test', None)
        if test is None or name != test.name or not number.isdigit():
            return None
        index = int(number)
        if index >= len(test.examples):
            return None
        return test.examples[index].source

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        original = self.optionflags
        check = self._checker.check_output
        capture = self._capture
        for number, example in enumerate(test.examples):
            quiet = bool(original & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            flags = original
            for flag, wanted in example.options.items():
                flags = flags | flag if wanted else flags & ~flag
            self.optionflags = flags
            if flags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            capture.reset()
            try:
                code = compile(example.source, filename, 'single', compileflags, True)
                exec(code, test.globs)
                failure = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                kind, value, tb = sys.exc_info()
                # the first frame is this method's own
                failure = (kind, value, tb.tb_next if tb is not None else None)
            got = capture.getvalue()
            capture.reset()

            if failure is None:
                verdict = 'ok' if check(example.want, got, flags) else 'wrong'
            else:
                message = _exception_summary(failure[0], failure[1])
                if not quiet:
                    got += _example_exception(failure)
                if example.exc_msg is None:
                    verdict = 'raised'
                elif check(example.exc_msg, message, flags):
                    verdict = 'ok'
                elif flags & IGNORE_EXCEPTION_DETAIL and check(
                        _exception_core(example.exc_msg), _exception_core(message), flags):
                    verdict = 'ok'
                else:
                    verdict = 'wrong'

            if verdict == 'ok':
                if not quiet:
                    self.report_success(out, test, example, got)
            elif verdict == 'wrong':
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, failure)
                failures += 1
            if failures and flags & FAIL_FAST:
                break
        self.optionflags = original
        self._tally(test.name, failures, tries)
        return TestResults(failures, tries)

    def _tally(self, name, failures, tries):
        old_failures, old_tries = self._tallies.get(name, (0, 0))
        self._tallies[name] = (old_failures + failures, old_tries + tries)
        self.failures += failures
        self.tries += tries

    def merge(self, other):
        for name, (failures, tries) in other._tallies.items():
            old_failures, old_tries = self._tallies.get(name, (0, 0))
            self._tallies[name] = (old_failures + failures, old_tries + tries)

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        untested, clean, broken = [], [], []
        all_tries = all_failures = 0
        for name in sorted(self._tallies):
            failures, tries = self._tallies[name]
            all_tries += tries
            all_failures += failures
            if tries == 0:
                untested.append(name)
            elif failures == 0:
                clean.append((name, tries))
            else:
                broken.append((name, failures, tries))
        if verbose:
            if untested:
                print(len(untested), 'items had no tests:')
                for name in untested:
                    print('   ', name)
            if clean:
                print(len(clean), 'items passed all tests:')
                for name, tries in clean:
                    print(' %3d tests in %s' % (tries, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), 'items had failures:')
            for name, failures, tries in broken:
                print(' %3d of %3d in %s' % (failures, tries, name))
        if verbose:
            print(all_tries, 'tests in', len(self._tallies), 'items.')
            print(all_tries - all_failures, 'passed and', all_failures, 'failed.')
        if all_failures:
            print('***Test Failed***', all_failures, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(all_failures, all_tries)


class _ExampleProblem(Exception):
    def __str__(self):
        return str(self.test)


class DocTestFailure(_ExampleProblem):
    """Raised by DebugRunner when an example's output is wrong."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got


class UnexpectedException(_ExampleProblem):
    """Raised by DebugRunner when an example raises unexpectedly."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info


class DebugRunner(DocTestRunner):
    """Stops at the first problem by raising it, leaving the globals in place."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------
# Entry points

master = None   # the runner testmod() and testfile() results accumulate in


def _keep_results(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def _as_module(module, depth=2):
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ['*'])
    if module is None:
        caller = sys._getframe(depth).f_globals['__name__']
        return sys.modules[caller]
    raise TypeError('Expected a module, string, or None')


def _beside(module, path):
    if os.path.isabs(path):
        raise ValueError('Module-relative files may not have absolute paths')
    path = os.path.join(*path.split('/'))
    if hasattr(module, '__file__'):
        base = os.path.dirname(module.__file__)
    elif module.__name__ == '__main__':
        base = os.path.dirname(sys.argv[0]) if sys.argv and sys.argv[0] else os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(base, path)


def _read_test_file(filename, package, module_relative, encoding):
    if module_relative:
        filename = _beside(package, filename)
        loader = getattr(package, '__loader__', None)
        if not os.path.exists(filename) and hasattr(loader, 'get_data'):
            text = loader.get_data(filename).decode(encoding)
            return text.replace(os.linesep, '\n'), filename
    with open(filename, encoding=encoding) as handle:
        return handle.read(), filename


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module m (default: __main__)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    tests = DocTestFinder(exclude_empty=exclude_empty).find(m, name, globs=globs,
                                                             extraglobs=extraglobs)
    return _run_all(tests, raise_on_error, verbose, optionflags, report)


def _run_all(tests, raise_on_error, verbose, optionflags, report):
    runner = (DebugRunner if raise_on_error else DocTestRunner)(verbose=verbose,
                                                                optionflags=optionflags)
    for test in tests:
        runner.run(test)
    if report:
        runner.summarize()
    _keep_results(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Run the examples in a text file."""
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    if module_relative:
        package = _as_module(package)
    text, filename = _read_test_file(filename, package, module_relative,
                                     encoding or 'utf-8')
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    test = parser.get_doctest(text, globs, name, filename, 0)
    return _run_all([test], raise_on_error, verbose, optionflags, report)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    """Run the examples in f's docstring (only f's, not those inside it)."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------------------
# unittest integration

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they have none of their own;
    returns the previous ones."""
    global _unittest_reportflags
    if flags & REPORTING_FLAGS != flags:
        raise ValueError('Only reporting flags allowed', flags)
    previous = _unittest_reportflags
    _unittest_reportflags = flags
    return previous


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test case."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_test = test
        self._flags = optionflags
        self._checker = checker
        self._before = setUp
        self._after = tearDown
        self._initial_globs = test.globs.copy() if test is not None else {}

    def setUp(self):
        if self._before is not None:
            self._before(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._after is not None:
            self._after(test)
        test.globs.clear()
        test.globs.update(self._initial_globs)

    def runTest(self):
        test = self._dt_test
        flags = self._flags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._checker, verbose=False)
        runner.DIVIDER = '-' * 70
        report = StringIO()
        saved = sys.stdout
        try:
            failures, _ = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        line = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        short = test.name.rsplit('.', 1)[-1]
        return 'Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s' % (
            test.name, test.filename, line, short, err)

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._flags, checker=self._checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def _key(self):
        return (self._dt_test, self._flags, self._before, self._after, self._checker)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        parent, _, last = self._dt_test.name.rpartition('.')
        return '%s (%s)' % (last, parent)

    __str__ = object.__str__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


DocTestCase.__str__ = DocTestCase.__repr__


class SkipDocTestCase(DocTestCase):
    """Stands in for a module's doctests under -OO, where docstrings are gone."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest('DocTestSuite will not work with -O2 and above')

    def test_skip(self):
        pass

    def shortDescription(self):
        return 'Skipping tests from %s' % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    # keep the cases after running: their DocTests stay inspectable
    _ut_drop_finished = False


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test case per docstring (that has examples) in
    module (default: the caller's)."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _as_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    tests.sort()
    for test in tests:
        if not test.examples:
            continue
        if not test.filename:
            filename = module.__file__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A text file's examples as one unittest test case."""

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            self._dt_test.name, self._dt_test.filename, err)


DocFileCase.__str__ = DocFileCase.__repr__


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    if module_relative:
        package = _as_module(package)
    text, path = _read_test_file(path, package, module_relative, encoding or 'utf-8')
    if '__file__' not in globs:
        globs['__file__'] = path
    test = parser.get_doctest(text, globs, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one test case per text file."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _as_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---------------------------------------------------------------------------
# Examples as scripts, and debugging them

def _as_comment(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def script_from_examples(s):
    """The examples of s as a Python script: text becomes comments, expected
    output becomes '## ' comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            lines.extend(_as_comment(line) for line in piece.split('\n')[:-1])
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script made from the docstring of the test called name in module."""
    module = _as_module(module)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, 'not found in tests')


def debug_src(src, pm=False, globs=None):
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    import pdb
    namespace = globs.copy() if globs else {}
    if pm:
        try:
            exec(src, namespace, namespace)
        except BaseException:
            print(sys.exc_info()[1])
            debugger = pdb.Pdb(nosigint=True)
            debugger.reset()
            debugger.interaction(None, sys.exc_info()[2])
    else:
        pdb.Pdb(nosigint=True).run('exec(%r)' % src, namespace, namespace)


def debug(module, name, pm=False):
    module = _as_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


# ---------------------------------------------------------------------------
# python -m doctest [-v] [-o OPTION] [-f] file...

def _main():
    import argparse
    parser = argparse.ArgumentParser(description='doctest runner')
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='report every example, not only failures')
    parser.add_argument('-o', '--option', action='append',
                        choices=OPTIONFLAGS_BY_NAME.keys(), default=[],
                        help='an option flag to run with (may be repeated)')
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help='stop at the first failure (same as -o FAIL_FAST)')
    parser.add_argument('file', nargs='+',
                        help='a Python module or a text file with examples')
    args = parser.parse_args()
    flags = 0
    for option in args.option:
        flags |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        flags |= FAIL_FAST
    for path in args.file:
        if path.endswith('.py'):
            folder, base = os.path.split(path)
            sys.path.insert(0, folder)
            module = __import__(base[:-3])
            del sys.path[0]
            failed, _ = testmod(module, verbose=args.verbose, optionflags=flags)
        else:
            failed, _ = testfile(path, module_relative=False, verbose=args.verbose,
                                 optionflags=flags)
        if failed:
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(_main())
