# threading.settrace / setprofile: new threads start with the hooks; tracing is per thread
# (the main thread's trace function does not see the other thread's frames).
import sys
import threading

events = []


def tracer(frame, event, arg):
    if event == 'call':
        events.append((threading.current_thread().name, event, frame.f_code.co_name))
    return None


def job():
    return sum(range(3))


def other():
    return job()


threading.settrace(tracer)
t = threading.Thread(target=other, name='worker')
t.start()
t.join()
threading.settrace(None)
print(sorted(e for e in events if e[2] in ('other', 'job')))
print(threading.gettrace())

events.clear()
sys.settrace(tracer)
t = threading.Thread(target=other, name='untraced')
t.start()
t.join()
job()
sys.settrace(None)
print(sorted(e for e in events if e[2] in ('other', 'job')))

prof = []
threading.setprofile(lambda f, e, a: prof.append((e, f.f_code.co_name)) if f.f_code.co_name == 'job' else None)
t = threading.Thread(target=other)
t.start()
t.join()
threading.setprofile(None)
print(prof)
