shared = "a's value"
def get_shared():
    return shared
def set_shared(v):
    global shared
    shared = v
