total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,   # comment inside brackets
    3,
]
print(values)
a = 1; b = 2; c = a + b; print(c)
if a: print("x"); print("y")
result = (1
          + 2
          * 3)
print(result)
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
d = {
    'k':
        'v',
}
print(d)
def f(
    x,
    y,
):
    return x + y
print(f(
    1,
    2,
))
print("tab\tindent ok")
