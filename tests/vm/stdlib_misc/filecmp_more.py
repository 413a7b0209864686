# filecmp: the deep-comparison cache and clear_cache, cmpfiles errors,
# dircmp defaults, attribute access in any order, subclass recursion, reports.
import filecmp
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)


def write(path, data, mtime=1_600_000_000):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)
    os.utime(path, (mtime, mtime))


write('x1', b'abcd' * 5000)
write('x2', b'abcd' * 5000, mtime=1_600_000_005)
print(filecmp.cmp('x1', 'x2'), filecmp.cmp('x1', 'x2', shallow=False), filecmp.cmp('x1', 'x1'))
# Same size and mtime after the rewrite: the cached verdict is reused.
write('x2', b'abcd' * 4999 + b'abcX', mtime=1_600_000_005)
print(filecmp.cmp('x1', 'x2'), filecmp.cmp('x1', 'x2', shallow=False))
filecmp.clear_cache()
print(filecmp.cmp('x1', 'x2'), filecmp.cmp('x1', 'x2', shallow=False))
write('x3', b'abcd' * 5000)
print(filecmp.cmp('x1', 'x3'), filecmp.cmp(b'x1', b'x3', shallow=False))
write('empty1', b'')
write('empty2', b'', mtime=5)
print(filecmp.cmp('empty1', 'empty2', False), filecmp.cmp('empty1', 'x1', False))
os.mkdir('d')
print(filecmp.cmp('d', 'd'), filecmp.cmpfiles('.', '.', ['x1', 'nope', 'd', 'x2'], False))
print(filecmp.cmpfiles('.', tmp, ('x1', 'empty1'), shallow=True))
for bad in [lambda: filecmp.cmp('x1', 'missing'), lambda: filecmp.cmp('missing', 'x1'),
            lambda: filecmp.dircmp('nodir', '.').left_list, lambda: filecmp.dircmp('.', 'nodir').common,
            lambda: filecmp.dircmp('.', '.').spam]:
    try:
        bad()
    except (OSError, AttributeError) as e:
        print(type(e).__name__, getattr(e, 'filename', None), e.args[-1])

for side in 'LR':
    write(side + '/common.txt', b'same')
    write(side + '/tags', b'ignored by default')
    write(side + '/one/two/three.txt', side.encode())
    write(side + '/one/keep.txt', b'k')
write('L/Lonly/inner', b'')
write('R/Ronly', b'')
write('L/.hidden', b'')
write('R/.hidden', b'')
d = filecmp.dircmp('L', 'R')
print(d.left, d.right, d.hide, d.ignore is filecmp.DEFAULT_IGNORES)
print(d.diff_files, d.same_files, d.funny_files)
print(d.left_only, d.right_only, d.common)
print(d.common_files, d.common_dirs, d.common_funny, d.left_list, d.right_list)
print(sorted(vars(d)))
d2 = filecmp.dircmp('L', 'R', ignore=[], hide=['.hidden', 'Lonly'])
print(d2.left_list, d2.right_list, d2.subdirs['one'].hide, d2.subdirs['one'].ignore)


class Tree(filecmp.dircmp):
    def report(self):
        print('report of', self.left, 'and', self.right, len(self.common))


t = Tree('L', 'R')
t.report_full_closure()
print([type(s).__name__ for s in t.subdirs.values()], type(t.subdirs['one'].subdirs['two']).__name__)
filecmp.dircmp('./L', 'R').report()
filecmp.dircmp('L', 'R').report_partial_closure()
print('--')
filecmp.dircmp('L/one', 'R/one').report_full_closure()
print(filecmp.BUFSIZE, filecmp.__all__)
filecmp.clear_cache()
os.chdir('/')
shutil.rmtree(tmp)
