# logging Formatter details: asctime/datefmt, exceptions, extra, errors, records.
import logging
import sys
import time

logging.Formatter.converter = time.gmtime
rec = logging.makeLogRecord({'name': 'n', 'msg': 'hello %s', 'args': ('world',), 'levelno': 20,
                             'levelname': 'INFO', 'created': 1700000000.25, 'msecs': 250.0})
f = logging.Formatter('%(asctime)s %(levelname)-7s %(message)s')
print(f.format(rec), f.usesTime())
print(logging.Formatter('%(asctime)s', datefmt='%d/%m/%Y %H:%M').format(rec))
print(logging.Formatter('{asctime} {message!r:>15}', style='{').format(rec))
print(logging.Formatter('${name}: $message', style='$').format(rec))
print(logging.Formatter().format(rec), logging.Formatter(defaults={'extra_field': 'D'}, fmt='%(extra_field)s %(message)s').format(rec))
print(repr(rec), rec.getMessage())
for args in [('%(message)', '%'), ('{message', '{'), ('plain', '%'), ('{}', '{'), ('$', '$'), ('x', '$'), ('{m!z}', '{'),
             ('{m:zz}', '{'), ('{a[}', '{'), ('{a[}]}', '{'), ('{a:{b}}', '{'), ('{a!r:}', '{'), ('$$ $a', '$'), ('${a} $', '$'), ('%(m)s', '#'), ('{m}}', '{')]:
    try:
        logging.Formatter(args[0], style=args[1])
        print(args, 'accepted')
    except ValueError as e:
        print(args, 'ValueError', e)
try:
    logging.Formatter('%(nonexistent)s').format(rec)
except ValueError as e:
    print('ValueError', e)
log = logging.getLogger('exc')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
log.addHandler(h)
log.propagate = False


def fail():
    return {}['missing']


try:
    fail()
except KeyError:
    log.exception('lookup failed: %s', 'missing')
try:
    1 / 0
except ZeroDivisionError as e:
    log.error('with instance', exc_info=e)
    log.warning('no exc_info')
log.info('extra', extra={'k': 1})
try:
    log.warning('bad', extra={'msg': 'x'})
except KeyError as e:
    print('KeyError', e)
for bad in ['LOUD', 3.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
for kw in [dict(stream=sys.stdout, filename='x'), dict(style='?'), dict(bogus=1)]:
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print('ValueError', e)
logging.raiseExceptions = False
log.warning('format error %d', 'notanumber')
print('after a swallowed formatting error')
