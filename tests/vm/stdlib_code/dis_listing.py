# dis on Spry's bytecode: what every CPython-shaped bytecode shares (handler tables,
# EXTENDED_ARG, argument resolution, the listing's columns), checked as verdicts.
import dis
import io
import opcode
import sys


def handler(x):
    try:
        return 1 / x
    except ZeroDivisionError as exc:
        return str(exc)


def closure(a, b=1, *, c=2):
    def inner():
        return f"{a!r:>{b}}{c}{a!a}"
    return inner


def listing(x, **kw):
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    return out.getvalue().splitlines()


lines = listing(handler)
table = lines.index("ExceptionTable:")
entries = lines[table + 1:]
print(len(entries) >= 1, all(" -> " in e and e.strip()[0].isdigit() for e in entries))
handler_targets = {int(e.split(" -> ")[1].split()[0]) for e in entries}
marked = {int(l[11:].split()[0]) for l in lines[:table] if l[8:10] == ">>"}
print(handler_targets <= marked)
print(any(e.endswith("lasti") for e in entries))

inner = closure(3)
ins = list(dis.get_instructions(inner))
print(sorted({i.argval for i in ins if i.opcode in opcode.hasfree}))
print([i.argrepr for i in ins if i.opname == "FORMAT_VALUE"])
print([i.argval for i in ins if i.opname == "FORMAT_VALUE"])
outer = [i.argrepr for i in dis.get_instructions(closure) if i.opname == "MAKE_FUNCTION"]
print(outer)
info = dis.code_info(closure).splitlines()
print([l for l in info if l.endswith(":")])
print(info[info.index("Cell variables:") + 1], dis.code_info(inner).splitlines()[-1])

# More than 256 names: the last stores need an EXTENDED_ARG prefix.
src = "\n".join("v%d = %d" % (k, k) for k in range(300))
code = compile(src, "<big>", "exec")
stores = [i for i in dis.get_instructions(code) if i.opname == "STORE_NAME"]
print(stores[-1].argval, stores[-1].arg, stores[-1].argrepr)
print(any(i.opname == "EXTENDED_ARG" for i in dis.get_instructions(code)))

pos = [i.positions for i in dis.get_instructions("a + bb * c") if i.opname == "BINARY_OP"]
print([(p.lineno, p.col_offset, p.end_col_offset) for p in pos])
print(dis.Positions(), dis.Instruction._fields)

try:
    handler(None)
except TypeError:
    tb = sys.exc_info()[2]
bc = dis.Bytecode.from_traceback(tb)
text = bc.dis().splitlines()
arrow = [l for l in text if l[4:7] == "-->"]
print(len(arrow), bc.current_offset == tb.tb_next.tb_lasti, repr(bc).startswith("Bytecode(<code object handler"))
print(int(arrow[0][11:].split()[0]) == bc.current_offset)

first = [i.starts_line for i in dis.get_instructions(handler, first_line=100) if i.starts_line]
mine = [i.starts_line for i in dis.get_instructions(handler) if i.starts_line]
print([a - b for a, b in zip(first, mine)] == [100 - handler.__code__.co_firstlineno] * len(mine))
print(sorted(set(l for _, l in dis.findlinestarts(handler.__code__))))


class K:
    def m(self):
        return self

    @staticmethod
    def s():
        return 1

    n = 5

print([l for l in listing(K) if l.startswith("Disassembly")])
print(listing("1")[-1].split()[-1], listing("y = 1")[-1].split()[-1])
try:
    dis.distb()
except RuntimeError as e:
    print("RuntimeError:", e)
print(dis.stack_effect(opcode.opmap["FOR_ITER"], 5, jump=True),
      dis.stack_effect(opcode.opmap["FOR_ITER"], 5, jump=False))
print(all(opcode.opname[opcode.opmap[n]] == n for n in opcode.opmap))
print(opcode.opmap["JUMP_FORWARD"] in opcode.hasjrel, opcode.hasjabs, opcode.cmp_op)
print(opcode._nb_ops[0], opcode._nb_ops[-1], len(opcode._nb_ops))
print(dis.pretty_flags(0), dis.pretty_flags(0x41 | 0x40000))
cached = listing(handler, show_caches=True)
print(len(cached) > len(lines), any(l.split()[1:2] == ["CACHE"] for l in cached))
