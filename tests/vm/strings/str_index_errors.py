s = "abc"
ops = [
    lambda: s[3],
    lambda: s[-4],
    lambda: s[1.0],
    lambda: s[None:None:0],
    lambda: s.index("z"),
    lambda: "%d" % "x",
    lambda: s + 1,
    lambda: s * "2",
    lambda: s * 1.5,
    lambda: s.foo,
    lambda: len(5),
    lambda: "{}".format(),
    lambda: "x".center(),
    lambda: s.encode("no-such-codec"),
    lambda: "abc".join(1),
]
for op in ops:
    try:
        op()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
