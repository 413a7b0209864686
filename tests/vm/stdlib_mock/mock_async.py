# AsyncMock: awaited results, await statistics and assertions with their
# messages, side effects (iterables, exceptions, coroutine functions), async
# magic methods on MagicMock, and AsyncMock children.
import asyncio
import inspect
from unittest.mock import AsyncMock, MagicMock, Mock, call


def short(obj):
    return repr(obj).split(' id=')[0]


async def main():
    am = AsyncMock(return_value=3)
    pending = am(1, k=2)
    print(inspect.isawaitable(pending), am.call_count, am.await_count)
    print(await pending, am.await_count, am.await_args, am.await_args_list)
    am.assert_awaited()
    am.assert_awaited_once()
    am.assert_awaited_with(1, k=2)
    am.assert_awaited_once_with(1, k=2)
    am.assert_any_await(1, k=2)
    am.assert_has_awaits([call(1, k=2)])
    checks = (lambda: am.assert_awaited_with(2), lambda: am.assert_awaited_once_with(2),
              lambda: am.assert_any_await(5), lambda: am.assert_has_awaits([call(9)]),
              lambda: am.assert_not_awaited(), lambda: AsyncMock().assert_awaited(),
              lambda: AsyncMock(name='named').assert_awaited_once(),
              lambda: AsyncMock().assert_awaited_with(1),
              lambda: am.assert_has_awaits([call(9)], any_order=True))
    for check in checks:
        try:
            check()
        except AssertionError as e:
            print('AssertionError:', e)
    effects = AsyncMock(side_effect=[1, ValueError('v')])
    print(await effects())
    try:
        await effects()
    except ValueError as e:
        print('ValueError:', e)
    try:
        await effects()
    except StopAsyncIteration:
        print('StopAsyncIteration')

    async def plus_one(x):
        return x + 1
    print(await AsyncMock(side_effect=plus_one)(1), await AsyncMock(side_effect=lambda: 7)())
    print(await AsyncMock(wraps=plus_one)(10))
    print(short(await AsyncMock()()), short(AsyncMock().child), short(AsyncMock().__enter__))

    mm = MagicMock()
    mm.__aiter__.return_value = [1, 2]
    print([x async for x in mm])
    async with mm as value:
        print(short(value))
    print(mm.mock_calls)
    print(await mm.__aexit__(None, None, None), short(mm.__aenter__))
    print(am.mock_calls, am.method_calls)
    am.reset_mock()
    print(am.await_count, am.await_args, am.await_args_list, am.call_count)


print(inspect.iscoroutinefunction(AsyncMock()), inspect.iscoroutinefunction(Mock()))
print(asyncio.iscoroutinefunction(AsyncMock()))
asyncio.run(main())


class Service:
    async def fetch(self, key):
        return key

    def sync(self):
        return 1


spec_mock = Mock(spec=Service)
print(short(spec_mock.fetch), short(spec_mock.sync))
print(asyncio.run(spec_mock.fetch('k')) is spec_mock.fetch.return_value)
