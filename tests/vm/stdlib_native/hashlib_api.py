# hashlib's constructors, keyword arguments, names and errors; pbkdf2_hmac.
import hashlib

print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256', 'sha512'}))
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest())
print(hashlib.new('sha1', b'x', usedforsecurity=False).hexdigest())
print(hashlib.sha256(string=b'abc').hexdigest())
print(hashlib.new('SHA256', b'abc').name)
print(hashlib.new('md5').name, hashlib.sha384().name)
print(type(hashlib.md5()).__name__)
for bad in ['foo', 'sha257']:
    try:
        hashlib.new(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in ['text', 5, None, [1]]:
    try:
        hashlib.sha1(bad)
    except TypeError as e:
        print('TypeError', e)
h = hashlib.md5()
try:
    h.update('str')
except TypeError as e:
    print('TypeError', e)

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
print(hashlib.pbkdf2_hmac('sha512', b'passwordPASSWORD', b'saltSALTsalt', 100, 70).hex())
print(hashlib.pbkdf2_hmac('md5', b'k' * 200, b'', 3, dklen=5).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha384', password=bytearray(b'p'), salt=b's', iterations=10).hex())
for args in [('sha256', b'p', b's', 0), ('sha256', b'p', b's', 1, 0), ('nope', b'p', b's', 1)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    hashlib.pbkdf2_hmac('sha256', 'p', b's', 1)
except TypeError as e:
    print('TypeError', e)

import io
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha1').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
