import unittest
class P(unittest.TestCase):
    def test_p(self): pass
