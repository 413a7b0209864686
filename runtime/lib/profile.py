"""The pure-Python profiler, with CPython's profile interface and statistics.

Written for Spry from the documented behaviour: built-ins are reported as ':0(name)', the
profiler itself and the profiled command as the pseudo-functions 'profile:0(profiler)' and
'profile:0(<command>)'."""

import sys
import time

__all__ = ["run", "runctx", "Profile"]


def run(statement, filename=None, sort=-1):
    from cProfile import _Utils
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    from cProfile import _Utils
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class _Call:
    """A call being timed: the function's key, its frame, when it started and how much
    of that time went to its callees."""
    __slots__ = ('fn', 'frame', 'start', 'sub')

    def __init__(self, fn, frame, start):
        self.fn = fn
        self.frame = frame
        self.start = start
        self.sub = 0.0


class Profile:
    """Profile(timer=None, bias=None)"""

    bias = 0

    def __init__(self, timer=None, bias=None):
        self.timer = self.get_time = timer or time.process_time
        self.bias = self.bias if bias is None else bias
        self.timings = {}    # fn -> [primitive calls, total tt, total ct, callers]
        self._stack = []
        self._depth = {}
        self.cmd = ""
        self.dispatcher = self.trace_dispatch
        self._push(('profile', 0, 'profiler'), None)

    def _now(self):
        t = self.timer()
        return t - self.bias if self.bias else t

    def _push(self, fn, frame):
        if fn not in self.timings:
            self.timings[fn] = [0, 0.0, 0.0, {}]
        self._depth[fn] = self._depth.get(fn, 0) + 1
        self._stack.append(_Call(fn, frame, self._now()))

    def _pop(self):
        call = self._stack.pop()
        elapsed = self._now() - call.start
        record = self.timings[call.fn]
        record[1] += elapsed - call.sub
        self._depth[call.fn] -= 1
        if self._depth[call.fn] == 0:
            record[0] += 1
            record[2] += elapsed
        if self._stack:
            parent = self._stack[-1]
            parent.sub += elapsed
            callers = record[3]
            callers[parent.fn] = callers.get(parent.fn, 0) + 1

    def trace_dispatch(self, frame, event, arg):
        if event == 'call':
            code = frame.f_code
            self._push((code.co_filename, code.co_firstlineno, code.co_name), frame)
        elif event == 'c_call':
            self._push(('', 0, getattr(arg, '__name__', '?')), None)
        elif event in ('c_return', 'c_exception'):
            if len(self._stack) > 1 and self._stack[-1].frame is None:
                self._pop()
        elif event == 'return':
            if any(c.frame is frame for c in self._stack):
                while self._stack[-1].frame is not frame:
                    self._pop()
                self._pop()

    def set_cmd(self, cmd):
        if len(self._stack) > 1:
            return
        self.cmd = cmd
        self._push(('profile', 0, cmd), None)

    def simulate_cmd_complete(self):
        while len(self._stack) > 1:
            self._pop()

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for fn, (cc, tt, ct, callers) in self.timings.items():
            callers = dict(callers)
            self.stats[fn] = cc, sum(callers.values()), tt, ct, callers

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        return self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    def calibrate(self, m, verbose=0):
        raise NotImplementedError("profile.Profile.calibrate is not provided")


def main():
    import os
    from cProfile import _usage
    args = sys.argv[1:]
    outfile, sort = None, -1
    while args and args[0].startswith('-'):
        opt = args.pop(0)
        if opt in ('-o', '--outfile') and args:
            outfile = os.path.abspath(args.pop(0))
        elif opt in ('-s', '--sort') and args:
            sort = args.pop(0)
        else:
            print(_usage.replace('cProfile', 'profile'), file=sys.stderr)
            sys.exit(2)
    if not args:
        print(_usage.replace('cProfile', 'profile'), file=sys.stderr)
        sys.exit(2)
    sys.argv[:] = args
    progname = args[0]
    sys.path.insert(0, os.path.dirname(progname))
    with open(progname, 'rb') as fp:
        code = compile(fp.read(), progname, 'exec')
    globs = {'__file__': progname, '__name__': '__main__', '__package__': None,
             '__cached__': None}
    runctx(code, globs, None, outfile, sort)


if __name__ == '__main__':
    main()
