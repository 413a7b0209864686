def run_all():
    errors = []
    for i, v in enumerate(["1", "a", "2", "b"]):
        try:
            int(v)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("conversion failures", errors)
run_all()
