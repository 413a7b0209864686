import gc
log = []
def tracked(name):
    try:
        yield 1
        yield 2
    finally:
        log.append(f"finally {name}")
g = tracked("a")
next(g)
del g
gc.collect()
print(log)
def loop_break():
    for v in tracked("b"):
        break
    return "broke"
print(loop_break())
gc.collect()
print(log)
g2 = tracked("c")
print(list(g2))
print(log)
def exhausted_no_finally_twice():
    g = tracked("d")
    list(g)
    g.close()
exhausted_no_finally_twice()
print(log)
