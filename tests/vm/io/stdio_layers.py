# sys.stdin/stdout/stderr are TextIOWrappers over buffered binary streams over FileIOs.
# Children run with a controlled environment so buffering does not depend on the caller's.
import os
import subprocess
import sys


def run(code, *opts, stdin=b"", env_extra=None, drop=("PYTHONUNBUFFERED",)):
    env = dict(os.environ)
    for name in drop:
        env.pop(name, None)
    env.update(env_extra or {})
    r = subprocess.run([sys.executable, *opts, "-c", code], input=stdin, capture_output=True, env=env)
    print("--", opts, sorted((env_extra or {}).items()), "exit", r.returncode)
    for line in r.stdout.splitlines():
        print("  out", line)
    for line in r.stderr.decode().splitlines()[-2:]:
        print("  err", line)


ATTRS = r'''
import io, sys
for s in (sys.stdin, sys.stdout, sys.stderr):
    b = s.buffer
    raw = getattr(b, "raw", b)
    print(type(s).__name__, s.name, s.mode, s.encoding, s.errors, s.line_buffering,
          s.write_through, s.fileno(), s.isatty(), s.readable(), s.writable())
    print("  ", type(b).__name__, b.name, b.mode, raw.name, raw.mode, raw.closefd, raw.fileno())
print(repr(sys.stdout))
print(repr(sys.stdout.buffer))
print(repr(sys.stdin.buffer.raw))
print(isinstance(sys.stdout, io.TextIOWrapper), sys.stdout.newlines)
print(sys.stdout is sys.__stdout__, sys.stdin is sys.__stdin__, sys.stderr is sys.__stderr__)
'''
run(ATTRS)
run(ATTRS, "-u")
run(ATTRS, env_extra={"PYTHONUNBUFFERED": "1"})
run(ATTRS, env_extra={"PYTHONIOENCODING": "UTF8:replace"})
run(ATTRS, env_extra={"PYTHONIOENCODING": ":namereplace"})
run(ATTRS, env_extra={"PYTHONIOENCODING": "ascii"})
run(ATTRS, drop=("PYTHONUNBUFFERED", "PYTHONIOENCODING"))

ORDER = r'''
import sys
print("text 1")
sys.stdout.buffer.write(b"bytes 1\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes 2\n")
print("text 2")
sys.stdout.write("text 3\n")
sys.stdout.flush()
print("text 4")
getattr(sys.stdout.buffer, "raw", sys.stdout.buffer).write(b"raw 1\n")
sys.stderr.write("err\n")
sys.stderr.buffer.write(b"err bytes\n")
'''
run(ORDER)
run(ORDER, "-u")
