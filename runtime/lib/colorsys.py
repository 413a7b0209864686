"""Conversions between RGB and the YIQ, HLS and HSV colour systems.

Every coordinate is a float in [0, 1] (YIQ's I and Q may be negative)."""

__all__ = ['rgb_to_yiq', 'yiq_to_rgb', 'rgb_to_hls', 'hls_to_rgb',
           'rgb_to_hsv', 'hsv_to_rgb']

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp(x):
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


# YIQ (NTSC): luma and two chroma axes.  The way back uses the exact inverse
# of the forward matrix, each channel then clamped into [0, 1].
_YIQ_FROM_RGB_LUMA = (0.30, 0.59, 0.11)
_RGB_FROM_YIQ = ((0.9468822170900693, 0.6235565819861433),
                 (-0.27478764629897834, -0.6356910791873801),
                 (-1.1085450346420322, 1.7090069284064666))


def rgb_to_yiq(r, g, b):
    kr, kg, kb = _YIQ_FROM_RGB_LUMA
    luma = kr * r + kg * g + kb * b
    red_diff, blue_diff = r - luma, b - luma
    return (luma, 0.74 * red_diff - 0.27 * blue_diff, 0.48 * red_diff + 0.41 * blue_diff)


def yiq_to_rgb(y, i, q):
    return tuple(_clamp(y + ki * i + kq * q) for ki, kq in _RGB_FROM_YIQ)


def _hue(r, g, b, top, spread):
    # Position on the colour wheel (0..1) from which channel is largest.
    rc = (top - r) / spread
    gc = (top - g) / spread
    bc = (top - b) / spread
    if r == top:
        sector = bc - gc
    elif g == top:
        sector = 2.0 + rc - bc
    else:
        sector = 4.0 + gc - rc
    return (sector / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    top = max(r, g, b)
    bottom = min(r, g, b)
    total = top + bottom
    spread = top - bottom
    lightness = total / 2.0
    if top == bottom:
        return 0.0, lightness, 0.0
    if lightness <= 0.5:
        saturation = spread / total
    else:
        saturation = spread / (2.0 - top - bottom)
    return _hue(r, g, b, top, spread), lightness, saturation


def _channel(low, high, hue):
    # One RGB channel of an HLS colour: a trapezoid over the hue circle.
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return low + (high - low) * hue * 6.0
    if hue < 0.5:
        return high
    if hue < TWO_THIRD:
        return low + (high - low) * (TWO_THIRD - hue) * 6.0
    return low


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    high = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    low = 2.0 * l - high
    return (_channel(low, high, h + ONE_THIRD), _channel(low, high, h),
            _channel(low, high, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    top = max(r, g, b)
    bottom = min(r, g, b)
    spread = top - bottom
    if top == bottom:
        return 0.0, 0.0, top
    return _hue(r, g, b, top, spread), spread / top, top


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    within = (h * 6.0) - sector
    floor = v * (1.0 - s)
    falling = v * (1.0 - s * within)
    rising = v * (1.0 - s * (1.0 - within))
    # Which channel rises, falls or stays full depends on the sixth of the wheel.
    return ((v, rising, floor), (falling, v, floor), (floor, v, rising),
            (floor, falling, v), (rising, floor, v), (v, floor, falling))[sector % 6]
