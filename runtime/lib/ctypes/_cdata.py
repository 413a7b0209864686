"""The ctypes class machinery over the native _ctypes module.

Every ctypes instance is a Python object holding the address of its C memory
(_b_addr_), the object keeping that memory alive (_b_mem_: a _ctypes Memory block, a
bytearray, or the instance it is part of) and the objects its pointers point into
(_objects). Types carry their layout as class attributes: _size_, _align_, the
fundamental code _code_ (None for aggregates) and a lazily made libffi description.
The classes report the module name `_ctypes`, as CPython's do.
"""

import sys as _sys
import _ctypes as _native

_FUNCFLAG_CDECL = 0x1
_FUNCFLAG_PYTHONAPI = 0x4
_FUNCFLAG_USE_ERRNO = 0x8
_FUNCFLAG_USE_LASTERROR = 0x10

_CALL_KEEP_LOCK = 1
_CALL_USE_ERRNO = 2


class ArgumentError(Exception):
    pass


ArgumentError.__module__ = 'ctypes'


def _caller_module(depth):
    try:
        return _sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except ValueError:
        return '__main__'


# ---- the common base ------------------------------------------------------------------

class _CDataType(type):
    """What every ctypes metaclass shares: layout queries and alternate constructors."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        if _CData in bases:
            members = dict(_CDATA_MEMBERS)
            members.update(namespace)
            members['__slots__'] = _CDATA_SLOTS + tuple(namespace.get('__slots__', ()))
            namespace = members
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __mul__(cls, length):
        return _array_type(cls, length)

    __rmul__ = __mul__

    def from_address(cls, address):
        return cls._at(_native_address(address), None)

    def from_buffer(cls, source, offset=0):
        # the memoryview holds an export: source cannot resize while the instance lives
        view = memoryview(source)
        address, size, readonly = _native.buffer_info(view)
        if readonly:
            raise TypeError('underlying buffer is not writable')
        _check_buffer(cls, size, offset)
        return cls._at(address + offset, view)

    def from_buffer_copy(cls, source, offset=0):
        address, size, readonly = _native.buffer_info(source)
        _check_buffer(cls, size, offset)  # also: cls is complete
        return _copy_of(cls, address + offset)

    def in_dll(cls, dll, name):
        return cls._at(_native.dlsym(dll._handle, name), None)

    def from_param(cls, value):
        """The argument as cls passes it; subclasses widen what converts."""
        if isinstance(value, cls):
            return value
        param = getattr(value, '_as_parameter_', None)
        if param is not None:
            return cls.from_param(param)
        raise TypeError('expected %s instance instead of %s' % (cls.__name__, type(value).__name__))

    def _at(cls, address, owner):
        """An instance viewing the memory at address (kept alive by owner)."""
        _require_layout(cls)
        obj = object.__new__(cls)
        obj._b_addr_ = address
        obj._b_mem_ = owner
        obj._b_base_ = owner if isinstance(owner, _CData) else None
        obj._objects = None
        return obj

    def _ffi(cls):
        ffi = cls.__dict__.get('_ffi_')
        if ffi is None:
            ffi = cls._make_ffi()
            type.__setattr__(cls, '_ffi_', ffi)
        return ffi

    def _make_ffi(cls):
        # pointers and function pointers; the other metaclasses override this
        return _native.ffi_simple('P')


def _native_address(address):
    if not isinstance(address, int):
        raise TypeError('integer expected')
    return address


def _check_buffer(cls, size, offset):
    _require_layout(cls)
    if offset < 0:
        raise ValueError("offset cannot be negative")
    if size < cls._size_ + offset:
        raise ValueError('Buffer size too small (%d instead of at least %d bytes)'
                         % (size, cls._size_ + offset))


def _require_layout(cls):
    if getattr(cls, '_size_', None) is None or cls in _ABSTRACT:
        raise TypeError('abstract class')


_CData = _native._CData  # the native base class: exports an instance's memory as a buffer
_CDATA_SLOTS = ('_b_addr_', '_b_mem_', '_b_base_', '_objects', '_b_size_')


def _cdata_new(cls, *args, **kwargs):
    _require_layout(cls)
    obj = object.__new__(cls)
    mem = _native.alloc(cls._size_)
    obj._b_mem_ = mem
    obj._b_addr_ = mem.address
    obj._b_base_ = None
    obj._objects = None
    return obj


def _cdata_keep(self, key, obj):
    """Remembers obj (what a pointer stored in this memory points into)."""
    if obj is None:
        return
    root = self
    while root._b_base_ is not None:
        root = root._b_base_
    if root._objects is None:
        root._objects = {}
    root._objects[key] = obj


def _cdata_from_outparam(self):
    return self


def _cdata_hash(self):
    raise TypeError('unhashable type')


def _cdata_reduce(self):
    raise ValueError("ctypes objects containing pointers cannot be pickled")


# What every instance has, given to each class deriving directly from _CData by
# _CDataType.__new__ (CPython's _CData is all native; copying its Python half into the
# base classes keeps their __mro__ CPython's).
_CDATA_MEMBERS = {'__new__': _cdata_new, '_keep': _cdata_keep, '__hash__': _cdata_hash,
                  '__ctypes_from_outparam__': _cdata_from_outparam, '__reduce__': _cdata_reduce}


_ABSTRACT = set()


def _sizeof(obj):
    if isinstance(obj, _CDataType):
        _require_layout(obj)
        return obj._size_
    if isinstance(obj, _CData):
        try:
            return obj._b_size_
        except AttributeError:
            return type(obj)._size_
    raise TypeError('this type has no size')


# ---- reading and writing values of any ctypes type ----------------------------------------

def _load(ctype, address, owner):
    """The Python value of a ctype stored at address: a Python object for fundamental
    simple types, else an instance sharing the memory."""
    if ctype.__dict__.get('_unbox_'):
        return _native.get(ctype._code_, address)
    return ctype._at(address, owner)


def _store(ctype, address, value):
    """Stores value at address as ctype; returns what must be kept alive, or None."""
    if isinstance(value, _CData) and isinstance(value, ctype):
        _native.memmove(address, value._b_addr_, ctype._size_)
        return value._objects
    code = ctype.__dict__.get('_code_')
    if code is not None and ctype.__dict__.get('_unbox_'):
        if isinstance(value, _SimpleCData):
            value = value.value
        return _native.set(code, address, value)
    if isinstance(ctype, PyCPointerType):
        if isinstance(value, Array) and issubclass(type(value)._type_, ctype._type_):
            _native.set('P', address, value._b_addr_)
            return value
        if value is None:
            _native.set('P', address, None)
            return None
    if isinstance(ctype, PyCArrayType):
        if isinstance(value, (bytes, str)) and ctype._type_._code_ in ('c', 'u'):
            tmp = ctype()
            tmp.value = value
            _native.memmove(address, tmp._b_addr_, ctype._size_)
            return None
    if isinstance(value, tuple) and isinstance(ctype, (PyCStructType, UnionType, PyCArrayType)):
        tmp = ctype(*value)
        _native.memmove(address, tmp._b_addr_, ctype._size_)
        return tmp._objects
    if isinstance(ctype, PyCFuncPtrType) and callable(value):
        fn = ctype(value)
        _native.memmove(address, fn._b_addr_, ctype._size_)
        return fn
    raise TypeError('incompatible types, %s instance instead of %s instance'
                    % (type(value).__name__, ctype.__name__))


# ---- simple types ---------------------------------------------------------------------------

_SIMPLE_CODES = 'cbBhHiIlLqQfdguzZPsX?Ov'
_fundamental = {}  # code -> the ctypes class of that code (c_int for 'i', c_void_p for 'P', ...)


class PyCSimpleType(_CDataType):
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if '_type_' not in namespace:
            if bases == (_CData,):
                return
            code = getattr(cls, '_type_', None)
            if code is None:
                raise AttributeError("class must define a '_type_' attribute")
        code = cls._type_
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(code) != 1:
            raise ValueError("class must define a '_type_' attribute which must be a string of length 1")
        if code not in _SIMPLE_CODES:
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                                 "a single character string containing one of '%s'." % _SIMPLE_CODES)
        if code in 'sXOv':
            raise NotImplementedError("ctypes type code %r (py_object, BSTR, VARIANT_BOOL) is not "
                                      "supported by Spry" % code)
        size, align = _native.layout(code)
        type.__setattr__(cls, '_code_', code)
        type.__setattr__(cls, '_size_', size)
        type.__setattr__(cls, '_align_', align)
        # Fundamental types (direct subclasses of _SimpleCData) read back as Python values.
        type.__setattr__(cls, '_unbox_', _SimpleCData in bases)
        if cls.__module__ == 'ctypes':
            _fundamental.setdefault(code, cls)

    def _make_ffi(cls):
        return _native.ffi_simple(cls._code_)

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        code = cls._code_
        if code in 'zZP':
            return _pointer_from_param(cls, value)
        if code in 'bBhHiIlLqQ' and not isinstance(value, int):
            raise TypeError('wrong type')
        if code in 'fdg' and not isinstance(value, (int, float)):
            raise TypeError('wrong type')
        if code == '?' and not isinstance(value, (int, bool)):
            raise TypeError('wrong type')
        try:
            return cls(value)
        except TypeError:
            param = getattr(value, '_as_parameter_', None)
            if param is not None:
                return cls.from_param(param)
            raise TypeError('wrong type') from None


def _pointer_from_param(cls, value):
    code = cls._code_
    if value is None:
        return None
    if isinstance(value, int) and code == 'P':
        return cls(value)
    if code == 'z' and isinstance(value, bytes):
        return cls(value)
    if code == 'Z' and isinstance(value, str):
        return cls(value)
    if code == 'P':
        if isinstance(value, bytes):
            return _fundamental['z'](value)
        if isinstance(value, str):
            return _fundamental['Z'](value)
        if isinstance(value, (Array, _Pointer, _CArg, CFuncPtr)):
            return value
        if isinstance(value, _SimpleCData) and value._code_ in 'zZP':
            return value
    if isinstance(value, _CArg) and value._obj_code() == ('c' if code == 'z' else 'u' if code == 'Z' else None):
        return value
    if isinstance(value, Array) and value._type_._code_ == {'z': 'c', 'Z': 'u'}.get(code):
        return value
    if isinstance(value, _Pointer) and value._type_._code_ == {'z': 'c', 'Z': 'u'}.get(code):
        return value
    param = getattr(value, '_as_parameter_', None)
    if param is not None:
        return cls.from_param(param)
    raise TypeError('wrong type')


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    __slots__ = ()

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError('function takes at most 1 argument (%d given)' % len(args))
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _native.get(self._code_, self._b_addr_)

    @value.setter
    def value(self, value):
        keep = _native.set(self._code_, self._b_addr_, value)
        if self._b_base_ is None:
            self._objects = keep
        else:
            self._keep(str(self._b_addr_ - self._b_base_._b_addr_), keep)

    def __bool__(self):
        return _native.string_at(self._b_addr_, self._size_) != bytes(self._size_)

    def __ctypes_from_outparam__(self):
        return self.value if self._unbox_ else self

    def __repr__(self):
        if not type(self)._unbox_:
            return '<%s object at %#x>' % (type(self).__name__, id(self))
        if self._code_ in 'zZ':
            value = _native.get('P', self._b_addr_)
            return '%s(%s)' % (type(self).__name__, value)
        return '%s(%r)' % (type(self).__name__, self.value)


# ---- arrays --------------------------------------------------------------------------------

class PyCArrayType(_CDataType):
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if bases == (_CData,):
            return
        length = getattr(cls, '_length_', None)
        item = getattr(cls, '_type_', None)
        if length is None:
            raise AttributeError("class must define a '_length_' attribute")
        if not isinstance(length, int):
            raise TypeError("The '_length_' attribute must be an integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        if item is None:
            raise AttributeError("class must define a '_type_' attribute")
        if not isinstance(item, _CDataType) or getattr(item, '_size_', None) is None:
            raise TypeError('_type_ must have storage info')
        type.__setattr__(cls, '_size_', item._size_ * length)
        type.__setattr__(cls, '_align_', item._align_)
        type.__setattr__(cls, '_code_', None)
        # items of a fundamental type: read and written directly by their code
        type.__setattr__(cls, '_item_code_', item._code_ if item.__dict__.get('_unbox_') else None)

    def _make_ffi(cls):
        return _native.ffi_struct(cls._ffi_elements())

    def _ffi_elements(cls):
        item = cls._type_
        parts = item._ffi_elements() if isinstance(item, PyCArrayType) else (item._ffi(),)
        return parts * cls._length_


_array_types = {}


def _array_type(item, length):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError('Array length must be >= 0, not %d' % length)
    key = (item, length)
    cls = _array_types.get(key)
    if cls is None:
        name = '%s_Array_%d' % (getattr(item, '__name__', item), length)
        cls = PyCArrayType(name, (Array,), {'_type_': item, '_length_': length,
                                           '__module__': _caller_module(2)})
        _array_types[key] = cls
    return cls


def _index(index, length):
    if not isinstance(index, int):
        index = index.__index__()
    if index < 0:
        index += length
    if not 0 <= index < length:
        raise IndexError('invalid index')
    return index


def _slice_values(values, item_code):
    if item_code == 'c':
        return b''.join(values)
    if item_code == 'u':
        return ''.join(values)
    return values


class Array(_CData, metaclass=PyCArrayType):
    __slots__ = ()
    _item_code_ = None

    def __init__(self, *args):
        if len(args) > self._length_:
            raise IndexError('invalid index')
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return self._length_

    def _item_address(self, i):
        return self._b_addr_ + i * self._type_._size_

    def __getitem__(self, index):
        if isinstance(index, slice):
            values = [self[i] for i in range(*index.indices(self._length_))]
            return _slice_values(values, self._type_.__dict__.get('_code_'))
        i = _index(index, self._length_)
        code = self._item_code_
        if code is not None:
            return _native.get(code, self._b_addr_ + i * self._type_._size_)
        return _load(self._type_, self._item_address(i), self)

    def __setitem__(self, index, value):
        code = self._item_code_
        if code is not None and type(index) is int and not isinstance(value, _CData):
            length = self._length_
            if index < 0:
                index += length
            if not 0 <= index < length:
                raise IndexError('invalid index')
            keep = _native.set(code, self._b_addr_ + index * self._type_._size_, value)
            if keep is not None:
                self._keep(str(index), keep)
            return
        if isinstance(index, slice):
            indices = range(*index.indices(self._length_))
            if len(value) != len(indices):
                raise ValueError('Can only assign sequence of same size')
            for i, v in zip(indices, value):
                self[i] = v
            return
        i = _index(index, self._length_)
        self._keep(str(i), _store(self._type_, self._item_address(i), value))

    def __iter__(self):
        for i in range(self._length_):
            yield self[i]

    def __bool__(self):
        return True

    # char and wchar_t arrays: the string up to the first NUL, and (char) the raw bytes
    @property
    def value(self):
        code = self._type_.__dict__.get('_code_')
        if code == 'c':
            raw = _native.string_at(self._b_addr_, self._length_)
            nul = raw.find(b'\0')
            return raw if nul < 0 else raw[:nul]
        if code == 'u':
            text = _native.wstring_at(self._b_addr_, self._length_)
            nul = text.find('\0')
            return text if nul < 0 else text[:nul]
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @value.setter
    def value(self, value):
        code = self._type_.__dict__.get('_code_')
        if code == 'c':
            if not isinstance(value, bytes):
                raise TypeError('bytes expected instead of %s instance' % type(value).__name__)
            if len(value) > self._length_:
                raise ValueError('byte string too long')
            self._write_bytes(value)
            if len(value) < self._length_:
                _native.memset(self._b_addr_ + len(value), 0, 1)
        elif code == 'u':
            if not isinstance(value, str):
                raise TypeError('unicode string expected instead of %s instance' % type(value).__name__)
            if len(value) > self._length_:
                raise ValueError('string too long')
            for i, ch in enumerate(value):
                _native.set('u', self._item_address(i), ch)
            if len(value) < self._length_:
                _native.set('u', self._item_address(len(value)), '\0')
        else:
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @property
    def raw(self):
        if self._type_.__dict__.get('_code_') != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return _native.string_at(self._b_addr_, self._length_)

    @raw.setter
    def raw(self, value):
        if self._type_.__dict__.get('_code_') != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        value = bytes(memoryview(value)) if not isinstance(value, bytes) else value
        if len(value) > self._length_:
            raise ValueError('byte string too long')
        self._write_bytes(value)

    def _write_bytes(self, data):
        address, size, _ = _native.buffer_info(data)
        _native.memmove(self._b_addr_, address, size)


_ABSTRACT.add(Array)


# ---- pointers ------------------------------------------------------------------------------

class PyCPointerType(_CDataType):
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        type.__setattr__(cls, '_size_', _native.layout('P')[0])
        type.__setattr__(cls, '_align_', _native.layout('P')[1])
        type.__setattr__(cls, '_code_', None)
        type.__setattr__(cls, '_item_code_', None)
        if '_type_' in namespace:
            cls.set_type(namespace['_type_'])

    def set_type(cls, pointee):
        _check_pointee(pointee)
        type.__setattr__(cls, '_type_', pointee)
        # a fundamental pointee: p[i] reads and writes directly by its code
        type.__setattr__(cls, '_item_code_', pointee._code_ if pointee.__dict__.get('_unbox_') else None)

    def from_param(cls, value):
        if value is None:
            return None
        if isinstance(value, cls):
            return value
        pointee = cls._type_
        if isinstance(value, pointee):
            return _byref(value)
        if isinstance(value, _CArg) and isinstance(value._obj, pointee):
            return value
        if isinstance(value, (_Pointer, Array)) and issubclass(value._type_, pointee):
            return value
        return super().from_param(value)


def _check_pointee(pointee):
    if not isinstance(pointee, _CDataType):
        raise TypeError('_type_ must have storage info')


class _Pointer(_CData, metaclass=PyCPointerType):
    __slots__ = ()

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError('__init__() takes at most 1 argument')
        if args:
            self.contents = args[0]

    def _target(self):
        address = _native.get('P', self._b_addr_)
        if address is None:
            raise ValueError('NULL pointer access')
        return address

    @property
    def contents(self):
        return self._type_._at(self._target(), self)

    @contents.setter
    def contents(self, value):
        if not isinstance(value, _CData):
            raise TypeError('expected %s instead of %s' % (self._type_.__name__, type(value).__name__))
        _native.set('P', self._b_addr_, value._b_addr_)
        self._keep('1', value)
        self._keep('0', value._objects)

    def _slow_getitem(self, index):
        """p[index] when the native __getitem__ (_ctypes.install_getitem) cannot read it."""
        pointee = self._type_
        if isinstance(index, slice):
            if index.stop is None:
                raise ValueError('slice stop is required')
            if index.step == 0:
                raise ValueError('slice step cannot be zero')
            values = [self[i] for i in range(index.start or 0, index.stop, index.step or 1)]
            return _slice_values(values, pointee.__dict__.get('_code_'))
        if not hasattr(type(index), '__index__'):
            raise TypeError('Pointer indices must be integer')
        index = index.__index__()
        return _load(pointee, self._target() + index * pointee._size_, self)

    def __setitem__(self, index, value):
        pointee = self._type_
        if not hasattr(type(index), '__index__'):
            raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        index = index.__index__()
        self._keep(str(index), _store(pointee, self._target() + index * pointee._size_, value))

    def __bool__(self):
        return _native.get('P', self._b_addr_) is not None


_native.install_getitem(_Pointer)
_ABSTRACT.add(_Pointer)

_pointer_types = {}


def POINTER(pointee):
    if isinstance(pointee, str):
        # an incomplete type, completed later by SetPointerType
        cls = PyCPointerType('LP_%s' % pointee, (_Pointer,), {'__module__': 'ctypes'})
        _pointer_types[id(cls)] = cls
        return cls
    if not isinstance(pointee, type):
        raise TypeError('must be a ctypes type')
    cls = _pointer_types.get(pointee)
    if cls is not None:
        return cls
    cls = PyCPointerType('LP_%s' % pointee.__name__, (_Pointer,),
                         {'_type_': pointee, '__module__': _caller_module(1)})
    _pointer_types[pointee] = cls
    return cls


def pointer(obj):
    if not isinstance(obj, _CData):
        raise TypeError('_type_ must have storage info')
    return POINTER(type(obj))(obj)


# ---- byref ---------------------------------------------------------------------------------

class _CArg:
    """byref(obj): a light pointer to obj's memory, usable only as an argument."""
    __slots__ = ('_obj', '_address')

    def _obj_code(self):
        return type(self._obj).__dict__.get('_code_')

    def __repr__(self):
        return "<cparam 'P' (%#x)>" % self._address


_CArg.__name__ = 'CArgObject'
_CArg.__qualname__ = 'CArgObject'


def _byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    arg = _CArg()
    arg._obj = obj
    arg._address = obj._b_addr_ + offset
    return arg


# ---- structures and unions -----------------------------------------------------------------

def _field(ctype, offset, size, bit, bits, index):
    """The descriptor of one structure or union field (a _ctypes.CField): whole
    non-pointer fundamental fields are accessed natively, the rest through the two
    functions below."""
    direct = ctype.__dict__.get('_unbox_') and not bits and ctype._code_ not in 'zZP'
    return _native.field(ctype, offset, size, bit, bits, index, ctype._code_ if direct else '',
                         _field_get, _field_set)


def _is_text(ctype):
    """char and wchar_t array fields read as bytes and str."""
    return isinstance(ctype, PyCArrayType) and ctype._type_.__dict__.get('_unbox_') \
        and ctype._type_._code_ in ('c', 'u')


def _field_get(field, obj):
    ctype = field._ctype
    address = obj._b_addr_ + field.offset
    if field._bits:
        return _native.getbits(ctype._code_, address, field._bit, field._bits)
    if _is_text(ctype):
        return ctype._at(address, obj).value
    return _load(ctype, address, obj)


def _field_set(field, obj, value):
    ctype = field._ctype
    address = obj._b_addr_ + field.offset
    if field._bits:
        if isinstance(value, _SimpleCData):
            value = value.value
        _native.setbits(ctype._code_, address, field._bit, field._bits, value)
        return
    obj._keep(str(field._index), _store(ctype, address, value))


_BITFIELD_CODES = 'bBhHiIlLqQ?c'


class _StructLayout(_CDataType):
    """Shared by PyCStructType and UnionType: _fields_ fixes the layout once."""
    _is_union = False

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        type.__setattr__(cls, '_code_', None)
        if '_fields_' in namespace:
            cls._set_fields(namespace['_fields_'])
        elif getattr(cls, '_size_', None) is None:
            # no fields yet: an empty structure until _fields_ is assigned
            type.__setattr__(cls, '_size_', 0)
            type.__setattr__(cls, '_align_', 1)
            type.__setattr__(cls, '_layout_', ())

    def __setattr__(cls, name, value):
        if name == '_fields_':
            if cls.__dict__.get('_fields_final_'):
                raise AttributeError('_fields_ is final')
            type.__setattr__(cls, name, value)
            cls._set_fields(value)
            return
        type.__setattr__(cls, name, value)

    def _set_fields(cls, fields):
        if cls.__dict__.get('_fields_final_'):
            raise AttributeError('_fields_ is final')
        if not isinstance(fields, (list, tuple)):
            raise TypeError('_fields_ must be a sequence of pairs')
        pack = cls.__dict__.get('_pack_', 0)
        if not isinstance(pack, int) or pack < 0:
            raise ValueError('_pack_ must be a non-negative integer')
        base = cls.__mro__[1]
        if not cls._is_union and isinstance(base, _StructLayout) and getattr(base, '_size_', None) is not None:
            size, align, layout = base._size_, base._align_, list(base._layout_)
            type.__setattr__(base, '_fields_final_', True)
        else:
            size, align, layout = 0, 1, []
        unit = None  # the open bit-field storage unit: (offset, size in bytes, bits used)
        for index, entry in enumerate(fields):
            if not isinstance(entry, tuple) or len(entry) not in (2, 3):
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            fname, ftype = entry[0], entry[1]
            if not isinstance(ftype, _CDataType) or getattr(ftype, '_size_', None) is None:
                raise TypeError('second item in _fields_ tuple (index %d) must be a C type' % index)
            fsize = ftype._size_
            falign = min(ftype._align_, pack) if pack else ftype._align_
            bits = 0
            if len(entry) == 3:
                bits = entry[2]
                if ftype.__dict__.get('_code_') not in tuple(_BITFIELD_CODES) or not ftype.__dict__.get('_unbox_'):
                    raise TypeError('bit fields not allowed for type %s' % ftype.__name__)
                if not isinstance(bits, int) or not 1 <= bits <= fsize * 8:
                    raise ValueError('number of bits invalid for bit field')
            if cls._is_union:
                offset, bit = 0, 0
                size = max(size, fsize)
                unit = None
            elif bits and unit is not None and unit[1] == fsize and unit[2] + bits <= fsize * 8:
                offset, bit = unit[0], unit[2]
                unit = (unit[0], fsize, unit[2] + bits)
            else:
                offset = (size + falign - 1) // falign * falign
                bit = 0
                size = offset + fsize
                unit = (offset, fsize, bits) if bits else None
            align = max(align, falign)
            field = _field(ftype, offset, fsize, bit, bits, index)
            type.__setattr__(cls, fname, field)
            layout.append((fname, field))
        size = (size + align - 1) // align * align
        type.__setattr__(cls, '_size_', size)
        type.__setattr__(cls, '_align_', align)
        type.__setattr__(cls, '_layout_', tuple(layout))
        type.__setattr__(cls, '_code_', None)
        type.__setattr__(cls, '_fields_final_', True)
        for anon in cls.__dict__.get('_anonymous_', ()):
            cls._add_anonymous(anon, fields)

    def _add_anonymous(cls, name, fields):
        outer = cls.__dict__.get(name)
        if type(outer).__name__ != 'CField':
            raise AttributeError("'%s' is specified in _anonymous_ but not in _fields_" % name)
        for sub_name, sub in outer._ctype._layout_:
            type.__setattr__(cls, sub_name, _field(sub._ctype, outer.offset + sub.offset, sub.size,
                                                   sub._bit, sub._bits, outer._index))

    def _make_ffi(cls):
        return _native.ffi_struct(cls._ffi_elements())

    def _ffi_elements(cls):
        if cls._is_union:
            code = {1: 'B', 2: 'H', 4: 'I', 8: 'Q'}.get(cls._align_, 'Q')
            unit = _native.layout(code)[0]
            return (_native.ffi_simple(code),) * max(1, cls._size_ // unit)
        parts, seen = [], set()
        for _, field in cls._layout_:
            if field.offset in seen and field._bits:
                continue
            seen.add(field.offset)
            ftype = field._ctype
            if isinstance(ftype, (PyCArrayType, _StructLayout)) and isinstance(ftype, PyCArrayType):
                parts.extend(ftype._ffi_elements())
            else:
                parts.append(ftype._ffi())
        return tuple(parts)



class PyCStructType(_StructLayout):
    pass


class UnionType(_StructLayout):
    _is_union = True


def _struct_init(self, *args, **kwargs):
    """Positional values in field order (base classes' fields first), then keywords."""
    layout = type(self)._layout_
    if len(args) > len(layout):
        raise TypeError('too many initializers')
    for (name, _), value in zip(layout, args):
        setattr(self, name, value)
    for name, value in kwargs.items():
        if any(fname == name for fname, _ in layout[:len(args)]):
            raise TypeError('duplicate values for field %r' % name)
        setattr(self, name, value)


class Structure(_CData, metaclass=PyCStructType):
    __slots__ = ()
    __init__ = _struct_init


class Union(_CData, metaclass=UnionType):
    __slots__ = ()
    __init__ = _struct_init


_ABSTRACT.update((Structure, Union))


# ---- function pointers ---------------------------------------------------------------------

class PyCFuncPtrType(_CDataType):
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        type.__setattr__(cls, '_size_', _native.layout('P')[0])
        type.__setattr__(cls, '_align_', _native.layout('P')[1])
        type.__setattr__(cls, '_code_', None)
        if '_argtypes_' in namespace and namespace['_argtypes_'] is not None:
            _check_argtypes(namespace['_argtypes_'])



def _check_argtypes(argtypes):
    for i, t in enumerate(argtypes):
        if not hasattr(t, 'from_param'):
            raise TypeError('item %d in _argtypes_ has no from_param method' % (i + 1))


_errno_by_thread = {}


def _thread_key():
    import _thread
    return _thread.get_ident()


def get_errno():
    return _errno_by_thread.get(_thread_key(), 0)


def set_errno(value):
    key = _thread_key()
    old = _errno_by_thread.get(key, 0)
    _errno_by_thread[key] = value
    return old


_signatures = {}


def _signature(restype, types, nfixed):
    key = (restype, types, nfixed)
    sig = _signatures.get(key)
    if sig is None:
        rffi = None if restype is None else restype._ffi()
        sig = _native.signature(rffi, tuple(t._ffi() for t in types), nfixed)
        _signatures[key] = sig
    return sig


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    __slots__ = ('__dict__',)
    _argtypes_ = None
    _restype_ = None
    _flags_ = _FUNCFLAG_CDECL
    # per instance, when set: argtypes, restype (_VOID for None), errcheck, the closure;
    # _fast: what a call whose arguments all pass directly needs (see __call__)
    _argtypes = _restype = _errcheck = _closure = _fast = None

    def __init__(self, *args):
        if not args:
            return
        if len(args) > 1:
            raise TypeError('argument must be callable or integer function address')
        source = args[0]
        if isinstance(source, int):
            _native.set('P', self._b_addr_, source)
        elif isinstance(source, tuple):
            name, dll = source[0], source[1]
            if isinstance(name, int):
                raise TypeError('function ordinals are not supported')
            _native.set('P', self._b_addr_, _native.dlsym(dll._handle, name))
        elif callable(source):
            self._closure = _make_closure(type(self), source)
            _native.set('P', self._b_addr_, self._closure.address)
            self._keep('0', self._closure)
        else:
            raise TypeError('argument must be callable or integer function address')

    @property
    def argtypes(self):
        return self._argtypes if self._argtypes is not None else self._argtypes_

    @argtypes.setter
    def argtypes(self, value):
        self._fast = None
        if value is None:
            self._argtypes = None
            return
        _check_argtypes(value)
        self._argtypes = value

    @argtypes.deleter
    def argtypes(self):
        self._argtypes = self._fast = None

    @property
    def restype(self):
        return self._restype if self._restype is not None else self._restype_

    @restype.setter
    def restype(self, value):
        if value is not None and not isinstance(value, _CDataType) and not callable(value):
            raise TypeError('restype must be a type, a callable, or None')
        self._restype = _VOID if value is None else value
        self._fast = None

    @property
    def errcheck(self):
        return self._errcheck

    @errcheck.setter
    def errcheck(self, value):
        if value is not None and not callable(value):
            raise TypeError('the errcheck attribute must be callable')
        self._errcheck = value
        self._fast = None

    def __bool__(self):
        return _native.get('P', self._b_addr_) is not None

    def __repr__(self):
        return '<%s object at %#x>' % (type(self).__name__, id(self))

    def _argument_plan(self, argtypes):
        """Per argument type, the fundamental code whose Python values pass directly
        (skipping from_param), else None; cached for the current argtypes."""
        if self.__dict__.get('_plan_for') is not argtypes:
            self._plan = tuple(t.__dict__.get('_code_') if t.__dict__.get('_unbox_') else None
                               for t in argtypes)
            self._plan_for = argtypes
        return self._plan

    def _slow_call(self, *args, **kwargs):
        """A call the native __call__ (_ctypes.install_call) could not run from _fast."""
        if kwargs:
            raise TypeError('this function takes no keyword arguments')
        address = _native.get('P', self._b_addr_)
        if address is None:
            raise ValueError('NULL pointer access')
        argtypes = self.argtypes
        restype = self.restype
        if restype is _VOID:
            restype = None
        nfixed = -1
        plan = ()
        if argtypes is not None:
            plan = self._argument_plan(argtypes)
            if len(args) < len(plan):
                raise TypeError('this function takes at least %d argument%s (%d given)'
                                % (len(plan), '' if len(plan) == 1 else 's', len(args)))
            if len(args) > len(plan):
                nfixed = len(plan)
        types, codes, values, keep = [], [], [], []
        for i, value in enumerate(args):
            if i < len(plan):
                code = plan[i]
                if code is not None and type(value) in _DIRECT.get(code, ()):
                    types.append(argtypes[i])
                    codes.append(code)
                    values.append(value)
                    continue
            try:
                if i < len(plan):
                    value = argtypes[i].from_param(value)
                ctype, code, native_value = _pass(value, i + 1)
            except ArgumentError:
                raise
            except Exception as e:
                raise ArgumentError('argument %d: %s: %s' % (i + 1, type(e).__name__, e)) from None
            types.append(ctype)
            codes.append(code)
            values.append(native_value)
            keep.append(value)
        native_restype = restype if isinstance(restype, _CDataType) else (
            None if restype is None else _fundamental['i'])
        sig = _signature(native_restype, tuple(types), nfixed)
        result_code, result_mem = '', None
        if native_restype is not None:
            if native_restype.__dict__.get('_unbox_'):
                result_code = native_restype._code_
            else:
                result_mem = _native.alloc(native_restype._size_)
        flags = self._flags_
        call_flags = (_CALL_KEEP_LOCK if flags & _FUNCFLAG_PYTHONAPI else 0) | (
            _CALL_USE_ERRNO if flags & _FUNCFLAG_USE_ERRNO else 0)
        codes = ''.join(codes)
        result = _native.call(sig, address, codes, tuple(values), result_code,
                              0 if result_mem is None else result_mem.address, call_flags,
                              get_errno() if call_flags & _CALL_USE_ERRNO else 0)
        all_direct = not keep and len(values) == len(plan)
        del keep
        if result_mem is not None:
            if call_flags & _CALL_USE_ERRNO:
                set_errno(result[1])
            result = native_restype._at(result_mem.address, result_mem)
            return self._finish(args, result, converted=True)
        if nfixed < 0 and all_direct:
            # every argument passed directly: later calls with such values skip the planning
            needs_finish = bool(call_flags & _CALL_USE_ERRNO) or self._errcheck is not None or (
                restype is not None and not isinstance(restype, _CDataType))
            self._fast = (len(plan), tuple(_DIRECT[code] for code in plan), sig, codes, result_code,
                          call_flags, needs_finish)
        return self._finish(args, result)

    def _finish(self, args, result, converted=False):
        """The call's result as Python sees it: errno taken, restype and errcheck applied."""
        if not converted and self._flags_ & _FUNCFLAG_USE_ERRNO:
            result, new_errno = result
            set_errno(new_errno)
        restype = self.restype
        if restype is not None and restype is not _VOID and not isinstance(restype, _CDataType):
            result = restype(result)
        if self._errcheck is not None:
            result = self._errcheck(result, self, args)
        return result


_ABSTRACT.add(CFuncPtr)
_native.install_call(CFuncPtr)


class _Void:
    """restype None set on an instance (distinct from 'not set': use the class's)."""


_VOID = _Void

# The Python types whose values a fundamental argument type converts exactly as its
# from_param would (so calls skip from_param for them).
_INTEGERS = (int, bool)
_DIRECT = dict.fromkeys('bBhHiIlLqQ?', _INTEGERS)
_DIRECT.update(dict.fromkeys('fdg', (float, int)))
_DIRECT.update({'z': (bytes, type(None)), 'Z': (str, type(None)), 'P': (int, type(None))})


def _pass(value, position):
    """(ctypes type, call() code, value for call()) of one converted argument: code 'A'
    passes the C memory at an address by value; the caller keeps `value` alive."""
    if isinstance(value, _CArg):
        return _fundamental['P'], 'P', value._address
    if isinstance(value, Array):
        return _fundamental['P'], 'P', value._b_addr_
    if isinstance(value, _CData):
        return type(value), 'A', value._b_addr_
    if value is None:
        return _fundamental['P'], 'P', None
    if isinstance(value, int):
        if not -2**31 <= value < 2**31:
            raise OverflowError('int too long to convert')
        return _fundamental['i'], 'i', value
    if isinstance(value, bytes):
        return _fundamental['z'], 'z', value
    if isinstance(value, str):
        return _fundamental['Z'], 'Z', value
    param = getattr(value, '_as_parameter_', None)
    if param is not None:
        return _pass(param, position)
    raise TypeError("Don't know how to convert parameter %d" % position)


# ---- callbacks -----------------------------------------------------------------------------

def _make_closure(functype, func):
    restype = functype._restype_
    argtypes = functype._argtypes_ or ()
    if restype is not None and not (isinstance(restype, PyCSimpleType)):
        raise TypeError('invalid result type for callback function')
    for t in argtypes:
        _require_layout(t)
    # per argument: the fundamental code to read it by, else a copy into an instance
    codes = ''.join(t._code_ if t.__dict__.get('_unbox_') else 'A' for t in argtypes)
    copiers = tuple(None if t.__dict__.get('_unbox_') else (t, t._size_) for t in argtypes)
    return _native.closure(_signature(restype, tuple(argtypes), -1), func, codes, copiers,
                           '' if restype is None else restype._code_, _report_callback_error)


def _copy_of(ctype, address):
    """A new ctype instance owning a copy of the memory at address (ctype is complete)."""
    return _native.copy_instance(ctype, address, ctype._size_)


def _report_callback_error(doing, func, exc):
    import traceback
    _sys.stderr.write('Exception ignored on %s ctypes callback function: %r\n' % (doing, func))
    traceback.print_exception(type(exc), exc, exc.__traceback__)


for _cls in (_CDataType, PyCSimpleType, PyCArrayType, PyCPointerType, PyCStructType, UnionType,
             PyCFuncPtrType, _SimpleCData, Array, _Pointer, Structure, Union, CFuncPtr,
             _CArg):
    _cls.__module__ = '_ctypes'
del _cls
