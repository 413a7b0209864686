import binascii, random
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
samples = [b'', b'hello world', b'a=b', b'caf\xc3\xa9', b'line1\nline2\n', b'line1\r\nline2\r\n', b'trailing space \nx', b'tab\t\nx', b'end space ',
           b'end tab\t', b'.\n', b'.', b'a\n.\nb', b'under_score', b'x' * 200, b'y' * 75 + b'=', b'\x00\x01\x7f\x80\xff', b'a b\tc', b'mixed\r\nand\nlines']
for d in samples:
    for kw in ({}, {'quotetabs': True}, {'istext': False}, {'header': True}):
        e = binascii.b2a_qp(d, **kw)
        print(kw, e, binascii.a2b_qp(e, header=kw.get('header', False)))
for s in [b'=41=42', b'=4', b'=', b'==', b'=\nx', b'=\r\nx', b'=zz', b'a_b', 'text=3D', b'soft=\r  \nbreak', b'=4g', b'=a1']:
    show(binascii.a2b_qp, s)
    show(binascii.a2b_qp, s, header=True)
r = random.Random(5)
for i in range(300):
    d = bytes(r.choice(b'ab =.\t\r\n_\x00\xff') for _ in range(r.randint(0, 100)))
    e = binascii.b2a_qp(d, quotetabs=r.random() < 0.3, istext=r.random() < 0.7, header=r.random() < 0.3)
    print(e, binascii.a2b_qp(e))
show(binascii.b2a_qp, 'str')
show(binascii.a2b_qp, 'é')
