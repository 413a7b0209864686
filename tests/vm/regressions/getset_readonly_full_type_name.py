# A read-only attribute of a built-in type names the type by its full (dotted) name.
import io

for obj, name in [(1, 'real'), (io.StringIO(), 'closed'), (io.BytesIO(), 'closed'), (1j, 'imag')]:
    try:
        setattr(obj, name, 0)
    except AttributeError as e:
        print(e)
