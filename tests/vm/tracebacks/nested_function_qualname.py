def outer():
    def inner():
        raise ValueError("in inner")
    inner()

outer()
