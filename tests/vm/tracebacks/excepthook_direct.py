import sys
def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError as e:
    sys.excepthook(type(e), e, e.__traceback__)
    print("continued")
try:
    f()
except ZeroDivisionError as e:
    sys.__excepthook__(*sys.exc_info())
def hook(t, v, tb):
    print("custom hook:", t.__name__, v)
sys.excepthook = hook
raise KeyError("via hook")
