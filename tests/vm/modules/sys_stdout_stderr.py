import sys
n = sys.stdout.write("no newline")
sys.stdout.write(" | wrote %d chars\n" % n)
sys.stderr.write("error stream line 1\n")
print("print to stdout")
print("print to stderr", file=sys.stderr)
sys.stdout.flush()
sys.stderr.flush()
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.isatty(), sys.stderr.isatty())
print("unicode: é 日本 🐍")
sys.stderr.write("unicode on stderr: é\n")
print(sys.stdout.name if hasattr(sys.stdout, "name") else "?", sys.stderr.name if hasattr(sys.stderr, "name") else "?")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
