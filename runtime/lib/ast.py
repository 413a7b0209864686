"""Abstract syntax trees of Python source: parse, inspect, transform and unparse them.

The node classes come from _ast (built from the schema of Spry's C parser); parse() is
compile(..., PyCF_ONLY_AST), and compile() also accepts a tree, which it converts back to
the C tree (no unparsing and reparsing). With type_comments=True the C parser collects
type comments as CPython's does.
"""
from _ast import *


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile(source, filename, mode, PyCF_ONLY_AST))."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError("Unsupported major version")
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    if mode == 'func_type':
        return _parse_func_type(source, filename)
    return compile(source, filename, mode, flags, _feature_version=feature_version)


def _parse_func_type(source, filename):
    # The grammar: '(' [type_expressions] ')' '->' expression, where type_expressions are
    # expressions separated by commas, the last two optionally prefixed by '*' and '**'
    # (the stars are dropped). Each expression is parsed on its own at its own position.
    import io
    import tokenize
    if isinstance(source, bytes):
        source = source.decode('utf-8')
    lines = source.splitlines(keepends=True)
    try:
        toks = [tok for tok in tokenize.generate_tokens(io.StringIO(source).readline)
                if tok.type not in (tokenize.NL, tokenize.COMMENT)]
    except (tokenize.TokenError, SyntaxError):
        compile(source, filename, 'eval')  # raises the tokenizer's SyntaxError
        raise

    def fail(tok):
        row, col = tok.start
        end_row, end_col = tok.end
        if tok.type == tokenize.ENDMARKER or (tok.type == tokenize.NEWLINE and not tok.string):
            col = end_col = -1  # the end of the input
        text = lines[row - 1] if 0 < row <= len(lines) else None
        raise SyntaxError('invalid syntax', (filename, row, col + 1, text, end_row, end_col + 1))

    def offset(pos):
        row, col = pos
        return sum(len(line) for line in lines[:row - 1]) + col

    def expression(first, stop, refused=('for', 'yield', ':=')):
        # the expression of toks[first:stop], parsed where it stands in the source; the
        # refused tokens (outside brackets) are not part of an 'expression'
        depth = 0
        for tok in toks[first:stop]:
            if tok.type == tokenize.OP and tok.string in '([{':
                depth += 1
            elif tok.type == tokenize.OP and tok.string in ')]}':
                depth -= 1
            elif depth == 0 and tok.string in refused:
                fail(tok)
        begin, end = offset(toks[first].start), offset(toks[stop - 1].end)
        blank = ''.join(ch if ch == '\n' else ' ' for ch in source[:begin])
        return parse('(' + blank[1:] + source[begin:end] + '\n)', filename, 'eval').body

    def item_end(i):
        # the index of the ',' or ')' that ends the item starting at toks[i]
        depth = 0
        while True:
            tok = toks[i]
            if tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
                fail(tok)
            if tok.type == tokenize.OP:
                if tok.string in '([{':
                    depth += 1
                elif tok.string in ')]}':
                    if depth == 0:
                        return i
                    depth -= 1
                elif tok.string == ',' and depth == 0:
                    return i
            i += 1

    if toks[0].string != '(':
        fail(toks[0])
    argtypes = []
    i = 1
    star = None
    while toks[i].string != ')':
        if star == '*' and toks[i].string != '**':
            fail(toks[i])
        if toks[i].string in ('*', '**'):
            star = toks[i].string
            i += 1
        end = item_end(i)
        if end == i:
            fail(toks[i])
        if star == '**' and toks[end].string != ')':
            fail(toks[end])
        argtypes.append(expression(i, end))
        i = end
        if toks[i].string == ',':
            i += 1
            if toks[i].string == ')':
                fail(toks[i])
    i += 1
    if toks[i].string != '->':
        fail(toks[i])
    i += 1
    stop = i
    while toks[stop].type not in (tokenize.NEWLINE, tokenize.ENDMARKER):
        stop += 1
    if stop == i:
        fail(toks[stop])
    return FunctionType(argtypes, expression(i, stop, (',', 'for', 'yield', ':=')))


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal: strings,
    bytes, numbers, tuples, lists, dicts, sets, booleans, None and Ellipsis."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def malformed(n):
        where = getattr(n, 'lineno', None)
        msg = "malformed node or string"
        if where:
            msg += f" on line {where}"
        raise ValueError(f"{msg}: {n!r}")

    def number(n):
        if isinstance(n, Constant) and type(n.value) in (int, float, complex):
            return n.value
        malformed(n)

    def signed_number(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            value = number(n.operand)
            return +value if isinstance(n.op, UAdd) else -value
        return number(n)

    def convert(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple(convert(e) for e in n.elts)
        if isinstance(n, List):
            return [convert(e) for e in n.elts]
        if isinstance(n, Set):
            return set(convert(e) for e in n.elts)
        if (isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == 'set'
                and n.args == [] and n.keywords == []):
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                malformed(n)
            return dict(zip([convert(k) for k in n.keys], [convert(v) for v in n.values]))
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left = signed_number(n.left)
            right = number(n.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(n.op, Add) else left - right
        return signed_number(n)

    return convert(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree in node, for debugging. Fields left at their default
    None are omitted; annotate_fields=False drops the names of the leading fields, and
    include_attributes adds the positions. With indent (a number of spaces or a string)
    nested nodes go on their own indented lines."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(value, level):
        if indent is not None:
            level += 1
            opening = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            opening = ''
            sep = ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            simple = True
            named = annotate_fields
            for name in value._fields:
                try:
                    field = getattr(value, name)
                except AttributeError:
                    named = True
                    continue
                if field is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, field_simple = fmt(field, level)
                simple = simple and field_simple
                parts.append(f'{name}={text}' if named else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    try:
                        attr = getattr(value, name)
                    except AttributeError:
                        continue
                    if attr is None and getattr(cls, name, ...) is None:
                        continue
                    text, attr_simple = fmt(attr, level)
                    simple = simple and attr_simple
                    parts.append(f'{name}={text}')
            if simple and len(parts) <= 3:
                return f"{cls.__name__}({', '.join(parts)})", not parts
            return f'{cls.__name__}({opening}{sep.join(parts)})', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return f'[{opening}{sep.join(fmt(x, level)[0] for x in value)}]', False
        return repr(value), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source positions of old_node to new_node where both have them."""
    for attr in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            # an explicit None end position is copied too
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node below node that lacks a position the position of its parent
    (1, 0 at the top), as compile() needs them all."""
    def fix(n, inherited):
        # a start position is kept when present; an end position also when not None
        attrs = n._attributes
        own = {}
        for attr, value in inherited.items():
            if attr not in attrs:
                own[attr] = value
                continue
            present = getattr(n, attr, None)
            if present is None and (attr.startswith('end_') or not hasattr(n, attr)):
                setattr(n, attr, value)
                own[attr] = value
            else:
                own[attr] = present
        for child in iter_child_nodes(n):
            fix(child, own)
    fix(node, {'lineno': 1, 'col_offset': 0, 'end_lineno': 1, 'end_col_offset': 0})
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and everything below it."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: node-valued fields and nodes in list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None. With clean, the
    text's indentation is cleaned up by inspect.cleandoc."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    """source.splitlines(keepends=True), splitting only at \\r\\n, \\n and \\r (as the
    tokenizer counts lines)."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == '\r' or ch == '\n':
            if ch == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    """Blank out source, keeping its tabs and form feeds (they move the columns)."""
    return ''.join(ch if ch in '\f\t' else ' ' for ch in source)


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None without positions. With
    padded, the first line keeps its indentation (as spaces)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if first == last:
        return lines[first].encode()[col:end_col].decode()
    head = lines[first].encode()
    padding = _pad_whitespace(head[:col].decode()) if padded else ''
    parts = [padding + head[col:].decode()]
    parts.extend(lines[first + 1:last])
    parts.append(lines[last].encode()[:end_col].decode())
    return ''.join(parts)


def walk(node):
    """Yield node and every node below it, breadth first, in no promised order."""
    from collections import deque
    pending = deque([node])
    while pending:
        current = pending.popleft()
        pending.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) for each node that has such a method
    and generic_visit(node) (which visits the children) for the others."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # visitors written for the node classes before Constant still get called
        value = node.value
        old_name = _const_node_type_names.get(type(value))
        if old_name is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    old_name = name
                    break
        if old_name is not None:
            method = 'visit_' + old_name
            handler = getattr(self, method, None)
            if handler is not None:
                import warnings
                warnings.warn(f"{method} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return handler(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of the node: the node
    itself to keep it, None to remove it, a list of nodes (in a list field) to splice."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new_items = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new_items.extend(item)
                            continue
                    new_items.append(item)
                old[:] = new_items
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


# ---- the node classes before Python 3.8's Constant, kept for old code ----------------------

def _constant_value(self):
    return self.value


def _set_constant_value(self, value):
    self.value = value


Constant.n = property(_constant_value, _set_constant_value)
Constant.s = property(_constant_value, _set_constant_value)


class _ABC(type):

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            return (isinstance(value, _const_types[cls])
                    and not isinstance(value, _const_types_not.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {Num: (bool,)}

_const_node_type_names = {
    bool: 'NameConstant',
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _tuple_dims(self):
    return self.elts


def _set_tuple_dims(self, value):
    self.elts = value


Tuple.dims = property(_tuple_dims, _set_tuple_dims)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def unparse(ast_obj):
    """Source text for the tree ast_obj, such that parsing it gives an equal tree."""
    import _ast_unparse
    return _ast_unparse._Unparser().visit(ast_obj)


def __getattr__(name):
    # the unparser lives in its own module, loaded when first needed
    if name == '_Unparser':
        import _ast_unparse
        return _ast_unparse._Unparser
    raise AttributeError(f"module 'ast' has no attribute {name!r}")


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?', default='-',
                        help='source file (standard input if absent)')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='what the source is: a module, a statement, an expression or a function type')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help='parse without type comments')
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='show positions (lines and columns) too')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='spaces per nesting level')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
