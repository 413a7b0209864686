# logging.config.fileConfig from an ini file, a file object and a parser.
import configparser
import io
import logging
import logging.config
import os
import sys
import tempfile

INI = """
[loggers]
keys=root,app

[handlers]
keys=console,mem

[formatters]
keys=plain,braced

[logger_root]
level=WARNING
handlers=console

[logger_app]
level=DEBUG
handlers=mem
qualname=app
propagate=0

[handler_console]
class=StreamHandler
level=INFO
formatter=plain
args=(sys.stdout,)

[handler_mem]
class=logging.handlers.MemoryHandler
args=(2,)
kwargs={'flushLevel': ERROR}
target=console
formatter=braced

[formatter_plain]
format=%(levelname)s:%(name)s:%(message)s

[formatter_braced]
format={levelname}|{message}
style={
"""
other = logging.getLogger('other')
app_child = logging.getLogger('app.child')
fd, path = tempfile.mkstemp(suffix='.ini')
with os.fdopen(fd, 'w') as f:
    f.write(INI)
logging.config.fileConfig(path)
app = logging.getLogger('app')
print(app.level, app.propagate, [type(h).__name__ for h in app.handlers], other.disabled, app_child.disabled)
print(logging.root.level, [h.name for h in logging.root.handlers], logging.root.handlers[0].level)
app.info('one')
print('buffered so far')
app.info('two')
app.debug('three')
app.error('four')
logging.warning('root %s', 'warning')
other.error('disabled logger')
logging.info('filtered out')

logging.config.fileConfig(io.StringIO(INI.replace('level=WARNING', 'level=ERROR')), disable_existing_loggers=False)
print(logging.root.level, other.disabled)
cp = configparser.ConfigParser()
cp.read_string(INI.replace('propagate=0', 'propagate=1'))
logging.config.fileConfig(cp)
print(logging.getLogger('app').propagate)
for bad in ['[loggers]\nkeys=root\n', 'not an ini', '']:
    try:
        logging.config.fileConfig(io.StringIO(bad))
    except (KeyError, RuntimeError, configparser.Error) as e:
        print(type(e).__name__, str(e).split(' is invalid: ')[-1])
os.remove(path)
