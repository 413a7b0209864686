#!/usr/bin/env python
#
# Module comment
#
  # indented
import sys

#
# about f
#
def f(): pass

    # odd indent
def g(): pass

# blank after

def h(): pass

class K:
    # for m
    #
    def m(self): pass
	# tabbed
    def n(self): pass
