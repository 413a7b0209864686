def handler():
    try:
        {}["missing"]
    except KeyError as e:
        print("handling", repr(e))
        return undefined_variable
handler()
