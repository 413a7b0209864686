WORD = "found through sys.path[0]"
