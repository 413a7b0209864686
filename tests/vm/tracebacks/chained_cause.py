def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("could not parse") from e

parse("x")
