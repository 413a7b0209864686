# logging.config: converting containers, cfg:// paths, factories, deferred targets,
# handler filters and error wrapping; fileConfig with formatter classes and datefmt.
import collections
import io
import logging
import logging.config
import logging.handlers
import sys

Pair = collections.namedtuple('Pair', 'a b')
c = logging.config.BaseConfigurator({'items': [{'x': 1}, 'ext://sys.maxsize', ('t', 'ext://os.sep')],
                                     'pair': Pair(1, 'ext://os.sep'), 'name': 'cfg://items[0].x'})
items = c.config['items']
print(type(items).__name__, type(items[0]).__name__, items[1] == sys.maxsize, items[2][1])
print(c.config['name'], type(c.config['pair']).__name__, c.config['pair'].b, c.convert('zz://x'))
print(items.pop(0)['x'], c.convert('cfg://items[0]') == sys.maxsize, c.convert('cfg://name'))
for bad in ['cfg://', 'cfg://items!', 'cfg://nope']:
    try:
        print(c.convert(bad))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)


class Tagged(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, style='%', validate=True):
        super().__init__('<' + (fmt or '%(message)s') + '>', datefmt, style, validate)


def fmt_factory(fmt):
    return logging.Formatter('F:' + fmt)


out = io.StringIO()
sys.modules['__main__'].OUT = out
logging.config.dictConfig({
    'version': 1,
    'formatters': {'tagged': {'class': '__main__.Tagged', 'format': '%(name)s %(message)s'},
                   'fact': {'()': fmt_factory, 'format': '%(message)s'},
                   'loose': {'format': 'no fields at all', 'validate': False}},
    'filters': {'only_b': {'name': 'a.b'}},
    'handlers': {'a_mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 1,
                           'target': 'z_out'},
                 'z_out': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                           'formatter': 'tagged', 'filters': ['only_b']},
                 'fact': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                          'formatter': 'fact', 'level': 'WARNING'},
                 'loose': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                           'formatter': 'loose', 'level': 50}},
    'loggers': {'a': {'handlers': ['a_mem', 'fact', 'loose'], 'level': 'DEBUG'}},
})
a = logging.getLogger('a')
print(type(a.handlers[0].target).__name__, a.handlers[0].target.name, [h.name for h in a.handlers])
logging.getLogger('a.b').info('from a.b')
logging.getLogger('a.c').warning('from a.c')
logging.getLogger('a.b').critical('loud')
print(out.getvalue(), end='')

for bad in [{'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'filters': ['nope']}}},
            {'version': 1, 'handlers': {'m': {'class': 'logging.handlers.MemoryHandler', 'capacity': 1,
                                              'target': 'missing'}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bad key': 1}}},
            {'version': 1, 'loggers': {'x': {'filters': ['nofilter']}}},
            {'version': 1, 'formatters': {'f': {'()': 'no_module_here.Thing'}}},
            {'version': 1, 'incremental': True, 'root': {'level': 'NOPE'}}]:
    try:
        logging.config.dictConfig(bad)
        print('accepted')
    except ValueError as e:
        print('ValueError', e, '|', repr(e.__cause__))

INI = """
[loggers]
keys=root

[handlers]
keys=h

[formatters]
keys=f

[logger_root]
level=INFO
handlers=h

[handler_h]
class=StreamHandler
args=(sys.stdout,)
formatter=f

[formatter_f]
class=__main__.Tagged
format=%(levelname)s %(asctime)s %(message)s
datefmt=X
"""
logging.config.fileConfig(io.StringIO(INI))
logging.info('from the ini file')
print(type(logging.root.handlers[0].formatter).__name__, logging.root.handlers[0].name)
