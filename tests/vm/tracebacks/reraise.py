def f():
    try:
        raise ValueError("orig")
    except ValueError:
        raise

f()
