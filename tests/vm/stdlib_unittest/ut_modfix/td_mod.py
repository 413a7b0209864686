import unittest
def setUpModule():
    unittest.addModuleCleanup(print, "module cleanup 1")
    unittest.addModuleCleanup(lambda: 1/0)
def tearDownModule():
    raise KeyError("td module")
class C(unittest.TestCase):
    def test_c(self): print("c runs")
class D(unittest.TestCase):
    @unittest.skip("d class")
    def test_d(self): pass
@unittest.skip("whole")
class E(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("never E")
    def test_e(self): pass
