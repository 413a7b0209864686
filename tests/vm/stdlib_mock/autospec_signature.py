# inspect.signature() of autospecced mocks is the signature their calls are checked
# against: of a function, a class (its constructor), an instance of a callable class
# (its __call__ without self) and a method reached through the class mock; plain and
# spec-only mocks keep (*args, **kwargs).
import inspect
from unittest import mock


def func(a, b=1, *, c):
    pass


class Service:
    def __init__(self, host, port=80):
        pass

    def get(self, key, default=None):
        pass

    def __call__(self, payload, /):
        pass


def show(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        result = '%s: %s' % (type(e).__name__, e)
    print(label, '->', result)


show('function', lambda: inspect.signature(mock.create_autospec(func)))
show('class', lambda: inspect.signature(mock.create_autospec(Service)))
show('instance', lambda: inspect.signature(mock.create_autospec(Service, instance=True)))
show('method', lambda: inspect.signature(mock.create_autospec(Service).get))
show('instance method', lambda: inspect.signature(mock.create_autospec(Service)('h').get))
show('attribute', lambda: mock.create_autospec(Service).__signature__)
show('plain', lambda: inspect.signature(mock.Mock()))
show('spec only', lambda: inspect.signature(mock.MagicMock(spec=Service)))
show('call checked', lambda: mock.create_autospec(Service)('h', port=1, extra=2))
