"""Topological ordering of a graph of hashable nodes: TopologicalSorter."""

from types import GenericAlias

__all__ = ['TopologicalSorter', 'CycleError']

# A node's pending-predecessor count doubles as its state once it is ready:
_HANDED_OUT = -1    # returned by get_ready(), not yet done()
_FINISHED = -2      # marked done()


class _Vertex:
    __slots__ = ('pending', 'followers')

    def __init__(self):
        self.pending = 0        # predecessors not yet done
        self.followers = []     # nodes that name this one as a predecessor


class CycleError(ValueError):
    """The graph has a cycle.  args[1] lists the nodes of one cycle, the first
    node repeated at the end (each node a predecessor of the next)."""


class TopologicalSorter:
    """Orders the nodes of a graph so that every node comes after its
    predecessors; graph maps nodes to iterables of their predecessors."""

    def __init__(self, graph=None):
        self._vertices = {}
        self._ready = None      # None until prepare()
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, before in graph.items():
                self.add(node, *before)

    def _vertex(self, node):
        vertex = self._vertices.get(node)
        if vertex is None:
            vertex = self._vertices[node] = _Vertex()
        return vertex

    def add(self, node, *predecessors):
        """Add node, with predecessors that must come before it."""
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        self._vertex(node).pending += len(predecessors)
        for before in predecessors:
            self._vertex(before).followers.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (raising CycleError)."""
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [node for node, v in self._vertices.items() if v.pending == 0]
        cycle = self._some_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def _some_cycle(self):
        # Depth-first search from every node in insertion order, following
        # successors in the order they were added; the first edge back into
        # the current path closes the cycle that is reported.
        visited = set()
        for root in self._vertices:
            if root in visited:
                continue
            path = [root]
            depth_of = {root: 0}
            visited.add(root)
            branches = [iter(self._vertices[root].followers)]
            while branches:
                nxt = next(branches[-1], _Vertex)
                if nxt is _Vertex:
                    # This node is exhausted: step back.
                    branches.pop()
                    del depth_of[path.pop()]
                    continue
                if nxt in depth_of:
                    return path[depth_of[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                depth_of[nxt] = len(path)
                path.append(nxt)
                branches.append(iter(self._vertices[nxt].followers))
        return None

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done and that were
        not returned before (empty when there are none right now)."""
        self._require_prepared()
        batch = tuple(self._ready)
        for node in batch:
            self._vertices[node].pending = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """True while some node is ready or handed out but not done."""
        self._require_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (returned by get_ready) as processed, which may make
        their successors ready."""
        self._require_prepared()
        for node in nodes:
            vertex = self._vertices.get(node)
            if vertex is None:
                raise ValueError(f'node {node!r} was not added using add()')
            if vertex.pending == _FINISHED:
                raise ValueError(f'node {node!r} was already marked done')
            if vertex.pending != _HANDED_OUT:
                raise ValueError(f'node {node!r} was not passed out (still not ready)')
            vertex.pending = _FINISHED
            for follower in vertex.followers:
                after = self._vertices[follower]
                after.pending -= 1
                if after.pending == 0:
                    self._ready.append(follower)
            self._finished += 1

    def static_order(self):
        """All nodes, in one valid order (prepares the sorter)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
