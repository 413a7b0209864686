print("child runs as", __name__)
