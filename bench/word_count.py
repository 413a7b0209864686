"""Dictionary-heavy word counting over text generated with a small LCG: counting,
bigram counts, grouping by length, inverted index, sorting by frequency.

Usage: word_count.py [words]   (default 500000)
"""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu", "an", "or", "el", "is"]


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    vocab = []
    seen = set()
    while len(vocab) < size:
        w = "".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3)))
        if w not in seen:
            seen.add(w)
            vocab.append(w)
    return vocab


def generate(rng, vocab, n):
    # Zipf-like: small indices are much more frequent
    out = []
    size = len(vocab)
    for _ in range(n):
        a = rng.next(size)
        b = rng.next(size)
        out.append(vocab[a * b // size])
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    rng = LCG(2024)
    vocab = make_vocabulary(rng, 1500)
    words = generate(rng, vocab, n)

    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1

    bigrams = {}
    for a, b in zip(words, words[1:]):
        key = (a, b)
        if key in bigrams:
            bigrams[key] += 1
        else:
            bigrams[key] = 1

    by_length = {}
    for w, c in counts.items():
        by_length.setdefault(len(w), []).append((c, w))

    index = {}
    for pos, w in enumerate(words[:50000]):
        lst = index.get(w)
        if lst is None:
            index[w] = [pos]
        else:
            lst.append(pos)

    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_bigram = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
    lengths = sorted((length, len(ws)) for length, ws in by_length.items())
    span = sum(v[-1] - v[0] for v in index.values())
    print(f"top words: {top}")
    print(f"top bigram: {top_bigram}")
    print(f"checksum: word_count words={n} distinct={len(counts)} bigrams={len(bigrams)} "
          f"lengths={lengths} span={span}")


if __name__ == "__main__":
    main()
