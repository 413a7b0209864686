# assertRaises/assertRaisesRegex/assertWarns/assertLogs as context managers and callables.
import logging
import unittest
import warnings
from _ut_helpers import run_and_show, load


def boom(kind):
    raise kind("bad value 42")


class Contexts(unittest.TestCase):
    def test_raises_ok(self):
        with self.assertRaises(ValueError) as cm:
            boom(ValueError)
        print("caught:", repr(cm.exception), cm.exception.__traceback__)
        self.assertRaises(KeyError, boom, KeyError)

    def test_raises_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_raises_callable_not_raised(self):
        self.assertRaises(ValueError, len, [])

    def test_raises_other_propagates(self):
        with self.assertRaises(ValueError):
            boom(KeyError)

    def test_raises_tuple(self):
        with self.assertRaises((KeyError, ValueError)):
            boom(KeyError)

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r"value \d+"):
            boom(ValueError)
        with self.assertRaisesRegex(ValueError, r"nothing"):
            boom(ValueError)

    def test_raises_bad_type(self):
        try:
            self.assertRaises(5)
        except TypeError as e:
            print("TypeError:", e)
        try:
            with self.assertRaises(ValueError, foo=1):
                pass
        except TypeError as e:
            print("TypeError:", e)

    def test_raises_msg(self):
        with self.assertRaises(ZeroDivisionError, msg="needs a zero"):
            pass

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old", DeprecationWarning)
        print("warning:", cm.warning, type(cm.warning).__name__)
        with self.assertWarnsRegex(UserWarning, "sp.m"):
            warnings.warn("spam")

    def test_warns_missing(self):
        with self.assertWarns(UserWarning):
            pass

    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("first %d", 1)
            logging.getLogger("app.sub").warning("second")
            logging.getLogger("app").debug("hidden")
        print(cm.output)
        print([r.getMessage() for r in cm.records])

    def test_logs_missing(self):
        # (CPython's report of these failures shows its _log.py frames: compare
        # the messages only.)
        try:
            with self.assertLogs("quiet"):
                pass
        except AssertionError as e:
            print("AssertionError:", e)

    def test_no_logs(self):
        try:
            with self.assertNoLogs("app"):
                logging.getLogger("app").error("loud")
        except AssertionError as e:
            print("AssertionError:", e)

    def test_deprecated_alias(self):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            self.assertEquals(1, 1)
        print([str(x.message) for x in w])


run_and_show(load(Contexts), verbosity=2)
