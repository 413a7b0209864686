# SequenceMatcher: matching blocks, opcodes, ratios, junk and autojunk.
import difflib

for a, b in [('abxcd', 'abcd'), ('qabxcd', 'abycdf'), ('', ''), ('abc', ''), ('', 'xyz'),
             ('private Thread currentThread;', 'private volatile Thread currentThread;'),
             ('ab' * 10, 'ba' * 10), ([1, 2, 3, 4, 5], [0, 1, 2, 5, 6])]:
    s = difflib.SequenceMatcher(None, a, b)
    print(repr(a), repr(b), s.get_matching_blocks(), round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
    print('   ', s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(s.get_matching_blocks(), round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), sorted(s.bjunk))
b = 'a' * 150 + 'xyz' + 'b' * 150
s = difflib.SequenceMatcher(None, 'aaaxyzbbb', b)
print(sorted(s.bpopular), s.get_matching_blocks())
s = difflib.SequenceMatcher(None, 'aaaxyzbbb', b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks())
s = difflib.SequenceMatcher(None, 'abcdefghijklmnop', 'abcXefghijklmYop')
print(list(s.get_grouped_opcodes(1)), list(s.get_grouped_opcodes(0)))
s.set_seq1('abcdefghijklmnop'); s.set_seq2('zzz')
print(s.get_opcodes(), difflib.SequenceMatcher[int])
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']),
      difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'heel', 'wheels'], n=2, cutoff=0.7),
      difflib.get_close_matches('x', []), difflib.get_close_matches('abc', ['abc', 'abd', 'abe'], n=5))
for kw in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches('a', ['a'], **kw)
    except ValueError as e:
        print('ValueError', e)
