import sys
print("stdin closed?", sys.stdin is not None)
try:
    line = input()
    print("got", repr(line))
except EOFError as e:
    print("EOFError", e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again", e)
print(sys.stdin.read() == "")
