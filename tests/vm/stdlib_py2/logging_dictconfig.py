# logging.config.dictConfig: formatters, filters, handlers, loggers, special values.
import io
import logging
import logging.config
import logging.handlers
import sys

buf = io.StringIO()
sys.modules['__main__'].BUF = buf


class Upper(logging.Filter):
    def __init__(self, prefix=''):
        super().__init__()
        self.prefix = prefix

    def filter(self, record):
        record.msg = self.prefix + record.getMessage().upper()
        record.args = ()
        return True


def make_formatter(fmt, tag):
    return logging.Formatter(tag + fmt)


old = logging.getLogger('old')
old_child = logging.getLogger('app.sub')
old_child.setLevel(logging.ERROR)
config = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s %(name)s: %(message)s'},
        'braces': {'format': '{levelname}|{message}', 'style': '{'},
        'custom': {'()': make_formatter, 'fmt': '%(message)s', 'tag': '[c] '},
    },
    'filters': {
        'onlyapp': {'name': 'app'},
        'upper': {'()': '__main__.Upper', 'prefix': '>'},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.BUF', 'formatter': 'brief', 'level': 'INFO'},
        'braced': {'class': 'logging.StreamHandler', 'stream': 'cfg://handlers.out.stream', 'formatter': 'braces',
                   'filters': ['upper']},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 10, 'target': 'zcustom', 'flushLevel': 40},
        'zcustom': {'()': logging.StreamHandler, 'stream': 'ext://__main__.BUF', 'formatter': 'custom', '.': {'marker': 42}},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['out', 'braced'], 'propagate': False, 'filters': ['onlyapp']},
        'mem': {'handlers': ['mem'], 'level': 'INFO', 'propagate': 0},
    },
    'root': {'level': 'WARNING', 'handlers': ['zcustom']},
}
logging.config.dictConfig(config)
app = logging.getLogger('app')
print(app.level, app.propagate, [h.name for h in app.handlers], old.disabled, old_child.disabled, old_child.level)
print(logging.root.level, [h.name for h in logging.root.handlers], logging.root.handlers[0].marker)
app.debug('debug %d', 1)
app.info('info')
old_child.info('child info propagates')
logging.getLogger('mem').info('buffered')
print('before flush:', repr(buf.getvalue().count('buffered')))
logging.getLogger('mem').error('flush now')
logging.warning('root warning')
print(buf.getvalue(), end='')

buf.seek(0); buf.truncate()
logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'out': {'level': 'ERROR'}},
                           'loggers': {'app': {'level': 'WARNING'}}})
app.warning('warning after incremental')
app.error('error after incremental')
print(app.level, len(app.handlers), buf.getvalue(), end='')

for bad in [{}, {'version': 2}, {'version': 1, 'handlers': {'h': {'class': 'no.such.Handler'}}},
            {'version': 1, 'formatters': {'f': {'format': '%(x', 'style': '?'}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
            {'version': 1, 'loggers': {'a': {'handlers': ['nope']}}},
            {'version': 1, 'root': {'level': 'LOUD'}},
            {'version': 1, 'incremental': True, 'handlers': {'ghost': {}}},
            {'version': 1, 'filters': {'f': {'()': 'builtins.no_such'}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print('ValueError', e, '|', repr(e.__cause__))
print(logging.config.valid_ident('abc'), end=' ')
try:
    logging.config.valid_ident('1a')
except ValueError as e:
    print(e)
c = logging.config.BaseConfigurator({'a': {'b': [10, {'c': 'deep'}]}})
print(c.convert('cfg://a.b[1].c'), c.convert('cfg://a[b][0]'), c.convert('ext://os.sep'), c.convert('plain'), c.as_tuple([1, 2]))
logging.config.dictConfig({'version': 1})
print(old.disabled, app.disabled)
logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False})
print(old.disabled, app.disabled)
