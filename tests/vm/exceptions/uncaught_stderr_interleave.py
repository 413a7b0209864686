import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2")
raise ValueError("final error")
