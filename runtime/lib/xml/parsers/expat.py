"""Interface to the Expat-compatible parser (see pyexpat)."""
import sys

from pyexpat import *

# Importing the submodules by their xml.parsers.expat names must work too.
sys.modules['xml.parsers.expat.model'] = model
sys.modules['xml.parsers.expat.errors'] = errors
