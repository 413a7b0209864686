# Memory benchmark (a'): as mem_list_ints.py with one None in the middle of the list;
# time and peak RSS must equal mem_list_ints.py's within noise.
import _mem_list

_mem_list.run(with_none=True)
