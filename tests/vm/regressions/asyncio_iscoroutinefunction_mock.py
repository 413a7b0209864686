# asyncio.iscoroutinefunction() unwraps functools.partial objects only: an object
# that merely has `func` and `args` attributes (a Mock has every attribute) is
# looked at as it is, instead of being followed forever.
import asyncio
import functools
from unittest.mock import AsyncMock, MagicMock, Mock


async def coro(a, b):
    return a + b


class LooksPartial:
    def __init__(self):
        self.func = coro
        self.args = ()


print(asyncio.iscoroutinefunction(Mock()), asyncio.iscoroutinefunction(MagicMock()))
print(asyncio.iscoroutinefunction(AsyncMock()))
print(asyncio.iscoroutinefunction(functools.partial(coro, 1)))
print(asyncio.iscoroutinefunction(functools.partial(functools.partial(coro, 1), 2)))
print(asyncio.iscoroutinefunction(LooksPartial()), asyncio.iscoroutinefunction(len))
