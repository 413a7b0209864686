class Squares:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        v = self.i * self.i
        self.i += 1
        return v
def squares(n):
    for i in range(n):
        yield i * i
print(list(Squares(6)) == list(squares(6)), list(Squares(6)))
a, b = iter(Squares(3)), squares(3)
print([next(a) for _ in range(3)], [next(b) for _ in range(3)])
print(next(a, "done"), next(b, "done"))
def zip_gens(*gens):
    while True:
        try:
            yield tuple(next(g) for g in gens)
        except RuntimeError:
            return
try:
    print(list(zip_gens(squares(3), Squares(2))))
except Exception as e:
    print(type(e).__name__, e)
def zip_gens2(*gens):
    while True:
        vals = []
        for g in gens:
            try:
                vals.append(next(g))
            except StopIteration:
                return
        yield tuple(vals)
print(list(zip_gens2(squares(3), Squares(2))))
