# args: -v --bogus
# An unknown option: argparse's usage and error on stderr, exit status 2.
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


unittest.main()
