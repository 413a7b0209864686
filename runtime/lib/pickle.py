"""pickle: serialization of Python objects to bytes and back.

Written for Spry from the documented pickle format (protocols 0 to 5, the opcodes listed
in the pickletools documentation) and CPython 3.11's observable behaviour: for the
built-in types the bytes written are the ones CPython's pickler writes (memo numbering,
batching of container items by 1000, 64 KiB frames from protocol 4 on).
"""

import io as _io
import sys as _sys
import struct as _struct
import copyreg as _copyreg
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND",
           "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET", "BININT", "BININT1",
           "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8",
           "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT",
           "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE",
           "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST",
           "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK",
           "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE",
           "OBJ", "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE",
           "SETITEM", "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3",
           "UNICODE"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = '_pickle'


class PickleBuffer(object):
    """A wrapper for a buffer given out of band (protocol 5)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view

    def release(self):
        self._view.release()


# ---- opcodes ------------------------------------------------------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_TARGET = 64 * 1024     # a frame is closed once it holds this much
_FRAME_MIN = 4                # smaller frames are written without a FRAME header
_BATCH = 1000                 # container items per APPENDS/SETITEMS/ADDITEMS

# Protocols 0-2 name a few modules and built-ins by their Python 2 names.
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                'socketserver': 'SocketServer', 'reprlib': 'repr', '_pickle': 'pickle'}
_PY2_NAMES = {('builtins', 'int'): ('__builtin__', 'long'),
              ('builtins', 'str'): ('__builtin__', 'unicode'),
              ('builtins', 'range'): ('__builtin__', 'xrange'),
              ('builtins', 'ValueError'): ('exceptions', 'ValueError')}
_PY3_MODULES = {v: k for k, v in _PY2_MODULES.items()}
_PY3_MODULES['exceptions'] = 'builtins'
_PY3_NAMES = {v: k for k, v in _PY2_NAMES.items()}
_PY3_NAMES[('__builtin__', 'basestring')] = ('builtins', 'str')


def _py2_exception_names():
    import builtins
    for name in dir(builtins):
        obj = getattr(builtins, name)
        if isinstance(obj, type) and issubclass(obj, BaseException) and name not in (
                'BlockingIOError', 'ChildProcessError', 'ConnectionError',
                'BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError',
                'ConnectionResetError', 'FileExistsError', 'FileNotFoundError',
                'InterruptedError', 'IsADirectoryError', 'NotADirectoryError',
                'PermissionError', 'ProcessLookupError', 'TimeoutError', 'RecursionError',
                'StopAsyncIteration', 'ModuleNotFoundError', 'ResourceWarning',
                'BaseExceptionGroup', 'ExceptionGroup', 'EncodingWarning'):
            _PY2_NAMES[('builtins', name)] = ('exceptions', name)


_py2_exception_names()


def _protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return protocol


def _encode_long(x):
    """x as little-endian two's complement bytes, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    data = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


_ESCAPED = frozenset('\\\0\n\r\x1a')


def _raw_unicode_escape(text):
    """Protocol 0's UNICODE argument: latin-1 bytes, \\uXXXX / \\UXXXXXXXX for the rest,
    and the characters that would break the line format escaped too."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp < 256 and ch not in _ESCAPED:
            out.append(ch)
        elif cp < 0x10000:
            out.append('\\u%04x' % cp)
        else:
            out.append('\\U%08x' % cp)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) != width:
                raise UnicodeDecodeError('rawunicodeescape', data, i, n, 'truncated \\uXXXX escape')
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def _lookup(obj, dotted):
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError(part)
        obj = getattr(obj, part)
    return obj


def _whichmodule(obj, name):
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    for mname, mod in list(_sys.modules.items()):
        if mname == '__main__' or mname == '__mp_main__' or mod is None:
            continue
        try:
            if _lookup(mod, name) is obj:
                return mname
        except AttributeError:
            pass
    return '__main__'


# ---- the pickler --------------------------------------------------------------------

class _Pickler(object):

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        self.proto = _protocol(protocol)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        if buffer_callback is not None and self.proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        self.fix_imports = fix_imports and self.proto < 3
        self.bin = self.proto >= 1
        self.memo = {}
        self.fast = 0
        self._frame = None

    def clear_memo(self):
        self.memo.clear()

    # -- output and framing --

    def _write(self, data):
        if self._frame is not None:
            self._frame += data
        else:
            self._file_write(data)

    def _commit_frame(self, force=False):
        frame = self._frame
        if frame is None or (not force and len(frame) < _FRAME_TARGET):
            return
        if frame:
            if len(frame) >= _FRAME_MIN:
                self._file_write(FRAME + _struct.pack('<Q', len(frame)) + bytes(frame))
            else:
                self._file_write(bytes(frame))
        self._frame = bytearray()

    def _write_large(self, header, payload):
        """An opcode with a big payload: from protocol 4 the payload goes outside frames."""
        if self._frame is not None and len(payload) >= _FRAME_TARGET:
            self._commit_frame(force=True)
            self._file_write(header)
            self._file_write(payload)
        else:
            self._write(header + payload)

    def dump(self, obj):
        if not hasattr(self, 'memo'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        if self.proto >= 2:
            self._write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            self._frame = bytearray()
        self.save(obj)
        self._write(STOP)
        if self._frame is not None:
            self._commit_frame(force=True)
            self._frame = None

    # -- memo --

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif self.bin:
            if idx < 256:
                self._write(BINPUT + bytes((idx,)))
            else:
                self._write(LONG_BINPUT + _struct.pack('<I', idx))
        else:
            self._write(PUT + repr(idx).encode('ascii') + b'\n')
        self.memo[id(obj)] = idx, obj

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + bytes((idx,))
            return LONG_BINGET + _struct.pack('<I', idx)
        return GET + repr(idx).encode('ascii') + b'\n'

    # -- the dispatcher --

    def save(self, obj, save_persistent_id=True):
        self._commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self._save_pers(pid)
            return
        hit = self.memo.get(id(obj))
        if hit is not None:
            self._write(self._get(hit[0]))
            return
        t = type(obj)
        saver = _SAVERS.get(t)
        if saver is not None:
            saver(self, obj)
            return
        override = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(obj=obj, *rv)

    def persistent_id(self, obj):
        return None

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            try:
                self._write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        name = getattr(func, '__name__', '')
        write = self._write
        if self.proto >= 2 and name == '__newobj_ex__':
            cls, nargs, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(nargs)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *nargs, **kwargs))
                self.save(())
                write(REDUCE)
        elif self.proto >= 2 and name == '__newobj__':
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            hit = self.memo.get(id(obj))
            if hit is not None:
                write(POP + self._get(hit[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- the built-in types --

    def save_none(self, obj):
        self._write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj < 256:
                self._write(BININT1 + bytes((obj,)))
                return
            if 0 <= obj < 65536:
                self._write(BININT2 + _struct.pack('<H', obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self._write(BININT + _struct.pack('<i', obj))
                return
        if self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes((len(data),)) + data)
            else:
                self._write(LONG4 + _struct.pack('<i', len(data)) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self._write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            self._write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + _struct.pack('>d', obj))
        else:
            self._write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n < 256 and self.proto >= 4:
                self._write(SHORT_BINUNICODE + bytes((n,)) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + _struct.pack('<Q', n), data)
            elif n >= _FRAME_TARGET:
                self._write_large(BINUNICODE + _struct.pack('<I', n), data)
            else:
                self._write(BINUNICODE + _struct.pack('<I', n) + data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self._save_codecs_encode(obj)
            return
        n = len(obj)
        if n < 256:
            self._write(SHORT_BINBYTES + bytes((n,)) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + _struct.pack('<Q', n), obj)
        else:
            self._write_large(BINBYTES + _struct.pack('<I', n), obj)
        self.memoize(obj)

    def _save_codecs_encode(self, obj):
        """bytes before protocol 3: _codecs.encode(<latin-1 text>, 'latin1')."""
        import codecs
        hit = self.memo.get(id(codecs.encode))
        if hit is not None:
            self._write(self._get(hit[0]))
        else:
            self._save_global_name('_codecs', 'encode')
            self.memoize(codecs.encode)
        self.save((str(obj, 'latin1'), 'latin1'))
        self._write(REDUCE)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + _struct.pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_tuple(self, obj):
        write = self._write
        if not obj:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            hit = self.memo.get(id(obj))
            if hit is not None:
                write(POP * n + self._get(hit[0]))
            else:
                write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            self.save(item)
        hit = self.memo.get(id(obj))
        if hit is not None:
            if self.bin:
                write(POP_MARK + self._get(hit[0]))
            else:
                write(POP * (n + 1) + self._get(hit[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)
            if len(batch) < _BATCH:
                return

    def save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for kv in it:
                batch.append(kv)
                if len(batch) == _BATCH:
                    break
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if len(batch) < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            if batch:
                self._write(MARK)
                for x in batch:
                    self.save(x)
                self._write(ADDITEMS)
            if len(batch) < _BATCH:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for x in obj:
            self.save(x)
        hit = self.memo.get(id(obj))
        if hit is not None:
            self._write(POP_MARK + self._get(hit[0]))
            return
        self._write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = _whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            __import__(module_name, level=0)
            module = _sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found = _lookup(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    self._write(EXT2 + _struct.pack('<H', code))
                else:
                    self._write(EXT4 + _struct.pack('<i', code))
                return
        if self.proto < 4 and '.' in name:
            parent = name.rpartition('.')[0]
            self.save_reduce(getattr, (_lookup(module, parent), name.rpartition('.')[2]),
                             obj=obj)
            return
        self._save_global_name(module_name, name)
        self.memoize(obj)

    def _save_global_name(self, module_name, name):
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
            return
        if self.fix_imports:
            if (module_name, name) in _PY2_NAMES:
                module_name, name = _PY2_NAMES[(module_name, name)]
            elif module_name in _PY2_MODULES:
                module_name = _PY2_MODULES[module_name]
        try:
            line = (GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                "protocol %i" % (module_name, name, self.proto)) from None
        self._write(line)


def _save_type(self, obj):
    if obj is type(None):
        return self.save_reduce(type, (None,), obj=obj)
    if obj is type(NotImplemented):
        return self.save_reduce(type, (NotImplemented,), obj=obj)
    if obj is type(...):
        return self.save_reduce(type, (...,), obj=obj)
    return self.save_global(obj)


_SAVERS = {
    type(None): _Pickler.save_none,
    bool: _Pickler.save_bool,
    int: _Pickler.save_long,
    float: _Pickler.save_float,
    str: _Pickler.save_str,
    bytes: _Pickler.save_bytes,
    bytearray: _Pickler.save_bytearray,
    tuple: _Pickler.save_tuple,
    list: _Pickler.save_list,
    dict: _Pickler.save_dict,
    set: _Pickler.save_set,
    frozenset: _Pickler.save_frozenset,
    type: _save_type,
    type(_encode_long): _Pickler.save_global,
}


# ---- the unpickler --------------------------------------------------------------------

class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class _Unpickler(object):

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_read = file.read
        self._file_readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def load(self):
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        read = self._file_read
        dispatch = _LOADERS
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                loader = dispatch.get(key[0])
                if loader is None:
                    raise UnpicklingError("invalid load key, '%s'." % chr(key[0]) if 32 <= key[0] < 127
                                          else "invalid load key, '\\x%02x'." % key[0])
                loader(self)
        except _Stop as stop:
            return stop.value

    def _pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        _sys.audit('pickle.find_class', module, name) if hasattr(_sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
        if module == '_codecs' and name == 'encode':
            import codecs
            return codecs.encode
        __import__(module, level=0)
        mod = _sys.modules[module]
        try:
            if self.proto >= 4:
                return _lookup(mod, name)
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # -- opcode handlers --

    def _load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _load_frame(self):
        self._read(8)

    def _load_persid(self):
        try:
            pid = self._readline().decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def _load_binpersid(self):
        if type(self).persistent_load is _Unpickler.persistent_load:
            self.persistent_load(None)
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def _load_none(self):
        self.append(None)

    def _load_false(self):
        self.append(False)

    def _load_true(self):
        self.append(True)

    def _load_int(self):
        data = self._readline()
        if data == b'00':
            v = False
        elif data == b'01':
            v = True
        else:
            v = int(data, 0)
        self.append(v)

    def _load_binint(self):
        self.append(_struct.unpack('<i', self._read(4))[0])

    def _load_binint1(self):
        self.append(self._read(1)[0])

    def _load_binint2(self):
        self.append(_struct.unpack('<H', self._read(2))[0])

    def _load_long(self):
        data = self._readline()
        if data.endswith(b'L'):
            data = data[:-1]
        self.append(int(data, 0))

    def _load_long1(self):
        n = self._read(1)[0]
        self.append(int.from_bytes(self._read(n), 'little', signed=True))

    def _load_long4(self):
        n = _struct.unpack('<i', self._read(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(int.from_bytes(self._read(n), 'little', signed=True))

    def _load_float(self):
        self.append(float(self._readline()))

    def _load_binfloat(self):
        self.append(_struct.unpack('>d', self._read(8))[0])

    def _decode_string(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _load_string(self):
        data = self._readline()
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import codecs
        self.append(self._decode_string(codecs.escape_decode(data)[0]))

    def _load_binstring(self):
        n = _struct.unpack('<i', self._read(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))

    def _load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def _load_binbytes(self):
        n = _struct.unpack('<I', self._read(4))[0]
        self.append(self._read(n))

    def _load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))

    def _load_binbytes8(self):
        n = _struct.unpack('<Q', self._read(8))[0]
        self.append(self._read(n))

    def _load_bytearray8(self):
        n = _struct.unpack('<Q', self._read(8))[0]
        self.append(bytearray(self._read(n)))

    def _load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def _load_readonly_buffer(self):
        pass

    def _load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()))

    def _load_binunicode(self):
        n = _struct.unpack('<I', self._read(4))[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def _load_binunicode8(self):
        n = _struct.unpack('<Q', self._read(8))[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def _load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def _load_tuple(self):
        items = self._pop_mark()
        self.append(tuple(items))

    def _load_empty_tuple(self):
        self.append(())

    def _load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def _load_tuple2(self):
        if len(self.stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def _load_tuple3(self):
        if len(self.stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def _load_empty_list(self):
        self.append([])

    def _load_empty_dict(self):
        self.append({})

    def _load_empty_set(self):
        self.append(set())

    def _load_frozenset(self):
        items = self._pop_mark()
        self.append(frozenset(items))

    def _load_list(self):
        items = self._pop_mark()
        self.append(items)

    def _load_dict(self):
        items = self._pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, err),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def _load_inst(self):
        module = self._readline().decode('ascii')
        name = self._readline().decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    def _load_obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def _load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def _load_global(self):
        module = self._readline().decode('utf-8')
        name = self._readline().decode('utf-8')
        self.append(self.find_class(module, name))

    def _load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        obj = _copyreg._extension_cache.get(code)
        if obj is not None:
            self.append(obj)
            return
        key = _copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _copyreg._extension_cache[code] = obj
        self.append(obj)

    def _load_ext1(self):
        self._load_ext(self._read(1)[0])

    def _load_ext2(self):
        self._load_ext(_struct.unpack('<H', self._read(2))[0])

    def _load_ext4(self):
        self._load_ext(_struct.unpack('<i', self._read(4))[0])

    def _load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def _load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def _load_pop_mark(self):
        self._pop_mark()

    def _load_dup(self):
        self.append(self._top())

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _load_get(self):
        self._memo_get(int(self._readline()))

    def _load_binget(self):
        self._memo_get(self._read(1)[0])

    def _load_long_binget(self):
        self._memo_get(_struct.unpack('<I', self._read(4))[0])

    def _load_put(self):
        idx = int(self._readline())
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def _load_binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def _load_long_binput(self):
        idx = _struct.unpack('<I', self._read(4))[0]
        self.memo[idx] = self._top()

    def _load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def _load_append(self):
        value = self._pop()
        self._top().append(value)

    def _load_appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
        else:
            add = target.append
            for item in items:
                add(item)

    def _load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _load_setitems(self):
        items = self._pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[_sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def _load_stop(self):
        raise _Stop(self._pop())


_LOADERS = {}
for _name, _op in list(globals().items()):
    if isinstance(_op, bytes) and _name.isupper() and len(_op) == 1:
        _fn = getattr(_Unpickler, '_load_' + _name.lower(), None)
        if _fn is not None:
            _LOADERS[_op[0]] = _fn
_LOADERS[b'I'[0]] = _Unpickler._load_int
_LOADERS[NEWTRUE[0]] = _Unpickler._load_true
_LOADERS[NEWFALSE[0]] = _Unpickler._load_false
del _name, _op, _fn


class Pickler(_Pickler):
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)"""

    __module__ = '_pickle'


class Unpickler(_Unpickler):
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())"""

    __module__ = '_pickle'


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()
