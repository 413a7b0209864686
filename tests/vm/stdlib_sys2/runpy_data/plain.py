"""Plain helper module for the runpy tests."""
import sys

seen = sorted(k for k in globals() if k not in ("__builtins__", "sys"))
print("plain runs as", __name__, "package", repr(__package__))
print("  spec", __spec__ and __spec__.name, "file", __file__.rpartition("/")[2])
print("  argv0", sys.argv[0].rpartition("/")[2], "registered", sys.modules.get(__name__) is not None)
print("  init seen", globals().get("given"), globals().get("value"))
value = "set by plain"
