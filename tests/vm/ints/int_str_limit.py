import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    s = str(big)
    print("converted", len(s))
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)))
print(hex(big)[:20], len(hex(big)))
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 9000)))
