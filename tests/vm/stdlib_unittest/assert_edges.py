# Edge cases of the assert methods: bare @skip, callable forms of assertRaises/Warns(Regex),
# empty exception tuples, expected-failure classes, skipTest inside a subTest, bytes regexes.
import unittest, io, re, sys, warnings
class T(unittest.TestCase):
    @unittest.skip
    def test_bare_skip(self): pass
    def test_warns_callable(self):
        def w(): warnings.warn("x", UserWarning)
        cm = self.assertWarns(UserWarning, w)
        print("cm", cm)
        self.assertWarns(UserWarning, lambda: None)
    def test_raises_callable_msg(self):
        self.assertRaises(ValueError, int, "5")
    def test_raises_regex_callable(self):
        self.assertRaisesRegex(ValueError, "inv.lid", int, "x")
        self.assertRaisesRegex(ValueError, "nomatch", int, "x")
    def test_warns_regex_nomatch(self):
        with self.assertWarnsRegex(UserWarning, "zzz"):
            warnings.warn("abc")
    def test_warns_other_exception(self):
        with self.assertWarns(UserWarning):
            raise KeyError("k")
    def test_raises_base(self):
        with self.assertRaises(BaseException) as cm:
            raise SystemExit(3)
        print(cm.exception.code, cm.expected)
    def test_empty_tuple(self):
        with self.assertRaises(()):
            raise KeyError
    def test_expected_failure_subtest(self):
        pass
    test_expected_failure_subtest = unittest.expectedFailure(test_expected_failure_subtest)
    def test_nested_fail_longmsg(self):
        self.assertTrue(0, "custom")
    def test_skip_in_setup_sub(self):
        with self.subTest(x=1):
            self.skipTest("sub skip")
        print("after skip")
    def test_unicode(self):
        self.assertEqual("é\nb", "é\nc")
    def test_bytes_regex(self):
        self.assertRegex(b"abc", b"x")
    def test_not_regex_compiled(self):
        self.assertNotRegex("abc", re.compile("c$"))
    def test_almost_places(self):
        self.assertAlmostEqual(1.0001, 1.0002, places=3)
        self.assertAlmostEqual(1.0001, 1.0002, places=5, msg="p5")
    def test_count_equal_ok(self):
        self.assertCountEqual([1, "a", [2]], ["a", [2], 1])
        self.assertCountEqual("abc", "abd")
@unittest.expectedFailure
class XF(unittest.TestCase):
    def test_x(self): self.fail()
s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.TestSuite([unittest.TestLoader().loadTestsFromTestCase(T), unittest.TestLoader().loadTestsFromTestCase(XF)]))
print(re.sub(r"0x[0-9a-f]+", "0x", re.sub(r"in [0-9.]+s", "in X", s.getvalue())))
print(r.skipped)
