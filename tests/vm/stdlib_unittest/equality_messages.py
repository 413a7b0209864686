# assertEqual's type-specific messages and diffs (lists, tuples, dicts, sets, strings),
# assertSequenceEqual/assertCountEqual edge cases, maxDiff and longMessage.
import unittest
class T(unittest.TestCase):
    maxDiff=None
t=T('run')
def show(f,*a,**k):
    try: f(*a,**k)
    except Exception as e: print(type(e).__name__, repr(str(e)))
show(t.assertEqual, 'a\nb', 'a\nc')
show(t.assertEqual, 'a\nb\n', 'a\nc\n')
show(t.assertEqual, 'ab', 'ac\n')
show(t.assertEqual, [1,2], [1,3,4])
show(t.assertEqual, [1,2,5], [1,2])
show(t.assertEqual, (1,2), (1,3))
show(t.assertSequenceEqual, [1,2], (1,2))
show(t.assertSequenceEqual, [1,2], (1,3))
show(t.assertListEqual, (1,2), [1,2])
show(t.assertEqual, {1:2}, {1:3})
show(t.assertEqual, {1,2}, {2,3})
show(t.assertSetEqual, 1, {2,3})
show(t.assertSetEqual, {1}, 3)
show(t.assertCountEqual, [1,1,2], [1,2,2,3])
show(t.assertCountEqual, [[1],[1]], [[1]])
show(t.assertRaises, ValueError, int, '1')
show(t.assertWarns, UserWarning, int, '1')
show(t.assertMultiLineEqual, 1, 'a')
show(t.assertDictEqual, 1, {})
show(t.assertRegex, 'abc', 'x')
show(t.assertNotRegex, 'abc', 'b')
show(t.assertNotAlmostEqual, 1.0, 1.0)
show(t.assertNotAlmostEqual, 1.0, 1.1, delta=0.5)
show(t.assertEqual, 1, 2, 'extra')
show(t.assertEqual, 'x'*100, 'x'*99+'y')
show(t.assertSequenceEqual, 1, [1])
show(t.assertSequenceEqual, [1], [1], seq_type=tuple)
show(t.assertIsInstance, 1, str)
show(t.assertNotIsInstance, 1, int)
show(t.assertIsNot, 1, 1)
show(t.assertDictContainsSubset, {1:2,3:4}, {1:3})
show(t.enterContext, 1)
show(t.assertRegex, 'abc', '')
show(t.assertEqual, 'ac\n', 'ab')
show(t.assertEqual, 'ab', 'a\nb')
show(t.assertEqual, 'a\nb', 'ab')
show(t.assertEqual, 'ab\r', 'ac')
show(t.assertEqual, 'x'*70000, 'y')
show(t.assertEqual, b'x', b'y')
show(t.assertEqual, [1], (1,))
show(t.assertSequenceEqual, [1], [1.0, 2])
show(t.assertSequenceEqual, 'ab', 'ac')
class S:
  def __len__(self): return 2
  def __getitem__(self, i): raise TypeError
  def __repr__(self): return 'S()'
show(t.assertSequenceEqual, S(), [1,2])
show(t.assertSequenceEqual, [1,2], [1,2,3,4])
show(t.assertSequenceEqual, [1,2,3,4], [1,2])
t.maxDiff=10
show(t.assertEqual, [1,2], [1,3])
t.longMessage=False
show(t.assertEqual, [1,2], [1,3], 'mine')
show(t.assertEqual, [1,2], [1,3])
