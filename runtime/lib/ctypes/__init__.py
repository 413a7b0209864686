"""ctypes: C data types and calls into shared libraries, on libffi.

The class machinery is in ctypes/_cdata.py, the native parts in the _ctypes module
(runtime/modules/ctypes*.c). Windows-only names (WinDLL, wintypes, ...) are absent.
"""

import _ctypes
from _ctypes import RTLD_GLOBAL, RTLD_LOCAL
from ctypes._cdata import (
    ArgumentError, Array, CFuncPtr as _CFuncPtr, POINTER, Structure, Union, _CData,
    _FUNCFLAG_CDECL, _FUNCFLAG_PYTHONAPI, _FUNCFLAG_USE_ERRNO, _FUNCFLAG_USE_LASTERROR,
    _Pointer, _SimpleCData, _byref as byref, _sizeof as sizeof, get_errno, pointer, set_errno,
    _CArg, PyCPointerType as _PyCPointerType,
)

__version__ = "1.1.0"

DEFAULT_MODE = RTLD_LOCAL


# ---- the fundamental types ---------------------------------------------------------------

class c_short(_SimpleCData):
    _type_ = "h"


class c_ushort(_SimpleCData):
    _type_ = "H"


class c_long(_SimpleCData):
    _type_ = "l"


class c_ulong(_SimpleCData):
    _type_ = "L"


class c_int(_SimpleCData):
    _type_ = "i"


class c_uint(_SimpleCData):
    _type_ = "I"


class c_float(_SimpleCData):
    _type_ = "f"


class c_double(_SimpleCData):
    _type_ = "d"


class c_longdouble(_SimpleCData):
    _type_ = "g"


# long long is long on LP64 Linux: CPython makes them the same classes there.
c_longlong = c_long
c_ulonglong = c_ulong


class c_ubyte(_SimpleCData):
    _type_ = "B"


class c_byte(_SimpleCData):
    _type_ = "b"


class c_char(_SimpleCData):
    _type_ = "c"


class c_char_p(_SimpleCData):
    _type_ = "z"


class c_void_p(_SimpleCData):
    _type_ = "P"


c_voidp = c_void_p


class c_bool(_SimpleCData):
    _type_ = "?"


class c_wchar_p(_SimpleCData):
    _type_ = "Z"


class c_wchar(_SimpleCData):
    _type_ = "u"


c_size_t = c_ulong
c_ssize_t = c_long
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_long
c_uint64 = c_ulong


# ---- helpers on instances and types ------------------------------------------------------

def alignment(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    align = getattr(cls, '_align_', None)
    if align is None or not issubclass(cls, _CData):
        raise TypeError('no alignment info')
    return align


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError('invalid type')
    return obj._b_addr_


def _address_arg(value):
    """The address a void * argument would pass: ints, bytes, ctypes objects."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, _CArg):
        return value._address
    if isinstance(value, (bytes, bytearray)):
        return _ctypes.buffer_info(value)[0]
    if isinstance(value, Array):
        return value._b_addr_
    if isinstance(value, _SimpleCData) and value._code_ in "zZP" or isinstance(value, (_Pointer, _CFuncPtr)):
        return c_void_p.from_address(value._b_addr_).value or 0
    if isinstance(value, str):
        raise TypeError('wrong type')
    param = getattr(value, '_as_parameter_', None)
    if param is not None:
        return _address_arg(param)
    raise TypeError('wrong type')


def _checked_address(value, position):
    try:
        return _address_arg(value)
    except TypeError as e:
        raise ArgumentError('argument %d: TypeError: %s' % (position, e)) from None


def memmove(dst, src, count):
    return _ctypes.memmove(_checked_address(dst, 1), _checked_address(src, 2), count)


def memset(dst, c, count):
    return _ctypes.memset(_checked_address(dst, 1), c, count)


def string_at(ptr, size=-1):
    return _ctypes.string_at(_checked_address(ptr, 1), size)


def wstring_at(ptr, size=-1):
    return _ctypes.wstring_at(_checked_address(ptr, 1), size)


def cast(obj, typ):
    address = _checked_address(obj, 1)
    if not (isinstance(typ, _PyCPointerType) or isinstance(typ, type) and (
            issubclass(typ, _CFuncPtr) or issubclass(typ, _SimpleCData) and typ._code_ in "zZP")):
        raise TypeError('cast() argument 2 must be a pointer type, not %s' % (
            typ.__name__ if isinstance(typ, type) else type(typ).__name__))
    result = typ.__new__(typ)
    c_void_p.from_address(result._b_addr_).value = address
    if isinstance(obj, _CData):
        result._keep(str(id(obj)), obj)
    return result


def resize(obj, size):
    if not isinstance(obj, _CData):
        raise TypeError('excepted ctypes instance')
    if size < type(obj)._size_:
        raise ValueError('minimum size is %d' % type(obj)._size_)
    if obj._b_base_ is not None or type(obj._b_mem_).__name__ != 'Memory':
        raise ValueError('Memory cannot be resized because this object doesn\'t own it')
    _ctypes.resize(obj._b_mem_, size)
    obj._b_addr_ = obj._b_mem_.address
    obj._b_size_ = size


def create_string_buffer(init, size=None):
    if isinstance(init, bytes):
        if size is None:
            size = len(init) + 1
        buf = (c_char * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (c_char * init)()
    raise TypeError(init)


c_buffer = create_string_buffer


def create_unicode_buffer(init, size=None):
    if isinstance(init, str):
        if size is None:
            size = len(init) + 1
        buf = (c_wchar * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (c_wchar * init)()
    raise TypeError(init)


def SetPointerType(pointer, cls):
    pointer.set_type(cls)


# Native byte order is little-endian on the platforms Spry supports; the big-endian
# (byte-swapping) variants are not provided.
LittleEndianStructure = Structure
LittleEndianUnion = Union


def ARRAY(typ, length):
    return typ * length


# ---- function prototypes -------------------------------------------------------------------

_function_types = {}


def CFUNCTYPE(restype, *argtypes, use_errno=False, use_last_error=False):
    flags = _FUNCFLAG_CDECL
    if use_errno:
        flags |= _FUNCFLAG_USE_ERRNO
    if use_last_error:
        flags |= _FUNCFLAG_USE_LASTERROR
    key = (restype, argtypes, flags)
    try:
        return _function_types[key]
    except KeyError:
        pass

    class CFunctionType(_CFuncPtr):
        _argtypes_ = argtypes
        _restype_ = restype
        _flags_ = flags

    _function_types[key] = CFunctionType
    return CFunctionType


def PYFUNCTYPE(restype, *argtypes):
    class CFunctionType(_CFuncPtr):
        _argtypes_ = argtypes
        _restype_ = restype
        _flags_ = _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI

    return CFunctionType


# ---- libraries -----------------------------------------------------------------------------

class CDLL:
    """A loaded shared library; its functions are its attributes (and items)."""
    _func_flags_ = _FUNCFLAG_CDECL
    _func_restype_ = c_int
    _name = '<uninitialized>'
    _handle = 0
    _FuncPtr = None

    def __init__(self, name, mode=DEFAULT_MODE, handle=None, use_errno=False,
                 use_last_error=False, winmode=None):
        self._name = name
        flags = self._func_flags_
        if use_errno:
            flags |= _FUNCFLAG_USE_ERRNO
        if use_last_error:
            flags |= _FUNCFLAG_USE_LASTERROR

        class _FuncPtr(_CFuncPtr):
            _flags_ = flags
            _restype_ = self._func_restype_

        self._FuncPtr = _FuncPtr
        if handle is None:
            self._handle = _ctypes.dlopen(None if name is None else _fspath(name), mode | _ctypes.RTLD_NOW)
        else:
            self._handle = handle

    def __repr__(self):
        return "<%s '%s', handle %x at %#x>" % (type(self).__name__, self._name, self._handle, id(self))

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        func = self.__getitem__(name)
        setattr(self, name, func)
        return func

    def __getitem__(self, name_or_ordinal):
        func = self._FuncPtr((name_or_ordinal, self))
        if not isinstance(name_or_ordinal, int):
            func.__name__ = name_or_ordinal
        return func


def _fspath(name):
    import os
    return os.fspath(name)


class PyDLL(CDLL):
    """Functions called with the interpreter lock held (for the Python C API)."""
    _func_flags_ = _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI


class LibraryLoader:
    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == '_':
            raise AttributeError(name)
        try:
            dll = self._dlltype(name)
        except OSError:
            raise AttributeError(name)
        setattr(self, name, dll)
        return dll

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)

    __class_getitem__ = classmethod(lambda cls, item: cls)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)
pythonapi = PyDLL(None)
