# csv.Sniffer on a generated corpus: delimiters, quote characters, doubled quotes, padding
# spaces, restricted delimiter sets, has_header, and the cases it cannot decide.
import csv


class Lcg:
    """A small fixed generator, so the corpus does not depend on the random module."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state >> 12   # the low bits of this generator cycle quickly

    def random(self):
        return self.next() / 2 ** 19

    def randint(self, low, high):
        return low + self.next() % (high - low + 1)

    def choice(self, items):
        return items[self.next() % len(items)]

    def uniform(self, low, high):
        return low + (high - low) * self.random()


rng = Lcg(1234)

words = ['alpha', 'b', 'Ceta', 'x y', 'quote"d', "it's", 'a,b', 'semi;colon', 'tab\tin', '12', '3.5', '-7', '1e3', '2j', '', 'NaN', 'long word here', 'pipe|x', 'col:on']


def field(q, kind):
    if kind == 'num': v = str(rng.choice([rng.randint(-999, 9999), round(rng.uniform(-50, 50), 2)]))
    elif kind == 'fixed': v = ''.join(rng.choice('abcdef') for _ in range(4))
    else: v = rng.choice(words)
    if q and (rng.random() < 0.5 or any(c in v for c in ',;\t|: "\'')):
        v = q + v.replace(q, q + q) + q
    return v


samples = []
for i in range(400):
    d = rng.choice([',', ';', '\t', '|', ':', ' ', '#', 'x', '-'])
    q = rng.choice(['', '"', "'", '"'])
    space = rng.random() < 0.2
    ncols = rng.randint(1, 6)
    kinds = [rng.choice(['num', 'fixed', 'word']) for _ in range(ncols)]
    nrows = rng.randint(1, 30)
    eol = rng.choice(['\n', '\r\n', '\n'])
    rows = []
    if rng.random() < 0.6:
        rows.append((d + (' ' if space else '')).join(rng.choice(['name', 'Age', 'c3', 'value', 'x']) + str(j) for j in range(ncols)))
    for r in range(nrows):
        n = ncols if rng.random() < 0.9 else rng.randint(1, ncols + 2)
        rows.append((d + (' ' if space else '')).join(field(q, kinds[j % ncols]) for j in range(n)))
    text = eol.join(rows) + (eol if rng.random() < 0.7 else '')
    if rng.random() < 0.1:
        text = text[:rng.randint(0, len(text))]
    samples.append(text)
samples += ['', 'a', '\n\n', '"a"', '"a"\n"b"\n', "'x','y'\n", 'a b c\nd e f\n', 'a, b\nc, d\n', '"a";"b"\n"c";"d"\n', '1;2,3\n4;5,6\n',
            '"a""b",c\n', 'x""y"z\n', '"one"\r\n"two"\r\n', 'h1|h2\r\n1|2\r\n3|4\r\n', '"a" , "b"\n', ',,,\n,,,\n']
for i, s in enumerate(samples):
    sn = csv.Sniffer()
    out = []
    for delims in (None, ',;', '|'):
        try:
            d = sn.sniff(s, delims)
            out.append((d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, d.quoting, d.lineterminator))
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
    try:
        out.append(sn.has_header(s))
    except Exception as e:
        out.append(f'{type(e).__name__}: {e}')
    print(i, out)
