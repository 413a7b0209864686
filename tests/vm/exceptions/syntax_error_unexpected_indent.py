print("start")
    print("indented for no reason")
