# inspect.classify_class_attrs: kind, defining class and object for class, static and
# plain methods, properties, slots, data shadowing a metaclass attribute, and the dunder
# attributes every class has (__class__ shows the metaclass, __dict__ its descriptor).
import inspect


class Meta(type):
    both = 'meta'


class Top(metaclass=Meta):
    both = 'top'
    __slots__ = ('slot',)
    number = 1

    @property
    def prop(self):
        return 0

    @classmethod
    def klass(cls):
        pass

    @staticmethod
    def static():
        pass

    def method(self):
        pass


class Middle(Top):
    def method(self):
        pass


class Bottom(Middle):
    number = 2


WATCHED = {'__class__', '__dict__', '__doc__', '__module__', '__slots__', '__init__',
           '__new__', '__init_subclass__', '__subclasshook__', '__weakref__'}
for cls in (Top, Bottom):
    print(cls.__name__)
    for attr in inspect.classify_class_attrs(cls):
        if attr.name.startswith('__') and attr.name not in WATCHED:
            continue
        value = attr.object
        shown = value if isinstance(value, (int, str, type, tuple, type(None))) \
            else type(value).__name__
        print(' ', attr.name, attr.kind, attr.defining_class.__name__, shown)
print(inspect.Attribute._fields)
