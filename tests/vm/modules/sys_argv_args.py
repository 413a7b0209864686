# args: alpha 42 --flag "quoted"
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
print(int(sys.argv[2]) * 2)
