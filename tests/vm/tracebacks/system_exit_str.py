import sys
print("bye")
sys.exit("fatal: message")
