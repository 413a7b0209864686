"""Look inside live objects: kinds, members, source text, frames and call signatures.

Written for Spry from the documented behaviour of CPython 3.11's inspect module.
"""
import abc
import builtins
import collections.abc
import enum
import functools
import linecache
import os
import sys
import types
from collections import namedtuple, OrderedDict

# Code flags, as the compiler sets them on co_flags.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

_MISSING = object()   # "no default given" for getattr_static and friends

# Record types only a few functions return are made when first asked for: each
# collections.namedtuple compiles code, and `import inspect` need not pay for five.
_LAZY_RECORDS = {
    'Attribute': 'name kind defining_class object',
    'ClosureVars': 'nonlocals globals builtins unbound',
    'Arguments': 'args varargs varkw',
    'FullArgSpec': 'args varargs varkw defaults kwonlyargs kwonlydefaults annotations',
    'ArgInfo': 'args varargs keywords locals',
}


def __getattr__(name):
    fields = _LAZY_RECORDS.get(name)
    if fields is None:
        raise AttributeError("module 'inspect' has no attribute {!r}".format(name))
    made = globals()[name] = namedtuple(name, fields)
    return made


def __dir__():
    return sorted(set(globals()) | set(_LAZY_RECORDS))


def _record_type(name):
    made = globals().get(name)
    return made if made is not None else __getattr__(name)


# ---- what kind of object is this? ------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _defines_get_only(tp):
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    return _defines_get_only(type(object))


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def _code_has_flag(f, flag):
    # Bound methods and functools.partial objects count as the function they call.
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            break
    if not (isfunction(f) or _looks_like_function(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _code_has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _code_has_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _code_has_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    if object.__flags__ & TPFLAGS_IS_ABSTRACT:
        return True
    if not isinstance(object, abc.ABCMeta) or hasattr(object, '__abstractmethods__'):
        return False
    # Still being built (e.g. seen from __init_subclass__): ABCMeta has not
    # computed __abstractmethods__ yet, so look for abstract members ourselves.
    for name, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(object, name, None), '__isabstractmethod__', False):
                return True
    return False


# ---- members -----------------------------------------------------------------------

def getmro(cls):
    return cls.__mro__


def _members(object, predicate, fetch):
    found = []
    seen = set()
    names = dir(object)
    if isclass(object):
        # dir() of a class leaves out what the metaclass provides through
        # DynamicClassAttribute-like descriptors kept in a base's dict
        for base in object.__bases__:
            for name, value in base.__dict__.items():
                if isinstance(value, types.DynamicClassAttribute):
                    names.append(name)
        lookup_in = (object,) + object.__mro__
    else:
        lookup_in = ()
    for name in names:
        if name in seen:
            continue
        seen.add(name)
        try:
            value = fetch(object, name)
        except AttributeError:
            for base in lookup_in:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found.append((name, value))
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    return _members(object, predicate, getattr_static)


def classify_class_attrs(cls):
    metaclass_mro = type(cls).__mro__
    result = []
    for name in dir(cls):
        home = None
        raw = None
        for base in cls.__mro__ + metaclass_mro:
            if name in base.__dict__:
                home = base
                raw = base.__dict__[name]
                break
        if home is None:
            try:
                raw = getattr(cls, name)
            except AttributeError:
                continue
        if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
            kind = 'static method'
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'property'
        elif isroutine(raw):
            kind = 'method'
        else:
            kind = 'data'
            # plain data is reported as the class shows it (__class__ is the
            # metaclass), except __dict__, whose descriptor says more than the proxy
            if name != '__dict__':
                try:
                    raw = getattr(cls, name)
                except Exception:
                    pass
        result.append(_record_type('Attribute')(name, kind, home, raw))
    return result


def walktree(classes, children, parent):
    tree = []
    for cls in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        tree.append((cls, cls.__bases__))
        if cls in children:
            tree.append(walktree(children[cls], children, cls))
    return tree


def getclasstree(classes, unique=False):
    children = {}
    roots = []
    for cls in classes:
        if not cls.__bases__:
            if cls not in roots:
                roots.append(cls)
            continue
        for parent in cls.__bases__:
            kids = children.setdefault(parent, [])
            if cls not in kids:
                kids.append(cls)
            if unique and parent in classes:
                break
    for parent in children:
        if parent not in classes and parent not in roots:
            roots.append(parent)
    return walktree(roots, children, None)


# ---- looking attributes up without running code -------------------------------------

# type's own descriptors, so that neither a metaclass nor the class can intercept them
_type_dict = type.__dict__['__dict__'].__get__
_static_mro = type.__dict__['__mro__'].__get__


def _class_dict(cls):
    try:
        return _type_dict(cls)
    except TypeError:
        return {}


def _lookup_in_mro(mro, name):
    for cls in mro:
        d = _class_dict(cls)
        if name in d:
            return d[name]
    return _MISSING


def _instance_dict(obj):
    # Only the type's own __dict__ slot counts: a class attribute named __dict__
    # shadows it and hides the instance's attributes from a static lookup.
    slot = _lookup_in_mro(_static_mro(type(obj)), '__dict__')
    if not isinstance(slot, types.GetSetDescriptorType):
        return {}
    try:
        found = slot.__get__(obj, type(obj))
    except (AttributeError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def _is_static_data_descriptor(value):
    kind = type(value)
    return (_lookup_in_mro(_static_mro(kind), '__set__') is not _MISSING
            or _lookup_in_mro(_static_mro(kind), '__delete__') is not _MISSING)


def getattr_static(obj, attr, default=_MISSING):
    if isinstance(obj, type):
        found = _lookup_in_mro(_static_mro(obj), attr)
        meta_found = _lookup_in_mro(_static_mro(type(obj)), attr)
        if meta_found is not _MISSING and _is_static_data_descriptor(meta_found):
            return meta_found
        if found is not _MISSING:
            return found
        if meta_found is not _MISSING:
            return meta_found
    else:
        from_class = _lookup_in_mro(_static_mro(type(obj)), attr)
        if from_class is not _MISSING and _is_static_data_descriptor(from_class):
            return from_class
        own = _instance_dict(obj)
        if attr in own:
            return own[attr]
        if from_class is not _MISSING:
            return from_class
    if default is not _MISSING:
        return default
    raise AttributeError(attr)


# ---- documentation ---------------------------------------------------------------------

def indentsize(line):
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            width = len(line) - len(text)
            margin = width if margin is None else min(margin, width)
    cleaned = [lines[0].lstrip()]
    cleaned.extend(line[margin:] if margin else line for line in lines[1:])
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    while cleaned and not cleaned[0]:
        cleaned.pop(0)
    return '\n'.join(cleaned)


def _owner_class(func):
    # The class a function was defined in, found through its qualified name.
    path = getattr(func, '__qualname__', '').split('.')[:-1]
    if not path or '<locals>' in path:
        return None
    holder = sys.modules.get(getattr(func, '__module__', None))
    for part in path:
        holder = getattr(holder, part, None)
    return holder if isclass(holder) else None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = base.__dict__.get('__doc__')
            if doc is not None:
                return doc
        return None
    if isinstance(obj, property):
        target, name = obj.fget, getattr(obj.fget, '__name__', None)
        owner = _owner_class(target) if target is not None else None
    elif ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        owner = self if isclass(self) else type(self)
    elif isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
    elif isbuiltin(obj) or ismethoddescriptor(obj):
        name = getattr(obj, '__name__', None)
        owner = getattr(obj, '__objclass__', None)
        if owner is None:
            self = getattr(obj, '__self__', None)
            owner = self if isclass(self) else type(self) if self is not None else None
    else:
        return None
    if owner is None or name is None:
        return None
    for base in owner.__mro__:
        if base is owner:
            continue
        candidate = base.__dict__.get(name)
        doc = getattr(candidate, '__doc__', None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---- files and modules -------------------------------------------------------------------

def getmodulename(path):
    import importlib.machinery
    name = os.path.basename(path)
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return None


def _code_behind(object):
    # method -> function -> code, traceback -> frame -> code; None for anything else
    steps = ((types.MethodType, '__func__'), (types.FunctionType, '__code__'),
             (types.TracebackType, 'tb_frame'), (types.FrameType, 'f_code'))
    for kind, attribute in steps:
        if isinstance(object, kind):
            object = getattr(object, attribute)
    return object if iscode(object) else None


def getfile(object):
    where = None
    if ismodule(object):
        where = getattr(object, '__file__', None)
        if not where:
            raise TypeError('{!r} is a built-in module'.format(object))
        return where
    if isclass(object):
        home = getattr(object, '__module__', None)
        if home is not None:
            where = getattr(sys.modules.get(home), '__file__', None)
        if where:
            return where
        if home == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_behind(object)
    if code is not None:
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    import importlib.machinery
    filename = getfile(object)
    if filename.endswith(tuple(importlib.machinery.BYTECODE_SUFFIXES)):
        filename = filename[:filename.rindex('.')] + '.py'
    elif filename.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
        return None
    if os.path.exists(filename) or filename in linecache.cache:
        return filename
    module = getmodule(object, filename)
    if module is not None and getattr(module, '__loader__', None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    name = _filename or getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(name))


def _module_by_file(path):
    for module in list(sys.modules.values()):
        where = getattr(module, '__file__', None)
        if isinstance(where, str) and ismodule(module):
            if os.path.normcase(os.path.abspath(where)) == path:
                return module
    return None


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    module_name = getattr(object, '__module__', None)
    if isinstance(module_name, str):
        return sys.modules.get(module_name)
    try:
        path = getabsfile(object, _filename)
    except (TypeError, OSError):
        return None
    found = _module_by_file(path)
    if found is not None:
        return found
    # Objects with no __module__ and no file of their own may still be a global of
    # __main__ or a builtin.
    name = getattr(object, '__name__', None)
    for module_name in ('__main__', 'builtins'):
        module = sys.modules.get(module_name)
        if module is not None and name is not None and getattr(module, name, None) is object:
            return module
    return None


# ---- source text ----------------------------------------------------------------------

def _class_line(lines, qualname):
    # Line index (0-based) where the class with this qualified name starts, decorators
    # included, or None. Functions add '<locals>' to the path, as qualnames do.
    import ast
    try:
        tree = ast.parse(''.join(lines))
    except (SyntaxError, ValueError):
        return None

    def search(node, prefix):
        for child in ast.iter_child_nodes(node):
            inner = prefix
            if isinstance(child, ast.ClassDef):
                inner = prefix + child.name
                if inner == qualname:
                    return min([child.lineno] + [d.lineno for d in child.decorator_list]) - 1
                inner += '.'
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = prefix + child.name + '.<locals>.'
            found = search(child, inner)
            if found is not None:
                return found
        return None
    return search(tree, '')


def _source_lines(object):
    path = getsourcefile(object)
    if not path:
        path = getfile(object)
        # "<stdin>", "<string>": only linecache may still hold such text
        if path[:1] + path[-1:] != '<>':
            raise OSError('source code not available')
    else:
        linecache.checkcache(path)
    owner = getmodule(object, path)
    found = linecache.getlines(path, owner.__dict__ if owner is not None else None)
    if not found:
        raise OSError('could not get source code')
    return found


def findsource(object):
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        line = _class_line(lines, object.__qualname__)
        if line is None:
            raise OSError('could not find class definition')
        return lines, line
    code = _code_behind(object)
    if code is None:
        raise OSError('could not find code object')
    index = code.co_firstlineno - 1
    if index >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, index


def getblock(lines):
    """The lines of the first def, class or lambda the lines hold, from the top (so
    decorators come along); just the first line when none is found."""
    import tokenize
    feed = iter(lines)
    opener = None         # 'lambda', or 'def' for a def or class statement
    header_end = None     # row of the NEWLINE closing the def/class line
    body_column = None
    depth = 0
    end = 1
    try:
        for tok in tokenize.generate_tokens(lambda: next(feed, '')):
            kind, text, (row, col) = tok.type, tok.string, tok.start
            if opener is None:
                if kind == tokenize.NAME and text in ('def', 'class'):
                    opener = 'def'
                elif kind == tokenize.NAME and text == 'lambda':
                    opener = 'lambda'
                continue
            if opener == 'lambda':
                if kind == tokenize.NEWLINE:     # the statement holding the lambda ends
                    end = row
                    break
                continue
            if header_end is None:
                if kind == tokenize.NEWLINE:
                    header_end = end = row
                continue
            if body_column is None:
                if kind in (tokenize.NL, tokenize.COMMENT):
                    continue
                if kind != tokenize.INDENT:
                    break                         # the body was on the header line
                body_column = len(text.expandtabs())
                depth = 1
                continue
            if kind == tokenize.INDENT:
                depth += 1
            elif kind == tokenize.DEDENT:
                depth -= 1
                if depth == 0:
                    break
            elif kind == tokenize.NEWLINE:
                end = row
            elif kind == tokenize.COMMENT and col >= body_column:
                end = row
    except SyntaxError:   # an inconsistent dedent ends the block where it is
        pass
    return lines[:end]


def getsourcelines(object):
    object = unwrap(object)
    lines, index = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[index:]), index + 1


def getsource(object):
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    try:
        found = findsource(object)
    except (OSError, TypeError):
        found = None
    if found is None:
        return None
    lines, index = found
    if ismodule(object):
        start = 1 if lines[0].startswith('#!') else 0
        while start < len(lines) and not lines[start].strip():
            start += 1
        # the comment block at the very top, in column 0, minus lone "#" lines leading it
        while start < len(lines) and lines[start].strip() == '#':
            start += 1
        block = []
        while start < len(lines) and lines[start][:1] == '#':
            block.append(lines[start].expandtabs())
            start += 1
        return ''.join(block) or None
    if index <= 0:
        return None
    indent = indentsize(lines[index])
    row = index - 1
    block = []
    while row >= 0:
        text = lines[row]
        stripped = text.lstrip()
        if not stripped.startswith('#') or indentsize(text) != indent:
            break
        block.insert(0, stripped.expandtabs())
        row -= 1
    if not block:
        return None
    # a lone "#" line at either end of the comment belongs to neither
    while block and block[0].strip() == '#':
        block.pop(0)
    while block and block[-1].strip() == '#':
        block.pop()
    return ''.join(block) or None


# ---- frames and tracebacks --------------------------------------------------------------

def _position_at(code, lasti):
    import dis
    if lasti < 0:
        return dis.Positions(None, None, None, None)
    try:
        spans = list(code.co_positions())
    except (AttributeError, TypeError):
        return dis.Positions(None, None, None, None)
    index = lasti // 2
    if index >= len(spans):
        return dis.Positions(None, None, None, None)
    return dis.Positions(*spans[index])


_TracebackFields = namedtuple('Traceback', 'filename lineno function code_context index')


class Traceback(_TracebackFields):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        record = super().__new__(cls, filename, lineno, function, code_context, index)
        record.positions = positions
        return record

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(*self, self.positions))


_FrameInfoFields = namedtuple('FrameInfo', 'frame filename lineno function code_context index')


class FrameInfo(_FrameInfoFields):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        record = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        record.positions = positions
        return record

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(*self, self.positions))


def getframeinfo(frame, context=1):
    if istraceback(frame):
        positions = _position_at(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        # frame-like objects get as far as CPython lets them before the type check
        lineno = frame.f_lineno
        positions = _position_at(frame.f_code, frame.f_lasti)
        if not isframe(frame):
            raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    if positions.lineno is not None:
        lineno = positions.lineno
    filename = getsourcefile(frame) or getfile(frame)
    shown, index = _context_lines(frame, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, shown, index,
                     positions=positions)


def _context_lines(frame, lineno, context):
    # `context` lines centred on lineno, and lineno's index among them
    if context <= 0:
        return None, None
    try:
        every, _ = findsource(frame)
    except OSError:
        return None, None
    first = max(0, min(lineno - 1 - context // 2, len(every) - context))
    return every[first:first + context], lineno - 1 - first


def getlineno(frame):
    return frame.f_lineno


def _frame_record(frame, info):
    return FrameInfo(frame, *info, positions=info.positions)


def getouterframes(frame, context=1):
    records = []
    while frame is not None:
        records.append(_frame_record(frame, getframeinfo(frame, context)))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    records = []
    while tb is not None:
        records.append(_frame_record(tb.tb_frame, getframeinfo(tb, context)))
        tb = tb.tb_next
    return records


def currentframe():
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


# ---- generators, coroutines, closures ---------------------------------------------

def _run_state(running, suspended, frame, names):
    created, running_name, suspended_name, closed = names
    if running:
        return running_name
    if suspended:
        return suspended_name
    if frame is None:
        return closed
    return created


def getgeneratorstate(generator):
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                      (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                      (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, 'cr_frame', None)
    return frame.f_locals if frame is not None else {}


def getclosurevars(func):
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    nonlocal_vars = {}
    for name, cell in zip(code.co_freevars, func.__closure__ or ()):
        try:
            nonlocal_vars[name] = cell.cell_contents
        except ValueError:
            pass
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return _record_type('ClosureVars')(nonlocal_vars, global_vars, builtin_vars, unbound)


def unwrap(func, *, stop=None):
    start = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(start))
        seen.add(id(func))
    return func


# ---- argument specs (the pre-Signature interface) ----------------------------------

def getargs(co):
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    count = co.co_argcount + co.co_kwonlyargcount
    names = co.co_varnames
    args = list(names[:count])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[count]
        count += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[count]
    return _record_type('Arguments')(args, varargs, varkw)


def getfullargspec(func):
    try:
        sig = _signature_of(func, follow_wrapped=False, skip_bound=False, globals=None,
                            locals=None, eval_str=False, sigcls=Signature)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    args, kwonly = [], []
    defaults, kwdefaults, annotations = (), {}, {}
    varargs = varkw = None
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POS_ONLY, _POS_OR_KW):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind == _VAR_POS:
            varargs = name
        elif kind == _KW_ONLY:
            kwonly.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return _record_type('FullArgSpec')(args, varargs, varkw, defaults or None, kwonly,
                                       kwdefaults or None, annotations)


def getargvalues(frame):
    args, varargs, varkw = getargs(frame.f_code)
    return _record_type('ArgInfo')(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def _quoted_list(names):
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + ' and ' + quoted[-1]


def _plural(count, word):
    return '{} {}{}'.format(count, word, '' if count == 1 else 's')


def getcallargs(func, /, *positional, **named):
    spec = getfullargspec(func)
    name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    bound = {}
    pos_names = spec.args
    defaults = spec.defaults or ()
    for slot, value in zip(pos_names, positional):
        bound[slot] = value
    extra = positional[len(pos_names):]
    if spec.varargs:
        bound[spec.varargs] = tuple(extra)
    elif extra:
        required = len(pos_names) - len(defaults)
        if defaults:
            takes = 'from {} to {} positional arguments'.format(required, len(pos_names))
        else:
            takes = _plural(len(pos_names), 'positional argument')
        given = len(positional)
        kw_given = sum(1 for kw in spec.kwonlyargs if kw in named)
        if kw_given:
            given_text = '{} positional argument{} (and {} keyword-only argument{})'.format(
                given, '' if given == 1 else 's', kw_given, '' if kw_given == 1 else 's')
            verb = 'were'
        else:
            given_text = str(given)
            verb = 'was' if given == 1 else 'were'
        raise TypeError('{}() takes {} but {} {} given'.format(name, takes, given_text, verb))
    if spec.varkw:
        bound[spec.varkw] = {}
    for key, value in named.items():
        if key in pos_names or key in spec.kwonlyargs:
            if key in bound:
                raise TypeError("{}() got multiple values for argument {!r}".format(name, key))
            bound[key] = value
        elif spec.varkw:
            bound[spec.varkw][key] = value
        else:
            raise TypeError("{}() got an unexpected keyword argument {!r}".format(name, key))
    first_default = len(pos_names) - len(defaults)
    missing = [slot for slot in pos_names[:first_default] if slot not in bound]
    if missing:
        raise TypeError('{}() missing {} required positional argument{}: {}'.format(
            name, len(missing), '' if len(missing) == 1 else 's', _quoted_list(missing)))
    for slot, value in zip(pos_names[first_default:], defaults):
        bound.setdefault(slot, value)
    kwdefaults = spec.kwonlydefaults or {}
    missing = []
    for slot in spec.kwonlyargs:
        if slot not in bound:
            if slot in kwdefaults:
                bound[slot] = kwdefaults[slot]
            else:
                missing.append(slot)
    if missing:
        raise TypeError('{}() missing {} required keyword-only argument{}: {}'.format(
            name, len(missing), '' if len(missing) == 1 else 's', _quoted_list(missing)))
    return bound


# ---- annotations ---------------------------------------------------------------------

def formatannotation(annotation, base_module=None):
    home = getattr(annotation, '__module__', None)
    if home == 'typing':
        return repr(annotation).replace('typing.', '')   # List[int], not typing.List[int]
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        name = annotation.__qualname__
        return name if home in ('builtins', base_module) else '%s.%s' % (home, name)
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def format_relative(annotation):
        return formatannotation(annotation, module)
    return format_relative


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__', None)
        if isinstance(found, types.GetSetDescriptorType):
            found = None
        module = sys.modules.get(getattr(obj, '__module__', None))
        own_globals = getattr(module, '__dict__', None)
        own_locals = dict(vars(obj))
        target = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        own_globals = getattr(obj, '__dict__', None)
        own_locals = None
        target = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        own_globals = getattr(obj, '__globals__', None)
        own_locals = None
        target = obj
    else:
        raise TypeError('{!r} is not a module, class, or callable.'.format(obj))
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError('{!r}.__annotations__ is neither a dict nor None'.format(obj))
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if target is not None:
        # a wrapper's strings are evaluated where the wrapped function lives
        while True:
            if hasattr(target, '__wrapped__'):
                target = target.__wrapped__
            elif isinstance(target, functools.partial):
                target = target.func
            else:
                break
            if hasattr(target, '__globals__'):
                own_globals = target.__globals__
    if globals is None:
        globals = own_globals
    if locals is None:
        locals = own_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in found.items()}


# ---- signatures -----------------------------------------------------------------------

class _void:
    """Marks "nothing passed" to replace() (None is a legitimate new value)."""


class _empty:
    """The value of Parameter.default/annotation and Signature.return_annotation when
    there is none."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_WORDS[self]


_KIND_WORDS = {
    0: 'positional-only',
    1: 'positional or keyword',
    2: 'variadic positional',
    3: 'keyword-only',
    4: 'variadic keyword',
}

_POS_ONLY = _ParameterKind.POSITIONAL_ONLY
_POS_OR_KW = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POS = _ParameterKind.VAR_POSITIONAL
_KW_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KW = _ParameterKind.VAR_KEYWORD
_POSITIONAL_KINDS = (_POS_ONLY, _POS_OR_KW)
_VARIADIC_KINDS = (_VAR_POS, _VAR_KW)


class Parameter:
    __slots__ = ('_name', '_kind', '_annotation', '_default')

    POSITIONAL_ONLY = _POS_ONLY
    POSITIONAL_OR_KEYWORD = _POS_OR_KW
    VAR_POSITIONAL = _VAR_POS
    KEYWORD_ONLY = _KW_ONLY
    VAR_KEYWORD = _VAR_KW

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError('value {!r} is not a valid Parameter.kind'.format(kind)) from None
        if default is not _empty and kind in _VARIADIC_KINDS:
            raise ValueError('{} parameters cannot have default values'.format(
                kind.description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # a comprehension's hidden ".0" argument, shown under a legal name
            if kind != _POS_OR_KW:
                raise ValueError('implicit arguments must be passed as positional or '
                                 'keyword arguments, not {}'.format(kind.description))
            name = 'implicit' + name[1:]
            kind = _POS_ONLY
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    def __reduce__(self):
        remake = functools.partial(type(self), default=self._default,
                                   annotation=self._annotation)
        return remake, (self._name, self._kind)

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._kind == _VAR_POS:
            text = '*' + text
        elif self._kind == _VAR_KW:
            text = '**' + text
        if self._annotation is not _empty:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            joiner = ' = ' if self._annotation is not _empty else '='
            text += joiner + repr(self._default)
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def _identity(self):
        return self._name, self._kind, self._annotation, self._default

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        if isinstance(other, Parameter):
            return self is other or self._identity() == other._identity()
        return NotImplemented


class BoundArguments:
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        values = []
        for param in self._signature._ordered:
            if param.kind in (_KW_ONLY, _VAR_KW) or param.name not in self.arguments:
                break
            if param.kind == _VAR_POS:
                values.extend(self.arguments[param.name])
            else:
                values.append(self.arguments[param.name])
        return tuple(values)

    @property
    def kwargs(self):
        result = {}
        in_keywords = False
        for param in self._signature._ordered:
            if not in_keywords:
                if param.kind in (_KW_ONLY, _VAR_KW) \
                        or param.name not in self.arguments:
                    in_keywords = True
                else:
                    continue
            if param.name not in self.arguments:
                continue
            if param.kind == _VAR_KW:
                result.update(self.arguments[param.name])
            elif param.kind != _VAR_POS:
                result[param.name] = self.arguments[param.name]
        return result

    def apply_defaults(self):
        filled = {}
        for param in self._signature._ordered:
            if param.name in self.arguments:
                filled[param.name] = self.arguments[param.name]
            elif param.default is not _empty:
                filled[param.name] = param.default
            elif param.kind == _VAR_POS:
                filled[param.name] = ()
            elif param.kind == _VAR_KW:
                filled[param.name] = {}
        self.arguments = filled

    __hash__ = None

    def __eq__(self, other):
        if isinstance(other, BoundArguments):
            return (self._signature, self.arguments) == (other._signature, other.arguments)
        return NotImplemented

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(key, value) for key, value in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, shown)


def _check_parameter_list(parameters):
    checked = {}
    previous = _POS_ONLY
    saw_default = False
    for param in parameters:
        kind = param.kind
        if kind < previous:
            raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                previous.description, kind.description))
        if kind > previous:
            previous = kind
        if kind in _POSITIONAL_KINDS:
            if param.default is _empty:
                if saw_default:
                    raise ValueError('non-default argument follows default argument')
            else:
                saw_default = True
        if param.name in checked:
            raise ValueError('duplicate parameter name: {!r}'.format(param.name))
        checked[param.name] = param
    return checked


class Signature:
    # _ordered holds the parameters as a tuple too: walking it is much cheaper than
    # walking the OrderedDict behind the public mapping
    __slots__ = ('_parameters', '_return_annotation', '_ordered')

    empty = _empty
    # subclasses may swap in their own parameter and bound-arguments classes
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            checked = {}
        elif __validate_parameters__:
            checked = _check_parameter_list(parameters)
        else:
            checked = {param.name: param for param in parameters}
        self._ordered = tuple(checked.values())
        self._parameters = types.MappingProxyType(OrderedDict(checked))
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_of(obj, follow_wrapped=follow_wrapped, skip_bound=True,
                             globals=globals, locals=locals, eval_str=eval_str, sigcls=cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._ordered
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _comparison_key(self):
        # keyword-only parameters compare as a set: their order does not change a call
        ordered = tuple(p for p in self._ordered if p.kind != _KW_ONLY)
        by_name = frozenset(p for p in self._ordered if p.kind == _KW_ONLY)
        return ordered, by_name, self._return_annotation

    def __hash__(self):
        return hash(self._comparison_key())

    def __eq__(self, other):
        if isinstance(other, Signature):
            return self is other or self._comparison_key() == other._comparison_key()
        return NotImplemented

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = self._ordered
        position = 0   # the parameter the next positional argument goes to
        for index, value in enumerate(args):
            param = params[position] if position < len(params) else None
            if param is None or param.kind in (_KW_ONLY, _VAR_KW):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POS:
                arguments[param.name] = tuple(args[index:])
                break
            if param.name in kwargs and param.kind != _POS_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            arguments[param.name] = value
            position += 1
        kwargs = dict(kwargs)
        var_keyword = None
        for param in params[position:]:
            if param.name in arguments:
                continue
            if param.kind == _VAR_KW:
                var_keyword = param
                continue
            if param.kind == _VAR_POS:
                continue
            if param.name in kwargs:
                if param.kind == _POS_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed as '
                                    'a keyword'.format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name))
        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        remake = functools.partial(type(self), return_annotation=self._return_annotation)
        return remake, (list(self._ordered),)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __str__(self):
        parts = []
        marked_star = False
        last_kind = None
        for param in self._ordered:
            kind = param.kind
            if last_kind == _POS_ONLY and kind != _POS_ONLY:
                parts.append('/')
            if kind == _VAR_POS:
                marked_star = True
            elif kind == _KW_ONLY and not marked_star:
                parts.append('*')
                marked_star = True
            parts.append(str(param))
            last_kind = kind
        if last_kind == _POS_ONLY:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


# How a signature is found for each kind of callable.

_BUILTIN_CALLABLES = (types.BuiltinFunctionType, types.MethodWrapperType,
                      types.WrapperDescriptorType, types.MethodDescriptorType,
                      types.ClassMethodDescriptorType)


def _without_first(sig):
    # The signature seen through a bound method: its first argument is supplied.
    params = sig._ordered
    if not params or params[0].kind in (_KW_ONLY, _VAR_KW):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POS:
        return sig
    return sig.replace(parameters=params[1:])


def _looks_like_function(obj):
    # Functions from other compilers (Cython and the like) that carry what a
    # Python function does.
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    return (isinstance(code, types.CodeType)
            and isinstance(getattr(obj, '__name__', None), str)
            and isinstance(getattr(obj, '__defaults__', None), (tuple, type(None)))
            and isinstance(getattr(obj, '__kwdefaults__', None), (dict, type(None)))
            and isinstance(getattr(obj, '__annotations__', None), (dict, type(None))))


def _function_signature(sigcls, func, globals, locals, eval_str):
    code = func.__code__
    names = code.co_varnames
    positional_count = code.co_argcount
    posonly_count = code.co_posonlyargcount
    keyword_count = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    make = sigcls._parameter_cls
    params = []
    first_default = positional_count - len(defaults)
    for index, name in enumerate(names[:positional_count]):
        kind = _POS_ONLY if index < posonly_count else _POS_OR_KW
        default = defaults[index - first_default] if index >= first_default else _empty
        params.append(make(name, kind, default=default,
                           annotation=annotations.get(name, _empty)))
    cursor = positional_count
    if code.co_flags & CO_VARARGS:
        name = names[positional_count + keyword_count]
        params.append(make(name, _VAR_POS, annotation=annotations.get(name, _empty)))
    for name in names[cursor:cursor + keyword_count]:
        params.append(make(name, _KW_ONLY, default=kwdefaults.get(name, _empty),
                           annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        index = positional_count + keyword_count + (1 if code.co_flags & CO_VARARGS else 0)
        name = names[index]
        params.append(make(name, _VAR_KW, annotation=annotations.get(name, _empty)))
    return sigcls(params, return_annotation=annotations.get('return', _empty),
                  __validate_parameters__=not isfunction(func))


def _apply_partial(sig, args, keywords, shown):
    """The signature left once a partial fixes `args` and `keywords` of `sig`."""
    try:
        sig.bind_partial(*args, **keywords)
    except TypeError:
        raise ValueError('partial object {!r} has incorrect arguments'.format(shown)) \
            from None
    params = []
    consumed = 0
    made_keyword_only = False
    for param in sig._ordered:
        if consumed < len(args) and param.kind in _POSITIONAL_KINDS:
            consumed += 1
            continue
        if param.name in keywords and param.kind in (_POS_OR_KW, _KW_ONLY):
            # given by keyword: it can now only be passed by keyword, and so can all
            # that follow it
            made_keyword_only = True
            params.append(param.replace(kind=_KW_ONLY, default=keywords[param.name]))
            continue
        if made_keyword_only:
            if param.kind == _VAR_POS:
                continue
            if param.kind == _POS_OR_KW:
                param = param.replace(kind=_KW_ONLY)
        params.append(param)
    return sig.replace(parameters=params)


def _user_defined(value):
    return value is not None and not isinstance(value, _BUILTIN_CALLABLES)


def _metaclass_call(cls):
    for base in type(cls).__mro__:
        if base is type:
            return None
        if '__call__' in base.__dict__:
            return getattr(type(cls), '__call__') if _user_defined(base.__dict__['__call__']) \
                else None
    return None


def _constructor(cls):
    # The nearest user-defined __new__ or __init__ (the class's own __new__ wins a tie).
    for base in cls.__mro__:
        own = base.__dict__
        if '__new__' not in own and '__init__' not in own:
            continue
        if '__new__' in own and _user_defined(_raw_callable(own['__new__'])):
            return getattr(cls, '__new__')
        if '__init__' in own and _user_defined(_raw_callable(own['__init__'])):
            return getattr(cls, '__init__')
        if base is not cls and not _user_defined(own.get('__new__')) \
                and not _user_defined(own.get('__init__')):
            return None
    return None


def _raw_callable(value):
    return value.__func__ if isinstance(value, (staticmethod, classmethod)) else value


def _text_signature(sigcls, obj, text):
    # A "($self, a, b=1, /, *, c)"-style __text_signature__ from an extension. The
    # "$" parameter is what the callable is bound to: gone once it is bound (to a
    # module, an instance or a type), shown as positional-only while it is not.
    import ast
    source = text.strip()
    if source.startswith('(') and source.endswith(')'):
        source = source[1:-1]
    implicit = None
    head = source.split(',', 1)
    if head[0].strip().startswith('$'):
        if not isinstance(obj, type) and getattr(obj, '__self__', None) is None:
            implicit = head[0].strip()[1:]
        source = head[1] if len(head) > 1 else ''
        source = source.lstrip()
        if source.startswith('/'):
            source = source[1:].lstrip(' ,')
    try:
        tree = ast.parse('def f({}): pass'.format(source))
    except SyntaxError:
        raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None
    spec = tree.body[0].args
    make = sigcls._parameter_cls

    def value_of(node):
        if node is None:
            return _empty
        try:
            return ast.literal_eval(node)
        except ValueError:
            raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None

    params = []
    positional = spec.posonlyargs + spec.args
    defaults = [None] * (len(positional) - len(spec.defaults)) + list(spec.defaults)
    for index, arg in enumerate(positional):
        kind = _POS_ONLY if index < len(spec.posonlyargs) else _POS_OR_KW
        params.append(make(arg.arg, kind, default=value_of(defaults[index])))
    if spec.vararg:
        params.append(make(spec.vararg.arg, _VAR_POS))
    for arg, default in zip(spec.kwonlyargs, spec.kw_defaults):
        params.append(make(arg.arg, _KW_ONLY, default=value_of(default)))
    if spec.kwarg:
        params.append(make(spec.kwarg.arg, _VAR_KW))
    if implicit is not None:
        params.insert(0, make(implicit, _POS_ONLY))
    return sigcls(params)


def _builtin_signature(sigcls, obj):
    text = getattr(obj, '__text_signature__', None)
    if not isinstance(text, str) or not text:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    return _text_signature(sigcls, obj, text)


def _class_signature(sigcls, cls, recurse, skip_bound):
    # the metaclass's __call__, __new__ and __init__ all receive the class or the
    # instance first; getfullargspec (skip_bound False) keeps that argument
    target = _metaclass_call(cls) or _constructor(cls)
    if target is not None:
        sig = recurse(target)
        return _without_first(sig) if skip_bound else sig
    for base in cls.__mro__[:-1]:
        text = getattr(base, '__text_signature__', None)
        if isinstance(text, str) and text:
            return _text_signature(sigcls, cls, text)
    if cls is type:
        raise ValueError('no signature found for builtin {!r}'.format(cls))
    if type in cls.__mro__:
        raise ValueError('callable {!r} is not supported by signature'.format(cls))
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return sigcls()   # what object() itself accepts
    raise ValueError('no signature found for builtin type {!r}'.format(cls))


def _signature_of(obj, *, follow_wrapped, skip_bound, globals, locals, eval_str, sigcls):
    def recurse(target):
        return _signature_of(target, follow_wrapped=follow_wrapped, skip_bound=skip_bound,
                             globals=globals, locals=locals, eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        return _without_first(sig) if skip_bound else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__')
                     or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return recurse(obj)
    try:
        declared = obj.__signature__
    except AttributeError:
        declared = None
    if declared is not None:
        if not isinstance(declared, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(
                declared))
        return declared
    method_partial = getattr(obj, '_partialmethod', None)
    if isinstance(method_partial, functools.partialmethod):
        whole = recurse(method_partial.func)
        params = list(whole.parameters.values())
        if params and params[0].kind != _VAR_POS:
            rest = _apply_partial(whole.replace(parameters=params[1:]), method_partial.args,
                                  method_partial.keywords, method_partial)
            return rest.replace(parameters=[params[0]] + list(rest.parameters.values()))
        return _apply_partial(whole, method_partial.args, method_partial.keywords,
                              method_partial)
    if isfunction(obj) or _looks_like_function(obj):
        return _function_signature(sigcls, obj, globals, locals, eval_str)
    if isinstance(obj, functools.partial):
        return _apply_partial(recurse(obj.func), obj.args, obj.keywords, obj)
    if isinstance(obj, type):
        return _class_signature(sigcls, obj, recurse, skip_bound)
    if isinstance(obj, _BUILTIN_CALLABLES):
        return _builtin_signature(sigcls, obj)
    call = _lookup_in_mro(type(obj).__mro__, '__call__')
    if call is _MISSING or call is None or isinstance(call, _BUILTIN_CALLABLES):
        # C callables of other types (an extension's functions and methods) are
        # builtins too when they have the attribute, if not always a signature in it
        if hasattr(obj, '__text_signature__'):
            return _builtin_signature(sigcls, obj)
        raise ValueError('callable {!r} is not supported by signature'.format(obj))
    # the instance is taken to be the first argument even when __call__ is a
    # staticmethod (CPython 3.11 does the same)
    sig = recurse(getattr(type(obj), '__call__'))
    return _without_first(sig) if skip_bound else sig


# ---- python -m inspect module[:qualname] -----------------------------------------

def _run_command_line(argv=None):
    import argparse
    import importlib
    parser = argparse.ArgumentParser()
    parser.add_argument('object', help="The object to be analysed. It supports the "
                        "'module:qualname' syntax")
    parser.add_argument('-d', '--details', action='store_true',
                        help='Display info about the module rather than its source code')
    options = parser.parse_args(argv)
    module_name, _, qualname = options.object.partition(':')
    try:
        target = module = importlib.import_module(module_name)
    except Exception as exc:
        print('Failed to import {} ({}: {})'.format(module_name, type(exc).__name__, exc),
              file=sys.stderr)
        sys.exit(2)
    if qualname:
        for part in qualname.split('.'):
            target = getattr(target, part)
    if module.__name__ in sys.builtin_module_names:
        print("Can't get info for builtin modules.", file=sys.stderr)
        sys.exit(1)
    if options.details:
        print('Target: {}'.format(options.object))
        print('Origin: {}'.format(getsourcefile(module)))
        print('Cached: {}'.format(getattr(module.__spec__, 'cached', None)))
        if target is module:
            print('Loader: {!r}'.format(module.__loader__))
            if hasattr(module, '__path__'):
                print('Submodule search path: {}'.format(module.__path__))
        else:
            try:
                __, lineno = findsource(target)
            except Exception:
                pass
            else:
                print('Line: {}'.format(lineno))
        print('\n')
    else:
        print(getsource(target))


if __name__ == '__main__':
    _run_command_line()
