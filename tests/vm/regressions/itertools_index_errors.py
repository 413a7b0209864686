# itertools counts that are not integers raise TypeError (they raised AttributeError),
# and integer-likes with __index__ still work; islice keeps its own messages.
import itertools as it

class Two:
    def __index__(self):
        return 2

for make in [lambda: it.repeat('x', 1.5), lambda: it.tee([], 1.5), lambda: it.product([], repeat='2'),
             lambda: it.combinations([], 0.5), lambda: it.combinations_with_replacement([], None),
             lambda: it.islice([], 1.5), lambda: it.islice([], 0, 5, 0.5)]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(it.repeat('y', Two())), len(it.tee([1], Two())), list(it.combinations('abc', Two())))
print(list(it.islice('abcdef', Two())), list(it.product('ab', repeat=Two()))[:3])
