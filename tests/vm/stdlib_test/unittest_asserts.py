# Every assert method's failure message, through the runner's report.
import unittest
from _ut_helpers import run_and_show, load


class Messages(unittest.TestCase):
    def test_equal_ints(self):
        self.assertEqual(3, 4)

    def test_equal_msg(self):
        self.assertEqual(3, 4, "custom")

    def test_not_equal(self):
        self.assertNotEqual("a", "a")

    def test_true_false(self):
        self.assertTrue(0)

    def test_false(self):
        self.assertFalse([1])

    def test_is(self):
        self.assertIs(None, 0)

    def test_is_not(self):
        self.assertIsNot(None, None)

    def test_is_none(self):
        self.assertIsNone(5)

    def test_is_not_none(self):
        self.assertIsNotNone(None)

    def test_in(self):
        self.assertIn(5, [1, 2])

    def test_not_in(self):
        self.assertNotIn("b", "abc")

    def test_isinstance(self):
        self.assertIsInstance(1, str)

    def test_not_isinstance(self):
        self.assertNotIsInstance(1, int)

    def test_less(self):
        self.assertLess(5, 2)

    def test_less_equal(self):
        self.assertLessEqual(5, 2)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_greater_equal(self):
        self.assertGreaterEqual(1, 2)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_delta(self):
        self.assertAlmostEqual(1.0, 1.5, delta=0.25)

    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.00000001)

    def test_almost_both(self):
        try:
            self.assertAlmostEqual(1.0, 1.5, places=2, delta=0.25)
        except TypeError as e:
            print("TypeError:", e)

    def test_regex(self):
        self.assertRegex("hello world", r"wor+x")

    def test_not_regex(self):
        self.assertNotRegex("hello world", r"o w")

    def test_count_equal(self):
        self.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 1])

    def test_count_equal_unhashable(self):
        self.assertCountEqual([[1], [2]], [[2], [2]])

    def test_set_equal(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})

    def test_dict_equal(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

    def test_tuple_equal(self):
        self.assertEqual((1, 2), (1, 2, 3))

    def test_list_longer(self):
        self.assertEqual([1, 2, 3, 4], [1, 2])

    def test_sequence_types(self):
        self.assertSequenceEqual([1, 2], (1, 3))

    def test_list_type_check(self):
        self.assertListEqual((1,), [1])

    def test_long_strings(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")

    def test_multiline(self):
        self.assertEqual("one\ntwo\nthree\n", "one\n2\nthree\n")

    def test_single_line_strings(self):
        self.assertEqual("spam", "eggs")

    def test_fail(self):
        self.fail("explicit")

    def test_long_message_off(self):
        self.longMessage = False
        self.assertEqual(1, 2, "only mine")

    def test_maxdiff(self):
        self.maxDiff = 20
        self.assertEqual(list(range(30)), list(range(1, 31)))

    def test_passes(self):
        self.assertEqual([1, (2, 3)], [1, (2, 3)])
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertCountEqual("abc", "cab")
        self.assertDictEqual({}, {})


run_and_show(load(Messages))
