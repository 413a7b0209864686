"""Inspecting live objects: type predicates, members, source code (through linecache),
frames and stacks, and call signatures."""

import collections
import collections.abc
import enum
import functools
import linecache
import os
import sys
import types

__all__ = ["signature", "Signature", "Parameter", "BoundArguments", "getmembers",
           "getmembers_static", "getmodule", "getfile", "getsourcefile", "getsource",
           "getsourcelines", "findsource", "getdoc", "cleandoc", "currentframe", "stack",
           "trace", "getframeinfo", "getouterframes", "getinnerframes", "FrameInfo",
           "Traceback", "getattr_static", "unwrap", "isabstract", "getmro",
           "getfullargspec", "FullArgSpec", "get_annotations", "getmodulename",
           "isclass", "ismodule", "ismethod", "isfunction", "isgenerator",
           "isgeneratorfunction", "iscoroutine", "iscoroutinefunction", "isasyncgen",
           "isasyncgenfunction", "isawaitable", "isbuiltin", "isroutine", "iscode",
           "isframe", "istraceback", "ismethoddescriptor", "isdatadescriptor",
           "isgetsetdescriptor", "ismemberdescriptor", "ismethodwrapper", "formatannotation",
           "CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS", "CO_NESTED",
           "CO_GENERATOR", "CO_NOFREE", "CO_COROUTINE", "CO_ITERABLE_COROUTINE",
           "CO_ASYNC_GENERATOR", "ClassFoundException", "EndOfBlock"]

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


# ---- type predicates -------------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return type(object).__name__ == "member_descriptor"


def isgetsetdescriptor(object):
    return type(object).__name__ == "getset_descriptor"


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType)
            or isinstance(object, types.GeneratorType)
            and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
            or isinstance(object, collections.abc.Awaitable))


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
    """Whether object is a class with abstract methods left."""
    if not isinstance(object, type):
        return False
    if getattr(object, "__abstractmethods__", None):
        return True
    if not issubclass(type(object), type) or "__abstractmethods__" in object.__dict__:
        return False
    # A class whose ABCMeta.__new__ has not run yet (inside __init_subclass__).
    for name, value in object.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(object, name, None)
            if getattr(value, "__isabstractmethod__", False):
                return True
    return False


# ---- members -----------------------------------------------------------------------------

def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """All (name, value) attributes of object, sorted by name, optionally filtered."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers() without triggering descriptors or __getattr__."""
    return _getmembers(object, predicate, getattr_static)


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain from func (as functools.wraps sets it) to its end."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if id_func in memo or len(memo) >= recursion_limit:
            raise ValueError("wrapper loop when unwrapping {!r}".format(f))
        memo[id_func] = func
    return func


# ---- documentation -----------------------------------------------------------------------

def cleandoc(doc):
    """Docstring text with the indentation of its second and later lines removed and
    blank leading and trailing lines dropped."""
    try:
        lines = doc.expandtabs().split("\n")
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _finddoc(obj):
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), "__func__") is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + "." + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, "__slots__", None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split(".")[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """The object's docstring, cleaned up; inherited from a base class when missing."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---- files and source ----------------------------------------------------------------------

def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        if hasattr(object, "__module__"):
            module = sys.modules.get(object.__module__)
            if getattr(module, "__file__", None):
                return module.__file__
            if object.__module__ == "__main__":
                raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    object = _code_of(object)
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def _code_of(object):
    """The code object behind a method, function, traceback or frame; object itself for
    anything else."""
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def getmodulename(path):
    """The module name of a file path, or None when it is not a Python source."""
    fname = os.path.basename(path)
    for suffix in (".py", ".pyc"):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file object was defined in, or None when there is none."""
    filename = getfile(object)
    if filename.endswith(".pyc"):
        filename = filename[:-1]
    elif not filename.endswith(".py"):
        if not filename.endswith(".so"):
            module = getmodule(object, filename)
            loader = getattr(module, "__loader__", None)
            if loader is not None and hasattr(loader, "get_source"):
                return filename
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, "__loader__", None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in _filesbymodname_cache():
        return sys.modules.get(_filesbymodname_cache()[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    for modname, module in sys.modules.copy().items():
        f = getattr(module, "__file__", None)
        if isinstance(f, str) and os.path.normcase(os.path.abspath(f)) == file:
            return module
    main = sys.modules["__main__"]
    if not hasattr(object, "__name__"):
        return None
    if hasattr(main, object.__name__):
        if getattr(main, object.__name__) is object:
            return main
    builtins = sys.modules["builtins"]
    if hasattr(builtins, object.__name__):
        if getattr(builtins, object.__name__) is object:
            return builtins
    return None


def _filesbymodname_cache():
    files = {}
    for modname, module in sys.modules.copy().items():
        f = getattr(module, "__file__", None)
        if isinstance(f, str):
            files[f] = modname
    return files


class ClassFoundException(Exception):
    pass


class EndOfBlock(Exception):
    pass


def findsource(object):
    """All the lines of object's source file and the index of its first line; OSError
    when the source cannot be found."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith("<") and file.endswith(">")):
            raise OSError("source code not available")
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _find_class_line(object, lines)
    object = _code_of(object)
    if iscode(object):
        if not hasattr(object, "co_firstlineno"):
            raise OSError("could not find function definition")
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, lnum
    raise OSError("could not find code object")


def _find_class_line(cls, lines):
    """The index of the `class` statement defining cls (the innermost match of its
    qualified name), found by indentation."""
    parts = cls.__qualname__.split(".")
    stack = []   # (indent, name) of the enclosing class/def statements
    candidates = []
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        word = stripped.split(None, 1)[0] if stripped.split() else ""
        if word in ("class", "def", "async"):
            rest = stripped.split(None, 2)
            name = rest[1] if word != "async" and len(rest) > 1 else (rest[2] if len(rest) > 2 else "")
            name = name.split("(")[0].split(":")[0].strip()
            if word == "async":
                name = stripped.split(None, 2)[2].split("(")[0] if len(rest) > 2 else ""
            qual = [n if kind == "class" else n + ".<locals>" for kind, n in
                    ((k, n) for _, k, n in stack)]
            if word == "class" and ".".join(qual + [name]) == ".".join(parts):
                candidates.append(i)
            stack.append((indent, word, name))
    if not candidates:
        raise OSError("could not find class definition")
    return candidates[0]


def getblock(lines):
    """The lines of the block that starts with lines[0] (decorators, header and the
    indented body), found by indentation."""
    first = lines[0]
    base = len(first) - len(first.lstrip())
    end = 0
    depth = 0
    in_body = False
    quote = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i > 0 and depth == 0 and quote is None and stripped and not stripped.startswith("#"):
            indent = len(line) - len(line.lstrip())
            if indent <= base and in_body:
                break
            if indent <= base and not stripped.startswith("@") and not _continues(lines[i - 1]):
                if in_body:
                    break
        depth, quote, ends_header = _scan_line(line, depth, quote)
        if ends_header and depth == 0 and quote is None:
            in_body = True
            if _has_inline_body(line):
                end = i + 1
                break
        if stripped and not stripped.startswith("#") or quote is not None:
            end = i + 1
    return lines[:end]


def _continues(line):
    return line.rstrip("\n").endswith("\\")


def _has_inline_body(line):
    code = line.split("#", 1)[0].rstrip()
    return not code.endswith(":") and (code.lstrip().startswith(("def ", "class ", "async "))
                                        or "lambda" in code)


def _scan_line(line, depth, quote):
    """Bracket depth and open triple/single quote after line; whether a ':' ended a
    compound statement header at depth 0."""
    i = 0
    n = len(line)
    ends_header = False
    while i < n:
        c = line[i]
        if quote is not None:
            if c == "\\":
                i += 2
                continue
            if line.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            i += 1
            continue
        if c == "#":
            break
        if c in "\"'":
            quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else c
            i += len(quote)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == ":" and depth == 0:
            ends_header = True
        i += 1
    if quote is not None and len(quote) == 1:
        quote = None
    return depth, quote, ends_header


def getsourcelines(object):
    """The source lines of object and the line number of the first one."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object; OSError when it is not available."""
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def getcomments(object):
    return None


# ---- frames and stacks ---------------------------------------------------------------------

_Traceback = collections.namedtuple("_Traceback", "filename lineno function code_context index")


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = collections.namedtuple("_FrameInfo", ("frame",) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    import itertools
    return next(itertools.islice(code.co_positions(), instruction_index // 2, None))


def getframeinfo(frame, context=1):
    """A Traceback tuple about frame (or a traceback entry), with `context` source lines
    around the current one."""
    if istraceback(frame):
        positions = _get_code_position(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = _get_code_position(frame.f_code, frame.f_lasti)
    if positions[0] is None:
        frame, *positions = (frame, lineno, *positions[1:])
    else:
        frame, *positions = (frame, *positions)
    lineno = positions[0]
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=tuple(positions))


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo for frame and each frame outside it."""
    framelist = []
    while frame:
        traceback_info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *traceback_info, positions=traceback_info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """FrameInfo for each entry of traceback tb, from where it was caught inwards."""
    framelist = []
    while tb:
        traceback_info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *traceback_info,
                                   positions=traceback_info.positions))
        tb = tb.tb_next
    return framelist


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def stack(context=1):
    """FrameInfo for the caller's frame and every frame outside it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo for the frames between here and where the exception being handled was
    raised."""
    return getinnerframes(sys.exc_info()[2], context)


# ---- getattr_static ------------------------------------------------------------------------

_sentinel = object()


def _static_getmro(klass):
    return type.__dict__["__mro__"].__get__(klass)


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel and attr in entry.__dict__:
            return entry.__dict__[attr]
    return _sentinel


def _shadowed_dict(klass):
    for entry in _static_getmro(klass):
        dunder_dict = entry.__dict__.get("__dict__", _sentinel)
        if dunder_dict is not _sentinel:
            if not (type(dunder_dict) is types.GetSetDescriptorType
                    and dunder_dict.__name__ == "__dict__"
                    and dunder_dict.__objclass__ is entry):
                return dunder_dict
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """The attribute as found in the instance dict or the class dicts of the MRO, without
    running descriptors, __getattr__ or __getattribute__."""
    instance_result = _sentinel
    objtype = type(obj)
    if type not in _static_getmro(objtype):
        klass = objtype
        dict_attr = _shadowed_dict(klass)
        if dict_attr is _sentinel or type(dict_attr) is types.MemberDescriptorType:
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _check_class(type(klass_result), "__get__") is not _sentinel and (
                _check_class(type(klass_result), "__set__") is not _sentinel
                or _check_class(type(klass_result), "__delete__") is not _sentinel):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                try:
                    return entry.__dict__[attr]
                except KeyError:
                    pass
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---- annotations ---------------------------------------------------------------------------

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable (a new dict); with
    eval_str=True, string annotations are evaluated."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, "__dict__", None)
        if obj_dict and hasattr(obj_dict, "get"):
            ann = obj_dict.get("__annotations__", None)
            if isinstance(ann, types.GetSetDescriptorType):
                ann = None
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, "__module__", None)
        if module_name:
            module = sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, "__dict__", None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, "__annotations__", None)
        obj_globals = getattr(obj, "__dict__")
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, "__annotations__", None)
        obj_globals = getattr(obj, "__globals__", None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, "__wrapped__"):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if isinstance(unwrap_obj, functools.partial):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, "__globals__"):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        import re
        return re.sub(r"\btyping\.", "", repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


# ---- argument specs ------------------------------------------------------------------------

FullArgSpec = collections.namedtuple(
    "FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """The parameters of a callable, in the pre-Signature tuple form."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults, kwonlyargs, kwdefaults,
                       annotations)


# ---- Signature -----------------------------------------------------------------------------

class _void:
    """A private marker, used in Parameter and BoundArguments."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = "positional-only"
    POSITIONAL_OR_KEYWORD = "positional or keyword"
    VAR_POSITIONAL = "variadic positional"
    KEYWORD_ONLY = "keyword-only"
    VAR_KEYWORD = "variadic keyword"

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = "{} parameters cannot have default values"
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            msg = "name must be a str, not a {}".format(type(name).__name__)
            raise TypeError(msg)
        if name[0] == "." and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ("implicit arguments must be passed as positional or keyword "
                       "arguments, not {}")
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
            self._kind = _POSITIONAL_ONLY
            name = "implicit{}".format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {"_default": self._default, "_annotation": self._annotation})

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the given fields changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: a mapping of parameter names to argument values."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                else:
                    if param_name not in self.arguments:
                        kwargs_started = True
                        continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Fill in the default values of parameters that got no argument."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append("{}={!r}".format(arg, value))
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


def _signature_is_functionlike(obj):
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, "__name__", None)
    code = getattr(obj, "__code__", None)
    defaults = getattr(obj, "__defaults__", _void)
    kwdefaults = getattr(obj, "__kwdefaults__", _void)
    annotations = getattr(obj, "__annotations__", None)
    return (isinstance(code, types.CodeType) and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, (dict)) or annotations is None))


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    """The Signature of a Python function, from its code object, defaults and
    annotations."""
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck_function = True
        else:
            raise TypeError("{!r} is not a Python function".format(func))
    s = getattr(func, "__text_signature__", None)
    if s:
        raise ValueError("no signature found for {!r}".format(func))
    Parameter = cls._parameter_cls
    func_code = func.__code__
    pos_count = func_code.co_argcount
    arg_names = func_code.co_varnames
    posonly_count = func_code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = func_code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count
    for name in positional[:non_default_count]:
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind))
        if posonly_left:
            posonly_left -= 1
    for offset, name in enumerate(positional[non_default_count:]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind,
                                    default=defaults[offset]))
        if posonly_left:
            posonly_left -= 1
    if func_code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_POSITIONAL))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_KEYWORD_ONLY,
                                    default=default))
    if func_code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if func_code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_KEYWORD))
    return cls(parameters, return_annotation=annotations.get("return", _empty),
               __validate_parameters__=is_duck_function)


def _signature_bound_method(sig):
    """The signature of a bound method: the first parameter is taken by `self`."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError("invalid argument type")
    return sig.replace(parameters=params)


def _signature_get_user_defined_method(cls, method_name):
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, (types.WrapperDescriptorType, types.MethodWrapperType,
                         types.BuiltinFunctionType, types.MethodDescriptorType)):
        return None
    return meth


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    def recurse(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, types.MethodType):
            return recurse(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
            return sig
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)
    if isinstance(obj, functools.partial):
        return _signature_from_partial(recurse(obj.func), obj)
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), "__call__")
        if call is not None:
            return _signature_bound_method(recurse(call))
        new = _signature_get_user_defined_method(obj, "__new__")
        init = _signature_get_user_defined_method(obj, "__init__")
        for base in obj.__mro__:
            if new is not None and "__new__" in base.__dict__:
                sig = recurse(new)
                return _signature_bound_method(sig) if skip_bound_arg else sig
            if init is not None and "__init__" in base.__dict__:
                sig = recurse(init)
                return _signature_bound_method(sig) if skip_bound_arg else sig
        for base in obj.__mro__[:-1]:
            if getattr(base, "__text_signature__", None):
                break
        else:
            if type not in obj.__mro__:
                if (obj.__init__ is object.__init__ and obj.__new__ is object.__new__):
                    return sigcls.from_callable(object)
                raise ValueError("no signature found for builtin type {!r}".format(obj))
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    if not isinstance(obj, (types.BuiltinFunctionType, types.WrapperDescriptorType,
                            types.MethodWrapperType, types.MethodDescriptorType)):
        call = _signature_get_user_defined_method(type(obj), "__call__")
        if call is not None:
            sig = recurse(call)
            return _signature_bound_method(sig) if skip_bound_arg else sig
    if obj is object:
        return sigcls([])
    raise ValueError("no signature found for builtin {!r}".format(obj))


def _signature_from_partial(wrapped_sig, partial):
    """The signature left once a functools.partial has supplied some arguments: those
    given positionally disappear, those given by keyword become defaults, and every
    parameter after the first one given by keyword becomes keyword-only."""
    args = partial.args or ()
    keywords = partial.keywords or {}
    try:
        bound = wrapped_sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial)) from ex
    kept = []
    moved = []
    keyword_seen = False
    for param in wrapped_sig.parameters.values():
        name, kind = param.name, param.kind
        if name in bound.arguments:
            if kind == _POSITIONAL_ONLY:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                if name not in keywords:
                    continue
                keyword_seen = True
            if kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
                param = param.replace(default=bound.arguments[name])
        if keyword_seen:
            if kind == _VAR_POSITIONAL:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
            if kind != _POSITIONAL_ONLY:
                moved.append(param)
                continue
        kept.append(param)
    return wrapped_sig.replace(parameters=kept + moved)


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = collections.OrderedDict()
        elif __validate_parameters__:
            params = collections.OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = ("wrong parameter order: {} parameter before {} parameter")
                    msg = msg.format(top_kind.description, kind.description)
                    raise ValueError(msg)
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            msg = "non-default argument follows default argument"
                            raise ValueError(msg)
                    else:
                        seen_default = True
                if name in params:
                    msg = "duplicate parameter name: {!r}".format(name)
                    raise ValueError(msg)
                params[name] = param
        else:
            params = collections.OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of a callable object."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with the given fields changed."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        # Three phases over the parameters in order: positional arguments fill the
        # positional parameters; once they run out, required parameters are checked until
        # the first one that may be given by keyword (or has a default); from there on
        # keywords fill the rest, and leftovers go to **kwargs.
        arguments = {}
        params = list(self.parameters.values())
        kwargs = dict(kwargs)
        i = 0
        for value_index, value in enumerate(args):
            if i == len(params) or params[i].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError("too many positional arguments")
            param = params[i]
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[value_index:])
                break
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError(f"multiple values for argument {param.name!r}")
            arguments[param.name] = value
            i += 1
        else:
            while i < len(params):
                param = params[i]
                if param.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(f"{param.name!r} parameter is positional only, "
                                        "but was passed as a keyword")
                    break
                if param.default is not _empty or partial:
                    break
                label = " keyword-only" if param.kind == _KEYWORD_ONLY else ""
                raise TypeError(f"missing a required{label} argument: {param.name!r}")
        var_keyword = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == _VAR_POSITIONAL or param.name in arguments:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f"{param.name!r} parameter is positional only, "
                                    "but was passed as a keyword")
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f"missing a required argument: {param.name!r}")
        if kwargs:
            if var_keyword is None:
                raise TypeError("got an unexpected keyword argument {!r}".format(
                    next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """BoundArguments mapping args and kwargs to the parameters; TypeError when the
        call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {"_return_annotation": self._return_annotation})

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += " -> {}".format(anno)
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)
