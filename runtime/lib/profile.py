# profile: a deterministic profiler built on sys.setprofile.
#
# The engine here serves cProfile too; the two differ only in how they name
# built-in functions, what a caller entry holds, and the bookkeeping entries
# CPython's versions add around a profiled command.

import marshal
import os
import sys
import time

__all__ = ["run", "runctx", "Profile"]

# Fields of an open activation (one per profiled frame or C call in progress).
_KEY, _IDENT, _START, _CHILDREN, _CALLER, _PRIMITIVE, _EDGE_PRIMITIVE = range(7)
_PROFILER = ('profile', 0, 'profiler')


class Profile:
    bias = 0
    _default_timer = staticmethod(time.process_time)

    def __init__(self, timer=None, bias=None):
        self.timer = timer or self._default_timer
        if bias is not None:
            self.bias = bias
        self.stats = {}
        self._reset()

    def _reset(self):
        self._table = {}         # key -> [primitive calls, calls, own time, cum time, callers]
        self._stack = []         # open activations, innermost last
        self._depth = {}         # key -> how many activations of it are open
        self._edge_depth = {}    # (caller, key) -> how many such calls are open
        self._overhead = 0.0     # time spent inside the hook, kept out of the results

    # -- naming ---------------------------------------------------------------

    def _builtin_key(self, func):
        return ('', 0, getattr(func, '__name__', repr(func)))

    def _root_caller(self):
        return self._stack[-1][_KEY] if self._stack else None

    # -- the hook -------------------------------------------------------------

    def _now(self):
        return self.timer() - self._overhead

    def _hook(self, frame, event, arg):
        entered = self.timer()
        now = entered - self._overhead
        if event == 'call':
            code = frame.f_code
            if not self._skips(code):
                self._enter((code.co_filename, code.co_firstlineno, code.co_name), frame, now)
        elif event == 'return':
            if self._stack and self._stack[-1][_IDENT] is frame:
                self._leave(now)
        elif event == 'c_call':
            if self._counts_builtins():
                self._enter(self._builtin_key(arg), arg, now)
        elif self._stack and self._stack[-1][_IDENT] is arg:
            self._leave(now)      # c_return or c_exception
        # The hook's own time is measured; bias is a further per-event allowance.
        self._overhead += self.timer() - entered + self.bias

    def _skips(self, code):
        return False

    def _counts_builtins(self):
        return True

    def _enter(self, key, ident, now):
        caller = self._root_caller()
        primitive = not self._depth.get(key)
        self._depth[key] = self._depth.get(key, 0) + 1
        entry = self._table.get(key)
        if entry is None:
            entry = self._table[key] = [0, 0, 0.0, 0.0, {}]
        entry[1] += 1
        if primitive:
            entry[0] += 1
        edge_primitive = False
        if caller is not None:
            edge = (caller, key)
            edge_primitive = not self._edge_depth.get(edge)
            self._edge_depth[edge] = self._edge_depth.get(edge, 0) + 1
            self._count_edge(entry[4], caller, edge_primitive)
        self._stack.append([key, ident, now, 0.0, caller, primitive, edge_primitive])

    def _count_edge(self, callers, caller, primitive):
        callers[caller] = callers.get(caller, 0) + 1

    def _time_edge(self, callers, caller, own, elapsed, primitive):
        pass

    def _leave(self, now):
        record = self._stack.pop()
        key = record[_KEY]
        elapsed = now - record[_START]
        own = elapsed - record[_CHILDREN]
        entry = self._table[key]
        entry[2] += own
        if record[_PRIMITIVE]:
            entry[3] += elapsed
        self._depth[key] -= 1
        caller = record[_CALLER]
        if caller is not None:
            self._edge_depth[(caller, key)] -= 1
            self._time_edge(entry[4], caller, own, elapsed, record[_EDGE_PRIMITIVE])
        if self._stack:
            self._stack[-1][_CHILDREN] += elapsed

    def _close_all(self):
        now = self._now()
        while self._stack and self._stack[-1][_KEY] != _PROFILER:
            self._leave(now)
        self._stack.clear()

    # -- the command being profiled ------------------------------------------

    def set_cmd(self, cmd):
        # CPython's profile shows the command as called by a 'profiler' entry.
        if self._stack:
            return
        self._table.setdefault(_PROFILER, [0, 0, 0.0, 0.0, {}])
        self._stack.append([_PROFILER, None, self._now(), 0.0, None, False, False])
        self._enter(('profile', 0, cmd if isinstance(cmd, str) else repr(cmd)), None, self._now())

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self._hook)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self._hook)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    # -- results --------------------------------------------------------------

    def create_stats(self):
        self._close_all()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for key, (cc, nc, tt, ct, callers) in self._table.items():
            self.stats[key] = (cc, nc, tt, ct, self._export_callers(callers))

    def _export_callers(self, callers):
        return dict(callers)

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        self.create_stats()
        with open(file, 'wb') as f:
            marshal.dump(self.stats, f)


def _report(profiler, filename, sort):
    if filename is not None:
        profiler.dump_stats(filename)
    else:
        profiler.print_stats(sort)


def run(statement, filename=None, sort=-1):
    return _run_with(Profile(), statement, None, None, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _run_with(Profile(), statement, globals, locals, filename, sort)


def _run_with(profiler, statement, globals, locals, filename, sort):
    try:
        if globals is None:
            profiler.run(statement)
        else:
            profiler.runctx(statement, globals, locals)
    except SystemExit:
        pass
    finally:
        _report(profiler, filename, sort)


# -- command line (shared with cProfile) ---------------------------------------

def _command_line(module, profiler_class, default_sort, module_help, argv):
    import optparse
    import pstats
    # The program name is fixed: under -m, sys.argv[0] is not the module's file here.
    parser = optparse.OptionParser(
        prog=module + ".py",
        usage="%prog [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...")
    # Options after the script name belong to the script.
    parser.disable_interspersed_args()
    parser.add_option('-o', '--outfile', dest="outfile", default=None,
                      help="Save stats to <outfile>")

    def add_module_flag():
        parser.add_option('-m', dest="as_module", action="store_true", default=False,
                          help=module_help)

    # The two modules list their options in different orders in --help.
    if module == 'profile':
        add_module_flag()
    parser.add_option('-s', '--sort', dest="sort", default=default_sort,
                      type="choice", choices=sorted(pstats.Stats.sort_arg_dict_default),
                      help="Sort order when printing to stdout, based on pstats.Stats class")
    if module != 'profile':
        add_module_flag()
    options, args = parser.parse_args(argv)
    if not args:
        parser.print_usage()
        sys.exit(2)
    outfile = options.outfile
    if outfile is not None:
        outfile = os.path.abspath(outfile)
    sys.argv[:] = args
    if options.as_module:
        import runpy
        # Profiled as a statement so that the run shows up under exec.
        code = "_run(_name, run_name='__main__', alter_sys=True)"
        namespace = {'_run': runpy.run_module, '_name': args[0]}
    else:
        progname = args[0]
        sys.path.insert(0, os.path.dirname(progname))
        with open(progname, 'rb') as f:
            code = compile(f.read(), progname, 'exec')
        namespace = {'__file__': progname, '__name__': '__main__',
                     '__package__': None, '__cached__': None}
    try:
        _run_with(profiler_class(), code, namespace, None, outfile, options.sort)
    except BrokenPipeError as exc:
        # The reader went away (`| head`): exit quietly, as CPython does.
        sys.stdout = None
        sys.exit(exc.errno)


def main():
    _command_line('profile', Profile, -1, "Profile a library module.", sys.argv[1:])


if __name__ == '__main__':
    main()
