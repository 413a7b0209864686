# time.struct_time has 9 items; tm_zone and tm_gmtoff are attributes only.
import time
t = time.gmtime(86400 * 365)
print(t)
print(len(t), t[:3], t.tm_zone, t.tm_gmtoff, tuple(t)[-1])
u = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0))
print(u.tm_year, u.tm_zone, u.tm_gmtoff, len(u))
v = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0, "XYZ", 3600))
print(v.tm_zone, v.tm_gmtoff, len(v), v == u)
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
print(time.strftime("%Y-%m-%d", u), time.mktime(time.localtime(1000)) == 1000.0)
