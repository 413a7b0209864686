x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
def unbound_local():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    x = "assigned later"
    return x
print(read_global(), shadow(), unbound_local(), x)
def builtin_scope():
    return len("four")
print(builtin_scope())
def enclosing():
    y = "enclosing"
    def inner():
        return y
    return inner()
print(enclosing())
def del_local():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return f"UnboundLocalError {e}"
print(del_local())
def class_scope():
    v = "function v"
    class K:
        v = "class v"
        w = v
        def m(self):
            return v
    return K.w, K().m()
print(class_scope())
try:
    undefined_global_name
except NameError as e:
    print("NameError", e)
