# os.environ is a MutableMapping (collections.abc imported before os).
import collections.abc as cabc
import os


def takes_mapping(m):
    return 'mapping' if isinstance(m, cabc.MutableMapping) else 'other'


print(takes_mapping(os.environ), takes_mapping(os.environb), takes_mapping([]))
print(issubclass(type(os.environ), cabc.Mapping), issubclass(type(os.environ), cabc.Hashable))
print(isinstance(os.environ, cabc.Set), isinstance(os.environ, cabc.Reversible))
