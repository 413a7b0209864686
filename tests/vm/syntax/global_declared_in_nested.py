total = 0
def add(n):
    global total
    total += n
def outer():
    def inner():
        global total
        total *= 10
    inner()
    return total
add(5)
print(outer(), total)
def reads_then_global():
    x = total
    return x
print(reads_then_global())
def create_global():
    global fresh_global
    fresh_global = [1, 2]
create_global()
fresh_global.append(3)
print(fresh_global)
class Holder:
    def set(self):
        global from_method
        from_method = "set in method"
Holder().set()
print(from_method)
exec("global via_exec\nvia_exec = 'exec global'")
print(via_exec)
