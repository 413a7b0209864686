"""Warning control: filters decide whether a warning is ignored, shown once,
shown every time or raised; shown warnings go through showwarning().

Written for Spry from the documented behaviour of CPython 3.11's warnings module.
C code reaches it through warn() and warn_explicit() (runtime/modules/warnings.c)."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('default', 'always', 'ignore', 'module', 'once', 'error')

# Each filter is (action, message regex or None, category, module regex or name
# or None, lineno); the first that matches decides.
filters = []
defaultaction = 'default'
# (text, category) pairs already shown under the "once" action.
onceregistry = {}

# Per-module registries remember which warnings were shown; a registry older than
# the filters (its 'version' differs) is wiped.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---------------------------------------------------------------------------
# Showing a warning
# ---------------------------------------------------------------------------

class WarningMessage(object):
    """One warning as caught by catch_warnings(record=True)."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line',
                        'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        given = locals()
        for field in self._WARNING_DETAILS:
            setattr(self, field, given[field])
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno,
                   self.line))


def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _render(msg):
    """The text printed for a WarningMessage (before any formatwarning override)."""
    name = msg.category.__name__
    text = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, name, msg.message)
    line = msg.line
    if line is None:
        line = _source_line(msg.filename, msg.lineno)
    if line:
        text += '  %s\n' % line.strip()
    if msg.source is not None:
        # CPython points at the allocation when tracemalloc traces; Spry has no
        # tracemalloc, so it always gives the hint CPython gives when not tracing.
        try:
            import tracemalloc
            tracing = tracemalloc.is_tracing()
            where = tracemalloc.get_object_traceback(msg.source) if tracing else None
        except Exception:
            tracing, where = False, None
        if where is not None:
            text += 'Object allocated at (most recent call last):\n'
            for frame in where:
                text += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
                source_line = _source_line(frame.filename, frame.lineno)
                if source_line:
                    text += '    %s\n' % source_line.strip()
        elif not tracing:
            text += '%s: Enable tracemalloc to get the object allocation traceback\n' % name
    return text


def _write(msg):
    # The default destination of a shown warning; catch_warnings(record=True)
    # swaps this for a list's append.
    stream = sys.stderr if msg.file is None else msg.file
    if stream is None:
        return
    try:
        stream.write(_formatwarnmsg(msg))
    except OSError:
        pass


_showwarnmsg_impl = _write


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno,
                             msg.line)
    return _render(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
                    msg.line)
        return
    _showwarnmsg_impl(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (standard error by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The standard text for a warning."""
    return _render(WarningMessage(message, category, filename, lineno, None, line))


# Programs replace showwarning/formatwarning; these detect that.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------

def _install(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Add a filter matching the message and module with regular expressions."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    message_re = module_re = None
    if message or module:
        import re
        if message:
            message_re = re.compile(message, re.I)
        if module:
            module_re = re.compile(module)
    _install((action, message_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message and module."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text  # the built-in defaults name modules exactly
    return pattern.match(text) is not None


def _decide(text, category, module, lineno):
    for entry in filters:
        action, message_re, wanted, module_re, wanted_line = entry
        if (_matches(message_re, text) and issubclass(category, wanted)
                and _matches(module_re, module) and wanted_line in (0, lineno)):
            return action, entry
    return defaultaction, None


# ---------------------------------------------------------------------------
# Issuing warnings
# ---------------------------------------------------------------------------

def _internal_frame(frame):
    name = frame.f_code.co_filename
    return 'importlib' in name and '_bootstrap' in name


def _caller(stacklevel):
    # The frame stacklevel levels above warn()'s caller's caller; past level 1,
    # the import machinery's frames do not count.
    try:
        frame = sys._getframe(2)
    except ValueError:
        return None
    if stacklevel <= 1 or _internal_frame(frame):
        for _ in range(stacklevel - 1):
            frame = frame.f_back
            if frame is None:
                return None
        return frame
    for _ in range(stacklevel - 1):
        frame = frame.f_back
        while frame is not None and _internal_frame(frame):
            frame = frame.f_back
        if frame is None:
            return None
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, attributed to the code stacklevel frames up."""
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    frame = _caller(stacklevel)
    if frame is None:
        where = sys.__dict__
        filename, lineno = 'sys', 1
    else:
        where = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    module = where['__name__'] if '__name__' in where else '<string>'
    registry = where.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, where, source)


_NO_MODULE = object()


def warn_explicit(message, category, filename, lineno, module=_NO_MODULE, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit location."""
    import operator
    lineno = operator.index(lineno)
    if module is _NO_MODULE:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    elif module is None:
        return
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, entry = _decide(text, category, module, lineno)
    if action == 'ignore':
        return
    import linecache
    linecache.getlines(filename, module_globals)
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = True
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = True
    elif action == 'module':
        registry[key] = True
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = True
    elif action == 'default':
        registry[key] = True
    elif action != 'always':
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s'
                           % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


# ---------------------------------------------------------------------------
# catch_warnings
# ---------------------------------------------------------------------------

class catch_warnings(object):
    """Context manager that saves and restores the filters and showwarning();
    with record=True it collects WarningMessage objects into the list it returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append('record=True')
        if self._module is not sys.modules['warnings']:
            shown.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._showwarnmsg_impl)
        target.filters = target.filters[:]
        target._filters_mutated()
        if self._filter is not None:
            target.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        target = self._module
        target.filters, target.showwarning, target._showwarnmsg_impl = self._saved
        target._filters_mutated()


# ---------------------------------------------------------------------------
# -W options and PYTHONWARNINGS
# ---------------------------------------------------------------------------

class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as exc:
            print('Invalid -W option ignored:', exc, file=sys.stderr)


def _setoption(arg):
    fields = arg.split(':')
    if len(fields) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = [field.strip() for field in fields]
    action = _option_action(action)
    category = _option_category(category)
    if message or module:
        import re
        message = re.escape(message) if message else message
        module = re.escape(module) + r'\Z' if module else module
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _option_action(word):
    if not word:
        return 'default'
    if word == 'all':
        return 'always'
    for action in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if action.startswith(word):
            return action
    raise _OptionError('invalid action: %r' % (word,))


def _option_category(name):
    if not name:
        return Warning
    if '.' in name:
        module_name, _, class_name = name.rpartition('.')
        try:
            home = __import__(module_name, None, None, [class_name])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (module_name,)) from None
    else:
        import builtins as home
        class_name = name
    try:
        found = getattr(home, class_name)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (name,)) from None
    if not issubclass(found, Warning):
        raise _OptionError('invalid warning category: %r' % (name,))
    return found


# The defaults of a release build: DeprecationWarning shown for __main__ only;
# the rest of these ignored.
filters.extend([
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
])
if sys.warnoptions:
    _processoptions(sys.warnoptions)
