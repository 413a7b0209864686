def bank():
    balance = 0
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("+", x))
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return False
        balance -= x
        history.append(("-", x))
        return True
    def report():
        return balance, list(history)
    return deposit, withdraw, report
d, w, r = bank()
d(100); w(30); print(w(500)); d(5)
print(r())
def gen_with_nonlocal():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(3):
        bump()
        yield n
print(list(gen_with_nonlocal()))
def nested_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 5
        l2()
        l2()
    l1()
    return a
print(nested_nonlocal())
def loop_rebinds():
    results = []
    v = None
    def setv(x):
        nonlocal v
        v = x
    for i in range(3):
        setv(i * i)
        results.append(v)
    return results
print(loop_rebinds())
