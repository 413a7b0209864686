# inspect.getattr_static finds attributes without running descriptors, __getattr__ or
# properties: instance dicts against data and non-data descriptors, slots, class and
# metaclass attributes, shadowed __dict__; plus getmembers(_static) and
# classify_class_attrs.
import inspect


class Loud:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        print('  ran', self.name)
        return 'got ' + self.name

    def __repr__(self):
        return 'Loud(%s)' % self.name


class DataLoud(Loud):
    def __set__(self, obj, value):
        pass


class Meta(type):
    meta_attr = 'from meta'
    meta_data = DataLoud('meta_data')


class Base(metaclass=Meta):
    inherited = 'base value'
    nondata = Loud('nondata')


class Thing(Base):
    data = DataLoud('data')
    slot_free = 1

    @property
    def prop(self):
        print('  property ran')
        return 1

    def __getattr__(self, name):
        print('  __getattr__ ran')
        return 'dynamic'


t = Thing()
t.__dict__.update(data='instance data', nondata='instance nondata', own='own')
for name in ('data', 'nondata', 'own', 'inherited', 'prop', 'slot_free', 'missing'):
    found = inspect.getattr_static(t, name, '<default>')
    print(name, '->', found if isinstance(found, (str, int, Loud)) else type(found).__name__)
for name in ('data', 'nondata', 'meta_attr', 'meta_data', 'inherited', 'mro'):
    value = inspect.getattr_static(Thing, name, '<default>')
    print('Thing.' + name, '->', type(value).__name__, value if isinstance(value, str) else '')
try:
    inspect.getattr_static(t, 'nowhere')
except AttributeError as e:
    print('AttributeError:', e)


class Slots:
    __slots__ = ('a', 'b')


s = Slots()
s.a = 5
print(type(inspect.getattr_static(s, 'a')).__name__, s.a)
print(inspect.getattr_static(s, 'b', 'no b'), inspect.getattr_static(3, 'real').__class__.__name__)


class Shadow:
    __dict__ = {'fake': 1}


sh = Shadow()
print(inspect.getattr_static(sh, 'fake', 'not found'))

print([name for name, _ in inspect.getmembers(t) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers_static(t) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Thing, inspect.isdatadescriptor)])


class Kinds:
    value = 1

    @staticmethod
    def stat():
        pass

    @classmethod
    def klass(cls):
        pass

    @property
    def prop(self):
        return 1

    def meth(self):
        pass


class MoreKinds(Kinds):
    def meth(self):
        pass


for attr in inspect.classify_class_attrs(MoreKinds):
    if not attr.name.startswith('__'):
        print(attr.name, attr.kind, attr.defining_class.__name__, type(attr.object).__name__)
print(inspect.getmro(MoreKinds) == MoreKinds.__mro__)
tree = inspect.getclasstree([MoreKinds, Kinds, Thing])
print(tree)
print(inspect.getclasstree([MoreKinds], unique=True))
