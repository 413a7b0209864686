# cProfile: CPython's C profiler interface. In Spry it runs on the same
# Python engine as profile (sys.setprofile), so it is slower than CPython's;
# the results are laid out and named the way CPython's cProfile reports them.

import sys
import time

import profile as _engine

__all__ = ["run", "runctx", "Profile"]

# CPython's profiler reports turning itself off as a call of this C method.
_DISABLE_KEY = ('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>")


def _builtin_name(func):
    owner = getattr(func, '__self__', None)
    name = getattr(func, '__name__', '?')
    if hasattr(func, '__objclass__'):
        return repr(func)
    if owner is None or type(owner) is type(sys):
        module = getattr(func, '__module__', None)
        if module:
            return '<built-in method %s.%s>' % (module, name)
        return '<built-in method %s>' % name
    # A method bound to an object: named after the type attribute it came from.
    for klass in type(owner).__mro__:
        found = klass.__dict__.get(name)
        if found is not None:
            return repr(found)
    return '<built-in method %s>' % name


class Profile(_engine.Profile):
    _default_timer = staticmethod(time.perf_counter)

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        if timer is not None and timeunit:
            raw = timer
            timer = lambda: raw() * timeunit
        super().__init__(timer)
        self._subcalls = subcalls
        self._builtins = builtins
        self._enabled = False

    def _builtin_key(self, func):
        if func is sys.setprofile:
            return _DISABLE_KEY
        return ('~', 0, _builtin_name(func))

    def _counts_builtins(self):
        return self._builtins

    def _skips(self, code):
        return code is Profile.disable.__code__

    def _count_edge(self, callers, caller, primitive):
        if self._subcalls:
            edge = callers.get(caller)
            if edge is None:
                edge = callers[caller] = [0, 0, 0.0, 0.0]
            edge[0] += 1
            if primitive:
                edge[1] += 1

    def _time_edge(self, callers, caller, own, elapsed, primitive):
        edge = callers.get(caller)
        if edge is not None:
            edge[2] += own
            if primitive:
                edge[3] += elapsed

    def _export_callers(self, callers):
        return {caller: tuple(edge) for caller, edge in callers.items()}

    def enable(self, subcalls=None, builtins=None):
        # Without arguments the constructor's choices stay (as in CPython).
        if subcalls is not None:
            self._subcalls = subcalls
        if builtins is not None:
            self._builtins = builtins
        self._enabled = True
        sys.setprofile(self._hook)

    def disable(self):
        # Checked with a flag: asking sys.getprofile() would itself be profiled.
        if self._enabled:
            self._enabled = False
            sys.setprofile(None)
        self._close_all()

    def clear(self):
        self._reset()

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def _while_enabled(self, func, args, kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def runctx(self, cmd, globals, locals):
        self._while_enabled(exec, (cmd, globals, locals), {})
        return self

    def runcall(self, func, /, *args, **kw):
        return self._while_enabled(func, args, kw)

    # As a context manager the profiler is on for the body of the with block.
    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.disable()


def run(statement, filename=None, sort=-1):
    return _engine._run_with(Profile(), statement, None, None, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _engine._run_with(Profile(), statement, globals, locals, filename, sort)


def main():
    _engine._command_line('cProfile', Profile, 'cumulative', "Profile a library module",
                          sys.argv[1:])


if __name__ == '__main__':
    main()
