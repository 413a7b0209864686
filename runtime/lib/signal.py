"""Set handlers for asynchronous events (the _signal module plus enums)."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


class ItimerError(OSError):
    pass


ItimerError.__module__ = 'signal'


def _members(predicate):
    # Aliases (SIGIOT, SIGCLD, SIGPOLL) sort after the canonical name of their value.
    names = sorted((v, k) for k, v in vars(_signal).items() if isinstance(v, int) and predicate(k))
    return [(k, v) for v, k in names]


Signals = _IntEnum('Signals', _members(
    lambda name: name.startswith('SIG') and not name.startswith('SIG_')), module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', SIG_DFL), ('SIG_IGN', SIG_IGN)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', SIG_BLOCK), ('SIG_UNBLOCK', SIG_UNBLOCK),
                                 ('SIG_SETMASK', SIG_SETMASK)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _int_to_enum(value, enum_klass):
    """The enum member for value when there is one, else value itself."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


for _f in (signal, getsignal, pthread_sigmask, sigpending, valid_signals):
    _f.__doc__ = getattr(_signal, _f.__name__).__doc__
del _f
