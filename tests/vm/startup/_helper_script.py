import os, sys
print(sys.argv, os.path.basename(sys.path[0]), __name__, os.path.basename(__file__))
