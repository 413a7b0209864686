"""asyncio.to_thread(): a blocking call run on the loop's default executor."""

import contextvars

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a worker thread and wait for its result.

    The call sees the caller's context variables: it runs in a copy of the current
    context, as a task would."""
    context = contextvars.copy_context()
    loop = events.get_running_loop()

    def call_in_context():
        return context.run(func, *args, **kwargs)

    return await loop.run_in_executor(None, call_in_context)
