"""Helpers shared by the unittest modules: reprs that never fail and stay short,
class names, and the element-count differences behind assertCountEqual."""

import os
from collections import Counter

__unittest = True

_MAX_LENGTH = 80        # a repr longer than this is shortened in failure messages
_PLACEHOLDER_LEN = 12   # room taken by a "[N chars]" marker
_MIN_BEGIN_LEN = 5      # characters kept at the start of a shortened common prefix
_MIN_END_LEN = 5        # characters kept at the end of a shortened tail
_MIN_COMMON_LEN = 5     # characters kept of a common prefix before the difference
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        text = text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _elide(text, keep_head, keep_tail):
    """Replace the middle of text with "[N chars]" when that saves room."""
    hidden = len(text) - keep_head - keep_tail
    if hidden <= _PLACEHOLDER_LEN:
        return text
    return '%s[%d chars]%s' % (text[:keep_head], hidden, text[len(text) - keep_tail:])


def _common_shorten_repr(*values):
    """The reprs of values, shortened together so that the place where they start to
    differ stays visible when they are long."""
    reprs = tuple(safe_repr(v) for v in values)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    shared = os.path.commonprefix(reprs)
    cut = len(shared)
    room_for_shared = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room_for_shared > _MIN_COMMON_LEN:
        head = _elide(shared, _MIN_BEGIN_LEN, room_for_shared)
        return tuple(head + r[cut:] for r in reprs)
    head = _elide(shared, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _elide(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def sorted_list_difference(expected, actual):
    """Items only in expected and items only in actual, for two sorted lists."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be sorted or hashed."""
    missing = []
    actual = list(actual)
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) for every element whose counts
    differ, comparing with == only (elements may be unhashable)."""
    firsts, seconds = list(actual), list(expected)
    counted = object()
    diffs = []
    for i, elem in enumerate(firsts):
        if elem is counted:
            continue
        n_first = 0
        for j in range(i, len(firsts)):
            if firsts[j] == elem:
                n_first += 1
                firsts[j] = counted
        n_second = 0
        for j, other in enumerate(seconds):
            if other == elem:
                n_second += 1
                seconds[j] = counted
        if n_first != n_second:
            diffs.append((n_first, n_second, elem))
    for i, elem in enumerate(seconds):
        if elem is counted:
            continue
        n_second = 0
        for j in range(i, len(seconds)):
            if seconds[j] == elem:
                n_second += 1
                seconds[j] = counted
        diffs.append((0, n_second, elem))
    return diffs


def _count_diff_hashable(actual, expected):
    """The same as _count_diff_all_purpose for hashable elements."""
    firsts, seconds = Counter(actual), Counter(expected)
    diffs = []
    for elem, n_first in firsts.items():
        n_second = seconds.get(elem, 0)
        if n_first != n_second:
            diffs.append((n_first, n_second, elem))
    for elem, n_second in seconds.items():
        if elem not in firsts:
            diffs.append((0, n_second, elem))
    return diffs
