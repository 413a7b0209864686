# SQLite works with the interpreter lock released: a writer thread waiting (busy timeout)
# for another connection's transaction lets that thread run on and commit. A user
# function runs on the thread that steps the statement. check_same_thread's error.
import os
import sqlite3
import tempfile
import threading
import time

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "threads.db")
setup = sqlite3.connect(path)
setup.execute("create table log (who text)")
setup.commit()
setup.close()

holder = sqlite3.connect(path, check_same_thread=False)
holder.execute("insert into log values ('holder')")     # opens a write transaction
events = []


def writer():
    con = sqlite3.connect(path, timeout=20)
    con.create_function("tag", 1, lambda s: s + "@" + threading.current_thread().name)
    events.append("writer waits")
    con.execute("insert into log values (tag('writer'))")   # blocks until holder commits
    con.commit()
    events.append("writer done")
    con.close()


t = threading.Thread(target=writer, name="W")
t.start()
while not events:
    time.sleep(0.01)
time.sleep(0.2)
events.append("holder commits")
holder.commit()
t.join()
print(events)
print(holder.execute("select who from log order by rowid").fetchall())

errors = []


def misuse():
    try:
        setup2.execute("select 1")
    except sqlite3.ProgrammingError as e:
        errors.append(str(e).split(" The object")[0])


setup2 = sqlite3.connect(path)
t = threading.Thread(target=misuse)
t.start()
t.join()
print(errors)
setup2.close()
holder.close()
os.remove(path)
os.rmdir(tmp)
