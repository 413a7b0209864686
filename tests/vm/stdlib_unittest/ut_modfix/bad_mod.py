import unittest
def setUpModule():
    unittest.addModuleCleanup(print, "module cleanup after failed setUp")
    raise OSError("module setup")
def tearDownModule():
    print("never")
class A(unittest.TestCase):
    def test_a(self): print("never a")
