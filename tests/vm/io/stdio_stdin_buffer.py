# stdin: stdio_stdin_buffer.txt
# Reading sys.stdin through its binary layers.
import sys

print(type(sys.stdin.buffer).__name__, type(sys.stdin.buffer.raw).__name__)
print(sys.stdin.buffer.readline())
print(sys.stdin.buffer.read(5))
print(repr(sys.stdin.readline()))
print(sys.stdin.buffer.peek(1)[:0])
rest = sys.stdin.read()
print(repr(rest))
print(sys.stdin.buffer.read(), repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.stdin.buffer.raw.read(3))
