def f(n):
    for i in range(5):
        try:
            if i == n:
                return f"returned at {i}"
            if i == 3:
                break
        finally:
            print("finally", i)
    return "after loop"
print(f(1))
print(f(10))

def g():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(g())

def h():
    try:
        return "try value"
    finally:
        return "finally overrides"
print(h())

def k():
    for i in range(3):
        try:
            continue
        finally:
            print("continue through finally", i)
k()

def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
