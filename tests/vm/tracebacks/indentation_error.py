exec("if True:\nprint(1)")
