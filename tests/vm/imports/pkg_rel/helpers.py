from .config import SETTING
def describe():
    return f"helpers sees {SETTING}"
