print("app main runs as", __name__, "package", repr(__package__), "spec", __spec__.name)
print("  file", "/".join(__file__.split("/")[-3:]))
