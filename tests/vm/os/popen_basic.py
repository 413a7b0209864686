# os.popen: reading from and writing to a shell command, exit statuses.
import os, sys
with os.popen('echo hello; echo world') as f:
    print(f.read().split())
f = os.popen('printf "a\\nb\\n"')
print(list(f), f.close())
print(os.popen('exit 3').close(), os.popen('true').close())
p = os.popen('cat > /dev/null', 'w')
print(p.write('data'), p.close())
print([line.rstrip() for line in os.popen('echo one; echo two')])
for bad in [(1,), ('x', 'rb'), ('x', 'r', 0)]:
    try:
        os.popen(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sys.stdout.flush()
