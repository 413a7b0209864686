"""The objects CPython's site module puts in builtins: exit, quit, help, copyright,
credits and license. Spry's start-up runs this module's build-time code image and copies
them into builtins (runtime/modules/builtins.c) without registering the module; `_help`
is set to the built-in help function before the body runs."""


class Quitter(object):
    """exit and quit: calling one ends the program (SystemExit); its repr says how."""

    def __init__(self, name, eof):
        self.name, self.eof = name, eof

    def __repr__(self):
        return f'Use {self.name}() or {self.eof} to exit'

    def __call__(self, code=None):
        # Like CPython's, close stdin first, whatever state it is in.
        import sys
        stdin = sys.stdin
        try:
            stdin.close()
        except:
            pass
        raise SystemExit(code)


class _Printer(object):
    """copyright, credits, license: a text shown as the repr and printed by a call."""

    def __init__(self, name, data):
        self.__name, self.__data = name, data

    def __repr__(self):
        return self.__data

    def __call__(self):
        print(self.__data)


class _Helper(object):
    """help: a call goes to the built-in help function."""

    def __repr__(self):
        return 'Type help() for interactive help, or help(object) for help about object.'

    def __call__(self, *args, **kwds):
        return _help(*args, **kwds)


_EOF = 'Ctrl-D (i.e. EOF)'
exit, quit = Quitter('exit', _EOF), Quitter('quit', _EOF)
help = _Helper()
copyright = _Printer('copyright', 'Copyright (c) the Spry developers.')
credits = _Printer('credits', '    Thanks to the CPython developers, whose behaviour Spry follows.')
license = _Printer('license', 'See the LICENSE file of the Spry distribution.')
