import sys

print(__name__, __spec__.name, __spec__.parent, __package__)
print(sys.modules["__main__"].__spec__.name)
