# atexit handlers run at exit, last registered first, with their arguments; an
# unregistered handler does not run.
import atexit

def say(*words, end="!"):
    print(" ".join(words) + end)

atexit.register(say, "first", "registered")
atexit.register(say, "second", end="?")

@atexit.register
def decorated():
    print("decorated runs first")

def never():
    print("never")

atexit.register(never)
atexit.unregister(never)
print("main done")
