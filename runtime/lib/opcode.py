"""Names and properties of Spry's bytecode instructions, from the interpreter's own tables
(runtime/vm/bytecodes.def through the _opcode module). Spry's instruction set is its own:
the names follow CPython 3.11's where the instruction is the same, the numbers do not."""

import _opcode

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
           "hascompare", "hasfree", "hasnargs", "opname", "opmap", "HAVE_ARGUMENT",
           "EXTENDED_ARG", "stack_effect"]

cmp_op = ("<", "<=", "==", "!=", ">", ">=")

# '<N>' for numbers that are not instructions, as CPython's opname.
opname = [name if name is not None else "<%d>" % op for op, name in enumerate(_opcode.opnames)]
opmap = {name: op for op, name in enumerate(_opcode.opnames) if name is not None}

# The generic instructions; _specializations maps each to its specialized forms.
_specialized_instructions = [name for op, name in enumerate(_opcode.opnames)
                             if name is not None and _opcode.deopt[op] != op]
_specializations = {}
for _op, _name in enumerate(_opcode.opnames):
    if _name is not None and _opcode.deopt[_op] != _op:
        _specializations.setdefault(opname[_opcode.deopt[_op]], []).append(_name)


def _with_flag(flag):
    return [op for op, name in enumerate(_opcode.opnames)
            if name is not None and _opcode.deopt[op] == op and _opcode.flags[op] & flag]


hasarg = _with_flag(_opcode.HAS_ARG)
hasconst = _with_flag(_opcode.HAS_CONST)
hasname = _with_flag(_opcode.HAS_NAME)
hasjrel = _with_flag(_opcode.HAS_JUMP)
hasjabs = []
haslocal = [op for op in _with_flag(_opcode.HAS_LOCAL)
            if opname[op] not in ("MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF",
                                  "DELETE_DEREF", "LOAD_CLASSDEREF")]
hasfree = [op for op in _with_flag(_opcode.HAS_LOCAL) if op not in haslocal]
hascompare = [opmap["COMPARE_OP"]]
hasnargs = []

# Spry's numbering does not put the instructions with an argument above a threshold;
# HAVE_ARGUMENT is kept for code that compares with it and hasarg is authoritative.
HAVE_ARGUMENT = min(hasarg) if hasarg else 256
EXTENDED_ARG = opmap["EXTENDED_ARG"]

# Inline cache units after each instruction, by name (CPython's _inline_cache_entries is
# indexed by opcode).
_inline_cache_entries = list(_opcode.cache_sizes)

_nb_ops = [
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"),
    ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"), ("NB_INPLACE_ADD", "+="), ("NB_INPLACE_AND", "&="),
    ("NB_INPLACE_FLOOR_DIVIDE", "//="), ("NB_INPLACE_LSHIFT", "<<="),
    ("NB_INPLACE_MATRIX_MULTIPLY", "@="), ("NB_INPLACE_MULTIPLY", "*="),
    ("NB_INPLACE_REMAINDER", "%="), ("NB_INPLACE_OR", "|="), ("NB_INPLACE_POWER", "**="),
    ("NB_INPLACE_RSHIFT", ">>="), ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="), ("NB_INPLACE_XOR", "^="),
]


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """The net effect of an instruction on the stack depth."""
    return _opcode.stack_effect(opcode, oparg, jump)
