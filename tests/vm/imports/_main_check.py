def where():
    return __name__
if __name__ == "__main__":
    print("helper run as main (not expected)")
else:
    print("helper imported, __name__ =", __name__)
