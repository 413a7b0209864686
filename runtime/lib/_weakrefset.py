"""WeakSet, kept apart from weakref so that modules needed early (threading, the
import machinery) can use it cheaply. Written here from the weakref documentation."""

from _weakref import ref

__all__ = ['WeakSet']

GenericAlias = type(list[int])


def _dropper(owner):
    """The callback for owner's references: forget a reference once its object dies.
    It holds the set only weakly, so the set itself can still be collected."""
    owner_ref = ref(owner)

    def drop(dead):
        owner = owner_ref()
        if owner is not None:
            owner.data.discard(dead)
    return drop


class WeakSet:
    """A set whose members are held by weak references; a member disappears when the
    last strong reference to it goes. Iteration walks a snapshot, so members dying
    meanwhile never disturb it."""

    __hash__ = None

    def __init__(self, data=None):
        self.data = set()
        self._drop = _dropper(self)
        if data is not None:
            self.update(data)

    def _refs(self, items):
        return {ref(item) for item in items}

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        # a reference leaves the set as its object dies, so the count is exact
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        extra = {k: v for k, v in vars(self).items() if k not in ('data', '_drop')}
        return (type(self), (list(self),), extra or None)

    __class_getitem__ = classmethod(GenericAlias)

    # -- single members -------------------------------------------------------------------

    def add(self, item):
        self.data.add(ref(item, self._drop))

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    # -- in-place set algebra ---------------------------------------------------------------

    def update(self, other):
        for item in other:
            self.add(item)

    def difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))

    def intersection_update(self, other):
        # remove what is missing from other rather than intersecting, which could keep
        # other's callback-less references in place of ours
        self.data.difference_update(self.data - self._refs(other))

    def symmetric_difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update({ref(item, self._drop) for item in other})

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    # -- new sets ---------------------------------------------------------------------------

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __or__ = union
    __sub__ = difference
    __and__ = intersection
    __xor__ = symmetric_difference

    # -- comparisons ------------------------------------------------------------------------

    def issubset(self, other):
        return self.data <= self._refs(other)

    def issuperset(self, other):
        return self.data >= self._refs(other)

    def isdisjoint(self, other):
        return self.data.isdisjoint(self._refs(other))

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs(other)
