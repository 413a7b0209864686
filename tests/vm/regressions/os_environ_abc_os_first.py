# os.environ is a MutableMapping (os imported before collections.abc).
import os
import collections.abc as cabc

for name in ('Mapping', 'MutableMapping', 'Sized', 'Iterable', 'Container', 'Collection'):
    abc_class = getattr(cabc, name)
    print(name, isinstance(os.environ, abc_class), isinstance(os.environb, abc_class),
          issubclass(type(os.environ), abc_class))
print('Sequence', isinstance(os.environ, cabc.Sequence))
os.environ['SPRY_ABC_PROBE'] = 'v1'
print(isinstance(os.environ.keys(), cabc.KeysView), 'SPRY_ABC_PROBE' in os.environ.keys())
print(('SPRY_ABC_PROBE', 'v1') in os.environ.items())
print(os.environ.pop('SPRY_ABC_PROBE'), 'SPRY_ABC_PROBE' in os.environ)
