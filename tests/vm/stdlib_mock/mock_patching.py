# unittest.mock.patch and friends: decorators (stacked, on classes, with
# patch.multiple keywords), context managers, start/stop/stopall, patch.dict
# restoring, spec=True on classes, new_callable, kwargs, and the error messages.
import sys
from unittest import mock
from unittest.mock import patch, DEFAULT, MagicMock, Mock


class Target:
    value = 10

    def method(self, x):
        return x

    @classmethod
    def cm(cls, y):
        return y

    @staticmethod
    def sm(z):
        return z


def short(obj):
    return repr(obj).split(' id=')[0]


@patch.object(Target, 'value', 1)
@patch('sys.getrecursionlimit')
@patch('sys.getdefaultencoding', return_value='patched')
def stacked(enc_mock, limit_mock, *rest):
    limit_mock.return_value = 3
    return sys.getdefaultencoding(), sys.getrecursionlimit(), Target.value, rest, short(enc_mock)


print(stacked())
print(Target.value, sys.getdefaultencoding())
print(len(stacked.patchings), [p.attribute for p in stacked.patchings])


@patch.multiple(Target, value=DEFAULT, other=5, create=True)
def multi(*args, **kwargs):
    return args, sorted(kwargs), Target.other, short(kwargs['value'])


print(multi())
print(hasattr(Target, 'other'))


@patch.object(Target, 'value', 'in class')
class Tests:
    def test_one(self):
        return Target.value

    def helper(self):
        return Target.value


print(Tests().test_one(), Tests().helper())

with patch.object(Target, 'method', autospec=True) as meth:
    meth.return_value = 'auto'
    print(Target().method(4), meth.call_count)
    try:
        Target().method()
    except TypeError as e:
        print('TypeError:', e)
print(Target().method(5))
with patch.object(Target, 'cm', autospec=True) as cm:
    Target.cm(2)
    print(cm.mock_calls)
print(Target.cm(6), Target.sm(7))

with patch('__main__.Target', spec=True) as klass:
    made = Target()
    print(short(klass), short(made))
    print(isinstance(made, type(klass.return_value)), short(made.method))
    try:
        made.missing
    except AttributeError as e:
        print('AttributeError:', e)
with patch('sys.getdefaultencoding', new_callable=lambda: 'callable-made') as made:
    print(made, sys.getdefaultencoding)
with patch('sys.getdefaultencoding', spec_set=True) as strict:
    print(short(strict))
with patch.object(Target, 'value', return_value=9) as v:
    print(Target.value(), short(v))

env = {'a': 1, 'b': 2}
pd = patch.dict(env, {'c': 3}, d=4)
print(pd.start() is env, sorted(env.items()))
pd.stop()
print(sorted(env.items()))


@patch.dict(env, clear=True)
def cleared():
    return dict(env)


print(cleared(), sorted(env))
with patch.dict('sys.modules', {'fake_mod': mock.sentinel.fake}):
    import fake_mod
    print(fake_mod)
print('fake_mod' in sys.modules)

first = patch.object(Target, 'value', 'one')
second = patch.object(Target, 'cm', 'two')
print(first.start(), second.start(), Target.value, Target.cm)
patch.stopall()
print(Target.value, Target.cm(1), first.stop())

for make in (lambda: patch('nodots'), lambda: patch(42),
             lambda: patch('sys.x', new=1, new_callable=Mock),
             lambda: patch('sys.x', autospec=True, new_callable=Mock),
             lambda: patch.object('sys', 'path'), lambda: patch.multiple(sys),
             lambda: patch('sys.no_attr_here').start(),
             lambda: patch('sys.fresh', create=True, autospec=True).start(),
             lambda: patch('no_such_module_x.y').start()):
    try:
        make()
        print('no error')
    except (TypeError, ValueError, AttributeError, ImportError) as e:
        print(type(e).__name__ + ':', str(e).replace(repr(sys), '<sys>'))
patch.stopall()
with patch('sys.fresh_name', 'made', create=True):
    print(sys.fresh_name)
print(hasattr(sys, 'fresh_name'))
