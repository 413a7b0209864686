# logging.FileHandler and basicConfig(filename=...): writing, appending, closing.
import logging
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
logging.basicConfig(filename=path, filemode='w', level=logging.DEBUG, format='%(name)s:%(levelname)s:%(message)s')
logging.debug('first')
logging.getLogger('x.y').info('second')
h = logging.FileHandler(path, delay=True)
print(h.stream is None, h.baseFilename == os.path.abspath(path), repr(h).endswith('app.log (NOTSET)>'))
lg = logging.getLogger('direct')
lg.addHandler(h)
lg.propagate = False
lg.warning('third')
print(h.stream is not None)
logging.shutdown()
with open(path) as f:
    print(f.read(), end='')
logging.basicConfig(force=True, filename=path, format='%(message)s')
logging.warning('appended')
logging.root.handlers[0].close()
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)
os.rmdir(d)
