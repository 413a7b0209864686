"""Compare files (cmp, cmpfiles) and directories (dircmp).

Written for Spry from the documented behaviour of CPython 3.11's filecmp.
"""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Empties the cache of cmp() results."""
    _cache.clear()


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Whether files f1 and f2 are equal: with shallow, equal stat signatures
    (type, size, mtime) suffice; otherwise the contents are compared.
    Results are cached until the files' signatures change.
    """
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_contents(f1, f2)
        if len(_cache) > 100:      # limit the maximum size of the cache
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_contents(f1, f2):
    with open(f1, 'rb') as fp1, open(f2, 'rb') as fp2:
        while True:
            b1 = fp1.read(BUFSIZE)
            b2 = fp2.read(BUFSIZE)
            if b1 != b2:
                return False
            if not b1:
                return True


class dircmp:
    """Compares directories a and b, lazily: each attribute is computed when
    first used.  ignore (default DEFAULT_IGNORES) and hide (default '.' and
    '..') are names to leave out.
    
    left_list, right_list: the names in a and b; common, left_only,
    right_only; common_dirs, common_files, common_funny (type mismatch or
    unreadable); same_files, diff_files, funny_files (shallow comparison);
    subdirs: a dircmp (of the same class) per common subdirectory.
    report(), report_partial_closure() and report_full_closure() print the
    differences.
    """

    def __init__(self, a, b, ignore=None, hide=None):  # Initialize
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):  # Compare everything except common subdirectories
        skip = self.hide + self.ignore
        self.left_list = sorted(filterfalse(skip.__contains__, os.listdir(self.left)))
        self.right_list = sorted(filterfalse(skip.__contains__, os.listdir(self.right)))

    def phase1(self):  # Compute common names
        # Names compare after os.path.normcase; each side keeps its spelling.
        a = dict(zip(map(os.path.normcase, self.left_list), self.left_list))
        b = dict(zip(map(os.path.normcase, self.right_list), self.right_list))
        self.common = [a[k] for k in a if k in b]
        self.left_only = [a[k] for k in a if k not in b]
        self.right_only = [b[k] for k in b if k not in a]

    def phase2(self):  # Distinguish files, directories, funnies
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for x in self.common:
            try:
                a_type = stat.S_IFMT(os.stat(os.path.join(self.left, x)).st_mode)
                b_type = stat.S_IFMT(os.stat(os.path.join(self.right, x)).st_mode)
            except OSError:
                self.common_funny.append(x)
                continue
            if a_type != b_type:
                self.common_funny.append(x)
            elif stat.S_ISDIR(a_type):
                self.common_dirs.append(x)
            elif stat.S_ISREG(a_type):
                self.common_files.append(x)
            else:
                self.common_funny.append(x)

    def phase3(self):  # Find out differences between common files
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):  # Find out differences between common subdirectories
        # A new dircmp (or of the subclass) per common subdirectory.
        self.subdirs = {}
        for x in self.common_dirs:
            self.subdirs[x] = self.__class__(os.path.join(self.left, x),
                                             os.path.join(self.right, x),
                                             self.ignore, self.hide)

    def phase4_closure(self):  # Recursively call phase4() on subdirectories
        self.phase4()
        for sd in self.subdirs.values():
            sd.phase4_closure()

    def report(self):  # Print a report on the differences between a and b
        # Output format is purposely lousy
        print('diff', self.left, self.right)
        if self.left_only:
            self.left_only.sort()
            print('Only in', self.left, ':', self.left_only)
        if self.right_only:
            self.right_only.sort()
            print('Only in', self.right, ':', self.right_only)
        if self.same_files:
            self.same_files.sort()
            print('Identical files :', self.same_files)
        if self.diff_files:
            self.diff_files.sort()
            print('Differing files :', self.diff_files)
        if self.funny_files:
            self.funny_files.sort()
            print('Trouble with common files :', self.funny_files)
        if self.common_dirs:
            self.common_dirs.sort()
            print('Common subdirectories :', self.common_dirs)
        if self.common_funny:
            self.common_funny.sort()
            print('Common funny cases :', self.common_funny)

    def report_partial_closure(self):  # Print reports on self and on subdirs
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report()

    def report_full_closure(self):  # Report on self and subdirs recursively
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        # The lists are computed on first use, by the phase that makes them.
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """Compares the files named in common in directories a and b: returns
    (equal, different, not comparable) lists of names.
    """
    res = ([], [], [])
    for x in common:
        ax = os.path.join(a, x)
        bx = os.path.join(b, x)
        try:
            kind = 0 if cmp(ax, bx, shallow) else 1
        except OSError:
            kind = 2
        res[kind].append(x)
    return res
