"""Topological sorting of graphs (graphlib.TopologicalSorter).

Written for Spry from the documented behaviour of CPython 3.11's graphlib.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Special values of _NodeInfo.npredecessors once a node left the count.
_NODE_OUT = -1   # returned by get_ready(), not yet done()
_NODE_DONE = -2  # done() was called


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0  # predecessors not yet done
        self.successors = []    # in the order they were added


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is one cycle,
    a list of nodes each a predecessor of the next, first and last equal.
    """


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None  # a list once prepare() ran
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Adds node with the given predecessors (unknown predecessors are added
        too; repeated calls add to the set).  ValueError after prepare().
        """
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Ends the graph: no more add().  Raises CycleError if there is a
        cycle; get_ready() still hands out what does not depend on it.
        """
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done and that were not
        handed out yet (empty when none).  ValueError before prepare().
        """
        self._check_prepared()
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Whether more nodes can come: some are ready or handed out and not
        done.  ValueError before prepare().
        """
        self._check_prepared()
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes handed out by get_ready() as processed, which may make
        their successors ready.  ValueError for unknown nodes, nodes not handed
        out or already done, and before prepare().
        """
        self._check_prepared()
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.npredecessors != _NODE_OUT:
                if info.npredecessors >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                successor_info = n2i[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        """A depth-first search from each node in insertion order, following
        successors in the order they were added; returns the first cycle
        met as [a, ..., a], or None."""
        n2i = self._node2info
        seen = set()
        for start in n2i:
            if start in seen:
                continue
            path = [start]                 # the current DFS path
            on_path = {start: 0}           # node -> index in path
            pending = [iter(n2i[start].successors)]
            seen.add(start)
            while pending:
                node = next(pending[-1], _EXHAUSTED)
                if node is _EXHAUSTED:
                    pending.pop()
                    del on_path[path.pop()]
                    continue
                if node in on_path:
                    return path[on_path[node]:] + [node]
                if node in seen:
                    continue
                seen.add(node)
                on_path[node] = len(path)
                path.append(node)
                pending.append(iter(n2i[node].successors))
        return None

    def static_order(self):
        """The nodes in one topological order (prepare() is called; CycleError if
        there is a cycle).
        """
        self.prepare()
        while self.is_active():
            node_group = self.get_ready()
            yield from node_group
            self.done(*node_group)

    __class_getitem__ = classmethod(GenericAlias)


_EXHAUSTED = object()
