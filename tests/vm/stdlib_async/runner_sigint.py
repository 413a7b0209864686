# asyncio.run and SIGINT: the main task is cancelled, then KeyboardInterrupt;
# a swallowed cancellation lets the task finish; a second SIGINT interrupts at once.
import asyncio, signal
async def main():
    try:
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main cancelled", asyncio.current_task().cancelling())
        raise
try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
async def swallow():
    try:
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
    return "finished anyway"
print(asyncio.run(swallow()))
async def twice():
    try:
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        signal.raise_signal(signal.SIGINT)
        print("not reached")
try:
    asyncio.run(twice())
except KeyboardInterrupt as e:
    print("second", repr(e))
