def f(i):
    raise ValueError(f"bad {i}")

errors = []
for i in range(3):
    try:
        f(i)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("collected", errors)
