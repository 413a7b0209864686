import sys
print("dir main runs as", __name__, "package", repr(__package__), "spec", __spec__.name)
print("  path0", sys.path[0], "argv0", sys.argv[0], "file", "/".join(__file__.split("/")[-2:]))
import helper_in_dir
print("  helper says", helper_in_dir.WORD)
