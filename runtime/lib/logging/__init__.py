"""Logging: loggers arranged in a dotted-name hierarchy hand records to handlers,
which filter them and write them out through formatters.

Written for Spry from the documented behaviour of CPython 3.11's logging package."""

import collections.abc
import io
import os
import re
import sys
import threading
import time
import traceback
import warnings
import weakref
from string import Template
from types import GenericAlias

__all__ = ['addLevelName', 'BASIC_FORMAT', 'basicConfig', 'BufferingFormatter',
           'captureWarnings', 'CRITICAL', 'critical', 'DEBUG', 'debug', 'disable',
           'ERROR', 'error', 'exception', 'FATAL', 'fatal', 'FileHandler', 'Filter',
           'Formatter', 'getLevelName', 'getLevelNamesMapping', 'getLogger',
           'getLoggerClass', 'getLogRecordFactory', 'Handler', 'INFO', 'info',
           'lastResort', 'log', 'Logger', 'LoggerAdapter', 'LogRecord',
           'makeLogRecord', 'NOTSET', 'NullHandler', 'raiseExceptions',
           'setLoggerClass', 'setLogRecordFactory', 'shutdown', 'StreamHandler',
           'WARN', 'warn', 'WARNING', 'warning']

# Documented switches.
raiseExceptions = True   # report errors raised while handling records
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()

# ---------------------------------------------------------------------------
# Levels
# ---------------------------------------------------------------------------

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

_STANDARD_LEVELS = (('CRITICAL', CRITICAL), ('ERROR', ERROR), ('WARNING', WARNING),
                    ('INFO', INFO), ('DEBUG', DEBUG), ('NOTSET', NOTSET))
_levelToName = {number: name for name, number in _STANDARD_LEVELS}
_nameToLevel = dict(_STANDARD_LEVELS, FATAL=FATAL, WARN=WARNING)


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, or 'Level N'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return 'Level %s' % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    # Levels may be given as numbers or as registered names.
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level in _nameToLevel:
            return _nameToLevel[level]
        raise ValueError('Unknown level: %r' % level)
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


# One re-entrant lock guards the module's shared tables (loggers, handler names,
# level names); logging.config takes it too.
_lock = threading.RLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


def _register_at_fork_reinit_lock(instance):
    pass  # Spry does not fork with threads running; nothing to reinitialise


# This file's name: frames from it are skipped when finding a record's caller.
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def currentframe():
    return sys._getframe(1)


def _is_internal_frame(frame):
    filename = os.path.normcase(frame.f_code.co_filename)
    return filename == _srcfile or ('importlib' in filename and '_bootstrap' in filename)


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------

class LogRecord(object):
    """Everything known about one logging event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        now = time.time()
        # log('%(a)s', {'a': 1}): a lone non-empty mapping supplies named values.
        if (args and len(args) == 1 and isinstance(args[0], collections.abc.Mapping)
                and args[0]):
            args = args[0]
        try:
            base = os.path.basename(pathname)
            stem = os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            base, stem = pathname, 'Unknown module'
        thread_id = thread_name = process_name = None
        if logThreads:
            thread_id = threading.get_ident()
            thread_name = threading.current_thread().name
        if logMultiprocessing:
            process_name = 'MainProcess'
            multiprocessing = sys.modules.get('multiprocessing')
            if multiprocessing is not None:
                try:
                    process_name = multiprocessing.current_process().name
                except Exception:
                    pass
        # Attributes in the order CPython sets them (vars() shows it).
        self.__dict__.update(
            name=name, msg=msg, args=args, levelname=getLevelName(level), levelno=level,
            pathname=pathname, filename=base, module=stem, exc_info=exc_info,
            exc_text=None, stack_info=sinfo, lineno=lineno, funcName=func, created=now,
            msecs=int((now - int(now)) * 1000) + 0.0,
            relativeCreated=(now - _startTime) * 1000, thread=thread_id,
            threadName=thread_name, processName=process_name,
            process=os.getpid() if logProcesses and hasattr(os, 'getpid') else None)

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno,
                                                      self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from a dict (e.g. one sent over a socket)."""
    record = _logRecordFactory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------

_str_formatter = __import__('string').Formatter()


class PercentStyle(object):
    """'%(name)s' formats."""

    validation_pattern = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]',
                                    re.I)
    asctime_search = '%(asctime)'
    asctime_format = '%(asctime)s'
    default_format = '%(message)s'

    def __init__(self, fmt, *, defaults=None):
        self._defaults = defaults
        self._fmt = fmt if fmt else self.default_format

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if not self.validation_pattern.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            return self._defaults | record.__dict__
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as exc:
            raise ValueError('Formatting field not found in record: %s' % exc)


class StrFormatStyle(PercentStyle):
    """'{name}' formats (str.format)."""

    asctime_search = '{asctime'
    asctime_format = '{asctime}'
    default_format = '{message}'
    fmt_spec = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$',
                          re.I)
    field_spec = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def _fields(self):
        # The replacement fields, checked one by one (parse() itself may fail).
        found = []
        for _, field, spec, conversion in _str_formatter.parse(self._fmt):
            if field:
                if self.field_spec.match(field) is None:
                    raise ValueError('invalid field name/expression: %r' % field)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and self.fmt_spec.match(spec) is None:
                    raise ValueError('bad specifier: %r' % spec)
                found.append(field)
        return found

    def validate(self):
        try:
            fields = self._fields()
        except ValueError as exc:
            raise ValueError('invalid format: %s' % exc)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """'$name' formats (string.Template)."""

    asctime_search = '${asctime}'
    asctime_format = '${asctime}'
    default_format = '${message}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        names = set()
        for found in Template.pattern.finditer(self._fmt):
            parts = found.groupdict()
            if parts['named'] or parts['braced']:
                names.add(parts['named'] or parts['braced'])
            elif found.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not names:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    return _STYLES[style]


class Formatter(object):
    """Turns a LogRecord into text."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._style = _style_class(style)[0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback text for an exc_info triple, without the final newline."""
        text = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith('\n') else text

    def formatStack(self, stack_info):
        return stack_info

    def formatMessage(self, record):
        return self._style.format(record)

    def usesTime(self):
        return self._style.usesTime()

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The traceback text is cached on the record for every other handler.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                if not text.endswith('\n'):
                    text += '\n'
                text += extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: header, one line per record, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        body = ''.join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------

class Filter(object):
    """Passes records from the named logger and its descendants ('' passes all)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer(object):
    """Base of loggers and handlers: a list of filters (objects or callables)."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
        return True


# ---------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------

# Named handlers (for logging.config) and weak references to every handler, in
# creation order, so that shutdown() can flush and close them.
_handlers = weakref.WeakValueDictionary()
_handlerList = []


def _removeHandlerRef(reference):
    with _lock:
        if reference in _handlerList:
            _handlerList.remove(reference)


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(weakref.ref(handler, _removeHandlerRef))


class Handler(Filterer):
    """Sends records somewhere; subclasses implement emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
        self._name, self.formatter, self._closed = None, None, False
        self.createLock()
        _addHandlerRef(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit the record if the filters pass it; return whether they did."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised in emit() on stderr, then carry on."""
        if not (raiseExceptions and sys.stderr):
            return
        kind, exc, tb = sys.exc_info()
        try:
            out = sys.stderr
            out.write('--- Logging error ---\n')
            traceback.print_exception(kind, exc, tb, None, out)
            out.write('Call stack:\n')
            # Show where the logging call was made, above logging's own frames.
            frame = tb.tb_frame if tb is not None else None
            package = os.path.dirname(_srcfile)
            while frame and os.path.dirname(frame.f_code.co_filename) == package:
                frame = frame.f_back
            if frame:
                traceback.print_stack(frame, file=out)
            else:
                out.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                out.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                out.write('Unable to print the message and arguments - possible '
                          'formatting error.\nUse the traceback above to help find '
                          'the error.\n')
        except OSError:
            pass
        finally:
            del kind, exc, tb

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, 'flush'):
                self.stream.flush()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:  # never swallowed: it would recur in handleError
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch streams (flushing the old one); return the old stream or None."""
        if stream is self.stream:
            return None
        with self.lock:
            previous = self.stream
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """Writes formatted records to a file, opened at once or at the first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode, self.encoding, self.errors, self.delay = mode, encoding, errors, delay
        # Kept so that closing at interpreter exit still works after builtins go.
        self._builtin_open = open
        if not delay:
            StreamHandler.__init__(self, self._open())
        else:
            Handler.__init__(self)
            self.stream = None

    def _open(self):
        opener = self._builtin_open
        return opener(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def close(self):
        with self.lock:
            stream = self.stream
            try:
                if stream:
                    self._flush_then_close(stream)
            finally:
                StreamHandler.close(self)

    def _flush_then_close(self, stream):
        try:
            self.flush()
        finally:
            self.stream = None
            closer = getattr(stream, 'close', None)
            if closer is not None:
                closer()

    def emit(self, record):
        # A delayed file opens now; a closed 'w' file is not reopened (it would
        # be truncated).
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


# Used when a record finds no handler at all.
_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Discards everything (for libraries that log but leave output to the app)."""

    def emit(self, record):
        pass

    handle = emit

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# Loggers
# ---------------------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the hierarchy for a dotted name that has descendants but no logger."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _checked_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    return klass


def setLoggerClass(klass):
    """The class getLogger() instantiates from now on."""
    global _loggerClass
    _loggerClass = _checked_logger_class(klass)


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Owns the logger hierarchy: creates loggers and links parents to children."""

    def __init__(self, rootnode):
        self.loggerDict = {}  # dotted name -> Logger or PlaceHolder
        self.root = rootnode
        self.loggerClass = self.logRecordFactory = None
        self.emittedNoHandlerWarning = False
        self.disable = 0

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            logger = (self.loggerClass or _loggerClass)(name)
            logger.manager = self
            self.loggerDict[name] = logger
            if existing is not None:
                self._adopt_children(existing, logger)
            self._find_parent(logger)
            return logger

    def setLoggerClass(self, klass):
        self.loggerClass = _checked_logger_class(klass)

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _find_parent(self, logger):
        # The nearest existing ancestor is the parent; missing ancestors get
        # placeholders that remember this logger.
        parent = None
        prefix = logger.name
        while parent is None:
            cut = prefix.rfind('.')
            if cut <= 0:
                break
            prefix = prefix[:cut]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(node, PlaceHolder):
                node.append(logger)
            else:
                parent = node
        logger.parent = parent if parent is not None else self.root

    def _adopt_children(self, placeholder, logger):
        # Loggers created below this name so far now hang from the new logger.
        prefix = logger.name
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(prefix):
                logger.parent = child.parent
                child.parent = logger

    def _clear_cache(self):
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel: creates records and passes them up the hierarchy."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}  # level -> isEnabledFor answer

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    # debug(), info(), warning(), error() and critical() are made below.

    def warn(self, msg, *args, **kwargs):
        _warn_deprecated('method')
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function, stack text) of the code that logged."""
        frame = currentframe()
        if frame is None:
            return '(unknown file)', 0, '(unknown function)', None
        # Walk out of logging's own frames, then stacklevel - 1 more.
        while stacklevel > 0:
            outer = frame.f_back
            if outer is None:
                break
            frame = outer
            if not _is_internal_frame(frame):
                stacklevel -= 1
        code = frame.f_code
        stack = None
        if stack_info:
            buffer = io.StringIO()
            buffer.write('Stack (most recent call last):\n')
            traceback.print_stack(frame, file=buffer)
            stack = buffer.getvalue()
            if stack.endswith('\n'):
                stack = stack[:-1]
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        where = ('(unknown file)', 0, '(unknown function)', None)
        if _srcfile:
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        filename, lineno, function, stack = where
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, filename, lineno, msg, args, exc_info,
                                 function, extra, stack)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _lineage(self):
        # This logger and the ancestors its records propagate to.
        node = self
        while node:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        return any(node.handlers for node in self._lineage())

    def callHandlers(self, record):
        seen_any = False
        for node in self._lineage():
            for handler in node.handlers:
                seen_any = True
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen_any:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            pass
        with _lock:
            enabled = self.manager.disable < level and level >= self.getEffectiveLevel()
            self._cache[level] = enabled
        return enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


def _warn_deprecated(kind):
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % kind,
                  DeprecationWarning, 3)


_NAMED_LEVELS = (('debug', DEBUG), ('info', INFO), ('warning', WARNING), ('error', ERROR),
                 ('critical', CRITICAL))


def _logger_method(method_name, level):
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__ = method_name
    method.__qualname__ = 'Logger.' + method_name
    method.__doc__ = 'Log msg %% args at level %s.' % getLevelName(level)
    return method


for _method_name, _method_level in _NAMED_LEVELS:
    setattr(Logger, _method_name, _logger_method(_method_name, _method_level))
Logger.fatal = Logger.critical


class RootLogger(Logger):
    """The top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add contextual information (extra) to every record."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    # debug(), info(), warning(), error() and critical() are made below.

    def warn(self, msg, *args, **kwargs):
        _warn_deprecated('method')
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    # The rest is the wrapped logger's.
    @property
    def name(self):
        return self.logger.name

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    def hasHandlers(self):
        "Whether the wrapped logger has handlers."
        return self.logger.hasHandlers()

    def isEnabledFor(self, level):
        "As the wrapped logger."
        return self.logger.isEnabledFor(level)

    def getEffectiveLevel(self):
        "The wrapped logger's level."
        return self.logger.getEffectiveLevel()

    def setLevel(self, level):
        "Set the wrapped logger's level."
        self.logger.setLevel(level)

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        wrapped = self.logger
        return wrapped._log(level, msg, args, exc_info=exc_info, extra=extra,
                            stack_info=stack_info)

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))

    __class_getitem__ = classmethod(GenericAlias)


def _adapter_method(method_name, level):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__ = method_name
    method.__qualname__ = 'LoggerAdapter.' + method_name
    return method


for _method_name, _method_level in _NAMED_LEVELS:
    setattr(LoggerAdapter, _method_name, _adapter_method(_method_name, _method_level))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------
# Module-level conveniences (they log through the root logger)
# ---------------------------------------------------------------------------

def basicConfig(**kwargs):
    """Give the root logger a handler and formatter, unless it already has one
    (force=True replaces them)."""
    with _lock:
        if kwargs.pop('force', False):
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        _configure_root(kwargs)


def _configure_root(options):
    encoding = options.pop('encoding', None)
    errors = options.pop('errors', 'backslashreplace')
    handlers = options.pop('handlers', None)
    if handlers is not None:
        if 'stream' in options or 'filename' in options:
            raise ValueError("'stream' or 'filename' should not be specified together "
                             "with 'handlers'")
    elif 'stream' in options and 'filename' in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    else:
        filename = options.pop('filename', None)
        mode = options.pop('filemode', 'a')
        if not filename:
            handlers = [StreamHandler(options.pop('stream', None))]
        elif 'b' in mode:
            handlers = [FileHandler(filename, mode, encoding=encoding, errors=None)]
        else:
            handlers = [FileHandler(filename, mode, encoding=io.text_encoding(encoding),
                                    errors=errors)]
    datefmt = options.pop('datefmt', None)
    style = options.pop('style', '%')
    fmt = options.pop('format', _style_class(style)[1])
    shared = Formatter(fmt, datefmt, style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(shared)
        root.addHandler(handler)
    level = options.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if options:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(options))


def getLogger(name=None):
    """The logger with this dotted name (created on first use); no name: root."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _root_ready():
    if not root.handlers:
        basicConfig()
    return root


def _module_function(method_name):
    def function(msg, *args, **kwargs):
        getattr(_root_ready(), method_name)(msg, *args, **kwargs)
    function.__name__ = function.__qualname__ = method_name
    return function


for _method_name, _ in _NAMED_LEVELS:
    globals()[_method_name] = _module_function(_method_name)
fatal = critical  # noqa: F821 -- made just above


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)  # noqa: F821


def warn(msg, *args, **kwargs):
    _warn_deprecated('function')
    warning(msg, *args, **kwargs)  # noqa: F821


def log(level, msg, *args, **kwargs):
    _root_ready().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at this level or below, whatever the loggers say."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler (registered with atexit)."""
    for reference in reversed(handlerList[:]):
        try:
            handler = reference()
            if handler:
                try:
                    handler.acquire()
                    if getattr(handler, 'flushOnClose', True):
                        handler.flush()
                    handler.close()
                except (OSError, ValueError):
                    pass  # the stream may already be closed
                finally:
                    handler.release()
        except:  # noqa: E722 -- as documented, errors are ignored unless raiseExceptions
            if raiseExceptions:
                raise


import atexit  # noqa: E402
atexit.register(shutdown)


# ---------------------------------------------------------------------------
# Routing the warnings module into logging
# ---------------------------------------------------------------------------

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger('py.warnings')
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning('%s', text)


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (True) or back to stderr (False)."""
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
