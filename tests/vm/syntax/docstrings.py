"""Module docstring here."""

def f():
    """Function docstring."""
    return 1

def g():
    x = 1
    """not a docstring"""
    return x

def h():
    pass

class C:
    """Class doc.

    Second paragraph.
    """
    def m(self):
        '''method doc'''

print(__doc__)
print(f.__doc__)
print(g.__doc__)
print(h.__doc__)
print(repr(C.__doc__))
print(C.m.__doc__)
print(C().m.__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__)
def numdoc():
    42
print(numdoc.__doc__)
