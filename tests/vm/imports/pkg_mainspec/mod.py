import sys

spec = sys.modules["__main__"].__spec__
print(__name__, __package__, spec.name, spec.parent, type(spec.loader).__name__)
print(spec.origin.endswith("pkg_mainspec/mod.py"), __spec__ is spec, type(__loader__).__name__)
src = __loader__.get_source(spec.name)
print(src.splitlines()[0], len(src.splitlines()))
