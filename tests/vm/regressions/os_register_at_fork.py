# os.register_at_fork: argument checks, and the hooks around os.fork (before: newest
# first; after: in order; the child reports through a pipe).
import os

for kwargs in [{}, {"before": 1}, {"after_in_child": "x"}]:
    try:
        os.register_at_fork(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.register_at_fork(lambda: None)
except TypeError as e:
    print("TypeError:", e)

calls = []
os.register_at_fork(before=lambda: calls.append("before 1"), after_in_parent=lambda: calls.append("parent 1"))
os.register_at_fork(before=lambda: calls.append("before 2"), after_in_parent=lambda: calls.append("parent 2"),
                    after_in_child=lambda: calls.append("child"))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(w, repr(calls).encode())
    os._exit(0)
os.close(w)
_, status = os.waitpid(pid, 0)
print("child saw", os.read(r, 1000).decode(), status)
print("parent saw", calls)
