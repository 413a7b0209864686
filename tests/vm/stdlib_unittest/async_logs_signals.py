# IsolatedAsyncioTestCase (context, async cleanups, enterAsyncContext), assertLogs and
# assertNoLogs, enterContext/enterClassContext/enterModuleContext, Control-C handling.
import unittest, io, re, asyncio, contextvars, logging, signal, os
var = contextvars.ContextVar('var', default='unset')
log = []
class Res:
    async def __aenter__(self): log.append('aenter'); return 'resource'
    async def __aexit__(self, *a): log.append('aexit')
class A(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        var.set('from setUp'); log.append('setUp')
    async def asyncSetUp(self):
        log.append('asyncSetUp ' + var.get())
        self.addAsyncCleanup(self.acleanup, 'x')
        self.addCleanup(log.append, 'sync cleanup')
        log.append(await self.enterAsyncContext(Res()))
    async def acleanup(self, tag):
        await asyncio.sleep(0); log.append('acleanup ' + tag + ' ' + var.get())
    async def test_ok(self):
        await asyncio.sleep(0)
        log.append('test ' + var.get())
    async def test_fail(self):
        self.assertEqual(await asyncio.sleep(0, 1), 2)

    # (the failure's traceback runs through asyncio's frames: only its last line is shown)
    def test_sync(self):
        log.append('sync test')
    async def asyncTearDown(self):
        log.append('asyncTearDown')
    def tearDown(self):
        log.append('tearDown')
s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(A))
print(re.sub(r"Traceback \(most recent call last\):\n(  .*\n)+", "Traceback: ...\n",
             re.sub(r"in [0-9.]+s", "in X", s.getvalue())))
print(log)
class L(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs(level='WARNING') as cm:
            logging.getLogger('x.y').warning('w %s', 1)
            logging.getLogger().info('hidden')
        print(cm.output, cm.records[0].levelname)
        with self.assertLogs(logging.getLogger('q'), logging.DEBUG) as cm:
            logging.getLogger('q').debug('dbg')
        print(cm.output)
        with self.assertNoLogs('z', 'ERROR'):
            logging.getLogger('z').warning('fine')
        try:
            with self.assertLogs('none', 'ERROR'):
                pass
        except AssertionError as e:
            print(e)
    def test_ctx(self):
        import contextlib
        @contextlib.contextmanager
        def cm():
            print('enter'); yield 5; print('exit')
        print(self.enterContext(cm()))
        type(self).enterClassContext(cm())
        self.addClassCleanup(print, 'class cleanup ran')
        unittest.enterModuleContext(cm())
        unittest.doModuleCleanups()
r = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(L).run(r)
print(r, r.errors, r.failures)
unittest.installHandler()
r1 = unittest.TestResult(); unittest.registerResult(r1)
os.kill(os.getpid(), signal.SIGINT)
print('stopped', r1.shouldStop)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print('second interrupts')
print(unittest.removeResult(r1), unittest.removeResult(r1))
@unittest.removeHandler
def inner():
    return signal.getsignal(signal.SIGINT) is signal.default_int_handler
print(inner(), signal.getsignal(signal.SIGINT) is not signal.default_int_handler)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
