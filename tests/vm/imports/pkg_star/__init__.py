__all__ = ["public_func", "CONST", "sub"]
CONST = 99
_private = "hidden"
not_listed = "excluded by __all__"
def public_func():
    return "public"
def _private_func():
    return "private"
