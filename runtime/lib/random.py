"""Pseudo-random numbers: the Mersenne Twister generator (Random), an OS-entropy
generator (SystemRandom) and the distributions built on them."""

import math as _math
import os as _os
import _random
from bisect import bisect_right as _bisect_right
from collections.abc import Sequence as _Sequence
from itertools import accumulate as _accumulate
from operator import index as _index
from warnings import warn as _warn

__all__ = ("Random SystemRandom betavariate choice choices expovariate "
           "gammavariate gauss getrandbits getstate lognormvariate normalvariate "
           "paretovariate randbytes randint random randrange sample seed setstate "
           "shuffle triangular uniform vonmisesvariate weibullvariate").split()

# Public constants of the module (their values are part of its observable surface).
BPF = 53
RECIP_BPF = 2.0 ** -BPF
TWOPI = 2.0 * _math.pi
LOG4 = _math.log(4.0)
NV_MAGICCONST = 4.0 * _math.exp(-0.5) / _math.sqrt(2.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)

_MASK64 = (1 << 64) - 1


def _legacy_text_seed(text):
    """Version-1 seeding of str/bytes: the 64-bit string hash of old Pythons."""
    if not text:
        return 0
    h = ord(text[0]) << 7
    for ch in text:
        h = ((h * 1000003) ^ ord(ch)) & _MASK64
    h ^= len(text)
    return -2 if h == -1 else h


def _non_index_arg(value, what):
    """randrange() given something operator.index() refuses: integral values
    (2.0) still pass with a warning, anything else fails."""
    as_int = int(value)
    if as_int != value:
        _warn('randrange() will raise TypeError in the future',
              DeprecationWarning, 3)
        raise ValueError(f"non-integer {what} for randrange()")
    _warn('non-integer arguments to randrange() have been deprecated '
          'since Python 3.10 and will be removed in a subsequent version',
          DeprecationWarning, 3)
    return as_int


class Random(_random.Random):
    """Random number generator based on the Mersenne Twister; subclass it and
    override random() (and optionally getrandbits()) to use another core."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # The integer sampler follows whichever primitive the subclass defines
        # nearest in its MRO: a custom _randbelow, getrandbits, or only random.
        super().__init_subclass__(**kwargs)
        for klass in cls.__mro__:
            names = vars(klass)
            if '_randbelow' in names:
                return
            if 'getrandbits' in names:
                cls._randbelow = cls._below_by_bits
                return
            if 'random' in names:
                cls._randbelow = cls._below_by_float
                return

    # -- state ---------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Initialise the state from a (None: OS entropy or the clock)."""
        text_like = isinstance(a, (str, bytes, bytearray))
        if not (text_like or a is None or isinstance(a, (int, float))):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if text_like and version == 2:
            # The text and its SHA-512 digest, read as one big-endian integer.
            raw = bytes(a, 'utf-8') if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _random._sha512(raw), 'big')
        elif text_like and version == 1 and not isinstance(a, bytearray):
            a = _legacy_text_seed(a if isinstance(a, str) else str(a, 'latin-1'))
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Everything needed to restore this generator with setstate()."""
        core = super().getstate()
        return (self.VERSION, core, self.gauss_next)

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        version = state[0]
        if version == 3:
            _, core, self.gauss_next = state
        elif version == 2:
            _, core, self.gauss_next = state
            # Version 2 states could hold signed words; fold them to 32 bits.
            core = tuple(word % 0x100000000 for word in core)
        else:
            raise ValueError(f"state with version {version} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        super().setstate(core)

    # Pickling: a fresh instance of the same class, then its saved state.
    def __reduce__(self):
        return (type(self), (), self.getstate())

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        return self.setstate(state)

    # -- integers ------------------------------------------------------------

    def _below_by_bits(self, n):
        # Rejection sampling with just enough bits: uniform over range(n).
        bits = n.bit_length()
        draw = self.getrandbits
        r = draw(bits)
        while r >= n:
            r = draw(bits)
        return r

    def _below_by_float(self, n, limit=1 << BPF):
        # Only random() is available: it carries BPF bits, so larger ranges
        # cannot be uniform and are scaled instead (with a warning).
        draw = self.random
        if n >= limit:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _math.floor(draw() * n)
        cutoff = (limit - limit % n) / limit
        r = draw()
        while r >= cutoff:
            r = draw()
        return _math.floor(r * limit) % n

    _randbelow = _below_by_bits

    def randrange(self, start, stop=None, step=1):
        """A random element of range(start, stop, step)."""
        try:
            lo = _index(start)
        except TypeError:
            lo = _non_index_arg(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if lo > 0:
                return self._randbelow(lo)
            raise ValueError('empty range for randrange()')
        try:
            hi = _index(stop)
        except TypeError:
            hi = _non_index_arg(stop, 'stop')
        span = hi - lo
        try:
            stride = _index(step)
        except TypeError:
            stride = _non_index_arg(step, 'step')
        if stride == 1:
            if span > 0:
                return lo + self._randbelow(span)
            raise ValueError(f'empty range for randrange() ({lo}, {hi}, {span})')
        if stride > 0:
            count = (span + stride - 1) // stride
        elif stride < 0:
            count = (span + stride + 1) // stride
        else:
            raise ValueError('zero step for randrange()')
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        """n random bytes."""
        bits = self.getrandbits(8 * n)
        return bits.to_bytes(n, 'little')

    # -- sequences -----------------------------------------------------------

    def choice(self, seq):
        """One random element of a non-empty sequence."""
        n = len(seq)
        if n == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(n)]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for last in range(len(x) - 1, 0, -1):
            other = below(last + 1)
            x[other], x[last] = x[last], x[other]

    def sample(self, population, k, *, counts=None):
        """k distinct picks (by position) from population, in selection order."""
        if not isinstance(population, _Sequence):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            # Sample positions of the virtually expanded population, then map
            # each back to its element through the running totals.
            bounds = list(_accumulate(counts))
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(bounds, p)] for p in picks]
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        below = self._randbelow
        out = [None] * k
        # A partial shuffle of a copy costs O(size) memory; tracking chosen
        # positions in a set costs O(k).  Past this threshold the set wins.
        threshold = 21
        if k > 5:
            threshold += 4 ** _math.ceil(_math.log(k * 3, 4))
        if size <= threshold:
            pool = list(population)
            for i in range(k):
                j = below(size - i)
                out[i] = pool[j]
                pool[j] = pool[size - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = below(size)
                while j in taken:
                    j = below(size)
                taken.add(j)
                out[i] = population[j]
        return out

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks with replacement, optionally weighted (relative or cumulative)."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_math.floor(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError('The number of choices must be a keyword '
                                f'argument: k={weights}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _math.isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_bisect_right(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # -- real-valued distributions --------------------------------------------

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: middle)."""
        u = self.random()
        if mode is None:
            peak = 0.5
        else:
            try:
                peak = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > peak:
            # Right of the peak: the mirrored problem, measured from high.
            return high + (low - high) * _math.sqrt((1.0 - u) * (1.0 - peak))
        return low + (high - low) * _math.sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        draw = self.random
        while True:
            u1 = draw()
            u2 = 1.0 - draw()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller; each pair of draws yields two
        values, the second kept for the next call (not thread-safe)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: exp of normalvariate(mu, sigma)."""
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution, angles in [0, 2*pi)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        # Best and Fisher's rejection method.
        half = 0.5 / kappa
        r = half + _math.sqrt(1.0 + half * half)
        while True:
            z = _math.cos(_math.pi * draw())
            d = z / (r + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if draw() > 0.5:
            return (mu + _math.acos(f)) % TWOPI
        return (mu - _math.acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            a_inv = _math.sqrt(2.0 * alpha - 1.0)
            b = alpha - LOG4
            c = alpha + a_inv
            while True:
                u1 = draw()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - draw()
                v = _math.log(u1 / (1.0 - u1)) / a_inv
                x = alpha * _math.exp(v)
                z = u1 * u1 * u2
                r = b + c * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                    return x * beta
        if alpha == 1.0:
            return -_math.log(1.0 - draw()) * beta
        # alpha < 1: Ahrens and Dieter's algorithm GS.
        while True:
            b = (_math.e + alpha) / _math.e
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_math.log((b - p) / alpha)
            u = draw()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _math.exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1], from two gamma variates."""
        first = self.gammavariate(alpha, 1.0)
        if not first:
            return 0.0
        return first / (first + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_math.log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source; it has no
    state, so seed() is ignored and getstate()/setstate() raise."""

    def random(self):
        """A float in [0.0, 1.0) from 53 fresh random bits."""
        return (int.from_bytes(_random._urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        value = int.from_bytes(_random._urandom(nbytes), 'big')
        return value >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n bytes straight from the OS."""
        return _random._urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# The module-level functions are bound methods of one shared generator.
_shared = Random()
seed = _shared.seed
random = _shared.random
uniform = _shared.uniform
triangular = _shared.triangular
randint = _shared.randint
choice = _shared.choice
randrange = _shared.randrange
sample = _shared.sample
shuffle = _shared.shuffle
choices = _shared.choices
normalvariate = _shared.normalvariate
lognormvariate = _shared.lognormvariate
expovariate = _shared.expovariate
vonmisesvariate = _shared.vonmisesvariate
gammavariate = _shared.gammavariate
gauss = _shared.gauss
betavariate = _shared.betavariate
paretovariate = _shared.paretovariate
weibullvariate = _shared.weibullvariate
getstate = _shared.getstate
setstate = _shared.setstate
getrandbits = _shared.getrandbits
randbytes = _shared.randbytes

if hasattr(_os, 'register_at_fork'):
    # A forked child must not replay its parent's sequence.
    _os.register_at_fork(after_in_child=_shared.seed)
