# Encoding with surrogateescape: the error for an unencodable run starts at its first
# character that is not an escaped byte and ends at the run's end, as CPython's.
for s, enc in [('a€\udcff', 'ascii'), ('a\udcff€b', 'ascii'), ('x\udc80\udcffé€y', 'latin-1'), ('\udc80€\udc81', 'ascii'), ('ok\udcffok', 'ascii'), ('€', 'latin-1')]:
    try:
        print(repr(s.encode(enc, 'surrogateescape')))
    except UnicodeEncodeError as e:
        print(e.start, e.end, e)
for s in ['x\udcff\ud800y', '\ud800\udcff', 'a\udc80\udc81\ud801\udc82', '\udcff\udcfe']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        try:
            print(enc, repr(s.encode(enc, 'surrogateescape')))
        except UnicodeEncodeError as e:
            print(enc, e.start, e.end, e.reason)
