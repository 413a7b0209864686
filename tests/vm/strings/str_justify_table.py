header = ["Name", "Lang", "Stars"]
rows = [["spry", "C", "1234"], ["tiny", "Python", "7"], ["名前", "日本語", "42"]]
widths = [max(len(r[i]) for r in [header] + rows) for i in range(3)]
print(widths)
def line(cells):
    return "| " + " | ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print(line(header))
print(sep)
for r in rows:
    print(line(r))
print(sep)
print("abc".center(10, "·"), "·".join("abc").center(11, "="))
