# C functions reject unknown keywords with 3.11's wording.
def attempt(f, **kw):
    try:
        f(**kw)
    except TypeError as e:
        print(e)

attempt(lambda **k: "a b".split(**k), x=1)
attempt(lambda **k: sorted([], **k), x=1)
attempt(lambda **k: round(1.5, **k), x=1)
attempt(lambda **k: [3, 1].sort(**k), x=1)
attempt(lambda **k: int("1", **k), x=1)
