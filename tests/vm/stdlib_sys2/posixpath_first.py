# posixpath imported before os: os imports its constants from posixpath while posixpath
# is still being imported, so they must already be there.
import sys
import posixpath
import os
print(posixpath.sep, posixpath.join("a", "b"), os.path is posixpath, os.sep, os.curdir)
print(sys.modules["os.path"] is posixpath)
