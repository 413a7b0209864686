# A loop waiting on a long timer (and no I/O) must wake for call_soon_threadsafe from
# another thread; it used to sleep the whole timer out.
import asyncio
import threading
import time

loop = asyncio.new_event_loop()
calls = []
loop.call_later(30, calls.append, 'timer')       # the only thing the loop waits for


def from_thread():
    time.sleep(0.05)
    loop.call_soon_threadsafe(calls.append, 'threadsafe')
    loop.call_soon_threadsafe(loop.stop)


helper = threading.Thread(target=from_thread)
started = time.monotonic()
helper.start()
loop.run_forever()
helper.join()
print(calls, 'woken early:', time.monotonic() - started < 15)
loop.close()
