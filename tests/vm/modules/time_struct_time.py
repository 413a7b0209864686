import time
st = time.gmtime(1234567890)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(tuple(st), len(st), st[0], st[-1])
print(type(st).__name__, st.tm_zone, st.tm_gmtoff)
print(time.strftime("%a %b %d %H:%M:%S %Y", st), time.strftime("%j %U %w %%", st))
print(time.asctime(st))
leap = time.gmtime(951782400)
print(leap.tm_mon, leap.tm_mday, leap.tm_yday)
for t in [0, 86399, 86400, 2 ** 31 - 1, 4102444800]:
    g = time.gmtime(t)
    print(t, g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
print(time.strptime("2024-02-29", "%Y-%m-%d")[:3] if False else "skip strptime")
