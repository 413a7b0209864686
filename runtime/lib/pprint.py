# pprint for Spry, written here from the module's documented behaviour and from
# layouts observed on CPython 3.11.
#
# A value is first rendered on one line (the "flat" text, also what saferepr gives).
# When that text does not fit in what is left of the line, and its type has a layout
# below, the value is laid out over several lines; otherwise the flat text is kept.
# Layouts append pieces to a list `out`; `col` is the column the value starts at and
# `trail` counts the characters that will follow its last line (closing brackets,
# a comma), which also need room.

import collections as _collections
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(indent=indent, width=width, depth=depth, stream=stream,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter().format(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter().format(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter().format(object, {}, None, 0)[2]


def _recursion_marker(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


class _Orderable:
    """Sort key that orders anything: values that refuse to compare with each other
    fall back to the name of their type, then to their identity."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        a, b = self.value, other.value
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _first_orderable(pair):
    return _Orderable(pair[0])


# Types whose repr is shown as is, always readable (int is handled apart: it may
# take underscores).
_PLAIN_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})

# Splits a line of text into words, each keeping the blanks that follow it.
_WORD_WITH_BLANKS = re.compile(r"\S*\s*")


def _byte_lines(data, room, trail):
    """Reprs of slices of `data`, cut at multiples of 4 bytes, each fitting in `room`
    columns; the last must also leave `trail` columns free."""
    lines = []
    pending = b""
    final_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        piece = data[start:start + 4]
        if start == final_start:
            room -= trail
        if len(repr(pending + piece)) > room:
            if pending:
                lines.append(repr(pending))
            pending = piece
        else:
            pending += piece
    if pending:
        lines.append(repr(pending))
    return lines


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._width = width
        self._depth = depth
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public interface ------------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = []
        self._lay(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(flat text, readable, recursive) of `object`; `context` holds the ids of
        the containers being shown, `maxlevels` the depth limit (0 or None: none)."""
        cls = type(object)
        if cls in _PLAIN_SCALARS:
            return repr(object), True, False
        shown_by = getattr(cls, "__repr__", None)
        if shown_by is int.__repr__ and issubclass(cls, int):
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if shown_by is dict.__repr__ and issubclass(cls, dict):
            if not object:
                return "{}", True, False
            pairs = object.items()
            if self._sort_dicts:
                pairs = sorted(pairs, key=_first_orderable)
            return self._flat_container(object, pairs, "{", "}", "{...}",
                                        context, maxlevels, level)
        if shown_by is list.__repr__ and issubclass(cls, list):
            if not object:
                return "[]", True, False
            return self._flat_container(object, object, "[", "]", "[...]",
                                        context, maxlevels, level)
        if shown_by is tuple.__repr__ and issubclass(cls, tuple):
            if not object:
                return "()", True, False
            closer = ",)" if len(object) == 1 else ")"
            return self._flat_container(object, object, "(", closer, "(..." + closer,
                                        context, maxlevels, level)
        text = repr(object)
        return text, bool(text) and not text.startswith("<"), False

    # -- flat rendering --------------------------------------------------------

    def _flat_container(self, obj, entries, opener, closer, elided,
                        context, maxlevels, level):
        # Dict entries are (key, value) pairs shown as "key: value".
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return elided, False, key in context
        if key in context:
            return _recursion_marker(obj), False, True
        context[key] = 1
        readable, recursive = True, False
        texts = []
        is_mapping = opener == "{"
        for entry in entries:
            parts = entry if is_mapping else (entry,)
            shown = []
            for part in parts:
                text, part_readable, part_recursive = self.format(
                    part, context, maxlevels, level + 1)
                readable = readable and part_readable
                recursive = recursive or part_recursive
                shown.append(text)
            texts.append(": ".join(shown))
        del context[key]
        return opener + ", ".join(texts) + closer, readable, recursive

    def _flat(self, obj, seen, level):
        return self.format(obj, seen.copy(), self._depth, level)[0]

    # -- multi-line layout -----------------------------------------------------

    def _lay(self, obj, out, col, trail, seen, level):
        key = id(obj)
        if key in seen:
            out.append(_recursion_marker(obj))
            return
        text = self._flat(obj, seen, level)
        if len(text) > self._width - col - trail:
            layout = self._LAYOUTS.get(type(obj).__repr__)
            if layout is None and _has_generated_dataclass_repr(obj):
                layout = PrettyPrinter._lay_dataclass
            if layout is not None:
                seen[key] = 1
                layout(self, obj, out, col, trail, seen, level + 1)
                del seen[key]
                return
        out.append(text)

    def _lay_run(self, items, out, start, trail, seen, level):
        """Items separated by commas, one per line from column `start` (packed
        several to a line in compact mode); the last leaves `trail` columns."""
        if self._step > 1:
            out.append(" " * (self._step - 1))
        items = list(items)
        newline = ",\n" + " " * start
        line_room = self._width - start + 1   # the last item on a line has no ", "
        room = line_room
        separator = ""
        last_index = len(items) - 1
        for index, item in enumerate(items):
            last = index == last_index
            if last:
                line_room -= trail
                room -= trail
            if self._compact:
                text = self._flat(item, seen, level)
                needed = len(text) + 2
                if room < needed:
                    room = line_room
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    out.append(separator)
                    out.append(text)
                    separator = ", "
                    continue
            out.append(separator)
            separator = newline
            self._lay(item, out, start, trail if last else 1, seen, level)

    def _lay_pairs(self, pairs, out, start, trail, seen, level):
        """'key: value' entries one per line from column `start`."""
        newline = ",\n" + " " * start
        last_index = len(pairs) - 1
        for index, (key, value) in enumerate(pairs):
            last = index == last_index
            key_text = self._flat(key, seen, level)
            out.append(key_text)
            out.append(": ")
            self._lay(value, out, start + len(key_text) + 2,
                      trail if last else 1, seen, level)
            if not last:
                out.append(newline)

    def _lay_fields(self, fields, out, start, trail, seen, level):
        """'name=value' entries one per line from column `start`."""
        newline = ",\n" + " " * start
        last_index = len(fields) - 1
        for index, (name, value) in enumerate(fields):
            last = index == last_index
            out.append(name)
            out.append("=")
            if id(value) in seen:
                out.append("...")
            else:
                self._lay(value, out, start + len(name) + 1,
                          trail if last else 1, seen, level)
            if not last:
                out.append(newline)

    def _lay_dict(self, obj, out, col, trail, seen, level):
        out.append("{")
        if self._step > 1:
            out.append(" " * (self._step - 1))
        if obj:
            pairs = list(obj.items())
            if self._sort_dicts:
                pairs.sort(key=_first_orderable)
            self._lay_pairs(pairs, out, col + self._step, trail + 1, seen, level)
        out.append("}")

    def _lay_list(self, obj, out, col, trail, seen, level):
        out.append("[")
        self._lay_run(obj, out, col + self._step, trail + 1, seen, level)
        out.append("]")

    def _lay_tuple(self, obj, out, col, trail, seen, level):
        closer = ",)" if len(obj) == 1 else ")"
        out.append("(")
        self._lay_run(obj, out, col + self._step, trail + len(closer), seen, level)
        out.append(closer)

    def _lay_set(self, obj, out, col, trail, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        if type(obj) is set:
            opener, closer = "{", "}"
        else:
            opener, closer = type(obj).__name__ + "({", "})"
        out.append(opener)
        members = sorted(obj, key=_Orderable)
        self._lay_run(members, out, col + len(opener) - 1 + self._step,
                      trail + len(closer), seen, level)
        out.append(closer)

    def _lay_str(self, obj, out, col, trail, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        top = level == 1        # alone at the top, the pieces go in parentheses
        if top:
            col += 1
            trail += 1
        room = self._width - col
        pieces = []
        lines = obj.splitlines(True)
        for line_no, line in enumerate(lines):
            last_line = line_no == len(lines) - 1
            text = repr(line)
            if len(text) <= (room - trail if last_line else room):
                pieces.append(text)
                continue
            words = [w for w in _WORD_WITH_BLANKS.findall(line) if w]
            pending = ""
            for word_no, word in enumerate(words):
                limit = room
                if last_line and word_no == len(words) - 1:
                    limit -= trail
                if len(repr(pending + word)) > limit:
                    if pending:
                        pieces.append(repr(pending))
                    pending = word
                else:
                    pending += word
            if pending:
                pieces.append(repr(pending))
        if len(pieces) == 1:
            out.append(repr(obj))
            return
        if top:
            out.append("(")
        out.append(("\n" + " " * col).join(pieces))
        if top:
            out.append(")")

    def _lay_bytes(self, obj, out, col, trail, seen, level):
        if len(obj) <= 4:
            out.append(repr(obj))
            return
        top = level == 1
        if top:
            col += 1
            trail += 1
            out.append("(")
        out.append(("\n" + " " * col).join(
            _byte_lines(obj, self._width - col, trail)))
        if top:
            out.append(")")

    def _lay_bytearray(self, obj, out, col, trail, seen, level):
        out.append("bytearray(")
        self._lay_bytes(bytes(obj), out, col + 10, trail + 1, seen, level + 1)
        out.append(")")

    def _lay_mappingproxy(self, obj, out, col, trail, seen, level):
        out.append("mappingproxy(")
        self._lay(obj.copy(), out, col + 13, trail + 1, seen, level)
        out.append(")")

    def _lay_namespace(self, obj, out, col, trail, seen, level):
        name = ("namespace" if type(obj) is _types.SimpleNamespace
                else type(obj).__name__)
        out.append(name + "(")
        self._lay_fields(list(obj.__dict__.items()), out, col + len(name) + 1,
                         trail, seen, level)
        out.append(")")

    def _lay_dataclass(self, obj, out, col, trail, seen, level):
        name = type(obj).__name__
        fields = [(f.name, getattr(obj, f.name))
                  for f in _sys.modules["dataclasses"].fields(obj) if f.repr]
        out.append(name + "(")
        self._lay_fields(fields, out, col + len(name) + 1, trail, seen, level)
        out.append(")")

    def _lay_ordered_dict(self, obj, out, col, trail, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "(")
        self._lay(list(obj.items()), out, col + len(name) + 1, trail + 1,
                  seen, level)
        out.append(")")

    def _lay_default_dict(self, obj, out, col, trail, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        col += len(name) + 1
        factory = self._flat(obj.default_factory, seen, level)
        out.append("%s(%s,\n%s" % (name, factory, " " * col))
        self._lay_dict(obj, out, col, trail + 1, seen, level)
        out.append(")")

    def _lay_counter(self, obj, out, col, trail, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "({")
        if self._step > 1:
            out.append(" " * (self._step - 1))
        self._lay_pairs(obj.most_common(), out, col + len(name) + 1 + self._step,
                        trail + 2, seen, level)
        out.append("})")

    def _lay_chain_map(self, obj, out, col, trail, seen, level):
        maps = obj.maps
        if not maps:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "(")
        col += len(name) + 1
        for index, mapping in enumerate(maps):
            if index < len(maps) - 1:
                self._lay(mapping, out, col, 1, seen, level)
                out.append(",\n" + " " * col)
            else:
                self._lay(mapping, out, col, trail + 1, seen, level)
        out.append(")")

    def _lay_deque(self, obj, out, col, trail, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "([")
        col += len(name) + 1
        if obj.maxlen is None:
            self._lay_run(obj, out, col + self._step, trail + 2, seen, level)
            out.append("])")
        else:
            self._lay_run(obj, out, col + self._step, 2, seen, level)
            out.append("],\n%smaxlen=%s)" % (" " * col,
                                               self._flat(obj.maxlen, seen, level)))

    def _lay_wrapped_data(self, obj, out, col, trail, seen, level):
        # UserDict, UserList and UserString look like the value they wrap.
        self._lay(obj.data, out, col, trail, seen, level - 1)

    # Layouts by the __repr__ a type uses (so subclasses that keep it are laid out).
    _LAYOUTS = {
        dict.__repr__: _lay_dict,
        list.__repr__: _lay_list,
        tuple.__repr__: _lay_tuple,
        set.__repr__: _lay_set,
        frozenset.__repr__: _lay_set,
        str.__repr__: _lay_str,
        bytes.__repr__: _lay_bytes,
        bytearray.__repr__: _lay_bytearray,
        _types.MappingProxyType.__repr__: _lay_mappingproxy,
        _types.SimpleNamespace.__repr__: _lay_namespace,
        _collections.OrderedDict.__repr__: _lay_ordered_dict,
        _collections.defaultdict.__repr__: _lay_default_dict,
        _collections.Counter.__repr__: _lay_counter,
        _collections.ChainMap.__repr__: _lay_chain_map,
        _collections.deque.__repr__: _lay_deque,
    }
    for _name in ('UserDict', 'UserList', 'UserString'):
        if hasattr(_collections, _name):
            _LAYOUTS[getattr(_collections, _name).__repr__] = _lay_wrapped_data
    del _name


def _has_generated_dataclass_repr(obj):
    """True for a dataclass instance still shown by the __repr__ that the
    dataclass decorator generated (a class written with its own __repr__ keeps it)."""
    cls = type(obj)
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.repr or isinstance(obj, type):
        return False
    generated = getattr(cls.__repr__, "__wrapped__", None)
    return generated is not None and "__create_fn__" in getattr(
        generated, "__qualname__", "")
