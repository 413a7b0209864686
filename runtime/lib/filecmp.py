"""Compare files and directory trees.  Written for Spry from the documented
behaviour of the filecmp module."""

import os
import stat
from types import GenericAlias

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

DEFAULT_IGNORES = ["RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs",
                   "__pycache__"]

BUFSIZE = 8 * 1024

# Deep comparisons already done, keyed by both names and both stat
# signatures so a file that changes is compared again.
_known_results = {}
_KNOWN_RESULTS_LIMIT = 100


def clear_cache():
    _known_results.clear()


def _signature(path):
    info = os.stat(path)
    return (stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime)


def cmp(f1, f2, shallow=True):
    first = _signature(f1)
    second = _signature(f2)
    if first[0] != stat.S_IFREG or second[0] != stat.S_IFREG:
        return False
    if shallow and first == second:
        return True
    if first[1] != second[1]:
        return False
    key = (f1, f2, first, second)
    verdict = _known_results.get(key)
    if verdict is None:
        verdict = _same_bytes(f1, f2)
        if len(_known_results) >= _KNOWN_RESULTS_LIMIT:
            clear_cache()
        _known_results[key] = verdict
    return verdict


def _same_bytes(f1, f2):
    with open(f1, "rb") as left, open(f2, "rb") as right:
        while True:
            chunk = left.read(BUFSIZE)
            if chunk != right.read(BUFSIZE):
                return False
            if not chunk:
                return True


def cmpfiles(a, b, common, shallow=True):
    """Return (match, mismatch, errors): the names in common sorted by outcome."""
    outcome = ([], [], [])
    for name in common:
        try:
            same = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except OSError:
            outcome[2].append(name)
        else:
            outcome[0 if same else 1].append(name)
    return outcome


class dircmp:
    """Compare the directories a and b; the results are attributes that
    are computed on first access (see the module documentation)."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def __getattr__(self, name):
        step = self._computed_by.get(name)
        if step is None:
            raise AttributeError(name)
        step(self)
        return self.__dict__[name]

    def _list_sides(self):
        skipped = self.hide + self.ignore
        self.left_list = sorted(n for n in os.listdir(self.left) if n not in skipped)
        self.right_list = sorted(n for n in os.listdir(self.right) if n not in skipped)

    def _split_names(self):
        on_left = {os.path.normcase(n): n for n in self.left_list}
        on_right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [name for key, name in on_left.items() if key in on_right]
        self.left_only = [name for key, name in on_left.items() if key not in on_right]
        self.right_only = [name for key, name in on_right.items() if key not in on_left]

    def _classify_common(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                left_mode = os.stat(os.path.join(self.left, name)).st_mode
                right_mode = os.stat(os.path.join(self.right, name)).st_mode
            except OSError:
                self.common_funny.append(name)
                continue
            if stat.S_ISDIR(left_mode) and stat.S_ISDIR(right_mode):
                self.common_dirs.append(name)
            elif stat.S_ISREG(left_mode) and stat.S_ISREG(right_mode):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def _compare_files(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def _descend(self):
        # Subclasses get subclass instances for the subdirectories too.
        self.subdirs = {
            name: type(self)(os.path.join(self.left, name),
                             os.path.join(self.right, name),
                             self.ignore, self.hide)
            for name in self.common_dirs}

    _computed_by = {
        "left_list": _list_sides, "right_list": _list_sides,
        "common": _split_names, "left_only": _split_names,
        "right_only": _split_names,
        "common_dirs": _classify_common, "common_files": _classify_common,
        "common_funny": _classify_common,
        "same_files": _compare_files, "diff_files": _compare_files,
        "funny_files": _compare_files,
        "subdirs": _descend,
    }

    def report(self):
        print("diff", self.left, self.right)
        sections = [
            ("Only in " + str(self.left), self.left_only),
            ("Only in " + str(self.right), self.right_only),
            ("Identical files", self.same_files),
            ("Differing files", self.diff_files),
            ("Trouble with common files", self.funny_files),
            ("Common subdirectories", self.common_dirs),
            ("Common funny cases", self.common_funny),
        ]
        for title, names in sections:
            if names:
                names.sort()
                print(title, ":", names)

    def report_partial_closure(self):
        self.report()
        for child in self.subdirs.values():
            print()
            child.report()

    def report_full_closure(self):
        self.report()
        for child in self.subdirs.values():
            print()
            child.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)
