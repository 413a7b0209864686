café = 1
naïve = café + 1
π = 3.14159
Ω = "ohm"
变量 = 2
переменная = 3
ζ_1 = π * 2
def 函数(参数):
    return 参数
class Δ: pass
x = Δ.attr
print(f"{café} {π}")
µ = 1
