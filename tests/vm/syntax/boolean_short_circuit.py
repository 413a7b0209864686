def t(name, val):
    print("eval", name)
    return val

print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0) or t("c", 3))
print(t("a", "x") or t("b", "y"))
print(not t("a", []))
print(t("a", 1) and t("b", 0) or t("c", "fallback"))
print([] or {} or "" or 0 or None)
print(1 and [] and 3)
print(type(5 and 6).__name__, 5 and 6)
r = t("x", None) if t("cond", False) else t("y", "else branch")
print(r)
print(t("c1", 1) < t("c2", 2) < t("c3", 0) < t("c4", 9))
