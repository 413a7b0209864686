import unittest
def setUpModule():
    raise unittest.SkipTest("skip module")
class B(unittest.TestCase):
    def test_b(self): pass
