# filecmp: cmp (shallow and deep), cmpfiles, dircmp and its reports (names relative).
import filecmp
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)


def write(path, text, mtime=1_700_000_000):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
    os.utime(path, (mtime, mtime))


for side in ['a', 'b']:
    write(side + '/same.txt', 'identical')
    write(side + '/sub/deep.txt', 'deep')
    write(side + '/.git/config', 'ignored')
write('a/diff.txt', 'left version')
write('b/diff.txt', 'right versio')
write('a/size.txt', 'short')
write('b/size.txt', 'much longer')
write('a/only_a.txt', 'a')
write('b/only_b.txt', 'b')
write('a/kind', 'file')
os.makedirs('b/kind')
write('a/sub/x.txt', '1')
write('b/sub/x.txt', '2', mtime=1_700_000_100)
write('a/sub/sub2/z', 'z')
write('b/sub/sub2/z', 'z')
os.symlink('nowhere', 'a/broken')
os.symlink('nowhere', 'b/broken')
write('a/same_sig.txt', 'AAAA')
write('b/same_sig.txt', 'BBBB')

print(filecmp.cmp('a/same.txt', 'b/same.txt'), filecmp.cmp('a/diff.txt', 'b/diff.txt'), filecmp.cmp('a/diff.txt', 'b/diff.txt', shallow=False))
print(filecmp.cmp('a/size.txt', 'b/size.txt'), filecmp.cmp('a/same_sig.txt', 'b/same_sig.txt'), filecmp.cmp('a/same_sig.txt', 'b/same_sig.txt', shallow=False))
print(filecmp.cmp('a/sub', 'b/sub'), filecmp.cmpfiles('a', 'b', ['same.txt', 'diff.txt', 'missing', 'sub', 'same_sig.txt'], shallow=False))
try:
    filecmp.cmp('a/missing', 'b/missing')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

d = filecmp.dircmp('a', 'b')
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files, sorted(d.subdirs), type(d.subdirs['sub']).__name__)
d.report()
print('--')
d.report_partial_closure()
print('--')
filecmp.dircmp('a', 'b', ignore=['kind'], hide=['.git', 'broken']).report_full_closure()
try:
    d.nonexistent
except AttributeError as e:
    print('AttributeError', e)


class MyCmp(filecmp.dircmp):
    pass


print(type(MyCmp('a', 'b').subdirs['sub']).__name__, filecmp.DEFAULT_IGNORES[:3], filecmp.dircmp[str])
filecmp.clear_cache()
os.chdir('/')
shutil.rmtree(tmp)
