import sys
def attempt(code):
    try:
        sys.exit(code)
    except SystemExit as e:
        return e.code
print([attempt(c) for c in [0, 2, "str", None]])
try:
    sys.exit(4)
finally:
    print("finally before exit")
