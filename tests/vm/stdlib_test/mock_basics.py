# unittest.mock: recorded calls and their reprs, assert messages, side effects, magic
# methods, specs, patch/patch.object/patch.dict/patch.multiple, autospec, mock_open,
# PropertyMock, seal, deleted attributes and wraps.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, patch
import os

m = Mock()
m(1, 2, a=3)
m.method(4)
m.method().chained(5)
print(m.call_args, m.call_args_list, m.call_count, m.called)
print(m.mock_calls)
print(m.method_calls)
print(m.method.call_args.args, m.method.call_args.kwargs)
m.assert_called_with(1, 2, a=3)
m.assert_called_once_with(1, 2, a=3)
m.method.assert_any_call(4)
m.assert_has_calls([call(1, 2, a=3), call.method(4)])
for bad in (lambda: m.assert_called_with(9),
            lambda: m.method.assert_called_once_with(4),
            lambda: m.assert_not_called(),
            lambda: Mock().assert_called(),
            lambda: Mock(name="foo").assert_called_once(),
            lambda: m.method.assert_any_call(99),
            lambda: m.assert_has_calls([call.nope()]),
            lambda: m.assert_has_calls([call.nope()], any_order=True),
            lambda: Mock().assert_called_with(1),
            lambda: m.assret_called(),
            ):
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
print(call(1) == call(1), call.x(1) == call.y(1), call(1, ANY) == call(1, "q"))
print(repr(call.a.b(1, k=2)), repr(call(3)), repr(call().x), call.method(1).call_list())
print(sentinel.foo, sentinel.foo is sentinel.foo)

s = Mock(side_effect=[1, 2, KeyError("k")])
print(s(), s())
try:
    s()
except KeyError as e:
    print("KeyError", e)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
r = Mock(return_value=7, **{"child.return_value": 8})
print(r(), r.child())
mm = MagicMock()
print(len(mm), list(mm), int(mm), bool(mm), 3 in mm, float(mm))
mm.__len__.return_value = 5
mm.__getitem__.side_effect = lambda k: k * 10
mm.__iter__.return_value = [1, 2]
print(len(mm), mm[4], list(mm), list(mm))
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.mock_calls[:3])

spec = Mock(spec=["alpha", "beta"])
spec.alpha
try:
    spec.gamma
except AttributeError as e:
    print("AttributeError:", e)

class Real:
    x = 1
    def meth(self, a, b=2): return a + b
sp = Mock(spec=Real)
print(isinstance(sp, Real))
try:
    sp.other
except AttributeError as e:
    print("AttributeError:", e)
ss = Mock(spec_set=Real)
try:
    ss.nope = 1
except AttributeError as e:
    print("AttributeError:", e)

with patch("os.getcwd", return_value="/patched") as p:
    print(os.getcwd(), p.call_count)
print(os.getcwd() != "/patched")

@patch("os.listdir")
@patch("os.getpid", return_value=42)
def decorated(pid_mock, listdir_mock):
    listdir_mock.return_value = ["a"]
    return os.getpid(), os.listdir("/"), pid_mock is not listdir_mock

print(decorated())

class Target:
    value = 10
with patch.object(Target, "value", 99):
    print(Target.value)
print(Target.value)
d = {"a": 1}
with patch.dict(d, {"b": 2}, clear=True):
    print(d)
print(d)
with patch.multiple(Target, value=5, extra=mock.DEFAULT, create=True) as values:
    print(Target.value, sorted(values))
try:
    with patch("os.no_such_function"):
        pass
except AttributeError as e:
    print("AttributeError:", str(e).split(" does not")[1])
m.reset_mock()
print(m.call_count, m.mock_calls, m.method.call_count)

auto = mock.create_autospec(Real)
inst = auto()
inst.meth(1)
try:
    inst.meth()
except TypeError as e:
    print("TypeError:", e)
inst.meth.assert_called_with(1)
print(auto.mock_calls)

opener = mock.mock_open(read_data="line1\nline2\n")
with patch("builtins.open", opener):
    with open("whatever") as fh:
        print(fh.read())
    with open("again") as fh:
        print(list(fh))
opener.assert_called_with("again")

pm = mock.PropertyMock(return_value=3)
class HasProp: pass
type(HasProp()).prop = pm
h = HasProp()
print(h.prop)
h.prop = 4
print(pm.mock_calls)

sealed = Mock()
sealed.known.return_value = 1
mock.seal(sealed)
try:
    sealed.unknown
except AttributeError as e:
    print("AttributeError:", e)
del m.gone
try:
    m.gone
except AttributeError as e:
    print("AttributeError:", e)
w = Mock(wraps=[3, 1, 2])
print(w.count(1), w.index(2))

# start()/stop() and patch.stopall over patch, patch.dict and patch.object
pd = {"k": 1}
p1 = mock.patch("os.getcwd", return_value="/x")
p2 = mock.patch.dict(pd, {"k": 2, "n": 3})
print(p1.start().return_value, os.getcwd(), p2.start(), pd)
p1.stop()
print(os.getcwd() != "/x", p1.stop())
p3 = mock.patch.object(os, "getpid", return_value=7)
p3.start()
print(os.getpid())
mock.patch.stopall()
print(os.getpid() != 7, pd)
