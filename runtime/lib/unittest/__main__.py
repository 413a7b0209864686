"""`spry -m unittest`: discover or run the named tests."""

import os
import sys

__unittest = True

sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"

from .main import main

main(module=None)
