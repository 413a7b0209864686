print("circ_b: start")
import _circ_a
B_NAME = "module b"
def use_a():
    return "b uses " + _circ_a.A_NAME
print("circ_b: end, a has A_NAME yet:", hasattr(_circ_a, "A_NAME"))
