# What a fresh interpreter starts with: sys.argv, sys.path[0], PYTHONPATH, the modules
# every program has, builtins, and modules imported later.
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))


def run(*args, env_extra=None):
    env = dict(os.environ)
    env.pop('PYTHONPATH', None)
    env.update(env_extra or {})
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=here)
    print(args[:2], p.returncode, repr(p.stdout), repr(p.stderr[-60:]))


run('-c', 'pass')
run('-c', 'import sys; print(sys.argv, repr(sys.path[0]))', 'a', '-b')
run('-c', 'import sys; print([m in sys.modules for m in ("sys", "builtins", "__main__")])')
run('-c', 'import sys; print(sys.path[1:3])', env_extra={'PYTHONPATH': '/nonexistent/a:/nonexistent/b'})
run('-c', 'import os, re, json, collections; print(os.sep, re.sub("b", "c", "abc"), '
    'json.dumps({"k": [1]}), collections.Counter("aab").most_common(1))')
run('-c', 'print(len(dir(__builtins__)) > 150, type(help).__name__, __name__, __doc__)')
run('-c', 'import sys; print(sys.getdefaultencoding(), sys.getfilesystemencoding(), '
    'sys.stdout.encoding, sys.stdin.encoding)', env_extra={'PYTHONIOENCODING': ''})
run('-c', 'import sys; sys.exit(4)')
run('-c', 'quit(2)')
run('-c', 'raise SystemExit("stop")')
run('-c', 'import _sitebuiltins as s; print(s.Quitter.__name__, callable(s._Printer))')
run('_helper_script.py', 'x')
print(sys.flags.optimize, sys.flags.inspect, sys.flags.interactive, sys.flags.verbose)
