x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 0b1001; print(x)
x &= 0b1100; print(x)
x ^= 0b1111; print(x)
f = 7.0
f /= 2; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {'n': 1}
d['n'] += 41
print(d)
class C: pass
c = C(); c.v = 1
c.v *= 100
print(c.v)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
print(m)
