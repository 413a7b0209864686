# from __future__ import annotations stores each annotation as its expression written
# back from the tree (spacing and parentheses normalized), as CPython does; also for
# compile() of an ast tree, which has no source text.
from __future__ import annotations
a1: List[ int ]
a2: Dict[str,int]|None
a3: (1+2)*3 ** -4 ** 5
a4: not a and b or c
a5: x if y else z
a6: lambda a, b=1, /, c=2, *d, e, f=3, **g: (a, b)
a7: lambda: 0
a8: {'k': v, **m}
a9: {1, 2}
a10: [i*2 for i in range(3) if i async for j in k]
a11: (i for i in x)
a12: {k: v for k, v in d}
a13: a < b <= c is not d not in e
a14: f(x, *y, k=1, **z)
a15: f(i for i in x)
a16: 1e400 + 2.5j - 1e400j
a17: 'str' + "it's" + b'bytes' + u'uni'
a18: f'{x!r:>{w}} {y=} {{lit}} {z:.2f}'
a19: obj.attr.other
a20: 3 .real
a21: a[1:2, ::3]
a22: a[1,]
a23: a[()]
a24: a[b, c]
a25: b
a26: [1, 2]
a27: ()
a28: (1,)
a29: (1, 2)
a30: c
a31: -x ** 2
a32: (-x) ** 2
a33: ~a + +b
a34: ...
a35: None
a36: a[1:2]
a37: a[::]
a38: 0x10 + 1_000
a39: 'a\nb\t\x00é\u2028'
a40: c
a41: a if b else lambda: c
a42: (a, b) if c else d
a43: a @ b // c % d << e >> f & g ^ h
a44: f"{'nested'}" 
a45: f"{x}" f"{y!s}" "plain"
a46: c
a47: a[*b, c]
a48: {**a}
a49: 1 if 2 else 3 if 4 else 5
a50: z
def f(p: List[ int ] , *args: *Ts, **kw: 'x') -> Tuple[int , ...]: pass
for name, text in __annotations__.items():
    print(name, "=>", text)
for name, text in f.__annotations__.items():
    print(name, "=>", text)

import ast
tree = ast.parse("from __future__ import annotations\nx: Dict[ str,int ] = 1\ndef g(a: 'q' , b: (1+2)) -> None: pass\n")
ns = {}
exec(compile(tree, "<tree>", "exec"), ns)
print(ns["__annotations__"], ns["g"].__annotations__)
