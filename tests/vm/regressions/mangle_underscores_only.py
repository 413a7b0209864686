# Names made only of underscores end in "__", so class bodies do not mangle them
# (dataclasses' conventional `_: KW_ONLY` / `__: KW_ONLY` markers rely on it).
class A:
    _ = 1
    __ = 2
    ___ = 3
    __x = 4

    def get(self):
        return __, ___, self.__x


__ = 'module'
___ = 'module3'
print(sorted(k for k in A.__dict__ if not k.startswith('__') or k.strip('_') == ''))
print(A.get.__code__.co_names, A().get())
print(A.__, A.___, A._A__x)
