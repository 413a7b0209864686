# create_autospec (functions, classes, instances, attributes), signature-aware
# assertions on spec'd mocks, spec/spec_set errors, seal, wraps, PropertyMock,
# reset_mock options, configure_mock, attach_mock and dir().
from unittest import mock
from unittest.mock import Mock, MagicMock, call, create_autospec, seal, sentinel


def short(obj):
    return repr(obj).split(' id=')[0]


def func(a, b=2, *, c=3):
    return a


class Thing:
    attr = 5

    def __init__(self, size):
        self.size = size

    def meth(self, x, y=0):
        return x

    @staticmethod
    def stat(z):
        return z

    @classmethod
    def klass(cls, w):
        return w


f = create_autospec(func, return_value='r')
print(type(f).__name__, f(1, c=4), f.call_count, f.call_args, f.mock_calls)
for bad in (lambda: f(), lambda: f(1, 2, 3), lambda: f(1, d=1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
f.assert_called_with(a=1, c=4)
f.assert_called_once_with(1, c=4)
f.return_value = 9
print(f(2), f.call_count, short(f.mock))
try:
    f.assert_called_with(3)
except AssertionError as e:
    print(e)
f.reset_mock()
print(f.call_count, f.call_args_list)

K = create_autospec(Thing)
inst = K(3)
print(short(K), short(inst), short(inst.meth), short(inst.attr))
inst.meth(1, y=2)
print(inst.stat(1) is not None, inst.klass(2) is not None)
for bad in (lambda: K(), lambda: inst.meth(), lambda: inst.stat(), lambda: inst.nope, lambda: inst.meth.nope):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(K.mock_calls)
inst.meth.assert_called_with(x=1, y=2)
I = create_autospec(Thing, instance=True, spec_set=True)
print(short(I))
try:
    I()
except TypeError as e:
    print('TypeError:', e)
try:
    I.other = 1
except AttributeError as e:
    print('AttributeError:', e)
print(short(create_autospec(3)), short(create_autospec([1])))

sm = Mock(spec=func)
sm(1, 2)
sm.assert_called_with(1, b=2)
try:
    sm.assert_called_with(1, 2, 3)
except AssertionError as e:
    print(e, '| cause:', repr(e.__cause__))
sm.assert_any_call(a=1, b=2)
sm.assert_has_calls([call(1, b=2)])

spec_list = Mock(spec=['alpha'])
print(short(spec_list), 'alpha' in dir(spec_list), spec_list.alpha is spec_list.alpha)
try:
    spec_list.beta
except AttributeError as e:
    print('AttributeError:', e)
try:
    Mock(spec=Mock())
except Exception as e:
    print(type(e).__name__ + ':', str(e).split(' [')[0])
print(short(Mock(spec=3)), short(Mock(spec_set=Thing, name='n')), Mock(spec=Thing).__class__ is Thing)

sealed = Mock()
sealed.known.value = 1
sealed.method.return_value = 2
seal(sealed)
print(sealed.known.value, sealed.method())
for bad in (lambda: sealed.unknown, lambda: sealed.known.deeper, lambda: sealed(),
            lambda: setattr(sealed, 'new_attr', 1)):
    try:
        bad()
    except AttributeError as e:
        print('AttributeError:', e)
sealed.attached = Mock()
print(short(sealed.attached.fine))

w = Mock(wraps=Thing(4))
print(w.meth(8), short(w.size), short(w.meth), w.meth.call_args)

pm = mock.PropertyMock(side_effect=[1, 2])
type(w).prop = pm
print(w.prop, w.prop, pm.call_count)

r = Mock(return_value=1, side_effect=[5])
print(r())
r.reset_mock()
print(r.side_effect is not None, r.return_value)
r.reset_mock(return_value=True, side_effect=True)
print(r.side_effect, short(r.return_value))

c = Mock()
c.configure_mock(**{'child.grand.return_value': 3, 'name_attr': 'x', 'child.side_effect': None})
print(c.child.grand(), c.name_attr)
parent = Mock()
child = Mock(name='named')
parent.kid = child
child(1)
print(parent.mock_calls, short(child))
parent.attach_mock(child, 'adopted')
child(2)
print(parent.mock_calls, short(child))
d = Mock()
d.x
d.y = 3
del d.x
print([n for n in dir(d) if not n.startswith('_')][-4:])
try:
    del d.x
except AttributeError as e:
    print('AttributeError:', e)
print(sentinel.a is sentinel.a, sentinel.a is sentinel.b, sentinel.a.name, mock.DEFAULT)
