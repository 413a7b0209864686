print("not printed")
x = 5
if x > 3
    print("missing colon")
