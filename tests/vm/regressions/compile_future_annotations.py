# compile()/exec() and `from __future__ import annotations`: the flag argument, inheritance
# from the calling module (unless dont_inherit), and co_flags.
import __future__
import ast

FLAG = __future__.annotations.compiler_flag
src = "def f(x: undefined_name) -> also_undefined: pass\nresult = f.__annotations__"

ns = {}
exec(compile(src, "<flag>", "exec", flags=FLAG), ns)
print(ns['result'])
try:
    exec(compile(src, "<plain>", "exec"), {})
except NameError as e:
    print('plain:', e)
code = compile(src, "<flag>", "exec", flags=FLAG)
print(hex(code.co_flags & FLAG), hex(code.co_consts[0].co_flags & FLAG) if hasattr(code.co_consts[0], 'co_flags') else '')
tree = ast.parse(src)
ns = {}
exec(compile(tree, "<tree>", "exec", flags=FLAG), ns)
print(ns['result'])
for bad in (0x1, 0x4, 0x8000):
    try:
        compile("1", "<bad>", "eval", flags=bad)
    except ValueError as e:
        print(hex(bad), e)

# This module does not use the future import; a module that does passes it on.
inner = '''
from __future__ import annotations
exec("def g(y: nothing) -> int: pass\\nprint(g.__annotations__)")
c = compile("def h(z: nowhere): pass", "<c>", "exec")
exec(c); print(h.__annotations__)
c = compile("def k(z: nowhere): pass", "<c>", "exec", dont_inherit=True)
try:
    exec(c)
except NameError as e:
    print('dont_inherit:', e)
'''
exec(compile(inner, "<inner>", "exec"), {})
