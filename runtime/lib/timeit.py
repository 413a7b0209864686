"""Timing small pieces of Python code.

Command line: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]

  -n N, --number=N   how many times to run the statement per measurement
                     (default: grow 1, 2, 5, 10, 20, ... until a run takes 0.2 s)
  -r N, --repeat=N   how many measurements to take (default 5)
  -s S, --setup=S    code run once before each measurement (repeatable)
  -p, --process      measure process CPU time instead of wall-clock time
  -u, --unit=U       show times in nsec, usec, msec or sec
  -v, --verbose      print the raw measurements too; repeat for more digits
  -h, --help         print this text and exit

Written for Spry from the documented behaviour of CPython 3.11's timeit module."""

import gc
import itertools
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# Timed code is compiled into this function; {setup} and {stmt} are indented
# to fit, {init} binds callables passed instead of source text.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line after the first by indent spaces."""
    return src.replace('\n', '\n' + ' ' * indent)


# Without globals=, timed code runs in this module's namespace.
_globals = globals


class Timer:
    """Runs a statement many times and measures how long that takes."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        extra_parameters = ''
        if callable(setup) and not isinstance(setup, str):
            namespace['_setup'] = setup
            extra_parameters += ', _setup=_setup'
            setup_code, stmt_context = '_setup()', ''
        elif isinstance(setup, str):
            # Compiled alone first so that its own errors are reported as such.
            compile(setup, dummy_src_name, 'exec')
            setup_code, stmt_context = reindent(setup, 4), setup + '\n'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmt_context + stmt, dummy_src_name, 'exec')
            stmt_code = reindent(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            extra_parameters += ', _stmt=_stmt'
            stmt_code = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        self.src = template.format(stmt=stmt_code, setup=setup_code, init=extra_parameters)
        exec(compile(self.src, dummy_src_name, 'exec'),
             _globals() if globals is None else globals, namespace)
        self.inner = namespace['inner']

    def print_exc(self, file=None):
        """Print the current exception's traceback, showing the timed source."""
        import linecache
        import traceback
        if self.src is not None:
            lines = self.src.split('\n')
            linecache.cache[dummy_src_name] = (len(self.src), None, lines, dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement number times (setup run once)."""
        # The garbage collector is off while timing, so its pauses do not count.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(itertools.repeat(None, number), self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat timeit(number) results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count taking at least 0.2 seconds: (count, seconds)."""
        for decade in itertools.count():
            for leading in (1, 2, 5):
                loops = leading * 10 ** decade
                seconds = self.timeit(loops)
                if callback:
                    callback(loops, seconds)
                if seconds >= 0.2:
                    return loops, seconds


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line; returns None, or an exit status on failure."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        options, statements = getopt.getopt(
            args, 'n:u:s:r:tcpvh',
            ['number=', 'setup=', 'repeat=', 'time', 'clock', 'process', 'verbose',
             'unit=', 'help'])
    except getopt.error as exc:
        print(exc)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    number = 0  # 0: let autorange choose
    setups = []
    repeats = default_repeat
    verbosity = 0
    unit = None
    digits = 3
    for option, value in options:
        if option in ('-n', '--number'):
            number = int(value)
        elif option in ('-s', '--setup'):
            setups.append(value)
        elif option in ('-u', '--unit'):
            if value not in _UNITS:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
            unit = value
        elif option in ('-r', '--repeat'):
            repeats = max(int(value), 1)
        elif option in ('-p', '--process'):
            timer = time.process_time
        elif option in ('-v', '--verbose'):
            if verbosity:
                digits += 1
            verbosity += 1
        elif option in ('-h', '--help'):
            print(__doc__, end=' ')
            return 0
        # -t and -c are accepted for compatibility and do nothing.

    import os
    sys.path.insert(0, os.curdir)  # statements may import modules from here
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    measure = Timer('\n'.join(statements) or 'pass', '\n'.join(setups) or 'pass', timer)

    def shown(seconds):
        if unit is not None:
            name = unit
        else:
            name = 'nsec'
            for candidate in ('sec', 'msec', 'usec', 'nsec'):
                if seconds >= _UNITS[candidate]:
                    name = candidate
                    break
        return '%.*g %s' % (digits, seconds / _UNITS[name], name)

    if number == 0:
        def report(loops, seconds):
            print('%d loop%s -> %.*g secs' % (loops, '' if loops == 1 else 's', digits,
                                              seconds))
        try:
            number = measure.autorange(report if verbosity else None)[0]
        except BaseException:
            measure.print_exc()
            return 1
        if verbosity:
            print()
    try:
        totals = measure.repeat(repeats, number)
    except BaseException:
        measure.print_exc()
        return 1
    if verbosity:
        print('raw times: ' + ', '.join(shown(total) for total in totals))
        print()
    per_loop = [total / number for total in totals]
    best, worst = min(per_loop), max(per_loop)
    print('%d loop%s, best of %d: %s per loop'
          % (number, '' if number == 1 else 's', repeats, shown(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) '
                               'was more than four times slower than the best time (%s).'
                               % (shown(worst), shown(best)), UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
