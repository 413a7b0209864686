# args: -h
# unittest.main's help for a test module (the program name comes from argv[0]).
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


unittest.main()
