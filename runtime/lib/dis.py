"""Disassembler of Spry bytecode, in the layout of CPython 3.11's dis: line numbers, jump
targets marked '>>', offsets, instruction names, arguments and what they mean."""

import collections
import io
import sys
import types

import _opcode
from opcode import *
from opcode import _nb_ops, _inline_cache_entries, _specializations

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
           "stack_effect"] + __import__("opcode").__all__

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod,
              staticmethod, type)

CACHE = opmap["CACHE"]
LOAD_GLOBAL = opmap["LOAD_GLOBAL"]
BINARY_OP = opmap["BINARY_OP"]
FORMAT_VALUE = opmap["FORMAT_VALUE"]
MAKE_FUNCTION = opmap["MAKE_FUNCTION"]
FORMAT_VALUE_CONVERTERS = ((None, ""), (str, "str"), (repr, "repr"), (ascii, "ascii"))
MAKE_FUNCTION_FLAGS = ("defaults", "kwdefaults", "annotations", "closure")

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


def _try_compile(source, name):
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        return compile(source, name, "exec")


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a function, method, class, module, code object, source string or raw
    bytecode; with no argument, the last traceback."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _code_holder_code(x)
    if hasattr(x, "__dict__"):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, "co_code"):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches,
                               adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: the last one), marking the failing instruction."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches,
                adaptive=adaptive)


COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
    32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """The names of the flags set in co_flags, joined by ', '."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _code_holder_code(x):
    """The code object of a method, function, generator or coroutine; x itself for
    anything else."""
    if hasattr(x, "__func__"):
        x = x.__func__
    for attr in ("__code__", "gi_code", "ag_code", "cr_code"):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _get_code_object(x):
    x = _code_holder_code(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, "co_code"):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def code_info(x):
    """A multi-line description of a code object (names, counts, flags, constants)."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    for title, items, fmt in (("Constants", co.co_consts, "%4d: %r"),
                              ("Names", co.co_names, "%4d: %s"),
                              ("Variable names", co.co_varnames, "%4d: %s"),
                              ("Free variables", co.co_freevars, "%4d: %s"),
                              ("Cell variables", co.co_cellvars, "%4d: %s")):
        if items:
            lines.append(title + ":")
            for i_n in enumerate(items):
                lines.append(fmt % i_n)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


Positions = collections.namedtuple("Positions", ["lineno", "end_lineno", "col_offset",
                                                 "end_col_offset"], defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction", ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
                     "is_jump_target", "positions"], defaults=[None])


class Instruction(_Instruction):
    """One instruction: its name and number, argument (raw, resolved and as text), offset,
    the line it starts (or None), whether a jump lands on it, and its source positions."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append("%*d" % (lineno_width, self.starts_line))
            else:
                fields.append(" " * lineno_width)
        fields.append("-->" if mark_as_current else "   ")
        fields.append(">>" if self.is_jump_target else "  ")
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append("(" + self.argrepr + ")")
        return " ".join(fields).rstrip()


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the Instructions of a function, method, code object or source."""
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = first_line - co.co_firstlineno if first_line is not None else 0
    return _get_instructions_bytes(_get_code_array(co, adaptive), co._varname_from_oparg
                                   if hasattr(co, "_varname_from_oparg") else _localsplus(co),
                                   co.co_names, co.co_consts, linestarts, line_offset,
                                   co_positions=co.co_positions(), show_caches=show_caches,
                                   exception_entries=_parse_exception_table(co))


def _localsplus(co):
    names = co.co_varnames + co.co_cellvars + co.co_freevars
    return names.__getitem__


def _get_code_array(co, adaptive):
    # co_code shows every instruction in its generic form; the specialized forms are
    # the interpreter's business until dis learns to read them (adaptive=True).
    return co.co_code


def _parse_exception_table(code):
    """(start, end, target, depth, lasti) byte offsets of each handler entry. Spry's
    table is a sequence of 7-bit little-endian varints, in code units."""
    data = code.co_exceptiontable
    entries = []
    pos = 0

    def varint():
        nonlocal pos
        value = shift = 0
        while pos < len(data):
            b = data[pos]
            pos += 1
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                break
            shift += 7
        return value

    while pos < len(data):
        start = varint()
        length = varint()
        target = varint()
        dl = varint()
        entries.append(_ExceptionTableEntry(start * 2, (start + length) * 2, target * 2,
                                            dl >> 1, bool(dl & 1)))
    return entries


_ExceptionTableEntry = collections.namedtuple("_ExceptionTableEntry",
                                              "start end target depth lasti")


def _unpack(code):
    """(offset, opcode, oparg, extended) for each instruction of the bytecode, with
    EXTENDED_ARG prefixes folded into the next one's argument, caches skipped."""
    extended_arg = 0
    i = 0
    n = len(code)
    while i < n:
        op = code[i]
        arg = code[i + 1] | extended_arg if op in hasarg else None
        extended_arg = (arg << 8) if op == EXTENDED_ARG else 0
        yield i, op, arg
        i += 2


def findlabels(code):
    """The offsets that jumps in the bytecode land on."""
    labels = []
    for offset, op, arg in _unpack(code):
        if arg is not None and op in hasjrel:
            target = _jump_target(offset, op, arg)
            if target not in labels:
                labels.append(target)
    return labels


def _jump_target(offset, op, arg):
    after = offset + 2 + 2 * _inline_cache_entries[op]
    if _opcode.flags[op] & _opcode.JUMP_BACKWARD:
        return after - 2 * arg
    return after + 2 * arg


def findlinestarts(code):
    """(offset, lineno) for each offset where a new source line starts."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None,
                            linestarts=None, line_offset=0, exception_entries=(),
                            co_positions=None, show_caches=False):
    co_positions = co_positions or iter(())
    labels = set(findlabels(code))
    for entry in exception_entries:
        for i in range(entry.start, entry.end, 2):
            labels.add(entry.target)
    starts_line = None
    skip = 0
    for offset, op, arg in _unpack(code):
        positions = Positions(*next(co_positions, ()))
        if skip:
            skip -= 1
            if show_caches:
                yield Instruction("CACHE", CACHE, 0, None, "", offset, None, False, positions)
            continue
        if linestarts is not None:
            starts_line = linestarts.get(offset, None)
            if starts_line is not None:
                starts_line += line_offset
        is_jump_target = offset in labels
        argval = None
        argrepr = ""
        if arg is not None:
            argval = arg
            if op in hasconst:
                argval, argrepr = _get_const_info(arg, co_consts)
            elif op in hasname:
                if op == LOAD_GLOBAL:
                    argval, argrepr = _get_name_info(arg >> 1, names)
                    if arg & 1 and argrepr:
                        argrepr = "NULL + " + argrepr
                else:
                    argval, argrepr = _get_name_info(arg, names)
            elif op in hasjrel:
                argval = _jump_target(offset, op, arg)
                argrepr = "to " + repr(argval)
            elif op in haslocal or op in hasfree:
                argval, argrepr = _get_name_info(arg, varname_from_oparg)
            elif op in hascompare:
                argval = cmp_op[arg]
                argrepr = argval
            elif op == FORMAT_VALUE:
                argval, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
                argval = (argval, bool(arg & 0x4))
                if argval[1]:
                    argrepr = argrepr + ", with format" if argrepr else "with format"
            elif op == MAKE_FUNCTION:
                argrepr = ", ".join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS)
                                    if arg & (1 << i))
            elif op == BINARY_OP:
                _, argrepr = _nb_ops[arg]
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, starts_line,
                          is_jump_target, positions)
        skip = _inline_cache_entries[op]


def _get_const_info(const_index, const_list):
    argval = const_index
    if const_list is not None:
        argval = const_list[const_index]
    return argval, repr(argval)


def _get_name_info(name_index, get_name):
    if get_name is not None:
        if callable(get_name):
            argval = get_name(name_index)
        else:
            argval = get_name[name_index]
        return argval, argval
    return name_index, ""


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object, marking the instruction at offset lasti."""
    linestarts = dict(findlinestarts(co))
    exception_entries = _parse_exception_table(co)
    _disassemble_bytes(_get_code_array(co, adaptive), lasti, _localsplus(co), co.co_names,
                       co.co_consts, linestarts, file=file,
                       exception_entries=exception_entries, co_positions=co.co_positions(),
                       show_caches=show_caches)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, "co_code"):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches,
                                       adaptive=adaptive)


def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None, co_consts=None,
                       linestarts=None, *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None, show_caches=False):
    show_lineno = bool(linestarts)
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = max(3, len(str(maxlineno)))
    else:
        lineno_width = 0
    maxoffset = len(code) - 2
    offset_width = max(4, len(str(maxoffset))) if maxoffset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names, co_consts,
                                         linestarts, line_offset=line_offset,
                                         exception_entries=exception_entries,
                                         co_positions=co_positions, show_caches=show_caches):
        new_source_line = show_lineno and instr.starts_line is not None and instr.offset > 0
        if new_source_line:
            print(file=file)
        is_current_instr = instr.offset == lasti
        print(instr._disassemble(lineno_width, is_current_instr, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_text = " lasti" if entry.lasti else ""
            end = entry.end - 2
            print(f"  {entry.start} to {end} -> {entry.target} [{entry.depth}]{lasti_text}",
                  file=file)


def _disassemble_str(source, **kwargs):
    _disassemble_recursive(_try_compile(source, "<dis>"), **kwargs)


disco = disassemble


class Bytecode:
    """The instructions of a code object, iterable, with dis() and info() giving the
    disassembly and code_info() text."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(_get_code_array(co, self.adaptive), _localsplus(co),
                                       co.co_names, co.co_consts, self._linestarts,
                                       line_offset=self._line_offset,
                                       exception_entries=self.exception_entries,
                                       co_positions=co.co_positions(),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches,
                   adaptive=adaptive)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        co = self.codeobj
        offset = self.current_offset if self.current_offset is not None else -1
        with io.StringIO() as output:
            _disassemble_bytes(_get_code_array(co, self.adaptive), varname_from_oparg=_localsplus(co),
                               names=co.co_names, co_consts=co.co_consts,
                               linestarts=self._linestarts, line_offset=self._line_offset,
                               file=output, lasti=offset,
                               exception_entries=self.exception_entries,
                               co_positions=co.co_positions(), show_caches=self.show_caches)
            return output.getvalue()
