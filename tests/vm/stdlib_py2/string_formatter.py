# string.Formatter: str.format's machinery with overridable steps.
import string

f = string.Formatter()
print(f.format('{} + {} = {}', 1, 2, 3), f.format('{0}{1}{0}', 'a', 'b'), f.format('{x:>{w}}|', x='r', w=5))
print(f.format('{0.real} {1[k]} {2[1]} {0!r:^7} {3!a} {3!s}', 4, {'k': 'v'}, [7, 8], 'é'))
print(f.format('{:{}{}}', 3.14159, '.', '2f'), f.format('{{literal}} {}', 'x'), f.vformat('{a}-{0}', (1,), {'a': 2}))
print(f.format('{0:{1}}', 'ab', '>4'), repr(f.format('')), f.format('{!r:}', None))
print(list(f.parse("a{{b}}c{0!r:>4}{x.y[z]}tail")), list(f.parse("x")))
print(f.get_field('0.imag', [3j], {}), f.get_field('k[1]', (), {'k': 'xy'}), f.get_field('k[01]', (), {'k': 'xyz'}))
print(f.get_value(0, ['a'], {}), f.get_value('n', [], {'n': 5}), f.convert_field(3, 'r'), f.convert_field('é', 'a'), f.format_field(5, '03d'))
for bad, args in [('{', ()), ('}', ()), ('{0!x}', (1,)), ('{}{0}', (1,)), ('{0}{}', (1,)), ('{0.}', (1,)), ('{0[0]x}', ([1],)), ('{0[}', (1,)),
                  ('{:{:{:}}}', (1, 2, 3)), ('{0!}', (1,)), ('{0!rx}', (1,)), ('{0[0]x}', ([1],)), ('{0:{}', (1,))]:
    try:
        print(repr(f.format(bad, *args)))
    except ValueError as e:
        print('ValueError', repr(bad), e)
for bad, args, kw in [('{1}', (0,), {}), ('{k}', (), {}), ('{0.nope}', (1,), {})]:
    try:
        f.format(bad, *args, **kw)
    except (IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = [i for i in range(len(args)) if i not in used_args]
        unused += sorted(k for k in kwargs if k not in used_args)
        if unused:
            raise ValueError('unused: %r' % (unused,))


class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s?>' % key)
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == 'hex':
            return hex(value)
        return super().format_field(value, format_spec)


class Log(string.Formatter):
    def parse(self, format_string):
        for item in super().parse(format_string):
            print('  parsed', item)
            yield item


print(Strict().format('{0}{1}{x}', 1, 2, x=3))
try:
    Strict().format('{0}{x}', 1, 2, x=3, y=4)
except ValueError as e:
    print('ValueError', e)
print(Defaults().format('{a} {b!u} {0:hex} {c:>5}', 255, a='A', b='bee'))
print(Log().format('x{0}y{1:{2}}', 'p', 'q', '>3'))
print(string.Formatter.format(f, '{self}', self=1), 'Formatter' in string.__all__)
