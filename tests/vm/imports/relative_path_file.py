# A module found through a relative sys.path entry ('' or a subdirectory name) gets an
# absolute __file__, as CPython's path finder makes every entry absolute.
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as top:
    os.makedirs(os.path.join(top, 'sub', 'relpkg'))
    with open(os.path.join(top, 'sub', 'relmod_x.py'), 'w') as f:
        f.write('value = 1\n')
    with open(os.path.join(top, 'sub', 'relpkg', '__init__.py'), 'w') as f:
        f.write('')
    with open(os.path.join(top, 'topmod_x.py'), 'w') as f:
        f.write('value = 2\n')
    old = os.getcwd()
    os.chdir(top)
    sys.path[:0] = ['sub', '', '.']
    try:
        import relmod_x, topmod_x, relpkg
        for m in (relmod_x, topmod_x, relpkg):
            print(m.__name__, os.path.isabs(m.__file__), os.path.relpath(m.__file__, top))
        print([os.path.relpath(p, top) for p in relpkg.__path__])
    finally:
        os.chdir(old)
        del sys.path[:3]
