from _partial_a import A_VALUE
B_VALUE = "b"
