# random: randrange/randint argument handling (index, integral floats with their
# DeprecationWarning and its stack level, errors), and a random()-only subclass.
import random
import warnings

g = random.Random(8)
calls = [(3.0,), (1, 5.0), (0, 9, 3.0), (1.5,), (1, 5.5), (1, 5, 1.5), ('3',), (1, 'x'), (None,),
         (5, None, 2), (0,), (1, 1), (5, 1, 2), (1, 5, 0), (10, 0, -3), (True, 9)]
for args in calls:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(args, g.randrange(*args))
        except (TypeError, ValueError) as e:
            print(args, type(e).__name__, e)
    for w in caught:
        print('   ', w.category.__name__, w.message, w.filename.rsplit('/', 1)[-1], w.lineno)
for a, b in [(1, 1), (2, 1), (1.0, 3), (-2, 2)]:
    try:
        print('randint', a, b, g.randint(a, b))
    except ValueError as e:
        print('randint', a, b, 'ValueError', e)

class Floaty(random.Random):
    def random(self):
        return 0.7

f = Floaty()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(f.randrange(10), f.randrange(2 ** 60), f.choice('abc'))
print([w.category.__name__ for w in caught], str(caught[0].message).splitlines()[0])
