# logging: hierarchy placeholders, filters, adapters, lastResort, captureWarnings,
# stack_info, BufferingFormatter, handler names and levels, disable().
import io
import logging
import sys
import warnings

sys.stderr = sys.stdout


def names(logger):
    chain = []
    while logger:
        chain.append(logger.name)
        logger = logger.parent
    return chain


deep = logging.getLogger('a.b.c.d')
print(names(deep), type(logging.root.manager.loggerDict['a.b']).__name__)
mid = logging.getLogger('a.b')
print(names(deep), names(mid), sorted(logging.root.manager.loggerDict))
print(logging.getLogger('a').getChild('b') is mid, mid.getChild('c.d') is deep)

out = io.StringIO()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter('%(name)s %(levelname)s %(funcName)s: %(message)s'))
top = logging.getLogger('a')
top.addHandler(handler)
top.setLevel(logging.INFO)
for prefix in ['a.b', 'a.bc', 'a', 'a.b.c']:
    handler.filters = [logging.Filter(prefix)]
    deep.info('via filter %s', prefix)
    logging.getLogger('a.bc').info('sibling via %s', prefix)
handler.filters = []
print(out.getvalue(), end='')

print('lastResort:', logging.lastResort)
logging.getLogger('lonely').warning('no handlers anywhere: %d', 1)
logging.getLogger('lonely').info('too low for lastResort')
saved, logging.lastResort = logging.lastResort, None
logging.getLogger('lonely2').error('printed once')
logging.getLogger('lonely3').error('not printed again')
logging.lastResort = saved

adapter = logging.LoggerAdapter(deep, {'user': 'ann'})
handler.setFormatter(logging.Formatter('%(user)s|%(message)s'))
out.seek(0)
out.truncate()
adapter.info('hello %s', 'there')
adapter.log(logging.ERROR, 'logged at %d', 40)
adapter.debug('below level')
print(out.getvalue(), end='')
print(repr(adapter), adapter.manager is logging.root.manager, adapter.getEffectiveLevel())

logging.captureWarnings(True)
cap = logging.getLogger('py.warnings')
cap_out = io.StringIO()
cap_handler = logging.StreamHandler(cap_out)
cap.addHandler(cap_handler)
cap.propagate = False
warnings.warn_explicit('careful', UserWarning, 'somewhere.py', 12)
logging.captureWarnings(False)
print(repr(cap_out.getvalue()))

stack_out = io.StringIO()
stack_handler = logging.StreamHandler(stack_out)
stack_handler.setFormatter(logging.Formatter('%(message)s'))
st = logging.getLogger('stacky')
st.propagate = False
st.addHandler(stack_handler)


def inner():
    st.warning('with stack', stack_info=True)
    st.warning('caller of inner', stacklevel=2)


inner()
print(stack_out.getvalue().replace('\n', '|'))

batch = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
records = [logging.makeLogRecord({'msg': m}) for m in ('x', 'y')]
print(repr(batch.format(records)), repr(batch.format([])),
      repr(logging.BufferingFormatter().format(records)))

named = logging.StreamHandler(sys.stdout)
named.name = 'console'
print(named.name, named.get_name(), repr(named), logging.getLevelName(named.level))
named.setLevel('ERROR')
print(repr(named), logging.getHandlerByName('console') if hasattr(logging, 'getHandlerByName') else '-')
logging.disable(logging.INFO)
print(deep.isEnabledFor(logging.INFO), deep.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable()
print(deep.isEnabledFor(logging.ERROR), deep.isEnabledFor(logging.CRITICAL + 1))
logging.disable(logging.NOTSET)
try:
    deep.makeRecord('n', 20, 'f', 1, 'm', (), None, extra={'asctime': 1})
except KeyError as e:
    print('KeyError', e)
rec = logging.LogRecord('r', 20, '/x/y/mod.py', 7, 'v=%(v)s', ({'v': 3},), None)
print(rec.getMessage(), rec.filename, rec.module, rec.levelname, rec.args)
