import sys
LOADED = True
def __getattr__(name):
    if name.startswith("dyn_"):
        return f"dynamic {name[4:]}"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["LOADED", "dyn_example", "custom_listing"]
