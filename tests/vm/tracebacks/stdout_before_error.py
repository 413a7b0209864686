print("out line 1")
print("out line 2")
import sys
print("err line", file=sys.stderr)
raise SystemError("after output")
