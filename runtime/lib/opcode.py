"""Spry's instruction set as Python data, for dis and for tools that read bytecode.

Everything here is derived from the interpreter's one definition of its instructions
(runtime/vm/bytecodes.def), exported by the C module _opcode; nothing is typed twice.
Only generic instructions are named in opname/opmap: the specialized forms the adaptive
interpreter writes into running code are listed in _specialized_instructions, and
co_code never shows them.
"""

import _opcode

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
           "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs",
           "stack_effect"]

# The rich comparison opargs of COMPARE_OP, in the order of their values.
cmp_op = ("<", "<=", "==", "!=", ">", ">=")

# BINARY_OP's opargs: the number protocol's slots, then their in-place forms.
_nb_ops = [("NB_" + slot, sign) for slot, sign in (
    ("ADD", "+"), ("AND", "&"), ("FLOOR_DIVIDE", "//"), ("LSHIFT", "<<"),
    ("MATRIX_MULTIPLY", "@"), ("MULTIPLY", "*"), ("REMAINDER", "%"), ("OR", "|"),
    ("POWER", "**"), ("RSHIFT", ">>"), ("SUBTRACT", "-"), ("TRUE_DIVIDE", "/"),
    ("XOR", "^"))]
_nb_ops += [("NB_INPLACE_" + slot[3:], sign + "=") for slot, sign in _nb_ops]

_generic = [op for op, name in enumerate(_opcode.opnames)
            if name is not None and _opcode.deopt[op] == op]

opname = ["<%d>" % op for op in range(256)]
opmap = {}
for _op in _generic:
    opname[_op] = _opcode.opnames[_op]
    opmap[_opcode.opnames[_op]] = _op

# Every generic family head, mapped to the forms the specializer may rewrite it to.
_specializations = {}
_specialized_instructions = []
for _op, _name in enumerate(_opcode.opnames):
    if _name is not None and _opcode.deopt[_op] != _op:
        _specializations.setdefault(_opcode.opnames[_opcode.deopt[_op]], []).append(_name)
        _specialized_instructions.append(_name)

# Code units of inline cache that follow each instruction (indexed by opcode).
_inline_cache_entries = list(_opcode.cache_sizes)


def _with(flag):
    return [op for op in _generic if _opcode.flags[op] & flag]


# Instructions that touch cells read their oparg as an index into the cell and free
# variables (and locals): dis lists them apart from plain locals, as CPython does.
_CELL_OPS = ("MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF", "LOAD_CLASSDEREF", "STORE_DEREF",
             "DELETE_DEREF")
hasfree = [opmap[name] for name in _CELL_OPS if name in opmap]
hasarg = _with(_opcode.HAS_ARG)
hasconst = _with(_opcode.HAS_CONST)
hasname = _with(_opcode.HAS_NAME)
haslocal = [op for op in _with(_opcode.HAS_LOCAL) if op not in hasfree]
hasjrel = _with(_opcode.HAS_JUMP)   # every jump is relative: its delta counts code units
hasjabs = []
hascompare = [opmap["COMPARE_OP"]]
hasnargs = []
_backward_jumps = _with(_opcode.JUMP_BACKWARD)

EXTENDED_ARG = opmap["EXTENDED_ARG"]
# Spry numbers instructions with and without an argument in one sequence, so there is
# no threshold opcode: this is the lowest one that takes an argument (see hasarg).
HAVE_ARGUMENT = min(hasarg)

del _op, _name


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """The net change of the stack depth when opcode runs with oparg; jump=True or False
    picks the branch of a jump, None the larger of the two."""
    return _opcode.stack_effect(opcode, oparg, jump)
