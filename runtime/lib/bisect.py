# bisect for Spry: the binary searches and insertions are the C module _bisect's;
# this module adds the documented short names, which mean the right-hand variants.
from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
