# colorsys: every conversion over a grid of exact and awkward values (ties at the
# hue sector edges, greys, clamping on the way back from YIQ), plus wrapped hues.
import colorsys

vals = [0.0, 1.0, 0.5, 0.25, 1 / 3, 2 / 3, 1e-9, 0.999999, 0.1, 0.7]
for a in vals[:6]:
    for b in vals[3:]:
        for c in (0.0, 0.4, 1.0):
            t = (a, b, c)
            print(t, colorsys.rgb_to_yiq(*t), colorsys.yiq_to_rgb(*t), colorsys.rgb_to_hls(*t))
            print('  ', colorsys.hls_to_rgb(*t), colorsys.rgb_to_hsv(*t), colorsys.hsv_to_rgb(*t))
for h in (-1.25, -0.5, 1.0, 1.5, 2.0 / 3, 5.99 / 6, 7.0):
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.6, 0.6), colorsys.rgb_to_hsv(0.2, 0.2, 0.2))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, sorted(colorsys.__all__))
