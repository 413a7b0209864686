# dis/opcode: Spry's bytecode differs from CPython's, so this checks structure and the
# text layout directly and prints verdicts, plus the opnames both share.
import dis
import io
import opcode

def sample(a, b=2):
    total = 0
    for i in range(a):
        if i % b == 0:
            total += i
    return total

print(sample(10))
names = [i.opname for i in dis.get_instructions(sample)]
shared = ["LOAD_FAST", "LOAD_CONST", "STORE_FAST", "FOR_ITER", "RETURN_VALUE", "BINARY_OP",
          "LOAD_GLOBAL", "CALL", "GET_ITER", "COMPARE_OP", "RESUME"]
print(sorted(set(n for n in names if n in shared)))
instrs = list(dis.get_instructions(sample))
print(instrs[0].offset, instrs[0].starts_line, all(i.offset % 2 == 0 for i in instrs))
print([i.offset for i in instrs] == sorted(i.offset for i in instrs))
ops = {i.opname: i for i in instrs}
print(ops["LOAD_GLOBAL"].argval, ops["LOAD_GLOBAL"].argrepr)
print(ops["COMPARE_OP"].argval, [i.argrepr for i in instrs if i.opname == "BINARY_OP"])
targets = {i.offset for i in instrs if i.is_jump_target}
jumps = [i for i in instrs if i.opcode in opcode.hasjrel]
print(len(jumps) > 0, all(j.argval in targets for j in jumps), all(j.argrepr == "to %d" % j.argval for j in jumps))
print(sorted({i.starts_line for i in instrs if i.starts_line is not None}))

out = io.StringIO()
dis.dis(sample, file=out)
lines = out.getvalue().splitlines()
first = lines[0]
print(first[:3].strip() == "7", first.split()[1:3] == ["0", instrs[0].opname])
fl = [l for l in lines if ">>" in l]
print(len(fl) == len(targets), all(l[3:9].strip() == "" for l in fl if not l[:3].strip()))
for l in lines:
    if "LOAD_GLOBAL" in l:
        print(l[10:].split(None, 1)[0], l.rstrip().endswith("(NULL + range)"))
print(dis.Bytecode(sample).dis() == out.getvalue())
info = dis.code_info(sample)
print(info.splitlines()[0], info.splitlines()[2], "Flags:" in info, "Variable names:" in info)
print(opcode.opname[opcode.opmap["RETURN_VALUE"]], opcode.opmap["EXTENDED_ARG"] == opcode.EXTENDED_ARG)
print(dis.stack_effect(opcode.opmap["POP_TOP"]), dis.stack_effect(opcode.opmap["LOAD_CONST"], 0))
for bad in [lambda: dis.stack_effect(opcode.opmap["POP_TOP"], 1), lambda: dis.stack_effect(opcode.opmap["LOAD_CONST"])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(dis.pretty_flags(3), dis.pretty_flags(0x23))
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
src = io.StringIO()
dis.dis("x = 1", file=src)
print([l.split()[-1] for l in src.getvalue().splitlines() if "STORE_NAME" in l])
