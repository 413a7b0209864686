"""Spry's dataclasses: the @dataclass decorator and its helpers (fields, asdict, astuple,
replace, make_dataclass, is_dataclass), written from the documented behaviour.

The methods a dataclass gets are generated as Python source, one exec per class: a
factory function receives every object the methods need (defaults, factories, the class)
as parameters, so the methods reach them as closure cells, never as globals."""
import builtins
import keyword
import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


# Both names show in reprs and signatures, so they keep CPython's spelling.
MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()


class _Role:
    """What an annotated class attribute is: a real field, a ClassVar or an InitVar."""
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


ROLE_FIELD = _Role('_FIELD')
ROLE_CLASSVAR = _Role('_FIELD_CLASSVAR')
ROLE_INITVAR = _Role('_FIELD_INITVAR')


class _FactoryMark:
    """Default of an __init__ parameter whose field has a default_factory."""
    __slots__ = ()

    def __repr__(self):
        return '<factory>'


FACTORY_MARK = _FactoryMark()
NO_METADATA = types.MappingProxyType({})


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        if isinstance(t, type) and not isinstance(t, types.GenericAlias):
            shown = t.__name__
        else:
            shown = repr(t)
        return 'dataclasses.InitVar[%s]' % shown

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        # name, type and role are filled in when the decorator meets the field
        self.name = self.type = self._field_type = None
        self.metadata = NO_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.compare = init, repr, compare
        self.hash, self.kw_only = hash, kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        # A descriptor used as a default still learns the name it is bound to.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class DataclassParams:
    """__dataclass_params__: the decorator options a class was made with."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, options):
        for name in self.__slots__:
            setattr(self, name, options[name])

    def __repr__(self):
        return 'DataclassParams(%s)' % ','.join(
            '%s=%r' % (name, getattr(self, name)) for name in self.__slots__)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- recognising ClassVar / InitVar / KW_ONLY annotations ---------------------------------

def _string_names(annotation, cls, bare_name, module, target):
    """True when a string annotation such as 'ClassVar[int]' or 'typing.ClassVar' names
    `target`: a dotted prefix must be bound to `module` in cls's module, a bare name to
    `target` itself."""
    head = annotation.split('[', 1)[0].strip()
    prefix, _, name = head.rpartition('.')
    if name != bare_name:
        return False
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    if prefix:
        return prefix.isidentifier() and getattr(home, prefix, None) is module
    return getattr(home, bare_name, None) is target


def _classify(annotation, cls):
    """ROLE_CLASSVAR, ROLE_INITVAR, KW_ONLY or ROLE_FIELD for one annotation."""
    typing = sys.modules.get('typing')
    if typing is not None and (annotation is typing.ClassVar or
                               getattr(annotation, '__origin__', None) is typing.ClassVar):
        return ROLE_CLASSVAR
    if annotation is InitVar or type(annotation) is InitVar:
        return ROLE_INITVAR
    if annotation is KW_ONLY:
        return KW_ONLY
    if isinstance(annotation, str):
        here = sys.modules[__name__]
        if typing is not None and _string_names(annotation, cls, 'ClassVar', typing,
                                                typing.ClassVar):
            return ROLE_CLASSVAR
        if _string_names(annotation, cls, 'InitVar', here, InitVar):
            return ROLE_INITVAR
        if _string_names(annotation, cls, 'KW_ONLY', here, KW_ONLY):
            return KW_ONLY
    return ROLE_FIELD


def _make_field(cls, name, annotation, role, kw_only_default):
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, types.MemberDescriptorType):
            value = MISSING  # a slot from a base class, not a default
        f = field(default=value)
    f.name = name
    f.type = annotation
    f._field_type = role
    if role is ROLE_FIELD or role is ROLE_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
    if role is not ROLE_FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if role is ROLE_FIELD and type(f.default).__hash__ is None:
        raise ValueError('mutable default %r for field %s is not allowed: use '
                         'default_factory' % (type(f.default), name))
    return f


# ---- source generation ---------------------------------------------------------------------

class _Source:
    """Collects generated method sources and the objects they close over."""

    def __init__(self):
        self.captured = {}
        self.defs = []
        self.names = []

    def capture(self, name, value):
        self.captured[name] = value
        return name

    def add(self, name, text):
        self.names.append(name)
        self.defs.append(text)

    def build(self, cls):
        params = ', '.join(self.captured)
        body = '\n'.join(self.defs)
        text = 'def __dc_factory__(%s):\n%s\n    return (%s,)\n' % (
            params, body, ', '.join(self.names))
        scope = {'__name__': cls.__module__, '__builtins__': builtins}
        exec(text, scope)
        made = scope['__dc_factory__'](*self.captured.values())
        result = {}
        for name, fn in zip(self.names, made):
            fn.__qualname__ = '%s.%s' % (cls.__qualname__, name)
            result[name] = fn
        # pprint lays out a dataclass field by field only when its __repr__ is the
        # generated one, which it recognises by this __wrapped__ (CPython's marker)
        if '__repr__' in result:
            shown = result['__repr__']
            marker = types.FunctionType(shown.__code__, shown.__globals__, '__repr__', None,
                                        shown.__closure__)
            marker.__qualname__ = '__create_fn__.<locals>.__repr__'
            shown.__wrapped__ = marker
        return result


def _indent(lines):
    return ''.join('        %s\n' % line for line in lines)


def _init_source(src, cls, all_fields, frozen, slots, has_post_init, self_name):
    positional, keyword_only, body = [], [], []
    seen_default = False
    setter = src.capture('__dc_setattr__', object.__setattr__) if frozen else None
    annotations = {}

    def assign(name, value_text):
        if frozen:
            body.append('%s(%s, %r, %s)' % (setter, self_name, name, value_text))
        else:
            body.append('%s.%s = %s' % (self_name, name, value_text))

    for f in all_fields:
        name = f.name
        if f.init:
            annotations[name] = f.type
            if f.default_factory is not MISSING:
                param = '%s=%s' % (name, src.capture('__dc_mark__', FACTORY_MARK))
            elif f.default is not MISSING:
                param = '%s=%s' % (name, src.capture('__dc_default_%s__' % name, f.default))
            else:
                param = name
            if f.kw_only:
                keyword_only.append(param)
            else:
                if param == name:
                    if seen_default:
                        raise TypeError('non-default argument %r follows default argument'
                                        % name)
                else:
                    seen_default = True
                positional.append(param)
        if f._field_type is not ROLE_FIELD:
            continue
        if f.default_factory is not MISSING:
            factory = src.capture('__dc_factory_%s__' % name, f.default_factory)
            if f.init:
                assign(name, '%s() if %s is __dc_mark__ else %s' % (factory, name, name))
            else:
                assign(name, '%s()' % factory)
        elif f.init:
            assign(name, name)
        elif f.default is not MISSING and slots:
            # the class attribute that held the default is gone once __slots__ exist
            assign(name, src.capture('__dc_default_%s__' % name, f.default))
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type is ROLE_INITVAR]
        body.append('%s.__post_init__(%s)' % (self_name, ', '.join(initvars)))
    if not body:
        body.append('pass')
    params = [self_name] + positional
    if keyword_only:
        params.append('*')
        params += keyword_only
    src.add('__init__', '    def __init__(%s):\n%s' % (', '.join(params), _indent(body)))
    annotations['return'] = None
    return annotations


def _tuple_text(owner, names):
    if not names:
        return '()'
    return '(%s,)' % ', '.join('%s.%s' % (owner, n) for n in names)


def _repr_source(src, shown):
    src.capture('__dc_repr_active__', set())
    src.capture('__dc_ident__', _thread_ident())
    parts = ', '.join('%s={self.%s!r}' % (n, n) for n in shown)
    src.add('__repr__', '    def __repr__(self):\n'
            '        key = (id(self), __dc_ident__())\n'
            '        if key in __dc_repr_active__:\n'
            "            return '...'\n"
            '        __dc_repr_active__.add(key)\n'
            '        try:\n'
            "            return f'{self.__class__.__qualname__}(%s)'\n"
            '        finally:\n'
            '            __dc_repr_active__.discard(key)\n' % parts)


def _thread_ident():
    try:
        import _thread
        return _thread.get_ident
    except ImportError:
        return lambda: 0


def _compare_source(src, name, op, compared):
    src.add(name, '    def %s(self, other):\n'
            '        if other.__class__ is self.__class__:\n'
            '            return %s %s %s\n'
            '        return NotImplemented\n'
            % (name, _tuple_text('self', compared), op, _tuple_text('other', compared)))


def _frozen_source(src, cls, field_names):
    src.capture('__dc_cls__', cls)
    src.capture('__dc_names__', frozenset(field_names))
    src.capture('__dc_frozen_error__', FrozenInstanceError)
    for method, verb, extra in (('__setattr__', 'assign to', ', value'),
                                ('__delattr__', 'delete', '')):
        src.add(method, '    def %s(self, name%s):\n'
                '        if type(self) is __dc_cls__ or name in __dc_names__:\n'
                "            raise __dc_frozen_error__(f'cannot %s field {name!r}')\n"
                '        super(__dc_cls__, self).%s(name%s)\n'
                % (method, extra, verb, method, extra))


# ---- the decorator -------------------------------------------------------------------------

def _put(cls, name, value):
    """Set cls.name unless the class body defined it; True when it was already there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _collect_fields(cls, kw_only):
    found = {}
    frozen_bases = dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        inherited = getattr(base, '__dataclass_fields__', None)
        if inherited is not None:
            dataclass_bases = True
            for f in inherited.values():
                found[f.name] = f
            if base.__dataclass_params__.frozen:
                frozen_bases = True
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    marker_seen = False
    for name, annotation in annotations.items():
        role = _classify(annotation, cls)
        if role is KW_ONLY:
            if marker_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % name)
            marker_seen = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, role, kw_only))
    for f in own:
        found[f.name] = f
        # a Field object in the class body gives way to its plain default, if any
        if isinstance(cls.__dict__.get(f.name), Field):
            delattr(cls, f.name)
            if f.default is not MISSING:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)
    return found, dataclass_bases, frozen_bases


def _process(cls, options):
    init, repr, eq, order = options['init'], options['repr'], options['eq'], options['order']
    frozen, slots = options['frozen'], options['slots']
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    found, dataclass_bases, frozen_bases = _collect_fields(cls, options['kw_only'])
    if dataclass_bases:
        if frozen_bases and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = found
    cls.__dataclass_params__ = DataclassParams(options)

    # __eq__ in the class body sets __hash__ to None implicitly; that is not explicit
    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (own_hash is MISSING or
                         (own_hash is None and '__eq__' in cls.__dict__))

    every = list(found.values())
    real = [f for f in every if f._field_type is ROLE_FIELD]
    init_fields = [f for f in every if f._field_type is not ROLE_CLASSVAR]
    src = _Source()
    init_annotations = None
    if init:
        self_name = '__dataclass_self__' if 'self' in found else 'self'
        init_annotations = _init_source(src, cls, init_fields, frozen, slots,
                                        hasattr(cls, '__post_init__'), self_name)
    if repr:
        _repr_source(src, [f.name for f in real if f.repr])
    compared = [f.name for f in real if f.compare]
    if eq:
        _compare_source(src, '__eq__', '==', compared)
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            _compare_source(src, name, op, compared)
    if frozen:
        _frozen_source(src, cls, [f.name for f in real])
    hash_action = _hash_action(options['unsafe_hash'], eq, frozen, explicit_hash, cls)
    if hash_action == 'add':
        hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
        src.add('__hash__', '    def __hash__(self):\n        return hash(%s)\n'
                % _tuple_text('self', hashed))
    methods = src.build(cls) if src.names else {}

    if init:
        methods['__init__'].__annotations__ = init_annotations
        _put(cls, '__init__', methods['__init__'])
    if repr:
        _put(cls, '__repr__', methods['__repr__'])
    if eq:
        _put(cls, '__eq__', methods['__eq__'])
    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _put(cls, name, methods[name]):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if _put(cls, name, methods[name]):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))
    if hash_action == 'add':
        cls.__hash__ = methods['__hash__']
    elif hash_action == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        generated = methods.get('__init__')
        if generated is not None and cls.__dict__.get('__init__') is generated and \
                cls.__new__ is object.__new__ and type(cls).__call__ is type.__call__:
            text = _init_signature_text(init_fields)
        else:
            text = _signature_text(cls)
        cls.__doc__ = cls.__name__ + text
    if options['match_args']:
        _put(cls, '__match_args__',
             tuple(f.name for f in init_fields if f.init and not f.kw_only))
    if options['weakref_slot'] and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, [f.name for f in real], frozen, options['weakref_slot'])
    import abc
    abc.update_abstractmethods(cls)
    return cls


def _annotation_text(annotation):
    # spelled as inspect.formatannotation spells it
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _init_signature_text(init_fields):
    """The signature inspect would report for a generated __init__ (minus self and the
    return annotation), without importing inspect for every class."""
    def shown(f):
        text = '%s: %s' % (f.name, _annotation_text(f.type))
        if f.default_factory is not MISSING:
            return text + ' = <factory>'
        if f.default is not MISSING:
            return text + ' = %r' % (f.default,)
        return text
    parts = [shown(f) for f in init_fields if f.init and not f.kw_only]
    keyword_only = [shown(f) for f in init_fields if f.init and f.kw_only]
    if keyword_only:
        parts += ['*'] + keyword_only
    return '(%s)' % ', '.join(parts)


def _signature_text(cls):
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return '()'  # what inspect says of such a class, without asking it
    import inspect
    try:
        return str(inspect.signature(cls)).replace(' -> None', '')
    except (TypeError, ValueError):
        return ''


def _hash_action(unsafe_hash, eq, frozen, explicit_hash, cls):
    """The documented __hash__ table: 'add', 'none' (set to None) or '' (leave alone)."""
    if unsafe_hash:
        if explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        return 'add'
    if not eq or explicit_hash:
        return ''
    return 'add' if frozen else 'none'


def _inherited_slots(cls):
    names = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get('__slots__')
        if declared is None:
            continue
        if isinstance(declared, str):
            declared = (declared,)
        names.update(declared)
    return names


def _with_slots(cls, names, frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    body = dict(cls.__dict__)
    inherited = _inherited_slots(cls)
    slots = [n for n in names if n not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        slots.append('__weakref__')
    body['__slots__'] = tuple(slots)
    for n in names:
        body.pop(n, None)  # class-level defaults would shadow the slot descriptors
    body.pop('__dict__', None)
    body.pop('__weakref__', None)
    qualname = body.get('__qualname__', cls.__qualname__)
    new = type(cls)(cls.__name__, cls.__bases__, body)
    new.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in body:
            new.__getstate__ = _frozen_getstate
        if '__setstate__' not in body:
            new.__setstate__ = _frozen_setstate
    return new


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    options = dict(locals())
    del options['cls']
    if cls is None:
        return lambda c: _process(c, options)
    return _process(cls, options)


# ---- working with instances ----------------------------------------------------------------

def fields(class_or_instance):
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is ROLE_FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


# values deepcopy would return unchanged anyway; skipping it keeps asdict cheap
_PLAIN = frozenset((int, float, bool, str, bytes, type(None), complex))


def _convert(value, as_dict, factory):
    kind = type(value)
    if kind in _PLAIN:
        return value
    if hasattr(kind, '__dataclass_fields__'):
        if as_dict:
            return factory([(f.name, _convert(getattr(value, f.name), True, factory))
                            for f in fields(value)])
        return factory([_convert(getattr(value, f.name), False, factory)
                        for f in fields(value)])
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        # namedtuple constructors take the items as separate arguments
        return kind(*[_convert(v, as_dict, factory) for v in value])
    if isinstance(value, (list, tuple)):
        return kind(_convert(v, as_dict, factory) for v in value)
    if isinstance(value, dict):
        return kind((_convert(k, as_dict, factory), _convert(v, as_dict, factory))
                    for k, v in value.items())
    import copy
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, True, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, False, tuple_factory)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        role = f._field_type
        if role is ROLE_CLASSVAR:
            continue
        name = f.name
        if not f.init:
            if name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % name)
            continue
        if name not in changes:
            if role is ROLE_INITVAR:
                if f.default is MISSING:
                    raise ValueError('InitVar %r must be specified with replace()' % name)
                continue
            changes[name] = getattr(obj, name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    options = dict(locals())
    for own in ('cls_name', 'fields', 'bases', 'namespace'):
        del options[own]
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in annotations:
            raise TypeError('Field name duplicated: %r' % (name,))
        annotations[name] = annotation

    def fill(ns):
        if namespace is not None:
            ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return _process(cls, options)
