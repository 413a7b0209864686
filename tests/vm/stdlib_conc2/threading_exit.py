# At exit: threading's exit calls run newest first while the main thread still counts as
# alive, non-daemon threads (even ones started then) are waited for, daemon threads are not.
import atexit
import threading
import time

atexit.register(lambda: print("atexit: main alive", threading.main_thread().is_alive()))
threading._register_atexit(print, "exit call 1", end="!\n")


def exit_call_2():
    print("exit call 2: main alive", threading.main_thread().is_alive())
    threading.Thread(target=after_late).start()


def after_late():
    late_thread.join()
    print("started during shutdown, ran after", late_thread.name)


threading._register_atexit(exit_call_2)


def late():
    time.sleep(0.1)
    print("non-daemon finished", threading.current_thread().name)


late_thread = threading.Thread(target=late, name="late")
late_thread.start()
threading.Thread(target=threading.Event().wait, daemon=True).start()
print("main end", threading.active_count())
