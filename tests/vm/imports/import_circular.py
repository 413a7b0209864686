import _circ_a
import _circ_b
print(_circ_a.use_b())
print(_circ_b.use_a())
print(_circ_a._circ_b is _circ_b, _circ_b._circ_a is _circ_a)
