"""Disassembler of Spry's bytecode.

Spry's instructions (opcode.py) are laid out as CPython's: 16-bit code units of opcode
and oparg, EXTENDED_ARG prefixes, inline cache units after the instructions that have
them, relative jumps counting code units from the end of the jump's caches, and a
varint-encoded exception table. So the listing has CPython's columns, while the
instructions in it are Spry's own.
"""

import collections
import io
import sys
import types

import opcode as _op
from opcode import *
from opcode import __all__ as _opcode_names

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
           ] + _opcode_names

COMPILER_FLAG_NAMES = {
    0x1: "OPTIMIZED", 0x2: "NEWLOCALS", 0x4: "VARARGS", 0x8: "VARKEYWORDS",
    0x10: "NESTED", 0x20: "GENERATOR", 0x40: "NOFREE", 0x80: "COROUTINE",
    0x100: "ITERABLE_COROUTINE", 0x200: "ASYNC_GENERATOR",
}

# FORMAT_VALUE's oparg: the low two bits pick the conversion, 4 says a spec is on the stack.
FORMAT_VALUE_CONVERTERS = ((None, ""), (str, "str"), (repr, "repr"), (ascii, "ascii"))
# MAKE_FUNCTION's oparg: one bit per extra item on the stack.
MAKE_FUNCTION_FLAGS = ("defaults", "kwdefaults", "annotations", "closure")

EXTENDED_ARG = opmap["EXTENDED_ARG"]
CACHE = opmap["CACHE"]
LOAD_CONST = opmap["LOAD_CONST"]
LOAD_GLOBAL = opmap["LOAD_GLOBAL"]
BINARY_OP = opmap["BINARY_OP"]
FORMAT_VALUE = opmap["FORMAT_VALUE"]
MAKE_FUNCTION = opmap["MAKE_FUNCTION"]
COMPARE_OP = opmap["COMPARE_OP"]

# Sets for the decoding loops (the opcode module's lists are for its users).
_TAKES_ARG = frozenset(_op.hasarg)
_JUMPS = frozenset(hasjrel)
_BACKWARD = frozenset(_op._backward_jumps)

Positions = collections.namedtuple(
    "Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"],
    defaults=[None] * 4)

_InstructionFields = collections.namedtuple(
    "_InstructionFields", ["opname", "opcode", "arg", "argval", "argrepr", "offset",
                           "starts_line", "is_jump_target", "positions"],
    defaults=[None])


class Instruction(_InstructionFields):
    """One decoded instruction: its name and number, its raw and resolved argument,
    the byte offset where it starts, the source line it begins (None inside a line),
    whether some jump or handler lands on it, and its source positions."""

    def _render(self, line_width, current, offset_width):
        cols = []
        if line_width:
            cols.append("%*d" % (line_width, self.starts_line) if self.starts_line is not None
                        else " " * line_width)
        cols.append("-->" if current else "   ")
        cols.append(">>" if self.is_jump_target else "  ")
        cols.append(str(self.offset).rjust(offset_width))
        if self.arg is None:
            cols.append(self.opname)
        else:
            cols.append(self.opname.ljust(20))
            cols.append(str(self.arg).rjust(5))
            if self.argrepr:
                cols.append("(" + self.argrepr + ")")
        return " ".join(cols).rstrip()


def pretty_flags(flags):
    """The names of the code flags set in flags, unknown bits as one hex number."""
    words = []
    for bit in range(32):
        mask = 1 << bit
        if flags & mask and mask in COMPILER_FLAG_NAMES:
            words.append(COMPILER_FLAG_NAMES[mask])
            flags ^= mask
    if flags or not words:
        words.append(hex(flags))
    return ", ".join(words)


# ---- finding the code object -------------------------------------------------------

def _compile_for_dis(source, filename):
    # An expression shows its value being returned; anything else compiles as a module.
    try:
        return compile(source, filename, "eval")
    except SyntaxError:
        return compile(source, filename, "exec")


def _unwrap_to_code(x):
    """The code object inside a method, function, generator or coroutine, else x."""
    x = getattr(x, "__func__", x)
    for attr in ("__code__", "gi_code", "ag_code", "cr_code"):
        inner = getattr(x, attr, None)
        if inner is not None:
            return inner
    return x


def _code_of(x, filename):
    x = _unwrap_to_code(x)
    if isinstance(x, str):
        x = _compile_for_dis(x, filename)
    if hasattr(x, "co_code"):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


# ---- decoding ----------------------------------------------------------------------

def _decode(code):
    """(offset, opcode, oparg or None) per instruction of the bytes code, EXTENDED_ARG
    prefixes included and folded into the oparg of what follows; caches are skipped."""
    out = []
    ext = 0
    pos = 0
    n = len(code) - len(code) % 2
    while pos < n:
        op = code[pos]
        if op in _TAKES_ARG:
            arg = code[pos + 1] | ext
            ext = arg << 8 if op == EXTENDED_ARG else 0
        else:
            arg = None
            ext = 0
        out.append((pos, op, arg))
        pos += 2 * (1 + _op._inline_cache_entries[op])
    return out


def _jump_target(offset, op, arg):
    after = offset + 2 * (1 + _op._inline_cache_entries[op])
    return after - 2 * arg if op in _BACKWARD else after + 2 * arg


def findlabels(code):
    """The sorted byte offsets that the jumps in the bytes code go to."""
    targets = set()
    for offset, op, arg in _decode(code):
        if op in _JUMPS:
            targets.add(_jump_target(offset, op, arg))
    return sorted(targets)


def findlinestarts(code):
    """(offset, line) for each offset of code where a new source line begins."""
    previous = None
    for start, _end, line in code.co_lines():
        if line is not None and line != previous:
            previous = line
            yield start, line


def _read_varint(table, pos):
    value = shift = 0
    while True:
        byte = table[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


_HandlerRange = collections.namedtuple("_HandlerRange", "start end target depth lasti")


def _handler_ranges(code):
    """The exception table as byte ranges [start, end) and their handlers."""
    table = code.co_exceptiontable or b""
    ranges = []
    pos = 0
    while pos < len(table):
        start, pos = _read_varint(table, pos)
        length, pos = _read_varint(table, pos)
        target, pos = _read_varint(table, pos)
        depth_lasti, pos = _read_varint(table, pos)
        ranges.append(_HandlerRange(2 * start, 2 * (start + length), 2 * target,
                                    depth_lasti >> 1, bool(depth_lasti & 1)))
    return ranges


def _local_names(code):
    # The locals, then the cells that are not arguments, then the free variables: the
    # order of the frame's slots that LOAD_FAST and LOAD_DEREF index.
    names = list(code.co_varnames)
    names += [c for c in code.co_cellvars if c not in names]
    return names + list(code.co_freevars)


def _describe(op, arg, offset, code):
    """argval and argrepr of one instruction; code is None for bare bytes."""
    if op in _JUMPS:
        target = _jump_target(offset, op, arg)
        return target, "to %d" % target
    if op in hasconst:
        if code is None:
            return arg, ""
        value = code.co_consts[arg]
        return value, repr(value)
    if op in hasname:
        if code is None:
            return arg, ""
        if op == LOAD_GLOBAL:
            name = code.co_names[arg >> 1]
            return name, ("NULL + " + name) if arg & 1 else name
        return code.co_names[arg], code.co_names[arg]
    if op in haslocal or op in hasfree:
        if code is None:
            return arg, ""
        name = _local_names(code)[arg]
        return name, name
    if op == COMPARE_OP:
        return cmp_op[arg], cmp_op[arg]
    if op == BINARY_OP:
        return arg, _op._nb_ops[arg][1]
    if op == FORMAT_VALUE:
        conv, conv_name = FORMAT_VALUE_CONVERTERS[arg & 3]
        words = [conv_name] if conv_name else []
        if arg & 4:
            words.append("with format")
        return (conv, bool(arg & 4)), ", ".join(words)
    if op == MAKE_FUNCTION:
        return arg, ", ".join(name for bit, name in enumerate(MAKE_FUNCTION_FLAGS)
                              if arg & (1 << bit))
    return arg, ""


def _instructions(raw, code, line_starts, line_shift=0, handlers=(), show_caches=False):
    positions = list(code.co_positions()) if code is not None else []
    labels = set(findlabels(raw)) | {h.target for h in handlers}
    for offset, op, arg in _decode(raw):
        argval, argrepr = _describe(op, arg, offset, code) if arg is not None else (None, "")
        line = line_starts.get(offset)
        if line is not None:
            line += line_shift
        unit = offset // 2
        where = Positions(*positions[unit]) if unit < len(positions) else Positions()
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, line,
                          offset in labels, where)
        if show_caches:
            for k in range(_op._inline_cache_entries[op]):
                at = offset + 2 * (k + 1)
                unit = at // 2
                where = Positions(*positions[unit]) if unit < len(positions) else Positions()
                yield Instruction("CACHE", CACHE, 0, None, "", at, None, False, where)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of the Instructions of x's code (a function, method, class body,
    generator, coroutine, code object or source string). first_line renumbers lines."""
    code = _code_of(x, "<disassembly>")
    shift = 0 if first_line is None else first_line - code.co_firstlineno
    raw = code._co_code_adaptive if adaptive else code.co_code
    return _instructions(raw, code, dict(findlinestarts(code)), shift,
                         _handler_ranges(code), show_caches)


# ---- printing ----------------------------------------------------------------------

def _print_listing(instrs, file, lasti=-1, handlers=(), line_width=3):
    instrs = list(instrs)
    last_offset = instrs[-1].offset if instrs else 0
    offset_width = len(str(last_offset)) if last_offset >= 10000 else 4
    for ins in instrs:
        if ins.starts_line is not None and ins.offset > 0:
            print(file=file)
        print(ins._render(line_width, ins.offset == lasti, offset_width), file=file)
    if handlers:
        print("ExceptionTable:", file=file)
        for h in handlers:
            print("  %d to %d -> %d [%d]%s" % (h.start, h.end - 2, h.target, h.depth,
                                               " lasti" if h.lasti else ""), file=file)


def _listing_of_code(code, lasti, file, show_caches, adaptive, first_line=None):
    starts = dict(findlinestarts(code))
    shift = 0 if first_line is None else first_line - code.co_firstlineno
    width = max(3, len(str(max(starts.values()) + shift))) if starts else 0
    handlers = _handler_ranges(code)
    raw = code._co_code_adaptive if adaptive else code.co_code
    _print_listing(_instructions(raw, code, starts, shift, handlers, show_caches),
                   file, lasti, handlers, width)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Prints the listing of one code object, marking the instruction at lasti."""
    _listing_of_code(co, lasti, file, show_caches, adaptive)


disco = disassemble


def _disassemble_tree(code, file, depth, show_caches, adaptive):
    disassemble(code, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is not None:
        if depth <= 0:
            return
        depth -= 1
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_tree(const, file, depth, show_caches, adaptive)


_HAS_CODE = (types.MethodType, types.FunctionType, types.CodeType, classmethod,
             staticmethod, type)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Prints the disassembly of x: a module or class (each of its functions, methods
    and classes), a function, method, generator, coroutine, code object, source string
    or bytes of raw bytecode. Without x, the last traceback's."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap_to_code(x)
    if hasattr(x, "__dict__"):
        for name, value in sorted(vars(x).items()):
            if isinstance(value, _HAS_CODE):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(value, file=file, depth=depth, show_caches=show_caches,
                        adaptive=adaptive)
                except TypeError as exc:
                    print("Sorry:", exc, file=file)
                print(file=file)
    elif hasattr(x, "co_code"):
        _disassemble_tree(x, file, depth, show_caches, adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _print_listing(_instructions(bytes(x), None, {}, show_caches=show_caches),
                       file, line_width=0)
    elif isinstance(x, str):
        _disassemble_tree(_compile_for_dis(x, "<dis>"), file, depth, show_caches, adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _innermost(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassembles the frame where traceback tb (default: the last one) ended."""
    if tb is None:
        tb = getattr(sys, "last_traceback", None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
    tb = _innermost(tb)
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches,
                adaptive=adaptive)


def _summary(code):
    rows = [
        ("Name:              %s", code.co_name),
        ("Filename:          %s", code.co_filename),
        ("Argument count:    %s", code.co_argcount),
        ("Positional-only arguments: %s", code.co_posonlyargcount),
        ("Kw-only arguments: %s", code.co_kwonlyargcount),
        ("Number of locals:  %s", code.co_nlocals),
        ("Stack size:        %s", code.co_stacksize),
        ("Flags:             %s", pretty_flags(code.co_flags)),
    ]
    text = [fmt % value for fmt, value in rows]
    for title, items, show in (("Constants:", code.co_consts, repr),
                               ("Names:", code.co_names, str),
                               ("Variable names:", code.co_varnames, str),
                               ("Free variables:", code.co_freevars, str),
                               ("Cell variables:", code.co_cellvars, str)):
        if items:
            text.append(title)
            text.extend("%4d: %s" % (i, show(item)) for i, item in enumerate(items))
    return "\n".join(text)


def code_info(x):
    """A multi-line summary of x's code object: names, counts, flags and tables."""
    return _summary(_code_of(x, "<disassembly>"))


def show_code(co, *, file=None):
    """Prints code_info(co)."""
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of one code object, iterable as Instructions, with its
    listing (dis()) and summary (info())."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = code = _code_of(x, "<disassembly>")
        self.first_line = code.co_firstlineno if first_line is None else first_line
        self._shift = self.first_line - code.co_firstlineno
        self._starts = dict(findlinestarts(code))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _handler_ranges(code)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        code = self.codeobj
        raw = code._co_code_adaptive if self.adaptive else code.co_code
        return _instructions(raw, code, self._starts, self._shift, self.exception_entries,
                             self.show_caches)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """The Bytecode of the frame where tb ended, its current offset at tb_lasti."""
        tb = _innermost(tb)
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches,
                   adaptive=adaptive)

    def info(self):
        return _summary(self.codeobj)

    def dis(self):
        out = io.StringIO()
        code = self.codeobj
        lasti = -1 if self.current_offset is None else self.current_offset
        _listing_of_code(code, lasti, out, self.show_caches, self.adaptive,
                         self.first_line)
        return out.getvalue()


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("infile", type=argparse.FileType("rb"), nargs="?", default="-")
    args = parser.parse_args()
    with args.infile as f:
        source = f.read()
    dis(compile(source, args.infile.name, "exec"))


if __name__ == "__main__":
    main()
