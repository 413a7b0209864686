"""Abstract syntax trees of Python source: parse, inspect, transform, print back.

Written for Spry from the documented interface and CPython 3.11's observed behaviour.
The node classes and the parser live in _ast (built from the C compiler's schema); this
module adds the helpers around them, the pre-3.8 node names kept for old code, and
`python -m ast`.
"""

import sys
from _ast import *
from collections import deque as _deque

# ---- parsing and evaluating ----------------------------------------------------------

def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    """The tree of source (str, bytes or an AST) in mode 'exec', 'eval', 'single' or
    'func_type'; feature_version=(3, minor) asks for an older grammar's checks."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    if mode == "func_type":
        return _parse_signature_comment(source, filename, flags, feature_version)
    return compile(source, filename, mode, flags, _feature_version=feature_version)


def _parse_signature_comment(source, filename, flags, feature_version):
    # "(argtypes) -> returns", the signature of a function type comment. Spry's compile()
    # has no func_type mode: the tokens are checked against that small grammar here, and
    # each type expression is compiled alone from a copy of the source in which all else
    # is blanked out (so its positions are those of the source).
    import io
    import tokenize
    if isinstance(source, bytes):
        source = source.decode()
    try:
        toks = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
                if t.type not in (tokenize.NL, tokenize.COMMENT)]
    except (tokenize.TokenError, IndentationError):
        raise SyntaxError("invalid syntax", (filename, 1, 0, source, None, None)) from None
    line_starts = [0]
    for text_line in source.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(text_line))

    def flat(pos):
        return line_starts[pos[0] - 1] + pos[1]

    def fail(tok):
        if tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER) and not tok.string:
            where = (min(tok.start[0], len(line_starts) - 1) or 1, 0)
        else:
            where = (tok.start[0], tok.start[1] + 1)
        raise SyntaxError("invalid syntax", (filename, where[0], where[1], tok.line, None, None))

    def is_op(tok, text):
        return tok.type == tokenize.OP and tok.string == text

    def expression(i, stops):
        # Tokens from i up to a stop token outside brackets: compiled as one expression.
        depth = 0
        j = i
        while True:
            tok = toks[j]
            if tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER) or \
                    (depth == 0 and tok.type == tokenize.OP and tok.string in stops):
                break
            if tok.type == tokenize.OP and tok.string in "([{":
                depth += 1
            elif tok.type == tokenize.OP and tok.string in ")]}":
                depth -= 1
            j += 1
        if j == i or (toks[i].type == tokenize.NAME and toks[i].string == "yield"):
            fail(toks[i])
        start, end = flat(toks[i].start), flat(toks[j - 1].end)
        text = "".join(ch if start <= k < end or ch in "\r\n" else " "
                       for k, ch in enumerate(source[:end]))
        tree = compile("(" + text[1:] + "\n)", filename, "eval", flags,
                       _feature_version=feature_version)
        return tree.body, j

    if not is_op(toks[0], "("):
        fail(toks[0])
    argtypes = []
    i = 1
    stage = 0          # 0: plain types, 1: after *type, 2: after **type
    if not is_op(toks[i], ")"):
        while True:
            star = toks[i].string if toks[i].type == tokenize.OP and \
                toks[i].string in ("*", "**") else ""
            if (star == "" and stage > 0) or (star == "*" and stage > 0) or stage == 2:
                fail(toks[i])
            if star:
                i += 1
                stage = 1 if star == "*" else 2
            node, i = expression(i, ",)")
            argtypes.append(node)
            if is_op(toks[i], ")"):
                break
            if stage == 2:
                fail(toks[i])
            i += 1
            if is_op(toks[i], ")"):
                fail(toks[i])
    i += 1
    if not is_op(toks[i], "->"):
        fail(toks[i])
    returns, i = expression(i + 1, ",")
    while toks[i].type == tokenize.NEWLINE and toks[i].string:
        i += 1
    if toks[i].type not in (tokenize.NEWLINE, tokenize.ENDMARKER):
        fail(toks[i])
    return FunctionType(argtypes=argtypes, returns=returns)


def _not_a_literal(node):
    line = getattr(node, "lineno", None)
    where = " on line %d" % line if line else ""
    raise ValueError("malformed node or string%s: %r" % (where, node))


def literal_eval(node_or_string):
    """The value of a literal: strings, bytes, numbers, tuples, lists, dicts, sets,
    booleans, None, Ellipsis, set(), and sums like 1+2j. Anything else is refused."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode="eval")
    if isinstance(node, Expression):
        node = node.body

    def number(n):
        if isinstance(n, Constant) and type(n.value) in (int, float, complex):
            return n.value
        _not_a_literal(n)

    def signed(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, UAdd):
            return +number(n.operand)
        if isinstance(n, UnaryOp) and isinstance(n.op, USub):
            return -number(n.operand)
        return number(n)

    def value(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, (Tuple, List, Set)):
            items = [value(e) for e in n.elts]
            return tuple(items) if isinstance(n, Tuple) else \
                items if isinstance(n, List) else set(items)
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                _not_a_literal(n)
            return dict(zip([value(k) for k in n.keys], [value(v) for v in n.values]))
        if isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == "set" \
                and n.args == [] and n.keywords == []:
            return set()
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            real, imag = signed(n.left), number(n.right)
            if isinstance(real, (int, float)) and isinstance(imag, complex):
                return real + imag if isinstance(n.op, Add) else real - imag
        return signed(n)

    return value(node)


# ---- printing trees ------------------------------------------------------------------

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A string showing the tree: class names and field values, optionally positions,
    optionally one field per line indented by indent (a count or a string)."""
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def show(x, depth):
        # (text, flat): flat means x holds no node or non-empty list, so a node made
        # only of such values with few fields prints on one line even when indenting.
        if isinstance(x, list):
            if not x:
                return "[]", True
            open_, sep = breaks(depth + 1)
            return "[%s%s]" % (open_, sep.join(show(item, depth + 1)[0] for item in x)), False
        if not isinstance(x, AST):
            return repr(x), True
        cls = type(x)
        parts = []
        flat = True
        named = annotate_fields
        names = list(cls._fields)
        if include_attributes:
            names += [(a,) for a in cls._attributes]
        for name in names:
            is_attr = isinstance(name, tuple)
            if is_attr:
                name = name[0]
            try:
                v = getattr(x, name)
            except AttributeError:
                named = True
                continue
            if v is None and getattr(cls, name, ...) is None:
                named = named or not is_attr
                continue
            text, simple = show(v, depth + 1)
            flat = flat and simple
            parts.append("%s=%s" % (name, text) if named or is_attr else text)
        if flat and len(parts) <= 3:
            return "%s(%s)" % (cls.__name__, ", ".join(parts)), not parts
        open_, sep = breaks(depth + 1)
        return "%s(%s%s)" % (cls.__name__, open_, sep.join(parts)), False

    def breaks(depth):
        if indent is None:
            return "", ", "
        pad = "\n" + indent * depth
        return pad, "," + pad

    if not isinstance(node, AST):
        raise TypeError("expected AST, got %r" % type(node).__name__)
    return show(node, 0)[0]


# ---- positions -----------------------------------------------------------------------

_POSITION_NAMES = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def copy_location(new_node, old_node):
    """Gives new_node the source position of old_node (where both have positions)."""
    for name in _POSITION_NAMES:
        if name in old_node._attributes and name in new_node._attributes:
            v = getattr(old_node, name, None)
            if v is not None or (name.startswith("end_") and hasattr(old_node, name)):
                setattr(new_node, name, v)
    return new_node


def fix_missing_locations(node):
    """Fills in positions that nodes lack from their parents (1, 0 at the root)."""
    def fill(n, inherited):
        mine = []
        for name, parent_value in zip(_POSITION_NAMES, inherited):
            if name in n._attributes:
                present = getattr(n, name, None)
                if present is None and not (name in ("lineno", "col_offset")
                                            and hasattr(n, name)):
                    setattr(n, name, parent_value)
                    present = parent_value
                mine.append(present)
            else:
                mine.append(parent_value)
        for child in iter_child_nodes(n):
            fill(child, mine)

    fill(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Moves node and everything under it n lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes:
            end = getattr(child, "end_lineno", 0)
            if end is not None:
                child.end_lineno = end + n
    return node


# ---- traversal -------------------------------------------------------------------------

def iter_fields(node):
    """(name, value) for each field node has."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under node: its node fields and the nodes in its list fields."""
    for _, v in iter_fields(node):
        if isinstance(v, AST):
            yield v
        elif isinstance(v, list):
            yield from (item for item in v if isinstance(item, AST))


def walk(node):
    """Every node under node (node first), breadth first."""
    queue = _deque([node])
    while queue:
        n = queue.popleft()
        queue.extend(iter_child_nodes(n))
        yield n


# ---- source text -----------------------------------------------------------------------

def get_docstring(node, clean=True):
    """The docstring of a module, class or function node (cleaned like inspect.cleandoc
    unless clean is false), or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    if not node.body or not isinstance(node.body[0], Expr):
        return None
    first = node.body[0].value
    if not (isinstance(first, Constant) and isinstance(first.value, str)):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(first.value)
    return first.value


def _source_lines(source):
    # Lines as the tokenizer counts them: \r\n, \r and \n end a line; \f and the other
    # separators str.splitlines knows do not.
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\r" or ch == "\n":
            if ch == "\r" and i + 1 < n and source[i + 1] == "\n":
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None without positions. With
    padded, a multi-line segment's first line keeps its indentation as blanks."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first, last = node.lineno - 1, node.end_lineno - 1
        start, stop = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    # Columns count UTF-8 bytes.
    if first == last:
        return lines[first].encode()[start:stop].decode()
    head = lines[first].encode()
    lead = ""
    if padded:
        lead = "".join(ch if ch in "\f\t" else " " for ch in head[:start].decode())
    return "".join([lead + head[start:].decode()] + lines[first + 1:last]
                   + [lines[last].encode()[:stop].decode()])


# ---- visitors ----------------------------------------------------------------------------

class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node) where defined, else generic_visit,
    which visits the children. Subclasses choose what to do and return."""

    def visit(self, node):
        handler = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        for _, v in iter_fields(node):
            if isinstance(v, list):
                for item in v:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(v, AST):
                self.visit(v)

    def visit_Constant(self, node):
        # Visitors written for the pre-3.8 node classes still see their constants.
        for kind in type(node.value).__mro__:
            old = _OLD_CONSTANT_VISITORS.get(kind)
            if old is not None:
                handler = getattr(self, old, None)
                if handler is not None:
                    import warnings
                    warnings.warn("%s is deprecated; add visit_Constant" % old,
                                  DeprecationWarning, 2)
                    return handler(node)
                break
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit_ methods return the replacement of their node: None
    removes it, a list (in a list field) splices several nodes in its place."""

    def generic_visit(self, node):
        for name, v in iter_fields(node):
            if isinstance(v, list):
                kept = []
                for item in v:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                v[:] = kept
            elif isinstance(v, AST):
                replacement = self.visit(v)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


# ---- the node classes before 3.8 (constants) and 3.9 (subscripts) ----------------------

def _constant_value(self):
    return self.value


def _set_constant_value(self, value):
    self.value = value


Constant.n = property(_constant_value, _set_constant_value)
Constant.s = property(_constant_value, _set_constant_value)


class _OldConstantKind(type):
    """Metaclass of Num, Str, ...: an instance check asks what the Constant holds."""

    def __init__(cls, *args):
        cls.__doc__ = "Deprecated AST node class: use ast.Constant."

    def __instancecheck__(cls, obj):
        accepted = _OLD_CONSTANT_TYPES.get(cls)
        if accepted is None:
            return type.__instancecheck__(cls, obj)
        if not isinstance(obj, Constant):
            return False
        try:
            v = obj.value
        except AttributeError:
            return False
        return isinstance(v, accepted) and not (cls is Num and isinstance(v, bool))


def _make_constant(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError("%s got multiple values for argument %r" % (cls.__name__, key))
    if cls in _OLD_CONSTANT_TYPES:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_OldConstantKind):
    _fields = ("n",)
    __new__ = _make_constant


class Str(Constant, metaclass=_OldConstantKind):
    _fields = ("s",)
    __new__ = _make_constant


class Bytes(Constant, metaclass=_OldConstantKind):
    _fields = ("s",)
    __new__ = _make_constant


class NameConstant(Constant, metaclass=_OldConstantKind):
    __new__ = _make_constant


class Ellipsis(Constant, metaclass=_OldConstantKind):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_OLD_CONSTANT_TYPES = {
    Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
    NameConstant: (type(None), bool), Ellipsis: (type(...),),
}
_OLD_CONSTANT_VISITORS = {
    bool: "visit_NameConstant", type(None): "visit_NameConstant", int: "visit_Num",
    float: "visit_Num", complex: "visit_Num", str: "visit_Str", bytes: "visit_Bytes",
    type(...): "visit_Ellipsis",
}


class slice(AST):
    """Deprecated AST node class (subscripts hold their expression directly)."""


class Index(slice):
    """Deprecated AST node class: Index(x) is x."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class: ExtSlice(dims) is a Tuple of them."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _tuple_dims(self):
    return self.elts


def _set_tuple_dims(self, value):
    self.elts = value


Tuple.dims = property(_tuple_dims, _set_tuple_dims)


class Suite(mod):
    """Deprecated AST node class, never produced by Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class, never produced by Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class, never produced by Python 3."""


class Param(expr_context):
    """Deprecated AST node class, never produced by Python 3."""


# ---- back to source -------------------------------------------------------------------------

def unparse(ast_obj):
    """Python source that parses to a tree equal to ast_obj."""
    from _ast_unparse import to_source
    return to_source(ast_obj)


def main():
    import argparse
    cli = argparse.ArgumentParser(prog="python -m ast")
    cli.add_argument("infile", nargs="?", default="-", type=argparse.FileType(mode="rb"),
                     help="source file to dump (standard input when omitted)")
    cli.add_argument("-m", "--mode", choices=("exec", "single", "eval", "func_type"),
                     default="exec", help="the compile mode to parse in")
    cli.add_argument("--no-type-comments", dest="type_comments", action="store_false",
                     help="leave type comments out of the tree")
    cli.add_argument("-a", "--include-attributes", dest="positions", action="store_true",
                     help="show each node's lineno/col_offset/end positions too")
    cli.add_argument("-i", "--indent", type=int, default=3,
                     help="spaces per nesting level of the dump")
    opts = cli.parse_args()
    with opts.infile as f:
        text = f.read()
    tree = parse(text, opts.infile.name, opts.mode, type_comments=opts.type_comments)
    print(dump(tree, include_attributes=opts.positions, indent=opts.indent))


if __name__ == "__main__":
    main()
