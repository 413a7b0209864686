class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"
    @classmethod
    def from_list(cls, items):
        objs = [cls() for _ in items]
        return len(objs)
    @staticmethod
    def add(a, b):
        return a + b
class SubCounter(Counter):
    pass
Counter(); Counter()
print(Counter.how_many(), SubCounter.how_many(), Counter().how_many())
print(SubCounter.from_list([1, 2, 3]), Counter.count, SubCounter.count)
print(Counter.add(1, 2), Counter().add(3, 4), SubCounter.add("a", "b"))
sm = Counter.__dict__["add"]
cm = Counter.__dict__["how_many"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__)
print(callable(sm), sm(5, 6))
bound = Counter.how_many
print(bound.__self__ is Counter, bound.__func__ is cm.__func__)
class M:
    @staticmethod
    @classmethod
    def weird(cls):
        return cls
print(type(M.__dict__["weird"]).__name__)
