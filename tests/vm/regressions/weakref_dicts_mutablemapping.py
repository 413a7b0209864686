# WeakValueDictionary and WeakKeyDictionary are MutableMappings (clear() was missing).
import collections.abc
import weakref


class Obj:
    pass


a, b = Obj(), Obj()
wv = weakref.WeakValueDictionary({1: a, 2: b})
wk = weakref.WeakKeyDictionary({a: 1, b: 2})
print(isinstance(wv, collections.abc.MutableMapping), isinstance(wk, collections.abc.MutableMapping))
print(sorted(wv), len(wk))
wv.clear()
wk.clear()
print(len(wv), len(wk), list(wv.items()), list(wk.items()))
wv[3] = a
print(wv == {3: a}, 3 in wv, wv.get(4, 'none'))
