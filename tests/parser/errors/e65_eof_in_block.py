if x:
    if y:
