def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(2)(3))

def make_ops():
    ops = {}
    def add(x, y): return x + y
    def mul(x, y): return x * y
    ops['add'] = add
    ops['mul'] = mul
    return ops
ops = make_ops()
print(ops['add'](3, 4), ops['mul'](3, 4))
print(ops['add'].__qualname__)

def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(10))

def shared_cell():
    v = 0
    def get(): return v
    def set_(x):
        nonlocal v
        v = x
    return get, set_
get, set_ = shared_cell()
print(get()); set_(99); print(get())
print(get.__closure__ is not None, len(get.__closure__))
print(outer.__closure__)
