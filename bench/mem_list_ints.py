# Memory benchmark (a): a list of 10**6 ints, iterated, summed and sorted.
# Target: peak RSS <= 0.35x CPython 3.11's. Compare with mem_list_none.py.
import _mem_list

_mem_list.run(with_none=False)
