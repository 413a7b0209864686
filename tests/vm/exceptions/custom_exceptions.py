class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field, self.problem = field, problem
        super().__init__(f"{field}: {problem}")
class RangeError(ValidationError):
    pass
def validate(rec):
    if "name" not in rec:
        raise ValidationError("name", "required")
    if not 0 <= rec.get("age", 0) <= 150:
        raise RangeError("age", f"{rec['age']} out of range")
    return "ok"
for rec in [{"name": "a"}, {}, {"name": "b", "age": 200}]:
    try:
        print(validate(rec))
    except RangeError as e:
        print("RangeError", e, e.field)
    except ValidationError as e:
        print("ValidationError", e, e.problem)
try:
    validate({})
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, isinstance(e, ValidationError))
class WithStr(Exception):
    def __str__(self):
        return "custom __str__"
print(str(WithStr("ignored")), repr(WithStr("arg")))
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), Empty.__mro__[1].__name__)
