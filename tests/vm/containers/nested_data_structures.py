inventory = {
    "fruits": [{"name": "apple", "qty": 5}, {"name": "pear", "qty": 0}],
    "veg": [{"name": "kale", "qty": 12}],
    "meta": {"updated": (2024, 1, 15), "tags": ["fresh", "local"]},
}
print(inventory)
total = sum(item["qty"] for cat in ("fruits", "veg") for item in inventory[cat])
print(total)
in_stock = [i["name"] for cat in ("fruits", "veg") for i in inventory[cat] if i["qty"]]
print(in_stock)
inventory["fruits"].append({"name": "fig", "qty": 3})
inventory["meta"]["tags"].insert(0, "new")
print(inventory["fruits"][-1], inventory["meta"]["tags"])
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
print(depth(inventory), depth([]), depth([[[]]]))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, 5]), []], 6])))
