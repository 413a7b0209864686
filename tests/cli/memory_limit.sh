#!/bin/sh
# Runs memory_limit/exhaust.py under a small address-space limit (ulimit -v): allocation
# failures inside mimalloc, GMP and the compiler must surface as MemoryError, never as an
# abort or a crash. Usage: memory_limit.sh SPRY
spry="$1"
here=$(dirname "$0")
expected="lists MemoryError
strings MemoryError
dict MemoryError
bytearray MemoryError
big list MemoryError
2 ** 2**40 MemoryError
10 ** 2**33 MemoryError
1 << 2**33 MemoryError
big * big MemoryError
factorial MemoryError
compile MemoryError
alive 4950 [1, 2, 3] abab"
actual=$( (ulimit -v 400000 && "$spry" "$here/memory_limit/exhaust.py") 2>&1)
status=$?
if [ "$status" -ne 0 ] || [ "$actual" != "$expected" ]; then
    echo "memory_limit: exit status $status; expected:"
    echo "$expected"
    echo "got:"
    echo "$actual"
    exit 1
fi
echo "memory_limit: ok"
