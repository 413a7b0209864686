"""Python interface for the deterministic profiler _lsprof (CPython's cProfile API).

Written for Spry from the documented interface."""

import _lsprof
import sys

__all__ = ["run", "runctx", "Profile"]


def run(statement, filename=None, sort=-1):
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class _Utils:
    """run/runctx shared with profile: run, then dump or print the statistics."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def _show(self, prof, filename, sort):
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=None, subcalls=True, builtins=True)"""

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        entries = self.getstats()
        self.stats = {}
        callersdicts = {}
        for entry in entries:
            func = label(entry.code)
            nc = entry.callcount
            cc = nc - entry.reccallcount
            callers = {}
            callersdicts[id(entry.code)] = callers
            self.stats[func] = cc, nc, entry.inlinetime, entry.totaltime, callers
        for entry in entries:
            if entry.calls:
                func = label(entry.code)
                for sub in entry.calls:
                    callers = callersdicts.get(id(sub.code))
                    if callers is None:
                        continue
                    nc = sub.callcount
                    cc = nc - sub.reccallcount
                    tt = sub.inlinetime
                    ct = sub.totaltime
                    if func in callers:
                        prev = callers[func]
                        nc += prev[0]
                        cc += prev[1]
                        tt += prev[2]
                        ct += prev[3]
                    callers[func] = nc, cc, tt, ct

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        return self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


_usage = "Usage: cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."


def main():
    import os
    args = sys.argv[1:]
    outfile, sort, module = None, -1, False
    while args and args[0].startswith('-') and args[0] != '-':
        opt = args.pop(0)
        if opt in ('-o', '--outfile') and args:
            outfile = os.path.abspath(args.pop(0))
        elif opt in ('-s', '--sort') and args:
            sort = args.pop(0)
        elif opt == '-m':
            module = True
            break
        else:
            print(_usage, file=sys.stderr)
            sys.exit(2)
    if not args:
        print(_usage, file=sys.stderr)
        sys.exit(2)
    sys.argv[:] = args
    if module:
        import importlib.util
        spec = importlib.util.find_spec(args[0])
        progname = spec.origin
    else:
        progname = args[0]
        sys.path.insert(0, os.path.dirname(progname))
    with open(progname, 'rb') as fp:
        code = compile(fp.read(), progname, 'exec')
    globs = {'__file__': progname, '__name__': '__main__', '__package__': None,
             '__cached__': None}
    try:
        runctx(code, globs, None, outfile, sort)
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)


if __name__ == '__main__':
    main()
