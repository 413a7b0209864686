# unittest.mock corners: autospec of an async function (a real function marked for
# asyncio), properties and None attributes under autospec, call objects for dunder
# names, magic methods driving operators and builtins, patch inside TestCase classes
# and coroutines, patch.dict as a class decorator.
import asyncio
import inspect
import io
import math
import os
import unittest
from unittest.mock import (AsyncMock, MagicMock, Mock, NonCallableMagicMock, call,
                           create_autospec, patch)


def short(obj):
    return repr(obj).split(' id=')[0].split(' at 0x')[0]


async def fetch(key, default=None):
    return key


class Shape:
    nothing = None

    def area(self, scale):
        return scale

    @property
    def size(self):
        return 1


front = create_autospec(fetch, return_value='r')
print(type(front).__name__, front.__name__, front.__qualname__, type(front.mock).__name__)
print(inspect.iscoroutinefunction(front), asyncio.iscoroutinefunction(front))
print(asyncio.run(front('k')), front.call_count, front.mock.await_count, front.call_args)
try:
    front()
except TypeError as e:
    print('TypeError:', e)
inst = create_autospec(Shape)()
print(short(inst.size), short(inst.nothing), short(inst.area))
print(repr(call.__foo__), repr(call.__foo__(1)), call.x.__bar__(2) == call.x.__bar__(2))

m = MagicMock()
m.__getitem__.return_value = 3
print(m[1], m['x'], m.__getitem__.call_args_list, m.mock_calls)
m.a.b.c = 3
print(m.a.b.c, short(m.a.b))
q = MagicMock()
q.__bool__.return_value = False
q.__int__.return_value = 9
q.__hash__.return_value = 9
q.__str__.return_value = 'S'
print(bool(q), 'y' if q else 'n', int(q), hash(q), str(q), f'{q}')
print(short(-q), short(q / 2), short(2 / q), short(divmod(q, 2)), short(math.floor(q)))
print(short(round(q, 2)), short(next(q)), short(reversed(MagicMock())))
print(len(MagicMock(wraps=[1, 2, 3])), short(Mock(spec=Shape())()), short(NonCallableMagicMock(spec=Shape).area(1)))
parent = MagicMock()
parent.attach_mock(Mock(return_value=4), '__len__')
print(len(parent), parent.mock_calls)


class Case(unittest.TestCase):
    @patch('os.getcwd', return_value='x')
    def test_patched(self, getcwd):
        self.assertEqual(os.getcwd(), 'x')
        getcwd.assert_called_once_with()

    @patch.dict('os.environ', {'SPRY_MOCK_EDGE': '1'})
    def test_env(self):
        self.assertEqual(os.environ['SPRY_MOCK_EDGE'], '1')


result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Case))
print(result.testsRun, len(result.failures), len(result.errors), 'SPRY_MOCK_EDGE' in os.environ)


@patch('os.getpid', return_value=5)
async def coroutine(pid):
    return os.getpid(), pid.call_count


print(asyncio.run(coroutine()), os.getpid() != 5)
Holder = patch.dict('os.environ', {'SPRY_MOCK_EDGE2': '2'})(
    type('Holder', (), {'test_read': lambda self: os.environ.get('SPRY_MOCK_EDGE2'),
                        'other': lambda self: os.environ.get('SPRY_MOCK_EDGE2')}))
print(Holder().test_read(), Holder().other(), os.environ.get('SPRY_MOCK_EDGE2'))
