# shutil.copytree (symlinks, ignore, copy_function, dangling links, dirs_exist_ok, Error lists),
# rmtree (onerror, ignore_errors, symbolic links) and move.
import os
import shutil
import tempfile

work = tempfile.mkdtemp()
os.chdir(work)


def attempt(label, func):
    try:
        result = func()
    except shutil.Error as exc:
        print(label, '-> Error', sorted(exc.args[0]) if isinstance(exc.args[0], list) else exc)
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '->', repr(result))


def tree(top):
    found = []
    for dirpath, dirnames, filenames in os.walk(top):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            kind = 'L' if os.path.islink(path) else 'D' if os.path.isdir(path) else 'F'
            found.append(kind + ' ' + os.path.relpath(path, top))
    return sorted(found)


os.makedirs('src/sub/deep')
for name, text in (('src/a.txt', 'A'), ('src/sub/b.py', 'B'), ('src/sub/deep/c.txt', 'C')):
    with open(name, 'w') as f:
        f.write(text)
os.symlink('a.txt', 'src/la')
os.symlink('nowhere', 'src/dang')
os.symlink('sub', 'src/lsub')
os.mkfifo('src/sub/fifo')
attempt('plain', lambda: shutil.copytree('src', 'dst'))
print(tree('dst'))
attempt('again', lambda: shutil.copytree('src', 'dst'))
attempt('dangling ignored', lambda: shutil.copytree('src', 'dst2', ignore_dangling_symlinks=True))
attempt('symlinks', lambda: shutil.copytree('src', 'dst3', symlinks=True,
                                            ignore=shutil.ignore_patterns('fifo', '*.py')))
print(tree('dst3'), os.readlink('dst3/lsub'))
attempt('exist ok', lambda: shutil.copytree('src', 'dst3', symlinks=True, dirs_exist_ok=True,
                                            ignore=shutil.ignore_patterns('fifo')))
seen = []


def copier(s, d):
    seen.append(('copy', type(s).__name__, s, d))


def ignorer(path, names):
    seen.append(('ignore', path, sorted(names)))
    return {'dang', 'lsub', 'fifo'}


attempt('custom', lambda: shutil.copytree('src', 'dst4', copy_function=copier, ignore=ignorer))
print(*sorted(seen), sep='\n')
attempt('missing', lambda: shutil.copytree('nope', 'dst5'))
attempt('file', lambda: shutil.copytree('src/a.txt', 'dst5'))
attempt('bytes', lambda: shutil.copytree(b'src', b'dst6', ignore_dangling_symlinks=True,
                                         ignore=shutil.ignore_patterns(b'fifo')))
pick = shutil.ignore_patterns('*.py', 'a*', '[xy]')
print(sorted(pick('any', ['a.txt', 'b.py', 'c', 'A', 'x', 'xy'])), type(pick('p', [])).__name__)

report = []


def onerror(func, path, info):
    report.append((func.__name__, path, info[0].__name__, str(info[1])))


shutil.rmtree('nope', onerror=onerror)
shutil.rmtree('src/la', onerror=onerror)
shutil.rmtree('src/a.txt', onerror=onerror)
print(*report, sep='\n')
attempt('rmtree link', lambda: shutil.rmtree('src/lsub'))
attempt('rmtree missing', lambda: shutil.rmtree('nope'))
attempt('rmtree ignore', lambda: shutil.rmtree('nope', ignore_errors=True))
attempt('rmtree dst', lambda: shutil.rmtree('dst'))
print(os.path.exists('dst'), os.path.exists('src/sub'), hasattr(shutil.rmtree, 'avoids_symlink_attacks'))

os.makedirs('d')
with open('f', 'w') as f:
    f.write('F')
attempt('move into dir', lambda: shutil.move('f', 'd'))
attempt('move onto itself', lambda: shutil.move('d/f', 'd'))
with open('f', 'w') as f:
    f.write('F2')
attempt('move exists', lambda: shutil.move('f', 'd/'))
attempt('move rename', lambda: shutil.move('f', 'g'))
attempt('move into own sub', lambda: shutil.move('src', 'src/sub'))
attempt('move deeper', lambda: shutil.move('src', 'src/sub/x'))
attempt('move trailing slash', lambda: shutil.move('src/', 'd'))
attempt('move missing', lambda: shutil.move('nope', 'd'))
attempt('move file into moved dir', lambda: shutil.move('g', 'd/src'))
attempt('move dir', lambda: shutil.move('d', 'newd/'))
attempt('move bytes', lambda: shutil.move(b'newd', b'd2'))
print(tree('d2'))
os.chdir('/')
shutil.rmtree(work)

# ignore_dangling_symlinks judges a relative link text from the current directory.
work = tempfile.mkdtemp()
os.chdir(work)
os.makedirs('src/sub')
open('src/sub/b', 'w').close()
os.symlink('sub', 'src/lsub')
os.symlink('sub/b', 'src/lb')
os.symlink(os.path.join(work, 'src', 'sub', 'b'), 'src/labs')
shutil.copytree('src', 'dst', ignore_dangling_symlinks=True)
print(sorted(os.listdir('dst')))
os.chdir('src')
shutil.copytree('.', '../dst2', ignore_dangling_symlinks=True)
print(sorted(os.listdir('../dst2')))
os.chdir('/')
shutil.rmtree(work)
