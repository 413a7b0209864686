# fnmatch (patterns, translate) and glob over a scratch tree.
import fnmatch, glob, os
names = ['a.py', 'b.PY', 'abc', 'axbxc', 'x', ']', '!', '-', 'a[', '[', '.hidden', 'foo.h', 'foo.c', 'foo.o', 'dir/x.py']
for pat in ['*.py', '*.[ch]', '?', '[!a-c]*', 'a*c', '[]]', '[!]]', '[-]', 'a[', '[[]', '*', '.*', '*x*', 'dir/*', '[z-a]', '[a-]*', '**']:
    print(repr(pat), fnmatch.filter(names, pat), repr(fnmatch.translate(pat)))
print(fnmatch.fnmatch('ABC', 'abc'), fnmatch.fnmatchcase('ABC', 'A?C'), fnmatch.fnmatch(b'x.c', b'*.c'))
print(fnmatch.translate('a*b*c*d'), fnmatch.translate('*a*'), fnmatch.translate('[^x]'), fnmatch.translate('[a&&b]'))
for bad in [('x', b'x'), (b'x', 'x')]:
    try:
        fnmatch.fnmatchcase(*bad)
    except TypeError as e:
        print('TypeError', e)
base = '_scratch_fnmatch_glob'
def rm(p):
    for root, dirs, files in os.walk(p, topdown=False):
        for f in files: os.remove(os.path.join(root, f))
        for d in dirs: os.rmdir(os.path.join(root, d))
    os.rmdir(p)
if os.path.exists(base): rm(base)
for d in ['src/pkg/sub', 'docs', '.git']:
    os.makedirs(os.path.join(base, d))
for f in ['setup.py', 'README', '.env', 'src/a.py', 'src/b.txt', 'src/pkg/__init__.py', 'src/pkg/sub/deep.py', 'docs/x[1].md', '.git/config']:
    open(os.path.join(base, f), 'w').close()
def g(pat, **kw):
    return sorted(os.path.relpath(x, base) if not kw.get('root_dir') else x for x in glob.glob(os.path.join(base, pat) if not kw.get('root_dir') else pat, **kw))
print(g('*'))
print(g('*.py'), g('*/*.py'), g('src/*'), g('src/pkg/*/*.py'))
print(g('**/*.py'), g('**/*.py', recursive=True))
print(g('**', recursive=True))
print(g('src/**/', recursive=True))
print(g('*', include_hidden=True), g('.*'))
print(g('docs/x[1].md'), g('docs/' + glob.escape('x[1].md')), g('nope/*'), g('README'), g('missing'))
print(sorted(glob.glob('*.py', root_dir=os.path.join(base, 'src'))), sorted(glob.glob('**/*.py', root_dir=base, recursive=True)))
print(sorted(glob.iglob(os.path.join(base, 's*')))[0].endswith('setup.py'), type(glob.iglob('x')).__name__)
print(glob.escape('a*b?c[d]'), glob.escape(b'x*'), glob.has_magic('a[b'), glob.has_magic('plain'))
print(sorted(glob.glob(os.fsencode(os.path.join(base, '*.py')))))
rm(base)
print(os.path.exists(base))
