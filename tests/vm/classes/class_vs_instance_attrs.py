class Config:
    shared = []
    value = 1
    def __init__(self, name):
        self.name = name
a, b = Config("a"), Config("b")
a.shared.append("from a")
print(b.shared, Config.shared)
a.value = 99
print(a.value, b.value, Config.value)
Config.value = 5
print(a.value, b.value)
del a.value
print(a.value)
a.shared = ["own list"]
print(a.shared, b.shared)
print(sorted(vars(a)), "value" in vars(Config))
Config.new_attr = "added later"
print(a.new_attr, b.new_attr)
def greet(self):
    return "hello " + self.name
Config.greet = greet
print(a.greet(), b.greet())
a.greet = lambda: "instance override"
print(a.greet(), b.greet())
