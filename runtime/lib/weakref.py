"""weakref: weak references and the containers and helpers built on them, written here
from the library reference. The two weak mappings live in _weakref_mappings and are
loaded on first use, so importing weakref stays cheap."""

import sys
from _weakref import (ref, proxy, getweakrefcount, getweakrefs, ReferenceType,
                      ProxyType, CallableProxyType, _remove_dead_weakref)
from _weakrefset import WeakSet

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

ProxyTypes = (ProxyType, CallableProxyType)

_FROM_MAPPINGS = ('WeakValueDictionary', 'WeakKeyDictionary', 'KeyedRef')


def __getattr__(name):
    if name in _FROM_MAPPINGS:
        import _weakref_mappings
        value = getattr(_weakref_mappings, name)
        globals()[name] = value
        return value
    raise AttributeError("module 'weakref' has no attribute %r" % (name,))


class WeakMethod(ref):
    """A weak reference to a bound method: bound methods are made afresh on each attribute
    access, so this holds the instance and the function weakly and rebinds them on call.
    It dies (and calls back once) when either of them goes."""

    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            owner = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def expire(dead, self_ref=None):
            self = self_ref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, owner, lambda dead: expire(dead, self_ref))
        self_ref = ref(self)
        self._func_ref = ref(func, lambda dead: expire(dead, self_ref))
        self._meth_type = type(meth)
        self._alive = True
        return self

    def __call__(self):
        owner = ref.__call__(self)
        func = self._func_ref()
        if owner is None or func is None:
            return None
        return self._meth_type(func, owner)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class _FinalizerRecord:
    __slots__ = ('ref', 'func', 'args', 'kwargs', 'atexit', 'order')


class finalize:
    """Calls func(*args, **kwargs) once, when obj is collected, when called, or (if
    .atexit is true) at interpreter exit, whichever comes first."""

    __slots__ = ()
    # live finalizers -> their records; class-level so finalizers outlive their handles
    _live = {}
    _created = 0
    _exit_hook_installed = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hook_installed:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._exit_hook_installed = True
        record = _FinalizerRecord()
        record.ref = ref(obj, self)
        record.func = func
        record.args = args
        record.kwargs = kwargs or None
        record.atexit = True
        finalize._created += 1
        record.order = finalize._created
        finalize._live[self] = record

    def __call__(self, _=None):
        record = finalize._live.pop(self, None)
        if record is not None:
            return record.func(*record.args, **(record.kwargs or {}))

    def detach(self):
        record = finalize._live.get(self)
        obj = record and record.ref()
        if obj is not None and finalize._live.pop(self, None):
            return (obj, record.func, record.args, record.kwargs or {})

    def peek(self):
        record = finalize._live.get(self)
        obj = record and record.ref()
        if obj is not None:
            return (obj, record.func, record.args, record.kwargs or {})

    @property
    def alive(self):
        return self in finalize._live

    @property
    def atexit(self):
        record = finalize._live.get(self)
        return bool(record) and record.atexit

    @atexit.setter
    def atexit(self, value):
        record = finalize._live.get(self)
        if record:
            record.atexit = bool(value)

    def __repr__(self):
        record = finalize._live.get(self)
        obj = record and record.ref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _run_at_exit():
        # newest first, each one that is still pending and wants to run at exit;
        # an error in one is reported and the rest still run
        live = finalize._live
        while True:
            due = [(record.order, f) for f, record in live.items() if record.atexit]
            if not due:
                break
            f = max(due)[1]
            try:
                f()
            except Exception:
                sys.excepthook(*sys.exc_info())
        live.clear()
