# Start-up: the interpreter running this program starts itself (sys.executable) again and
# again, so Spry and CPython are each measured starting themselves. Three cases: `-c pass`,
# a small script (bench/_startup_script.py), and `-c "import os, re, json, collections"`.
# Prints the best wall time of each case as a metric (ms; the best run is the one least
# disturbed by other processes), and a checksum of the children's outputs.
# argv[1] = starts per case.
import os
import subprocess
import sys
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = [
    ("pass", ["-c", "pass"]),
    ("script", [os.path.join(HERE, "_startup_script.py"), "7"]),
    ("imports", ["-c", "import os, re, json, collections; print(len(os.sep + re.escape('.')))"]),
]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    checksum = 0
    for name, args in CASES:
        best = float("inf")
        for _ in range(n):
            t0 = time.perf_counter()
            p = subprocess.run([sys.executable, *args], stdout=subprocess.PIPE)
            best = min(best, time.perf_counter() - t0)
            if p.returncode != 0:
                raise SystemExit(f"{name}: exit status {p.returncode}")
            checksum = zlib.crc32(p.stdout, checksum)
        print(f"metric: {name} {best * 1000:.2f} ms")
    print(f"checksum: {checksum} over {n} starts per case")


main()
