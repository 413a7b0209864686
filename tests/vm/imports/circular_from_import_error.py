try:
    import _partial_a
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, e.name)
    print(msg.split(" (")[0])
    print("most likely due to a circular import" in msg)
import sys
print("_partial_a" in sys.modules, "_partial_b" in sys.modules)
