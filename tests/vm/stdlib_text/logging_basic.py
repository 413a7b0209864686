# logging: basicConfig, levels, hierarchy, propagation, formatters, handlers.
import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(message)s')
logging.info('started %s', 'ok')
logging.debug('hidden')
log = logging.getLogger('app')
child = logging.getLogger('app.db.pool')
print(child.parent is log, log.parent is logging.getLogger(), logging.getLogger('app') is log, log.getChild('db.pool') is child)
print(repr(log), repr(child), repr(logging.getLogger()), logging.getLogger('root') is logging.root)


def work():
    child.warning('pool %d of %d', 3, 4)
    child.info('dict args %(a)s/%(b)s', {'a': 1, 'b': 2})


work()
log.setLevel(logging.ERROR)
child.warning('filtered by effective level')
print(child.getEffectiveLevel(), child.isEnabledFor(logging.ERROR), log.level, logging.getLevelName(log.level))
child.setLevel('DEBUG')
child.debug('child level wins')
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('{levelname:>8} {name}: {message}', style='{'))
h.setLevel(logging.WARNING)
child.addHandler(h)
child.info('only root handler')
child.error('both handlers')
child.propagate = False
child.critical('only own handler')
print(repr(buf.getvalue()))
t = logging.StreamHandler(sys.stdout)
t.setFormatter(logging.Formatter('$levelname-$message', style='$'))
tl = logging.getLogger('tpl')
tl.propagate = False
tl.addHandler(t)
tl.warning('template style')
tl.log(35, 'custom level')
logging.addLevelName(35, 'NOTICE')
tl.log(35, 'named custom level')
print(logging.getLevelName(35), logging.getLevelName('NOTICE'), logging.getLevelName(7), logging.getLevelName('NOPE'))
print(sorted(logging.getLevelNamesMapping().items()))
ad = logging.LoggerAdapter(logging.getLogger('adapt'), {'user': 'bob'})
fh = logging.StreamHandler(sys.stdout)
fh.setFormatter(logging.Formatter('%(user)s says %(message)s'))
ad.logger.addHandler(fh)
ad.logger.propagate = False
ad.warning('hello')
print(repr(ad), ad.name, ad.isEnabledFor(logging.WARNING))
nl = logging.getLogger('nullish')
nl.addHandler(logging.NullHandler())
nl.propagate = False
nl.error('swallowed')
print(nl.hasHandlers(), logging.getLogger('fresh.one').hasHandlers())
flt = logging.getLogger('flt')
flt.propagate = False
fh2 = logging.StreamHandler(sys.stdout)
flt.addHandler(fh2)
fh2.addFilter(logging.Filter('flt.keep'))
flt.getChild('keep').warning('kept')
flt.getChild('drop').warning('dropped')
flt.getChild('keeper').warning('not a child of flt.keep')
fh2.addFilter(lambda r: 'secret' not in r.getMessage())
flt.getChild('keep').warning('secret stuff')
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('still shown')
logging.disable(logging.NOTSET)
print(repr(h), repr(logging.NullHandler()), repr(logging.StreamHandler(sys.stdout)), logging.root.handlers[0].formatter._fmt)
