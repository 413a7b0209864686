try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise KeyError(2) from e
except KeyError:
    raise RuntimeError(3)
