"""Descriptive statistics for real-valued data: averages (mean, fmean,
geometric_mean, harmonic_mean, median and its variants, mode, multimode,
quantiles), spread (variance, stdev and their population forms), relations
between two variables (covariance, correlation, linear_regression) and the
NormalDist class.

Sums of data are taken exactly (as fractions) and rounded once, so results do
not depend on the order of the data; the result has the data's own type where
the data types allow (int, Fraction, float, Decimal)."""

import math
import numbers
import random
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from decimal import Decimal
from fractions import Fraction
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau

__all__ = ('NormalDist StatisticsError correlation covariance fmean geometric_mean '
           'harmonic_mean linear_regression mean median median_grouped median_high '
           'median_low mode multimode pstdev pvariance quantiles stdev variance').split()


class StatisticsError(ValueError):
    pass


# -- exact arithmetic helpers -------------------------------------------------

def _parts(x):
    """x as (numerator, denominator); (x, None) for a NaN or infinity."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' "
                        f"to numerator/denominator") from None


def _wider(T, S):
    """The type a mix of T and S data is reported in."""
    if T is S or S is int or S is bool:
        return T
    if T is int or issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    # Otherwise an int subclass gives way to anything, then a Fraction to a float.
    pairs = ((T, S), (S, T))
    for loser, winner in pairs:
        if issubclass(loser, int):
            return winner
    for loser, winner in pairs:
        if issubclass(loser, Fraction) and issubclass(winner, float):
            return winner
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


class _Tally:
    """Exact running sums of values (and optionally their squares), grouped by
    denominator so most additions stay integer additions."""

    def __init__(self, squares=False):
        self.count = 0
        self.kind = int
        self.kinds_seen = set()
        self.sums = {}
        self.square_sums = {} if squares else None
        self.special = None    # sum of the NaNs/infinities met, if any

    def add_all(self, data):
        sums = self.sums
        square_sums = self.square_sums
        seen = self.kinds_seen
        for x in data:
            kind = type(x)
            if kind not in seen:
                seen.add(kind)
                self.kind = _wider(self.kind, kind)
            num, den = _parts(x)
            self.count += 1
            if den is None:
                self.special = num if self.special is None else self.special + num
                continue
            sums[den] = sums.get(den, 0) + num
            if square_sums is not None:
                square_sums[den] = square_sums.get(den, 0) + num * num
        return self

    def total(self):
        if self.special is not None:
            return self.special
        return sum(Fraction(n, d) for d, n in self.sums.items())

    def total_of_squares(self):
        return sum(Fraction(n, d * d) for d, n in self.square_sums.items())


def _tally(data):
    t = _Tally().add_all(data)
    return t.kind, t.total(), t.count


def _as_type(value, T):
    """The exact value (a Fraction, or a special float) rounded to type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        # A mean of ints need not be whole.
        return float(value)
    if issubclass(T, Decimal) and isinstance(value, Fraction):
        # Decimal takes no Fraction: divide in the current context instead.
        return T(value.numerator) / T(value.denominator)
    return T(value)


def _sum_of_squares(data, center=None):
    """(type, sum of squared deviations, center, count).  With no center the
    deviations are from the exact mean, all exactly; a given center is
    subtracted in the data's own arithmetic, as the caller asked."""
    if center is not None:
        T, ss, n = _tally((x - center) * (x - center) for x in data)
        return T, ss, center, n
    t = _Tally(squares=True).add_all(data)
    n = t.count
    if not n:
        ss = center = Fraction(0)
    elif t.special is not None:
        ss = center = t.special
    else:
        sx = t.total()
        ss = (n * t.total_of_squares() - sx * sx) / n
        center = sx / n
    return t.kind, ss, center, n


def _rational_sqrt_float(num, den):
    """sqrt(num/den) correctly rounded to a float."""
    if num <= 0:
        return 0.0 if num == 0 else math.sqrt(num / den)
    # Scale so the integer root has at least 55 bits; a root that is not
    # exact gets its lowest bit set (round to odd), after which one rounding
    # to 53 bits is the correct rounding of the true root.
    shift = 56 - (num.bit_length() - den.bit_length()) // 2
    if shift >= 0:
        top, bottom = num << (2 * shift), den
    else:
        top, bottom = num, den << (-2 * shift)
    root = math.isqrt(top // bottom)
    if root * root * bottom != top:
        root |= 1
    if shift >= 0:
        return root / (1 << shift)
    return float(root << -shift)


def _rational_sqrt_decimal(num, den):
    """sqrt(num/den) correctly rounded in the current decimal context."""
    if num <= 0:
        if not num:
            return Decimal('0.0')
        num, den = -num, -den
    guess = (Decimal(num) / Decimal(den)).sqrt()
    # The context rounds the quotient and then the root: check the guess
    # against the midpoints to its neighbours, exactly, and step if needed.
    gn, gd = guess.as_integer_ratio()
    up = guess.next_plus()
    un, ud = up.as_integer_ratio()
    if 4 * num * (gd * ud) ** 2 > den * (gd * un + ud * gn) ** 2:
        return up
    down = guess.next_minus()
    dn, dd = down.as_integer_ratio()
    if 4 * num * (gd * dd) ** 2 < den * (gd * dn + dd * gn) ** 2:
        return down
    return guess


def _root_of(ms, T):
    # ms is exact unless the data held a NaN or infinity; asking it for its
    # numerator then fails, as it does in CPython.
    num, den = ms.numerator, ms.denominator
    if issubclass(T, Decimal):
        return _rational_sqrt_decimal(num, den)
    return _rational_sqrt_float(num, den)


# -- averages -----------------------------------------------------------------

def mean(data):
    """Arithmetic mean, exact until rounded to the data's type."""
    T, total, n = _tally(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(total / n, T)


def fmean(data, weights=None):
    """Arithmetic mean (optionally weighted) in fast float arithmetic."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        n_weights = len(weights)
    except TypeError:
        weights = list(weights)
        n_weights = len(weights)
    weighted = fsum(x * w for x, w in zip(data, weights))
    if n != n_weights:
        raise StatisticsError('data and weights must be the same length')
    weight_sum = fsum(weights)
    if not weight_sum:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight_sum


def geometric_mean(data):
    """Geometric mean, through the mean of the logarithms (floats)."""
    try:
        mean_log = fmean(map(log, data))
    except ValueError:
        # log() of a non-positive value, or no data at all.
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None
    return exp(mean_log)


def _no_negatives(values, message):
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


def harmonic_mean(data, weights=None):
    """Harmonic mean (optionally weighted): the reciprocal of the mean of
    reciprocals.  Zero if any value is zero; negative values are errors."""
    negative = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (numbers.Real, Decimal)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is not None:
        weights = list(weights) if iter(weights) is weights else weights
        if n != len(weights):
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _tally(_no_negatives(weights, negative))[1]
    else:
        weights = [1] * n
        weight_sum = n
    try:
        # Each term in the data's own arithmetic; the sum is exact.
        T, total, _ = _tally(w / x if w else 0
                             for w, x in zip(weights, _no_negatives(data, negative)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight_sum / total, T)


def median(data):
    """Middle value; the mean of the two middle values for even sizes."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Middle value; the smaller middle value for even sizes."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError('no median for empty data')
    return ordered[(n - 1) // 2]


def median_high(data):
    """Middle value; the larger middle value for even sizes."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError('no median for empty data')
    return ordered[n // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped in classes of width interval centred on the
    values, interpolated within the middle class (a float)."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError('no median for empty data')
    middle = ordered[n // 2]
    below = bisect_left(ordered, middle)
    through = bisect_right(ordered, middle, lo=below)
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (n / 2 - below) / (through - below)


def mode(data):
    """The most common value (the first met among equally common ones)."""
    ranked = Counter(iter(data)).most_common(1)
    if not ranked:
        raise StatisticsError('no mode for empty data')
    return ranked[0][0]


def multimode(data):
    """All the most common values, in the order first met."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n groups of equal probability,
    interpolated linearly ('exclusive': R type 6; 'inclusive': R type 7)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            cuts.append((ordered[j] * (n - frac) + ordered[j + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            cuts.append((ordered[j - 1] * (n - frac) + ordered[j] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# -- spread -------------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (n - 1 degrees of freedom); xbar: the mean, if known."""
    T, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance; mu: the mean, if known."""
    T, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(ss / n, T)


def stdev(data, xbar=None):
    """Sample standard deviation, correctly rounded."""
    T, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_of(ss / (n - 1), T)


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    T, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_of(ss / n, T)


def _center_and_stdev(data):
    # For NormalDist.from_samples: the mean and sample stdev as floats.
    T, ss, center, n = _sum_of_squares(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    ms = ss / (n - 1)
    try:
        return float(center), _rational_sqrt_float(ms.numerator, ms.denominator)
    except AttributeError:
        # A NaN or infinity in the data: propagate it.
        return float(center), float(center) / float(ss)


# -- two variables -------------------------------------------------------------

def _check_pairs(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same '
                              f'number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _products_sum(x, y, centers=None):
    """fsum of xi * yi, or of (xi - cx) * (yi - cy) given centers (cx, cy)."""
    if centers is None:
        return fsum(xi * yi for xi, yi in zip(x, y))
    cx, cy = centers
    return fsum((xi - cx) * (yi - cy) for xi, yi in zip(x, y))


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    n = _check_pairs(x, y, 'covariance')
    means = (fsum(x) / n, fsum(y) / n)
    return _products_sum(x, y, means) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    n = _check_pairs(x, y, 'correlation')
    xbar, ybar = fsum(x) / n, fsum(y) / n
    spread = _products_sum(x, x, (xbar, xbar)) * _products_sum(y, y, (ybar, ybar))
    try:
        return _products_sum(x, y, (xbar, ybar)) / sqrt(spread)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares line y = slope * x + intercept (through the origin when
    proportional), as a LinearRegression named tuple."""
    n = _check_pairs(x, y, 'linear regression')
    if proportional:
        xbar = ybar = None
        covar, var = _products_sum(x, y), _products_sum(x, x)
    else:
        xbar, ybar = fsum(x) / n, fsum(y) / n
        covar = _products_sum(x, y, (xbar, ybar))
        var = _products_sum(x, x, (xbar, xbar))
    try:
        slope = covar / var
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    if xbar is None:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=ybar - slope * xbar)


# -- the normal distribution ----------------------------------------------------

# Wichura's algorithm AS 241 (Applied Statistics 37, 1988): rational
# approximations of the normal quantile function in three regions, each a
# pair of degree-7 polynomials, coefficients from the constant term up.
_AS241_CENTRAL = (
    (3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
     1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
     3.3430575583588128105e+4, 2.5090809287301226727e+3),
    (1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2,
     5.3941960214247511077e+3, 2.1213794301586595867e+4, 3.9307895800092710610e+4,
     2.8729085735721942674e+4, 5.2264952788528545610e+3))
_AS241_NEAR = (
    (1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
     3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
     2.27238449892691845833e-2, 7.74545014278341407640e-4),
    (1.0, 2.05319162663775882187e0, 1.67638483018380384940e0,
     6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2,
     5.47593808499534494600e-4, 1.05075007164441684324e-9))
_AS241_FAR = (
    (6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
     2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
     2.71155556874348757815e-5, 2.01033439929228813265e-7),
    (1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
     1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5,
     1.42151175831644588870e-7, 2.04426310338993978564e-15))


def _horner(coefficients, r):
    # Highest degree first: ((c7 r + c6) r + ...) r + c0.
    acc = coefficients[-1]
    for c in reversed(coefficients[:-1]):
        acc = acc * r + c
    return acc


def _standard_normal_quantile(p):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRAL
        return _horner(top, r) * q / _horner(bottom, r)
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        top, bottom = _AS241_NEAR
    else:
        r -= 5.0
        top, bottom = _AS241_FAR
    z = _horner(top, r) / _horner(bottom, r)
    return -z if q < 0.0 else z


_SQRT2 = sqrt(2.0)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = {
        '_mu': 'the arithmetic mean',
        '_sigma': 'the standard deviation',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution fitted to data (its mean and sample stdev)."""
        center, spread = _center_and_stdev(data)
        return cls(center, spread)

    def samples(self, n, *, seed=None):
        """n random draws (reproducible with a seed)."""
        source = random if seed is None else random.Random(seed)
        return [source.gauss(self._mu, self._sigma) for _ in range(n)]

    def _needs_spread(self, method):
        if not self._sigma:
            raise StatisticsError(f'{method}() not defined when sigma is zero')

    def pdf(self, x):
        """Probability density at x."""
        var = self.variance
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        dev = x - self._mu
        return exp(dev * dev / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        """Probability that a draw is at most x."""
        self._needs_spread('cdf')
        z = (x - self._mu) / (self._sigma * _SQRT2)
        return 0.5 * (1.0 + erf(z))

    def inv_cdf(self, p):
        """The x with cdf(x) == p (the quantile function), for 0 < p < 1."""
        if not 0.0 < p < 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """The n-1 cut points dividing the distribution into n equal parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The area shared by the two densities (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # Order so that `wide` has the larger (sigma, mu).
        narrow, wide = self, other
        if (wide._sigma, wide._mu) < (narrow._sigma, narrow._mu):
            narrow, wide = wide, narrow
        nv, wv = narrow.variance, wide.variance
        if not nv or not wv:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = wv - nv
        dm = fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * narrow._sigma * _SQRT2))
        # The densities cross at two points; integrate between them.
        a = narrow._mu * wv - wide._mu * nv
        b = narrow._sigma * wide._sigma * sqrt(dm * dm + dv * log(wv / nv))
        gap = 0.0
        for cross in ((a + b) / dv, (a - b) / dv):
            gap += fabs(wide.cdf(cross) - narrow.cdf(cross))
        return 1.0 - gap

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._needs_spread('zscore')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='The mean (also median and mode).')
    median = mode = mean
    stdev = property(lambda self: self._sigma, doc='The standard deviation.')
    variance = property(lambda self: self._sigma * self._sigma, doc='The variance.')

    # Shifting and scaling by constants; sums and differences of independent
    # normal variables, whose variances add.
    def __add__(self, other):
        if not isinstance(other, NormalDist):
            return NormalDist(self._mu + other, self._sigma)
        return NormalDist(self._mu + other._mu, hypot(self._sigma, other._sigma))

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, NormalDist):
            return NormalDist(self._mu - other, self._sigma)
        return NormalDist(self._mu - other._mu, hypot(self._sigma, other._sigma))

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * fabs(k))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        return hash(self.__getstate__())

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    # Pickling (the class has slots and no __dict__).
    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
