"""asyncio: an event loop, Futures and Tasks, and tools built on them."""

from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .streams import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *

from . import coroutines, events, exceptions, futures, locks, queues
from . import runners, streams, taskgroups, tasks, threads, timeouts

__all__ = (coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ +
           runners.__all__ + streams.__all__ + taskgroups.__all__ + tasks.__all__ +
           threads.__all__ + timeouts.__all__)
