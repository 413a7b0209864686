# getopt and gnu_getopt: short and long options, abbreviations, errors.
import getopt

argv = ['-a', '-b', 'val', '-cfoo', '--long', '--with=3', '--wi', '4', 'rest', '-x', '--', '-y']
print(getopt.getopt(argv[:9], 'ab:c:', ['long', 'with=']))
print(getopt.gnu_getopt(argv[:10] + ['-a'], 'ab:c:x', ['long', 'with=']))
print(getopt.gnu_getopt(['a', '-a', '--', '-b'], 'ab'), getopt.gnu_getopt(['x', '-a'], '+a'))
print(getopt.getopt(['-', '-a'], 'a'), getopt.getopt(['--', '-a'], 'a'), getopt.getopt([], ''))
print(getopt.getopt(['--lo'], '', 'long'), getopt.getopt(['--long='], '', ['long=']), getopt.getopt(['-abc'], 'abc'))
for args, short, long in [(['-z'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['long']),
                          (['--lo'], '', ['long', 'loud']), (['--long=1'], '', ['long']),
                          (['--with'], '', ['with=']), (['-:'], 'a:', [])]:
    try:
        print(getopt.getopt(args, short, long))
    except getopt.GetoptError as e:
        print('GetoptError', repr(str(e)), repr(e.opt), repr(e.msg), e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
