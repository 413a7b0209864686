"""The node classes of the ast module, built from the schema of Spry's C syntax tree.

_ast_core.schema() lists every concrete class with its ASDL type and typed fields; the
abstract classes (one per ASDL type) and the shared AST base are defined here. The parser
(_ast_core, through compile(..., PyCF_ONLY_AST)) and compile() of a tree use these
classes, so they must not be replaced.
"""
import _ast_core

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{cls.__name__} constructor takes at most "
                            f"{n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{cls.__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = 'ast'


def _signature(name, fields):
    if not fields:
        return name
    return f"{name}({', '.join(f'{ftype} {fname}' for ftype, fname in fields)})"


def _build():
    by_sort = {}
    for name, sort, fields in _ast_core.schema():
        by_sort.setdefault(sort, []).append((name, fields))
    # ASDL types with several constructors (or a constructor named apart from the type)
    # get an abstract class; the others are one concrete class named like the type.
    located = {'stmt', 'expr', 'pattern', 'excepthandler', 'arg', 'keyword', 'alias'}
    made = {}
    for sort, members in by_sort.items():
        attrs = _POSITIONS if sort in located else ()
        if len(members) == 1 and members[0][0] == sort:
            bases = {}
            base = AST
        else:
            if sort in ('expr_context', 'boolop', 'operator', 'unaryop', 'cmpop'):
                doc = f"{sort} = {' | '.join(name for name, _ in members)}"
            else:
                pad = ' ' * len(sort)
                doc = f"{sort} = " + f"\n{pad} | ".join(_signature(n, f) for n, f in members)
            ns = {'__module__': 'ast', '__doc__': doc, '_fields': (), '__match_args__': (),
                  '_attributes': attrs}
            if attrs:
                ns['end_lineno'] = ns['end_col_offset'] = None
            base = made[sort] = type(sort, (AST,), ns)
            attrs = None
        for name, fields in members:
            names = tuple(fname for _, fname in fields)
            ns = {'_fields': names, '__match_args__': names, '__module__': 'ast',
                  '__doc__': _signature(name, fields)}
            for ftype, fname in fields:
                if ftype.endswith('?'):
                    ns[fname] = None
            if attrs is not None:
                ns['_attributes'] = attrs
                if attrs:
                    ns['end_lineno'] = ns['end_col_offset'] = None
            made[name] = type(name, (base,), ns)
    return made


globals().update(_build())
del _build
