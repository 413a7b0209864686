import unittest
class Q(unittest.TestCase):
    def test_q(self): pass
