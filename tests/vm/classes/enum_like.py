class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            setattr(cls, k, inst)
            cls._members[k] = inst
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
    def __repr__(self):
        return f"<Color.{self.name}: {self.value}>"
print(list(Color), len(Color))
print(Color.RED, Color["GREEN"], Color.BLUE.value, Color.RED is Color["RED"])
print(isinstance(Color.RED, Color), [c.name for c in Color if c.value > 1])
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
