# OSError parses its arguments in __new__, unless a subclass overrides __init__ but not
# __new__: then __init__ parses them, and a subclass __init__ that never calls up leaves
# args empty (urllib.error.HTTPError relies on this).


class InitOnly(OSError):
    def __init__(self, a, b):
        self.pair = (a, b)


class InitCallsUp(OSError):
    def __init__(self, *args):
        super().__init__(*args)


class Plain(OSError):
    pass


class NewOnly(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class NewAndInit(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)

    def __init__(self, *args):
        pass


class KeywordsUp(OSError):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


e = InitOnly(1, 2)
print(e.args, e.errno, e.strerror, e.pair, str(e) == '')
for cls in (InitCallsUp, Plain, NewOnly, NewAndInit):
    e = cls(2, 'missing', 'f.txt')
    print(cls.__name__, e.args, e.errno, e.strerror, e.filename, str(e))
e = NewAndInit(5)
print(e.args, e.errno)
e = InitCallsUp(13, 'denied')
OSError.__init__(e, 1, 'ignored?')
print(e.args, e.errno, e.strerror)
p = Plain(7, 'x')
OSError.__init__(p, 9, 'y')
print(p.args, p.errno)
for cls in (OSError, Plain, InitCallsUp, KeywordsUp, NewOnly):
    try:
        cls(1, x=2)
    except TypeError as exc:
        print(cls.__name__, exc)
print(type(OSError(2, 'no')).__name__, type(Plain(2, 'no')).__name__)
