tree = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2", "children": []}]},
    {"name": "b", "children": [{"name": "b1", "children": [{"name": "b1x", "children": []}]}]},
]}
def show(node, depth=0):
    print("  " * depth + node["name"])
    for c in node["children"]:
        show(c, depth + 1)
show(tree)
def count(node):
    return 1 + sum(count(c) for c in node["children"])
def height(node):
    return 1 + max((height(c) for c in node["children"]), default=0)
def paths(node, prefix=()):
    p = prefix + (node["name"],)
    if not node["children"]:
        return ["/".join(p)]
    return [x for c in node["children"] for x in paths(c, p)]
print(count(tree), height(tree), paths(tree))
def find(node, name):
    if node["name"] == name:
        return node
    for c in node["children"]:
        r = find(c, name)
        if r:
            return r
    return None
print(find(tree, "b1")["children"][0]["name"], find(tree, "zz"))
