def level3(v):
    return v["key"] + 1
def level2(v):
    data = {"key": v}
    return level3(data) * 2
def level1(v):
    return level2(v) - 1
print(level1(10))
print(level1("oops"))
