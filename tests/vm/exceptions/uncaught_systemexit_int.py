import sys
print("exiting with code 3")
sys.exit(3)
