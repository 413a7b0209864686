try:
    from tbhelpers.errors import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name)
from tbhelpers import missing_submodule
