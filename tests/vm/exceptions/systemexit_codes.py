import sys
for code in [0, 1, 42, "message", None, (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code, e.args)
try:
    exit_fn = sys.exit
    exit_fn()
except SystemExit as e:
    print("no arg", e.code)
def cleanup_runs():
    try:
        sys.exit(5)
    finally:
        print("finally runs on SystemExit")
try:
    cleanup_runs()
except SystemExit as e:
    print("code", e.code)
