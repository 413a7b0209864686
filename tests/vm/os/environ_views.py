# os.environ views (keys/values/items), repr, copy.
import os
os.environ['PATH'] = '/usr/bin:/bin'
for k in list(os.environ):
    if k not in ('PATH',):
        del os.environ[k]
os.environ['SPRY_V1'] = 'one'
print(os.environ.keys())
print(os.environ.values())
print(os.environ.items())
print(sorted(os.environ.keys()), sorted(os.environ.values()), sorted(os.environ.items()))
print('SPRY_V1' in os.environ.keys(), 'one' in os.environ.values(), ('SPRY_V1', 'one') in os.environ.items())
print(sorted(os.environ.keys() & {'SPRY_V1', 'X'}), len(os.environ.keys()), sorted(os.environ.keys() - {'PATH'}))
print(os.environ.keys() == {'SPRY_V1', 'PATH'}, dict(os.environ.items()) == dict(os.environ))
print(os.environ)
print(os.environ.copy())
print(os.popitem() if False else '')
