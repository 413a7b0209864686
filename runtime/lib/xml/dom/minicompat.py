"""The node list types of minidom."""

__all__ = ["NodeList", "EmptyNodeList", "StringTypes", "defproperty"]

StringTypes = (str,)


class NodeList(list):
    """A list of nodes with the DOM's item() and length."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)

    def __setstate__(self, state):
        if state is None:
            state = []
        self[:] = state


class EmptyNodeList(tuple):
    """The shared, immutable child list of nodes that have no children."""
    __slots__ = ()

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def __radd__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def item(self, index):
        return None

    @property
    def length(self):
        return 0


def defproperty(klass, name, doc):
    """Makes klass.name a read-only property calling klass._get_name."""
    getter = getattr(klass, "_get_" + name)

    def refuse(self, value, name=name):
        raise AttributeError("attempt to modify read-only attribute "
                             + repr(name))
    setattr(klass, name, property(getter, refuse, doc=doc))
