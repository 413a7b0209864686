"""dataclasses and enum in the hot path: frozen and ordered dataclasses, replace, asdict,
field defaults, Enum/IntEnum/Flag lookups, members in dict keys and sorting.
argv[1] = items."""
import dataclasses
import enum
import sys
from dataclasses import dataclass, field


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Prio(enum.IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


@dataclass(order=True, frozen=True)
class Point:
    x: int
    y: int


@dataclass
class Item:
    name: str
    color: Color
    prio: Prio
    pos: Point
    tags: list = field(default_factory=list)
    perm: Perm = Perm.R


def build(n):
    x = 99
    items = []
    colors = list(Color)
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        items.append(Item("i%d" % i, colors[x % 3], Prio(list(Prio)[x % 3].value),
                          Point(x % 100, (x >> 7) % 100), ["a"] * (x % 3),
                          Perm.R | Perm.W if x % 2 else Perm.X))
    return items


def work(items):
    by_color = {}
    for it in items:
        by_color[it.color] = by_color.get(it.color, 0) + int(it.prio)
    moved = [dataclasses.replace(it, pos=Point(it.pos.y, it.pos.x)) for it in items[:2000]]
    ordered = sorted(it.pos for it in moved)
    dicts = [dataclasses.asdict(it) for it in items[:500]]
    writable = sum(1 for it in items if Perm.W in it.perm)
    names = sum(len(Color(it.color.value).name) for it in items)
    eq = sum(1 for a, b in zip(items, items[1:]) if a.pos == b.pos or a == b)
    return ([(c.name, v) for c, v in sorted(by_color.items(), key=lambda kv: kv[0].value)],
            ordered[:3], len(dicts[-1]), writable, names, eq, repr(items[7]))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    items = build(n)
    acc = 0
    for _ in range(4):
        r = work(items)
        acc = (acc * 31 + r[3] + r[4] + r[5]) & 0xffffffff
    print(r[0], r[1], r[6])
    print("checksum:", acc)


main()
