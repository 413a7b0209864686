"""Spry's enum: Enum, IntEnum, StrEnum, Flag, IntFlag and their helpers, written from
the documented behaviour of Python 3.11.

Layout of a member: `_name_` and `_value_` as the documentation describes, plus plain
`name` and `value` entries in the member's own __dict__, so reading `member.value` is an
ordinary instance-attribute load rather than a descriptor call (Enum.__setattr__ keeps
them read-only).  A class keeps its members in `_member_map_` (every name, aliases
included), `_member_names_` (canonical names in definition order) and
`_value2member_map_` (hashable values)."""
import sys
import types

MappingProxyType = types.MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
           'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

# The classes below are filled in as this module defines them; EnumType consults them
# and must cope with their absence while Enum, Flag and ReprEnum themselves are built.
Enum = Flag = ReprEnum = EJECT = None


def _dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' \
        and name[-3] != '_'


def _sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' \
        and name[-2] != '_'


def _mangled_private(class_name, name):
    # `__x` written in class C arrives as `_C__x`; such names never become members
    prefix = '_%s__' % class_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


def _has_descriptor_hooks(obj):
    kind = type(obj)
    return (hasattr(kind, '__get__') or hasattr(kind, '__set__')
            or hasattr(kind, '__delete__'))


def _one_bit(value):
    return value > 0 and value & (value - 1) == 0


class _AutoPending:
    def __repr__(self):
        return '_auto_null'


_AUTO_PENDING = _AutoPending()


class auto:
    """Placeholder whose value _generate_next_value_ supplies."""

    def __init__(self, value=_AUTO_PENDING):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces a value (a function, say) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value out of the members."""

    def __init__(self, value):
        self.value = value


class property(types.DynamicClassAttribute):
    """An attribute of members that, looked up on the class, finds a member of the
    same name instead (so members may be called `name` or `value`)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            found = ownerclass._member_map_.get(self.member_name) if ownerclass else None
            if found is None:
                raise AttributeError('%r has no attribute %r'
                                     % (ownerclass, self.member_name))
            return found
        if self.fget is None:
            raise AttributeError('%r member has no attribute %r'
                                 % (type(instance), self.member_name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r'
                                 % (self.owner_name, self.member_name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.owner_name, self.member_name))
        self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.member_name = name
        self.owner_name = ownerclass.__name__


# ---- the class-body namespace ---------------------------------------------------------------

_ALLOWED_SUNDERS = frozenset(('_order_', '_generate_next_value_', '_numeric_repr_',
                              '_missing_', '_ignore_', '_iter_member_'))


class EnumDict(dict):
    """Namespace of an enum class body: records member names in order, resolves auto()
    and refuses redefinitions."""

    def __init__(self, class_name, next_value):
        super().__init__()
        self.class_name = class_name
        self.next_value = next_value
        self.member_order = []  # candidate member names, definition order
        self.values_so_far = []
        self.ignored = ()
        self.auto_used = False

    def __setitem__(self, key, value):
        if _mangled_private(self.class_name, key):
            pass
        elif _sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future '
                                 'Enum use' % key)
            if key == '_generate_next_value_':
                if self.auto_used:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self.next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) \
                    else list(value)
                clash = set(names) & set(self.member_order)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (tuple(sorted(clash)),))
                self.ignored = names
        elif _dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self.member_order:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self.ignored:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or not _has_descriptor_hooks(value):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self.member_order.append(key)
            self.values_so_far.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            self.auto_used = True
            if value.value is _AUTO_PENDING:
                value.value = self.next_value(key, 1, len(self.member_order),
                                              self.values_so_far[:])
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) for v in value)
        return value


# ---- the metaclass ---------------------------------------------------------------------------

def _data_type(bases):
    """The non-enum type members are instances of (object for plain enums)."""
    found = set()
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    found.add(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                found.add(base)
                break
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (bases, found))
    return found.pop() if found else object


def _last_enum(bases):
    if not bases:
        return Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return last


def _member_constructor(classdict, data_type, first_enum):
    """(callable creating a member, whether it takes the value as arguments)."""
    plain = {None, object.__new__}
    if Enum is not None:
        plain.add(Enum.__new__)
    chosen = classdict.get('__new__')
    if chosen is None:
        # a member-making __new__ saved by an enum base beats any plain __new__
        for attr in ('_enum_new_', '__new__'):
            for holder in (data_type, first_enum):
                candidate = getattr(holder, attr, None)
                if candidate not in plain:
                    chosen = candidate
                    break
            if chosen is not None:
                break
    if isinstance(chosen, staticmethod):
        chosen = chosen.__func__
    if chosen is None:
        return object.__new__, False
    return chosen, True


class EnumType(type):
    """Metaclass of every enumeration."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        first = _last_enum(bases) if Enum is not None else None
        next_value = getattr(first, '_generate_next_value_', None)
        return EnumDict(cls, next_value)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        for name in classdict.ignored:
            dict.pop(classdict, name, None)
        member_names = [n for n in classdict.member_order if n not in classdict.ignored]
        if Enum is None:
            data_type, first_enum = object, None
        else:
            first_enum = _last_enum(bases)
            for base in bases:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (cls, base))
            data_type = _data_type(bases)
        body = {k: v for k, v in classdict.items() if k not in member_names}
        values = [classdict[n] for n in member_names]
        invalid = [n for n in member_names if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % ', '.join(repr(n) for n in invalid))
        order = body.pop('_order_', None)
        body.pop('_ignore_', None)
        if first_enum is not None:
            new_fn, pass_args = _member_constructor(classdict, data_type, first_enum)
        else:
            new_fn, pass_args = object.__new__, False
        body['_enum_new_'] = staticmethod(new_fn)
        body['_enum_pass_args_'] = pass_args
        body['_member_type_'] = data_type
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        if Enum is not None:
            # the class's own __new__ looks members up; the one written in the body
            # (kept above as _enum_new_) only ever makes them
            body['__new__'] = Enum.__new__
        if boundary is not None:
            body['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, '_enum_value_repr_',
                         staticmethod(_value_repr_for(data_type)))
        if data_type is not object:
            _keep_enum_methods(enum_class, first_enum, data_type, body)
        if ReprEnum is not None and ReprEnum in bases:
            _adopt_data_str(enum_class, data_type, body)
        for name, value in zip(member_names, values):
            _add_member(enum_class, name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            _finish_flag(enum_class)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            defined = enum_class._member_names_
            if order != defined and order != [n for n in member_names
                                               if n in enum_class._member_map_]:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (defined, order))
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            try:
                return cls._value2member_map_[value]
            except (KeyError, TypeError):
                pass
            return cls.__new__(cls, value)
        return _functional(cls, value, names, module, qualname, type, start, boundary)

    def __bool__(cls):
        return True


    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        import warnings
        warnings.warn('in 3.12 __contains__ will no longer raise TypeError, but will '
                      'return True or\nFalse depending on whether the value is a member '
                      'or the value of a member', DeprecationWarning, stacklevel=2)
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(value).__qualname__, cls.__class__.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        table = cls._member_map_
        return (table[name] for name in cls._member_names_)

    def __reversed__(cls):
        table = cls._member_map_
        return (table[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @types.DynamicClassAttribute
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__init_subclass__', '__iter__', '__len__', '__members__', '__module__',
                 '__name__', '__qualname__'}
        shown.update(cls._member_map_)
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)


EnumMeta = EnumType


def _functional(cls, class_name, names, module, qualname, type, start, boundary):
    """The functional API: Enum('Name', 'A B') and friends."""
    metacls = cls.__class__
    bases = (cls,) if type is None else (type, cls)
    namespace = metacls.__prepare__(class_name, bases)
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        pairs, produced = [], []
        for count, name in enumerate(names):
            value = cls._generate_next_value_(name, start, count, produced[:])
            produced.append(value)
            pairs.append((name, value))
        names = pairs
    for item in names:
        if isinstance(item, str):
            namespace[item] = names[item]
        else:
            namespace[item[0]] = item[1]
    if module is None:
        try:
            module = sys._getframe(2).f_globals['__name__']
        except (AttributeError, ValueError, KeyError):
            pass
    if module is not None:
        namespace['__module__'] = module
    if qualname is not None:
        namespace['__qualname__'] = qualname
    return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)


# Methods an enum keeps even when its data type (earlier in the MRO) defines them too
_ENUM_OWNED = ('__repr__', '__str__', '__format__', '__reduce_ex__', '__or__', '__and__',
               '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__')


def _class_lookup(cls, name):
    # the MRO only: getattr() would also find the metaclass's methods (type.__or__)
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _keep_enum_methods(enum_class, first_enum, data_type, body):
    for name in _ENUM_OWNED:
        if name in body:
            continue
        theirs = _class_lookup(data_type, name)
        mine = _class_lookup(first_enum, name)
        if theirs is not None and mine is not None and mine is not theirs:
            type.__setattr__(enum_class, name, mine)


def _value_repr_for(data_type):
    if data_type is object:
        return repr
    for klass in data_type.__mro__:
        if '__repr__' in klass.__dict__:
            return klass.__dict__['__repr__']
    return repr


def _adopt_data_str(enum_class, data_type, body):
    # ReprEnum members print and format like their data type; only repr() says "enum"
    if '__format__' not in body:
        enum_class.__format__ = data_type.__format__
    if '__str__' not in body:
        own_str = data_type.__str__
        enum_class.__str__ = data_type.__repr__ if own_str is object.__str__ else own_str


def _add_member(enum_class, name, value):
    args = value if isinstance(value, tuple) else (value,)
    data_type = enum_class._member_type_
    if data_type is tuple:
        args = (args,)
    if enum_class._enum_pass_args_:
        made = enum_class._enum_new_(enum_class, *args)
    else:
        made = enum_class._enum_new_(enum_class)
    if not hasattr(made, '_value_'):
        if data_type is object or not enum_class._enum_pass_args_:
            made._value_ = value
        else:
            made._value_ = data_type(*args)
    object.__setattr__(made, '_name_', name)
    object.__setattr__(made, '__objclass__', enum_class)
    made.__init__(*args)
    value = made._value_
    canonical = _existing_member(enum_class, value)
    try:
        hash(value)
    except TypeError:
        enum_class._unhashable_values_.append(value)
    flag_alias = (Flag is not None and issubclass(enum_class, Flag)
                  and isinstance(value, int) and not _one_bit(value))
    if canonical is None:
        canonical = made
        _publish(made, name, value)
        if not flag_alias:
            enum_class._member_names_.append(name)
        try:
            enum_class._value2member_map_.setdefault(value, made)
        except TypeError:
            pass
    enum_class._member_map_[name] = canonical
    type.__setattr__(enum_class, name, canonical)


def _existing_member(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
    return None


def _publish(made, name, value):
    """Make a member's name and value readable as plain instance attributes."""
    slots = made.__dict__
    slots['name'] = name
    slots['value'] = value


# ---- Enum ------------------------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Base class of enumerations: Enum('Name', 'A B C') or a class statement."""

    def __new__(cls, value):
        # reached for lookups only: members themselves are made by _enum_new_
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        failure = None
        try:
            found = cls._missing_(value)
        except Exception as e:
            failure, found = e, None
        if isinstance(found, cls):
            return found
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(found, int)):
            return found
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if failure is None:
            if found is None:
                raise invalid
            failure = TypeError('error in %s._missing_: returned %r instead of None or a '
                                'valid member' % (cls.__name__, found))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            ordered = sorted(last_values, reverse=True)
        except TypeError:
            ordered = list(reversed(last_values))
        for previous in ordered:
            try:
                return previous + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __setattr__(self, key, value):
        if key in ('name', 'value'):
            raise AttributeError('<enum %r> cannot set attribute %r' % ('Enum', key))
        super().__setattr__(key, value)

    def __repr__(self):
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                self._enum_value_repr_(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        shown = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name',
                 'value'}
        if self._member_type_ is not object:
            return sorted(set(object.__dir__(self)) | shown)
        for klass in type(self).__mro__:
            if klass.__module__ == __name__ or klass is object:
                break
            shown.update(n for n, v in klass.__dict__.items()
                         if not n.startswith('_') and n not in self._member_map_)
        shown.update(n for n in self.__dict__ if not n.startswith('_'))
        return sorted(shown)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """str() and format() of members are their data type's; repr() stays enum-style."""


class IntEnum(int, ReprEnum):
    """Members are ints."""


class StrEnum(str, ReprEnum):
    """Members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) >= 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits no member names."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# ---- Flag ------------------------------------------------------------------------------------

def _bits_text(value, width):
    """bin() with a sign digit and fixed width: 0b0 0110."""
    if value < 0:
        digits = bin(value & ((1 << width) - 1))[2:]
        sign = '1'
    else:
        digits = bin(value)[2:]
        sign = '0'
    return '0b%s %s' % (sign, digits.rjust(width, sign))


def _finish_flag(flag_class):
    mask = 0
    for name in flag_class._member_names_:
        mask |= flag_class._member_map_[name]._value_
    everything = mask
    for m in flag_class._member_map_.values():
        if isinstance(m._value_, int):
            everything |= m._value_
    type.__setattr__(flag_class, '_flag_mask_', mask)
    type.__setattr__(flag_class, '_all_bits_', (1 << everything.bit_length()) - 1)


class Flag(Enum, boundary=STRICT):
    """Members combine with |, & and ^; composite values get pseudo-members."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        return 1 << max(last_values).bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask, every_bit = cls._flag_mask_, cls._all_bits_
        if value < 0:
            value &= every_bit
        stray = value & ~mask
        if stray:
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%s invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bits_text(value, width),
                                    _bits_text(mask, width)))
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
        found = cls._value2member_map_.get(value)
        if found is not None:
            return found
        data_type = cls._member_type_
        if data_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = data_type.__new__(cls, value)
        object.__setattr__(pseudo, '_value_', value)
        parts = [m._name_ for m in cls._members_within(value)]
        leftover = value & ~mask
        if leftover:
            parts.append(str(leftover))
        # stray bits alone leave the pseudo-member unnamed
        name = '|'.join(parts) if len(parts) > 1 or (parts and not leftover) else None
        object.__setattr__(pseudo, '_name_', name)
        _publish(pseudo, name, value)
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _members_within(cls, value):
        table = cls._member_map_
        for name in cls._member_names_:
            m = table[name]
            if m._value_ & value:
                yield m

    def __iter__(self):
        return self.__class__._members_within(self._value_)

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        shown = self._enum_value_repr_(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (self.__class__.__name__, shown)
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_bits(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        data_type = self._member_type_
        if data_type is not object and isinstance(other, data_type):
            return other
        return None

    def _combined(self, value):
        cls = self.__class__
        found = cls._value2member_map_.get(value)
        return found if found is not None else cls(value)

    def __or__(self, other):
        bits = self._other_bits(other)
        if bits is None:
            return NotImplemented
        return self._combined(self._value_ | bits)

    def __and__(self, other):
        bits = self._other_bits(other)
        if bits is None:
            return NotImplemented
        return self._combined(self._value_ & bits)

    def __xor__(self, other):
        bits = self._other_bits(other)
        if bits is None:
            return NotImplemented
        return self._combined(self._value_ ^ bits)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return self._combined(cls._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints."""


# ---- decorators and checks -------------------------------------------------------------------

def unique(enumeration):
    doubles = [(name, m.name) for name, m in enumeration.__members__.items()
               if name != m.name]
    if doubles:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join('%s -> %s' % d for d in doubles)))
    return enumeration


class EnumCheck(StrEnum):
    """Properties verify() can insist on."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def show_flag_values(value):
    return [1 << i for i in range(value.bit_length()) if value >> i & 1]


class verify:
    """Class decorator checking the given EnumCheck properties."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        is_flag = issubclass(enumeration, Flag)
        kind = 'flag' if is_flag else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                doubles = [(name, m.name) for name, m in enumeration.__members__.items()
                           if name != m.name]
                if doubles:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration, ', '.join('%s -> %s' % d for d in doubles)))
            elif check is CONTINUOUS:
                self._check_continuous(enumeration, kind, is_flag)
            elif check is NAMED_FLAGS:
                self._check_named(enumeration)
        return enumeration

    @staticmethod
    def _check_continuous(enumeration, kind, is_flag):
        values = {m._value_ for m in enumeration}
        if len(values) < 2:
            return
        low, high = min(values), max(values)
        if is_flag:
            wanted = [1 << i for i in range(low.bit_length() - 1, high.bit_length())]
        else:
            wanted = range(low, high + 1)
        missing = [v for v in wanted if v not in values]
        if missing:
            raise ValueError('invalid %s %r: missing values %s' % (
                kind, enumeration.__name__, ', '.join(str(v) for v in missing)))

    @staticmethod
    def _check_named(enumeration):
        named = 0
        for m in enumeration:
            named |= m._value_
        problems, lost = [], 0
        for name, m in enumeration.__members__.items():
            if name in enumeration._member_names_ or not m._value_:
                continue
            gap = m._value_ & ~named
            if gap:
                problems.append(name)
                lost |= gap
        if not problems:
            return
        if len(problems) == 1:
            text = 'alias %s is missing value 0x%x' % (problems[0], lost)
        else:
            text = 'aliases %s and %s are missing combined values of 0x%x' % (
                ', '.join(problems[:-1]), problems[-1], lost)
        raise ValueError('invalid Flag %r: %s [use enum.show_flag_values(value) for '
                         'details]' % (enumeration.__name__, text))


# ---- global_enum ----------------------------------------------------------------------------

def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__.rpartition('.')[2], self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.rpartition('.')[2]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, part) if not part.isdigit() else part
                    for part in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Repr members as module-level names and publish them in their module."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
