# inspect source lookup: decorated functions, lambdas, classes found by qualified name
# (nested, inside functions, decorated), one-line bodies, trailing comments, getblock
# on its own, getcomments, docs, and the errors for objects without source.
import inspect
import sys


def tag(*labels):
    def apply(fn):
        return fn
    return apply


# Two comment lines
# above the decorated function.
@tag('a',
     'b')
@tag()
def decorated(x,
              y=(1,
                 2)):
    """Doc."""
    return x  # trailing comment

    # an indented comment after the body belongs to it
# a comment at column 0 does not


square = lambda v: (v *
                    v)
pair = [lambda: 1, lambda: 2]


def one_liner(): return 1


class Outer:
    """Outer doc."""
    class Inner:
        def method(self):
            return 'inner'

    @staticmethod
    def helper(): pass


@tag()
class Decorated:
    value = 1


def factory():
    class Local:
        pass
    return Local


def show(label, obj):
    try:
        lines, start = inspect.getsourcelines(obj)
    except (OSError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, start, len(lines))
        print(''.join(lines), end='--\n')


for label, obj in [('decorated', decorated), ('square', square), ('pair0', pair[0]),
                   ('one_liner', one_liner), ('Outer', Outer), ('Inner', Outer.Inner),
                   ('method', Outer.Inner().method), ('helper', Outer.helper),
                   ('Decorated', Decorated), ('Local', factory()), ('sys', sys), ('len', len),
                   ('int', int), ('number', 3)]:
    show(label, obj)

namespace = {'__name__': '__main__'}
exec('def made():\n    pass\nclass Made:\n    pass\n', namespace)
show('made', namespace['made'])
show('Made', namespace['Made'])
print(repr(inspect.getcomments(decorated)), repr(inspect.getcomments(Outer.Inner)))
print(inspect.findsource(Outer.Inner)[1], inspect.findsource(decorated)[1])
print(inspect.getsource(sys.modules[__name__]).count('\n') > 80)
blocks = [['def f():\n', '    x = 1\n', '\n', '    # note\n', '\n', 'after\n'],
          ['  class K: pass\n', '  other\n'],
          ['async def g():\n', '    await h()\n', 'z\n'],
          ['f = lambda a,\\\n', '    b: a\n', 'next\n'],
          ['x = [1,\n', '     2]\n', 'y\n'],
          ['x = 1\n', 'g = lambda: 0\n', 'z\n'],
          ['@d\n', 'x = 1\n', 'def g(): 0\n', 'z\n'],
          ['def outer():\n', '    def inner():\n', '        pass\n', '    return inner\n',
           'tail\n']]
for block in blocks:
    print(inspect.getblock(block))
try:
    inspect.getblock(['def cut(a,\n'])
except Exception as e:
    print(type(e).__name__, e)
print(inspect.indentsize('\t  x'), inspect.indentsize('x'), inspect.indentsize('    '))
print(repr(inspect.cleandoc('  First line.\n\n      Deeper\n    Shallow\n  \n')))
print(repr(inspect.cleandoc('\tTabbed\n\tlines\n')))
print(inspect.getdoc(Outer), inspect.getdoc(Outer.Inner), inspect.getdoc(decorated))


class Child(Outer):
    pass


class Base:
    def run(self):
        """Runs."""

    @property
    def size(self):
        """The size."""
        return 0


class Derived(Base):
    def run(self):
        pass

    @property
    def size(self):
        return 1


print(inspect.getdoc(Child), inspect.getdoc(Derived.run), inspect.getdoc(Derived().run))
print(inspect.getdoc(Derived.size), inspect.getdoc(Derived))
