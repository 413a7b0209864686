import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end="!\n")
print("no newline", end="")
print(" continued")
print()
print(1, 2.0, None, [3], sep=",")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="|")
print("x", end="")
print("y", end="\n\n")
print("sep none", sep=None, end=None)
sys.stdout.write("written directly\n")
print("stderr again", 42, file=sys.stderr, sep="#")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
class S:
    def __str__(self): return "S!"
print(S(), [S()] and "ok")
print("done", file=None)
