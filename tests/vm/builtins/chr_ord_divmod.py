print(chr(65), chr(0x263A), ord("A"), ord("☺"), [chr(i) for i in range(97, 102)])
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 9))
class D:
    def __divmod__(self, other): return ("divmod", other)
    def __rdivmod__(self, other): return ("rdivmod", other)
print(divmod(D(), 3), divmod(3, D()))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
