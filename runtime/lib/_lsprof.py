"""The deterministic profiler behind cProfile (CPython's is C; this one is written in
Python on top of sys.setprofile, with the same interface and statistics)."""

import sys
import time

__all__ = ['Profiler', 'profiler_entry', 'profiler_subentry']


class profiler_entry(tuple):
    """(code, callcount, reccallcount, totaltime, inlinetime, calls)"""
    n_fields = 6
    code = property(lambda self: self[0])
    callcount = property(lambda self: self[1])
    reccallcount = property(lambda self: self[2])
    totaltime = property(lambda self: self[3])
    inlinetime = property(lambda self: self[4])
    calls = property(lambda self: self[5])


class profiler_subentry(tuple):
    """(code, callcount, reccallcount, totaltime, inlinetime)"""
    n_fields = 5
    code = property(lambda self: self[0])
    callcount = property(lambda self: self[1])
    reccallcount = property(lambda self: self[2])
    totaltime = property(lambda self: self[3])
    inlinetime = property(lambda self: self[4])


class _Entry:
    __slots__ = ('key', 'callcount', 'reccallcount', 'tt', 'it', 'level', 'calls')

    def __init__(self, key):
        self.key = key
        self.callcount = self.reccallcount = self.level = 0
        self.tt = self.it = 0.0
        self.calls = None


def _builtin_label(fn):
    """CPython's name for a built-in in profiles."""
    self_ = getattr(fn, '__self__', None)
    name = getattr(fn, '__name__', '?')
    if self_ is None or type(self_).__name__ == 'module':
        mod = getattr(fn, '__module__', None)
        if mod is None and self_ is not None:
            mod = self_.__name__
        if mod:
            return '<built-in method %s.%s>' % (mod, name)
        return '<built-in method %s>' % name
    tp = type(self_)
    for klass in tp.__mro__:
        descr = klass.__dict__.get(name)
        if descr is not None:
            return repr(descr)
    return '<built-in method %s of %s object>' % (name, tp.__name__)


_DISABLE = "<method 'disable' of '_lsprof.Profiler' objects>"


class Profiler:
    """Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)"""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer if timer is not None else time.perf_counter
        self._unit = timeunit if timer is not None else 1.0
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        self._entries = {}
        self._stack = []   # [entry, subentry or None, start, time in subcalls]
        self._labels = {}

    def _now(self):
        t = self._timer()
        return t * self._unit if self._unit else t

    def _entry(self, table, key):
        e = table.get(key)
        if e is None:
            e = table[key] = _Entry(key)
        return e

    def _start(self, key):
        entry = self._entry(self._entries, key)
        sub = None
        if self._subcalls and self._stack:
            caller = self._stack[-1][0]
            if caller.calls is None:
                caller.calls = {}
            sub = self._entry(caller.calls, key)
            sub.level += 1
        entry.level += 1
        self._stack.append([entry, sub, self._now(), 0.0])

    def _stop(self):
        entry, sub, start, subt = self._stack.pop()
        tt = self._now() - start
        it = tt - subt
        if self._stack:
            self._stack[-1][3] += tt
        for e in (entry, sub):
            if e is None:
                continue
            e.level -= 1
            if e.level == 0:
                e.tt += tt
            else:
                e.reccallcount += 1
            e.it += it
            e.callcount += 1

    def _dispatch(self, frame, event, arg):
        if event == 'call':
            code = frame.f_code
            if code is _disable_code:
                self._start(_DISABLE)
            else:
                self._start(code)
        elif event == 'return':
            if self._stack:
                self._stop()
        elif event == 'c_call':
            if self._builtins and arg is not _setprofile:
                key = self._labels.get(arg)
                if key is None:
                    key = self._labels[arg] = _builtin_label(arg)
                self._start(key)
        elif event in ('c_return', 'c_exception'):
            if self._builtins and self._stack and arg is not _setprofile:
                self._stop()

    def enable(self, subcalls=True, builtins=True):
        """Start collecting profiling information."""
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        sys.setprofile(self._dispatch)

    def disable(self):
        """Stop collecting profiling information."""
        sys.setprofile(None)
        while self._stack:
            self._stop()

    def clear(self):
        """Clear all profiling information collected so far."""
        self._entries = {}
        self._stack = []

    def getstats(self):
        """list of profiler_entry objects"""
        result = []
        for e in self._entries.values():
            calls = None
            if e.calls is not None:
                calls = [profiler_subentry((s.key, s.callcount, s.reccallcount, s.tt, s.it))
                         for s in e.calls.values()]
            result.append(profiler_entry((e.key, e.callcount, e.reccallcount, e.tt, e.it, calls)))
        return result


_disable_code = Profiler.disable.__code__
_setprofile = sys.setprofile
