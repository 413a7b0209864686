"""Spry's reprlib: size-limited reprs (Repr, repr) and the recursive_repr decorator,
written from the documented behaviour."""
import builtins
from itertools import islice
from _thread import get_ident

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a repr that reaches the same object again on the
    same thread shows fillvalue instead of recursing."""

    def decorate(user_repr):
        active = set()

        def guarded(self):
            key = id(self), get_ident()
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_repr(self)
            finally:
                active.discard(key)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded, attr, getattr(user_repr, attr))
        guarded.__annotations__ = getattr(user_repr, '__annotations__', {})
        return guarded

    return decorate


def _elide(text, limit, fillvalue):
    """Keep the start and end of text, fillvalue in the middle, when over limit."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fillvalue + text[len(text) - tail:]


def _in_order(items):
    # sets and dicts show sorted when their items allow it, else as iterated
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """A repr() whose output is bounded by the max* limits of the instance."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + kind, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _items(self, x, level, opening, closing, limit, lone_comma=False):
        count = len(x)
        if level <= 0 and count:
            inside = self.fillvalue
        else:
            shown = [self.repr1(item, level - 1) for item in islice(x, limit)]
            if count > limit:
                shown.append(self.fillvalue)
            inside = ', '.join(shown)
            if count == 1 and lone_comma:
                closing = ',' + closing
        return opening + inside + closing

    def repr_tuple(self, x, level):
        return self._items(x, level, '(', ')', self.maxtuple, lone_comma=True)

    def repr_list(self, x, level):
        return self._items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return 'array(%r)' % (x.typecode,)
        return self._items(x, level, 'array(%r, [' % (x.typecode,), '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._items(_in_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._items(_in_order(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pairs = []
        for key in islice(_in_order(x), self.maxdict):
            pairs.append('%s: %s' % (self.repr1(key, level - 1),
                                     self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            pairs.append(self.fillvalue)
        return '{%s}' % ', '.join(pairs)

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        # cut the string itself (not its repr) so escapes are never split
        head = max(0, (self.maxstring - 3) // 2)
        tail = max(0, self.maxstring - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _elide(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _elide(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
