from _partial_b import B_VALUE
A_VALUE = "a"
