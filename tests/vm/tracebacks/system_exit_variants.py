import sys
print("x")
sys.exit([1, 2])
