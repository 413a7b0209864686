# logging message merging, exc_info edge cases (none active, chained), hierarchy parents.
import logging, sys
logging.basicConfig(stream=sys.stdout, format='%(levelname)s %(message)s')
logging.exception('no active exception')
log = logging.getLogger('x')
log.error('tuple exc', exc_info=(None, None, None))
try:
    raise ValueError('inner')
except ValueError:
    try:
        raise KeyError('outer')
    except KeyError:
        log.exception('chained')
print(logging.getLogger('x.y.z').parent.name, logging.getLogger('x.y').parent.name, logging.getLogger('x.y.z').parent.name)
log.warning('%s %s', 'only one' if False else 'a', 'b')
log.warning('stack', stack_info=False)
logging.log(logging.INFO, 'info at root level warning -> hidden')
logging.root.setLevel(logging.DEBUG)
logging.debug('now shown %d%%', 50)
logging.getLogger().info(b'bytes msg')
logging.info({'a': 1})
logging.info('dict %(a)s', {'a': 1})
logging.info('list %s', [1, 2])
logging.info('two dicts %s %s', {'a': 1}, {'b': 2})
