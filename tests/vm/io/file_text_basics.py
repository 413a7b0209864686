# Text files: write, read, readline, iteration, append, modes and attributes.
fn = 'io_scratch_file_text_basics.tmp'
with open(fn, 'w') as f:
    print(f.mode, f.name, f.encoding, f.errors, f.line_buffering, f.closed)
    print(f.write('first line\n'), f.write('second\n'), f.write('no newline'))
    print(f.writable(), f.readable(), f.seekable())
print(f.closed, repr(f))
with open(fn) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()))
with open(fn) as f:
    print(f.readlines())
with open(fn) as f:
    print([line for line in f])
with open(fn, 'a') as f:
    f.write('\nappended')
with open(fn, 'rt') as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read()))
    print(repr(f.read()))
with open(fn, 'r+') as f:
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))
with open(fn, 'w') as f:
    f.writelines(['a\n', 'b\n', 'c'])
print(open(fn).read().split('\n'))
with open(fn, 'x' if False else 'w') as f:
    print(f.tell())
    f.write('héllo wörld €\n')
    print(f.tell())
with open(fn, encoding='utf-8') as f:
    s = f.read()
    print(s, len(s))
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, encoding='latin-1') as f:
    print(ascii(f.read()))
with open(fn, 'w', encoding='latin-1') as f:
    f.write('caf\xe9\n')
with open(fn, 'rb') as f:
    print(f.read())
try:
    with open(fn, 'w', encoding='ascii') as f:
        f.write('caf\xe9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
with open(fn, 'w', encoding='ascii', errors='replace') as f:
    f.write('caf\xe9')
print(open(fn).read())
try:
    f.write('x')
except ValueError as e:
    print('ValueError', e)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
