# super().method(...) sites fuse the zero-argument super() call with the method lookup
# that follows it, and stay so while the instance's class changes between subclasses.
# expect: CALL as:CALL_SUPER_0_METHOD >= 2
# expect: CALL deopt == 0


class Base:
    def step(self, n):
        return n + 1


class A(Base):
    def step(self, n):
        return super().step(n) * 2


class B(A):
    def step(self, n):
        return super().step(n) + 3


total = 0
objs = [A(), B()]
for i in range(2000):
    total += objs[i % 2].step(i)
print(total)
