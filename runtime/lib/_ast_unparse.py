"""ast.unparse: source text for a syntax tree.

Written for Spry from CPython 3.11's observed ast.unparse output, which it reproduces
character for character: where parentheses go, how strings pick their quotes, the blank
line before each def and class, docstrings in triple quotes, type comments.
"""

from _ast import *

# Binding strength, weakest first. Each expression is printed knowing the strength its
# place demands; it gets parentheses when its own is weaker.
(P_WALRUS, P_TUPLE, P_YIELD, P_TEST, P_OR, P_AND, P_NOT, P_CMP, P_BOR, P_BXOR, P_BAND,
 P_SHIFT, P_ARITH, P_TERM, P_FACTOR, P_POWER, P_AWAIT, P_ATOM) = range(18)

_BINARY = {
    Add: ("+", P_ARITH), Sub: ("-", P_ARITH), Mult: ("*", P_TERM), MatMult: ("@", P_TERM),
    Div: ("/", P_TERM), Mod: ("%", P_TERM), FloorDiv: ("//", P_TERM),
    LShift: ("<<", P_SHIFT), RShift: (">>", P_SHIFT), BitOr: ("|", P_BOR),
    BitXor: ("^", P_BXOR), BitAnd: ("&", P_BAND), Pow: ("**", P_POWER),
}
_UNARY = {Invert: "~", Not: "not", UAdd: "+", USub: "-"}
_COMPARE = {Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Is: "is",
            IsNot: "is not", In: "in", NotIn: "not in"}
_BOOL = {And: ("and", P_AND), Or: ("or", P_OR)}

_ALL_QUOTES = ("'", '"', '"""', "'''")
_TRIPLE_QUOTES = ('"""', "'''")
# Infinity has no literal: a float too large to represent parses as one; NaN is
# written as inf - inf.
_INFINITY = "1e309"
_NAN = "(%s-%s)" % (_INFINITY, _INFINITY)


def _escape(text, whitespace_too):
    """text with backslashes and unprintable characters escaped (newlines and tabs only
    when whitespace_too)."""
    out = []
    for ch in text:
        if ch in "\n\t" and not whitespace_too:
            out.append(ch)
        elif ch == "\\" or not ch.isprintable():
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


def _quotable(text, quotes, whitespace_too=False):
    """(body, quotes): text escaped to sit between any of the returned quotes, the best
    first. Quotes the text contains are dropped, single quotes if it spans lines."""
    body = _escape(text, whitespace_too)
    usable = [q for q in quotes if ("\n" not in body or len(q) == 3) and q not in body]
    if not usable:
        # Nothing fits as is: repr escapes what it must; keep its quote.
        shown = repr(text)
        for q in quotes:
            if shown[0] in q:
                return shown[1:-1], [q]
        return shown[1:-1], [shown[0]]
    if body:
        # A closing quote that matches the last character would merge with it.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + "\\" + body[-1]
    return body, usable


class _Source:
    def __init__(self, in_fstring=False):
        self.out = []
        self.depth = 0
        self.in_fstring = in_fstring     # strings must be written without backslashes
        self.strength = {}               # id(node) -> strength its place demands
        self.ignores = {}                # line -> "ignore..." from Module.type_ignores

    # ---- output ----------------------------------------------------------------------

    def text(self):
        return "".join(self.out)

    def line(self, start=""):
        if self.out:
            self.out.append("\n")
        self.out.append("    " * self.depth + start)

    def put(self, *pieces):
        self.out.extend(pieces)

    def body(self, statements, comment=None):
        self.put(":")
        if comment:
            self.put(comment)
        self.depth += 1
        self.each(statements)
        self.depth -= 1

    def each(self, nodes):
        for n in nodes:
            self.node(n)

    def joined(self, nodes, sep=", "):
        for i, n in enumerate(nodes):
            if i:
                self.put(sep)
            self.node(n)

    def node(self, n):
        if isinstance(n, list):
            self.each(n)
            return
        handler = getattr(self, "do_" + type(n).__name__, None)
        if handler is None:
            raise ValueError("unparse: unsupported node %s" % type(n).__name__)
        handler(n)

    # ---- strength and parentheses ------------------------------------------------------

    def demand(self, strength, *nodes):
        for n in nodes:
            self.strength[id(n)] = strength

    def demanded(self, n):
        return self.strength.get(id(n), P_TEST)

    def open_if(self, cond):
        if cond:
            self.put("(")
        return cond

    def close_if(self, opened):
        if opened:
            self.put(")")

    def wrap(self, n, own):
        return self.open_if(self.demanded(n) > own)

    def type_comment(self, n):
        note = self.ignores.get(n.lineno) or n.type_comment
        return None if note is None else " # type: " + note

    # ---- modules -------------------------------------------------------------------------

    def suite_with_doc(self, n):
        first = n.body[0] if n.body else None
        if isinstance(first, Expr) and isinstance(first.value, Constant) \
                and isinstance(first.value.value, str):
            self.line()
            if first.value.kind == "u":
                self.put("u")
            self.string_literal(first.value.value, _TRIPLE_QUOTES)
            self.each(n.body[1:])
        else:
            self.each(n.body)

    def do_Module(self, n):
        self.ignores = {ig.lineno: "ignore" + ig.tag for ig in n.type_ignores}
        self.suite_with_doc(n)
        self.ignores = {}

    def do_Interactive(self, n):
        # CPython 3.11 prints only the last statement of an Interactive: matched.
        for statement in n.body:
            self.out = []
            self.node(statement)

    def do_Expression(self, n):
        self.node(n.body)

    def do_FunctionType(self, n):
        self.put("(")
        self.joined(n.argtypes)
        self.put(") -> ")
        self.node(n.returns)

    # ---- statements ----------------------------------------------------------------------

    def do_Expr(self, n):
        self.line()
        self.demand(P_YIELD, n.value)
        self.node(n.value)

    def do_Pass(self, n):
        self.line("pass")

    def do_Break(self, n):
        self.line("break")

    def do_Continue(self, n):
        self.line("continue")

    def do_Assign(self, n):
        self.line()
        for target in n.targets:
            self.demand(P_TUPLE, target)
            self.node(target)
            self.put(" = ")
        self.node(n.value)
        note = self.type_comment(n)
        if note:
            self.put(note)

    def do_AugAssign(self, n):
        self.line()
        self.node(n.target)
        self.put(" ", _BINARY[type(n.op)][0], "= ")
        self.node(n.value)

    def do_AnnAssign(self, n):
        self.line()
        opened = self.open_if(not n.simple and isinstance(n.target, Name))
        self.node(n.target)
        self.close_if(opened)
        self.put(": ")
        self.node(n.annotation)
        if n.value:
            self.put(" = ")
            self.node(n.value)

    def do_Return(self, n):
        self.line("return")
        if n.value:
            self.put(" ")
            self.node(n.value)

    def do_Delete(self, n):
        self.line("del ")
        self.joined(n.targets)

    def do_Assert(self, n):
        self.line("assert ")
        self.node(n.test)
        if n.msg:
            self.put(", ")
            self.node(n.msg)

    def do_Raise(self, n):
        self.line("raise")
        if not n.exc:
            if n.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.put(" ")
        self.node(n.exc)
        if n.cause:
            self.put(" from ")
            self.node(n.cause)

    def do_Global(self, n):
        self.line("global " + ", ".join(n.names))

    def do_Nonlocal(self, n):
        self.line("nonlocal " + ", ".join(n.names))

    def do_Import(self, n):
        self.line("import ")
        self.joined(n.names)

    def do_ImportFrom(self, n):
        self.line("from " + "." * (n.level or 0) + (n.module or "") + " import ")
        self.joined(n.names)

    def do_alias(self, n):
        self.put(n.name)
        if n.asname:
            self.put(" as " + n.asname)

    def do_If(self, n):
        self.line("if ")
        self.node(n.test)
        self.body(n.body)
        # else: if ... chains print as elif.
        while len(n.orelse) == 1 and isinstance(n.orelse[0], If):
            n = n.orelse[0]
            self.line("elif ")
            self.node(n.test)
            self.body(n.body)
        if n.orelse:
            self.line("else")
            self.body(n.orelse)

    def do_While(self, n):
        self.line("while ")
        self.node(n.test)
        self.body(n.body)
        if n.orelse:
            self.line("else")
            self.body(n.orelse)

    def loop(self, n, keyword):
        self.line(keyword)
        self.demand(P_TUPLE, n.target)
        self.node(n.target)
        self.put(" in ")
        self.node(n.iter)
        self.body(n.body, self.type_comment(n))
        if n.orelse:
            self.line("else")
            self.body(n.orelse)

    def do_For(self, n):
        self.loop(n, "for ")

    def do_AsyncFor(self, n):
        self.loop(n, "async for ")

    def with_block(self, n, keyword):
        self.line(keyword)
        self.joined(n.items)
        self.body(n.body, self.type_comment(n))

    def do_With(self, n):
        self.with_block(n, "with ")

    def do_AsyncWith(self, n):
        self.with_block(n, "async with ")

    def do_withitem(self, n):
        self.node(n.context_expr)
        if n.optional_vars:
            self.put(" as ")
            self.node(n.optional_vars)

    def try_block(self, n, star):
        self.line("try")
        self.body(n.body)
        for h in n.handlers:
            self.handler(h, star)
        if n.orelse:
            self.line("else")
            self.body(n.orelse)
        if n.finalbody:
            self.line("finally")
            self.body(n.finalbody)

    def do_Try(self, n):
        self.try_block(n, False)

    def do_TryStar(self, n):
        self.try_block(n, True)

    def handler(self, h, star):
        self.line("except*" if star else "except")
        if h.type:
            self.put(" ")
            self.node(h.type)
        if h.name:
            self.put(" as " + h.name)
        self.body(h.body)

    def do_ExceptHandler(self, n):
        self.handler(n, False)

    def decorated(self, n, head):
        if self.out:
            self.put("\n")
        for deco in n.decorator_list:
            self.line("@")
            self.node(deco)
        self.line(head + n.name)

    def function(self, n, keyword):
        self.decorated(n, keyword)
        self.put("(")
        self.node(n.args)
        self.put(")")
        if n.returns:
            self.put(" -> ")
            self.node(n.returns)
        self.put(":")
        note = self.type_comment(n)
        if note:
            self.put(note)
        self.depth += 1
        self.suite_with_doc(n)
        self.depth -= 1

    def do_FunctionDef(self, n):
        self.function(n, "def ")

    def do_AsyncFunctionDef(self, n):
        self.function(n, "async def ")

    def do_ClassDef(self, n):
        self.decorated(n, "class ")
        if n.bases or n.keywords:
            self.put("(")
            self.joined(n.bases + n.keywords)
            self.put(")")
        self.put(":")
        self.depth += 1
        self.suite_with_doc(n)
        self.depth -= 1

    def do_Match(self, n):
        self.line("match ")
        self.node(n.subject)
        self.body(n.cases)

    def do_match_case(self, n):
        self.line("case ")
        self.node(n.pattern)
        if n.guard:
            self.put(" if ")
            self.node(n.guard)
        self.body(n.body)

    # ---- patterns ------------------------------------------------------------------------

    def do_MatchValue(self, n):
        self.node(n.value)

    def do_MatchSingleton(self, n):
        self.constant(n.value)

    def do_MatchSequence(self, n):
        self.put("[")
        self.joined(n.patterns)
        self.put("]")

    def do_MatchStar(self, n):
        self.put("*" + (n.name if n.name is not None else "_"))

    def do_MatchMapping(self, n):
        self.put("{")
        for i, (key, pattern) in enumerate(zip(n.keys, n.patterns, strict=True)):
            if i:
                self.put(", ")
            self.node(key)
            self.put(": ")
            self.node(pattern)
        if n.rest is not None:
            self.put((", **" if n.keys else "**") + n.rest)
        self.put("}")

    def do_MatchClass(self, n):
        self.demand(P_ATOM, n.cls)
        self.node(n.cls)
        self.put("(")
        self.joined(n.patterns)
        for i, (attr, pattern) in enumerate(zip(n.kwd_attrs, n.kwd_patterns)):
            if i or n.patterns:
                self.put(", ")
            self.put(attr, "=")
            self.node(pattern)
        self.put(")")

    def do_MatchAs(self, n):
        if n.pattern is None:
            self.put(n.name if n.name is not None else "_")
            return
        opened = self.wrap(n, P_TEST)
        self.demand(P_BOR, n.pattern)
        self.node(n.pattern)
        self.put(" as " + n.name)
        self.close_if(opened)

    def do_MatchOr(self, n):
        opened = self.wrap(n, P_BOR)
        self.demand(P_BXOR, *n.patterns)
        self.joined(n.patterns, " | ")
        self.close_if(opened)

    # ---- expressions ---------------------------------------------------------------------

    def do_Name(self, n):
        self.put(n.id)

    def do_Starred(self, n):
        self.put("*")
        self.demand(P_BOR, n.value)
        self.node(n.value)

    def do_NamedExpr(self, n):
        opened = self.wrap(n, P_WALRUS)
        self.demand(P_ATOM, n.target, n.value)
        self.node(n.target)
        self.put(" := ")
        self.node(n.value)
        self.close_if(opened)

    def do_Yield(self, n):
        opened = self.wrap(n, P_YIELD)
        self.put("yield")
        if n.value:
            self.put(" ")
            self.demand(P_ATOM, n.value)
            self.node(n.value)
        self.close_if(opened)

    def do_YieldFrom(self, n):
        opened = self.wrap(n, P_YIELD)
        self.put("yield from ")
        if not n.value:
            raise ValueError("Node can't be used without a value attribute.")
        self.demand(P_ATOM, n.value)
        self.node(n.value)
        self.close_if(opened)

    def do_Await(self, n):
        opened = self.wrap(n, P_AWAIT)
        self.put("await")
        if n.value:
            self.put(" ")
            self.demand(P_ATOM, n.value)
            self.node(n.value)
        self.close_if(opened)

    def do_Lambda(self, n):
        opened = self.wrap(n, P_TEST)
        self.put("lambda")
        text = _Source()
        text.node(n.args)
        args = text.text()
        if args:
            self.put(" ", args)
        self.put(": ")
        self.demand(P_TEST, n.body)
        self.node(n.body)
        self.close_if(opened)

    def do_IfExp(self, n):
        opened = self.wrap(n, P_TEST)
        self.demand(P_OR, n.body, n.test)
        self.node(n.body)
        self.put(" if ")
        self.node(n.test)
        self.put(" else ")
        self.demand(P_TEST, n.orelse)
        self.node(n.orelse)
        self.close_if(opened)

    def do_BoolOp(self, n):
        word, own = _BOOL[type(n.op)]
        opened = self.wrap(n, own)
        # Each further operand binds one step tighter, so a same-kind operand after
        # the first keeps its parentheses.
        for i, value in enumerate(n.values):
            if i:
                self.put(" ", word, " ")
            self.demand(own + 1 + i, value)
            self.node(value)
        self.close_if(opened)

    def do_BinOp(self, n):
        sign, own = _BINARY[type(n.op)]
        opened = self.wrap(n, own)
        if own == P_POWER:
            self.demand(own + 1, n.left)
            self.demand(own, n.right)
        else:
            self.demand(own, n.left)
            self.demand(own + 1, n.right)
        self.node(n.left)
        self.put(" ", sign, " ")
        self.node(n.right)
        self.close_if(opened)

    def do_UnaryOp(self, n):
        sign = _UNARY[type(n.op)]
        own = P_NOT if sign == "not" else P_FACTOR
        opened = self.wrap(n, own)
        self.put(sign)
        if own != P_FACTOR:
            self.put(" ")
        self.demand(own, n.operand)
        self.node(n.operand)
        self.close_if(opened)

    def do_Compare(self, n):
        opened = self.wrap(n, P_CMP)
        self.demand(P_CMP + 1, n.left, *n.comparators)
        self.node(n.left)
        for op, right in zip(n.ops, n.comparators):
            self.put(" ", _COMPARE[type(op)], " ")
            self.node(right)
        self.close_if(opened)

    def do_Call(self, n):
        self.demand(P_ATOM, n.func)
        self.node(n.func)
        self.put("(")
        self.joined(n.args + n.keywords)
        self.put(")")

    def do_keyword(self, n):
        if n.arg is None:
            self.put("**")
        else:
            self.put(n.arg, "=")
        self.node(n.value)

    def do_Attribute(self, n):
        self.demand(P_ATOM, n.value)
        self.node(n.value)
        # "1.real" would read as a float literal.
        if isinstance(n.value, Constant) and isinstance(n.value.value, int):
            self.put(" ")
        self.put(".", n.attr)

    def do_Subscript(self, n):
        self.demand(P_ATOM, n.value)
        self.node(n.value)
        self.put("[")
        index = n.slice
        if isinstance(index, Tuple) and index.elts:
            self.items(index.elts)
        else:
            self.node(index)
        self.put("]")

    def do_Slice(self, n):
        if n.lower:
            self.node(n.lower)
        self.put(":")
        if n.upper:
            self.node(n.upper)
        if n.step:
            self.put(":")
            self.node(n.step)

    def items(self, elts):
        # A one-element tuple keeps its comma.
        self.joined(elts)
        if len(elts) == 1:
            self.put(",")

    def do_Tuple(self, n):
        opened = self.open_if(not n.elts or self.demanded(n) > P_TUPLE)
        self.items(n.elts)
        self.close_if(opened)

    def do_List(self, n):
        self.put("[")
        self.joined(n.elts)
        self.put("]")

    def do_Set(self, n):
        if not n.elts:
            self.put("{*()}")    # {} would be a dict
            return
        self.put("{")
        self.joined(n.elts)
        self.put("}")

    def do_Dict(self, n):
        self.put("{")
        for i, (key, value) in enumerate(zip(n.keys, n.values)):
            if i:
                self.put(", ")
            if key is None:
                self.put("**")
                self.demand(P_BOR, value)
                self.node(value)
            else:
                self.node(key)
                self.put(": ")
                self.node(value)
        self.put("}")

    def comprehension_tail(self, generators):
        for g in generators:
            self.put(" async for " if g.is_async else " for ")
            self.demand(P_TUPLE, g.target)
            self.node(g.target)
            self.put(" in ")
            self.demand(P_OR, g.iter, *g.ifs)
            self.node(g.iter)
            for cond in g.ifs:
                self.put(" if ")
                self.node(cond)

    def do_ListComp(self, n):
        self.put("[")
        self.node(n.elt)
        self.comprehension_tail(n.generators)
        self.put("]")

    def do_SetComp(self, n):
        self.put("{")
        self.node(n.elt)
        self.comprehension_tail(n.generators)
        self.put("}")

    def do_GeneratorExp(self, n):
        self.put("(")
        self.node(n.elt)
        self.comprehension_tail(n.generators)
        self.put(")")

    def do_DictComp(self, n):
        self.put("{")
        self.node(n.key)
        self.put(": ")
        self.node(n.value)
        self.comprehension_tail(n.generators)
        self.put("}")

    def do_arguments(self, n):
        positional = n.posonlyargs + n.args
        # Defaults belong to the last positional parameters.
        first_default = len(positional) - len(n.defaults)
        parts = []
        for i, a in enumerate(positional):
            parts.append((a, n.defaults[i - first_default] if i >= first_default else None))
            if i == len(n.posonlyargs) - 1:
                parts.append("/")
        if n.vararg or n.kwonlyargs:
            parts.append(("*", n.vararg))
        for a, default in zip(n.kwonlyargs, n.kw_defaults):
            parts.append((a, default))
        if n.kwarg:
            parts.append(("**", n.kwarg))
        for i, part in enumerate(parts):
            if i:
                self.put(", ")
            if part == "/":
                self.put("/")
            elif part[0] in ("*", "**"):
                self.put(part[0])
                if part[1]:
                    self.node(part[1])
            else:
                self.node(part[0])
                if part[1] is not None:
                    self.put("=")
                    self.node(part[1])

    def do_arg(self, n):
        self.put(n.arg)
        if n.annotation:
            self.put(": ")
            self.node(n.annotation)

    # ---- constants and strings -------------------------------------------------------------

    def string_literal(self, text, quotes=_ALL_QUOTES):
        body, usable = _quotable(text, quotes)
        self.put(usable[0], body, usable[0])

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.put(repr(value).replace("inf", _INFINITY).replace("nan", _NAN))
        elif self.in_fstring and isinstance(value, str):
            self.string_literal(value)
        else:
            self.put(repr(value))

    def do_Constant(self, n):
        value = n.value
        if isinstance(value, tuple):
            self.put("(")
            for i, item in enumerate(value):
                if i:
                    self.put(", ")
                self.constant(item)
            if len(value) == 1:
                self.put(",")
            self.put(")")
        elif value is ...:
            self.put("...")
        else:
            if n.kind == "u":
                self.put("u")
            self.constant(value)

    # f-strings: each part is first rendered as it reads between the quotes; then the
    # quote is chosen so that no part needs a backslash where it may not have one.

    def fstring_parts(self, n):
        """[(text, is_literal)] of a JoinedStr's values (or of a format spec that is a
        single node)."""
        values = n.values if isinstance(n, JoinedStr) else [n]
        parts = []
        for v in values:
            if isinstance(v, Constant) and isinstance(v.value, str):
                parts.append((v.value.replace("{", "{{").replace("}", "}}"), True))
            elif isinstance(v, FormattedValue):
                parts.append((self.replacement_field(v), False))
            elif isinstance(v, JoinedStr):
                parts.append(("".join(text for text, _ in self.fstring_parts(v)), False))
            else:
                raise ValueError("Unexpected node inside JoinedStr, %r" % (v,))
        return parts

    def replacement_field(self, v):
        inner = _Source(in_fstring=True)
        inner.demand(P_OR, v.value)
        inner.node(v.value)
        expr = inner.text()
        if "\\" in expr:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        field = ["{", " " if expr.startswith("{") else "", expr]
        if v.conversion != -1:
            field.append("!" + chr(v.conversion))
        if v.format_spec:
            field.append(":")
            field.extend(text for text, _ in self.fstring_parts(v.format_spec))
        field.append("}")
        return "".join(field)

    def fstring(self, n):
        self.put("f")
        parts = self.fstring_parts(n)
        if self.in_fstring:
            self.string_literal("".join(text for text, _ in parts))
            return
        quotes = _ALL_QUOTES
        bodies = []
        for text, literal in parts:
            body, quotes = _quotable(text, quotes, whitespace_too=literal)
            bodies.append(body)
        self.put(quotes[0], "".join(bodies), quotes[0])

    def do_JoinedStr(self, n):
        self.fstring(n)

    def do_FormattedValue(self, n):
        # Outside a JoinedStr, CPython 3.11 prints just the replacement field.
        self.put(self.replacement_field(n))


def to_source(node):
    """The source text of node, an AST (ast.unparse)."""
    writer = _Source()
    writer.node(node)
    return writer.text()
