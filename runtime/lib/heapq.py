"""Heap queue algorithm (a.k.a. priority queue).

Written for Spry from the documented behaviour of CPython 3.11's heapq:
heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2].
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check_list(heap, name):
    if not isinstance(heap, list):
        which = "argument" if name in ("heappop", "heapify") else "argument 1"
        raise TypeError("%s() %s must be list, not %s"
                        % (name, which, "None" if heap is None else type(heap).__name__))


def _sift_up(heap, pos):
    # Move the item at pos towards the root until its parent is not larger.
    item = heap[pos]
    while pos > 0:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _sift_down(heap, pos):
    # Move the item at pos down, swapping with its smaller child.
    endpos = len(heap)
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        else:
            break
    heap[pos] = item


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, "heappush")
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop")
    return _pop_top(heap, _sift_down)


def _pop_top(heap, sift_down):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        sift_down(heap, 0)
        return result
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    result = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return result


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def _sift_down_max(heap, pos):
    endpos = len(heap)
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[right] < heap[child]:
            child = right
        if item < heap[child]:
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        else:
            break
    heap[pos] = item


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_down_max(x, i)


def _heappop_max(heap):
    _check_list(heap, "_heappop_max")
    return _pop_top(heap, _sift_down_max)


def _heapreplace_max(heap, item):
    result = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0)
    return result


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    # A heap of [sort value, tie-break, next] entries (plus the item, between the
    # tie-break and next, when a key computes the sort value), one per input that still
    # has items; the tie-break (input position, negated for reverse order so the max
    # heap also prefers earlier inputs) keeps the merge stable.
    if reverse:
        make_heap, pop_top, replace_top, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop_top, replace_top, sign = heapify, heappop, heapreplace, 1
    entries = []
    for position, it in enumerate(map(iter, iterables)):
        advance = it.__next__
        try:
            item = advance()
        except StopIteration:
            continue
        if key is None:
            entries.append([item, position * sign, advance])
        else:
            entries.append([key(item), position * sign, item, advance])
    make_heap(entries)
    while len(entries) > 1:
        try:
            if key is None:
                while True:
                    top = entries[0]
                    yield top[0]
                    top[0] = top[2]()
                    replace_top(entries, top)
            else:
                while True:
                    top = entries[0]
                    yield top[2]
                    item = top[3]()
                    top[0] = key(item)
                    top[2] = item
                    replace_top(entries, top)
        except StopIteration:
            pop_top(entries)
    if entries:
        # The last input needs no heap.
        top = entries[0]
        yield top[0] if key is None else top[2]
        advance = top[-1]
        while True:
            try:
                item = advance()
            except StopIteration:
                return
            yield item


def _fewest(n, iterable, key, largest):
    # Returns sorted(iterable, key=key, reverse=largest)[:n] for 1 < n < len(iterable)
    # in one pass: a heap of the n best so far whose top is the worst of them, so most
    # items cost one comparison with the top. Entries are (sort value, order[, item]);
    # the order makes earlier items win ties, as the stable sort does, and is unique, so
    # items themselves are never compared beyond their sort values.
    if largest:
        make_heap, replace_top, step = heapify, heapreplace, -1
    else:
        make_heap, replace_top, step = _heapify_max, _heapreplace_max, 1
    it = iter(iterable)
    if key is None:
        best = [(item, order) for order, item in zip(range(0, n * step, step), it)]
    else:
        best = [(key(item), order, item) for order, item in zip(range(0, n * step, step), it)]
    if not best:
        return best
    make_heap(best)
    worst = best[0][0]
    order = n * step
    for item in it:
        value = item if key is None else key(item)
        if (worst < value) if largest else (value < worst):
            replace_top(best, (value, order) if key is None else (value, order, item))
            worst = best[0][0]
            order += step
    best.sort(reverse=largest)
    return [entry[-1] for entry in best] if key is not None else [entry[0] for entry in best]


def _fewest_shortcut(n, iterable, key, largest):
    # The cases needing no heap: n <= 1, or n at least the length of a sized input.
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        pick = max if largest else min
        if key is None:
            result = pick(it, default=sentinel)
        else:
            result = pick(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        return None
    if n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    return None


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    result = _fewest_shortcut(n, iterable, key, False)
    return _fewest(n, iterable, key, False) if result is None else result


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    result = _fewest_shortcut(n, iterable, key, True)
    return _fewest(n, iterable, key, True) if result is None else result


# The C versions, where the runtime has them (the definitions above are the fallback).
try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heappop_max, _heapify_max, _heapreplace_max
except ImportError:
    pass
