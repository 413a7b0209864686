import unittest


class Beta(unittest.TestCase):
    def test_select_me(self):
        pass

    def test_other(self):
        pass
