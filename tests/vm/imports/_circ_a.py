print("circ_a: start")
import _circ_b
A_NAME = "module a"
def use_b():
    return "a uses " + _circ_b.B_NAME
print("circ_a: end, sees b partially:", hasattr(_circ_b, "B_NAME"))
