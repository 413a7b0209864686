from . import mod_a
from .mod_a import double
B_VALUE = double(mod_a.A_VALUE)
