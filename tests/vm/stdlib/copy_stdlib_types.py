import copy, dataclasses, collections, enum, types
@dataclasses.dataclass(frozen=True, slots=True)
class FS:
    a: list
@dataclasses.dataclass(frozen=True)
class F:
    a: list
    b: int = 2
@dataclasses.dataclass
class D:
    items: list
    f: F
for obj in (FS([1]), F([2]), D([3], F([4]))):
    c = copy.copy(obj); d = copy.deepcopy(obj)
    print(c, d, c == obj, d == obj, c is obj, d is obj)
print(copy.deepcopy(D([1], F([2]))).f.a)
P = collections.namedtuple('P', 'x y')
p = P([1], 2)
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p).x is p.x, type(copy.deepcopy(p)).__name__)
od = collections.OrderedDict(a=[1]); print(copy.deepcopy(od), type(copy.copy(od)).__name__)
dd = collections.defaultdict(list, {'k': [1]}); d2 = copy.deepcopy(dd); print(d2, d2.default_factory, d2['k'] is dd['k'])
dq = collections.deque([[1], 2], maxlen=5); dq2 = copy.deepcopy(dq); print(dq2, dq2[0] is dq[0], copy.copy(dq))
ctr = collections.Counter('aab'); print(copy.copy(ctr), copy.deepcopy(ctr))
class E(enum.Enum):
    A = [1]
print(copy.deepcopy({'e': E.A})['e'] is E.A)
