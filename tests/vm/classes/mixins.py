class JsonMixin:
    def to_json(self):
        def enc(v):
            if isinstance(v, str):
                return '"' + v + '"'
            if isinstance(v, list):
                return "[" + ",".join(enc(x) for x in v) + "]"
            return str(v)
        return "{" + ",".join(f'"{k}":{enc(v)}' for k, v in vars(self).items()) + "}"
class CompareMixin:
    def _key(self): return tuple(vars(self).values())
    def __eq__(self, o): return self._key() == o._key()
    def __lt__(self, o): return self._key() < o._key()
    __hash__ = None
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"
class Person(JsonMixin, CompareMixin, ReprMixin):
    def __init__(self, name, age, tags=()):
        self.name, self.age, self.tags = name, age, list(tags)
people = [Person("zed", 30), Person("amy", 25, ["x"]), Person("amy", 20)]
print(sorted(people))
print(people[1].to_json())
print(people[0] == Person("zed", 30), [c.__name__ for c in Person.__mro__])
