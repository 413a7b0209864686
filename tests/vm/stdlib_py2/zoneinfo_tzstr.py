# zoneinfo: POSIX TZ-string footers (Jn, n and Mm.w.d rules, transition times, errors).
import io, struct, sys
from zoneinfo import ZoneInfo
from datetime import datetime
def tzif(footer, types=((0, 0, 0),), abbrs=b'XXX\0'):
    def block(ts):
        return b'TZif2' + b'\0' * 15 + struct.pack('>6l', 0, 0, 0, 0, len(types), len(abbrs)) + b''.join(struct.pack('>lbb', *t) for t in types) + abbrs
    return block(4) + block(8) + b'\n' + footer + b'\n'
for f in [b'XXX3YYY,J59/0,J300', b'XXX3YYY,59/0,300', b'XXX3YYY,0/0,365', b'XXX3YYY,J1/0,J365', b'XXX3YYY,M3.5.0/-1,M10.5.0/25', b'XXX3YYY4,M3.5.0,M10.5.0/25', b'XXX3YYY4', b'XXX3YYY4,', b'XXX3YYY,M3.5.0,M10.5.0x', b'XX3YYY,M3.5.0,M10.5.0', b'X3YYY,M3.5.0,M10.5.0', b'<A>3<B>,M3.5.0,M10.5.0', b'<A+1>3<B>,M3.5.0,M10.5.0', b'XXX+3:30:15YYY-4,M3.5.0,M10.5.0', b'XXX123', b'XXX3:60', b'XXX', b'XXX3YYY,J0,J365', b'XXX3YYY,366,1', b'XXX3YYY,M3.5.0/168,M10.5.0', b'XXX3YYY,M3.5.0/-167,M10.5.0', b'XXX3YYY,M12.5.6/1:2:3,M1.1.0', b'XXX3YYY,M3.5.0/1:2,M10.5.0']:
    try:
        z = ZoneInfo.from_file(io.BytesIO(tzif(f)))
        r = []
        for m in [datetime(2024,1,1,0,30), datetime(2024,2,27,12), datetime(2024,2,28,12), datetime(2024,2,29,12), datetime(2024,3,1,12), datetime(2023,3,1,0,30), datetime(2024, 3, 31, 0, 30), datetime(2024,10,26,12), datetime(2024,10,27,12), datetime(2024,12,31,12)]:
            a = m.replace(tzinfo=z); r.append((a.tzname(), int(a.utcoffset().total_seconds())))
        print(f, r)
    except Exception as e: print(f, type(e).__name__, e)
for f in [b'XXX3YYY4x', b'XXX3YYY4;M3.5.0,M10.5.0', b'XXX3,', b'XXX3YYY,M3.5.0', b'XXX3YYY,M3.5.0,', b'XXX3YYY,M3.5.0;M10.5.0', b'XXX-24', b'XXX+24:59:59', b'XXX3YYY,M3.5.0/167:59:59,M10.5.0', b'XXX3YYY,M03.5.0,M10.5.0', b'XXX3YYY,M3.05.0,M10.5.0', b'XXX3YYY,J060,J365', b'XXX3YYY,0365,1', b'XXX3YYY,M3.5.0/,M10.5.0', b'XXX3YYY,M3.5.0/+2,M10.5.0', b'<>3', b'<AB3', b'XXX03', b'XXX3YYY,M3.5.0/-2:30,M10.5.0/-0:15']:
    try:
        z = ZoneInfo.from_file(io.BytesIO(tzif(f))); print(f, 'ok', datetime(2024,7,1,tzinfo=z).utcoffset(), datetime(2024,1,1,tzinfo=z).utcoffset(), datetime(2024,3,30,21,45,tzinfo=z).tzname(), datetime(2024,3,30,21,15,tzinfo=z).tzname(), datetime(2024,10,26,23,50,tzinfo=z).tzname())
    except Exception as e: print(f, type(e).__name__, e)
