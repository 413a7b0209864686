# A name passed to __getattr__/__setattr__ that is not interned (built at run time)
# must stay alive when the hook keeps it; a classmethod bound through a class that
# then goes away must keep the class. (The hooks once received such names as
# uncounted references, and the stored name was freed under them.)
import gc


class Recorder:
    def __getattr__(self, name):
        self.__dict__.setdefault("got", []).append(name)
        return len(name)

    def __setattr__(self, name, value):
        self.__dict__.setdefault("set", {})[name] = value


r = Recorder()
for part in "alpha.beta.gamma".split("."):
    getattr(r, part)
    setattr(r, part * 2, part)
del part
gc.collect()
filler = ["filler%d" % i for i in range(2000)]
print(r.got)
print(r.set)


def make():
    class Temporary:
        @classmethod
        def which(cls):
            return cls.__name__
    return Temporary.which


bound = make()
gc.collect()
filler = [type("T%d" % i, (), {}) for i in range(300)]
print(bound(), bound.__self__.__name__)
