print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=40))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "val"}))
class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P()))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "mid"))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{{}} {{{}}}".format("in braces"))
print("{0:{1}}|{0:>{1}}|".format("w", 5))
print("{:,} {:_} {:.3} {:08.3f}".format(10 ** 7, 10 ** 7, "truncate", -3.14159))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} {y}".format_map(Default(x="X")))
for fmt, args, kw in [("{}{}", (1,), {}), ("{0}{}", (1, 2), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}), ("{:d}", ("s",), {}), ("}", (), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
