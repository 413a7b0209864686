# python -m cProfile / -m profile through their main(): options, sort names,
# -o output read back with pstats, usage errors.
import contextlib, io, os, re, sys, tempfile
import cProfile, profile, pstats


def masked(text):
    return re.sub(r'\d+\.\d{3}', '#.###', re.sub(r' at 0x[0-9a-f]+', '', text))


def invoke(module, *args):
    saved_argv, saved_path = sys.argv[:], sys.path[:]
    sys.argv[:] = [module.__name__ + '.py'] + list(args)
    out, err = io.StringIO(), io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            module.main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv[:], sys.path[:] = saved_argv, saved_path
    print('--', module.__name__, [a if '/' not in a else '<path>' for a in args], 'exit', code)
    print(masked(out.getvalue()), end='')
    if err.getvalue():
        print('stderr:', err.getvalue(), end='')


invoke(cProfile, '-s', 'name', '_prof_target.py', 'a', '-s')
invoke(cProfile, '--sort=nfl', '_prof_target.py')
invoke(profile, '-s', 'stdname', '_prof_target.py')
invoke(cProfile, '-s', 'bogus', '_prof_target.py')
invoke(cProfile)
invoke(profile, '-x', '_prof_target.py')
invoke(cProfile, '-s')
invoke(cProfile, '-h')
invoke(profile, '--help')
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'out.prof')
    invoke(cProfile, '-o', path, '_prof_target.py', 'x')
    print(os.path.exists(path))
    stats = pstats.Stats(path)
    for key in sorted(stats.stats, key=lambda k: pstats.func_std_string(k)):
        if key[0] != '~':
            key_text = '%s:%d(%s)' % (os.path.basename(key[0]), key[1], key[2])
        else:
            key_text = key[2]
        print(' ', key_text, stats.stats[key][:2])
    # -m runs a module through runpy; only the module's own functions are compared.
    invoke(profile, '-o', path, '-m', '_prof_target', 'm')
    stats = pstats.Stats(path).stats
    print(sorted((k[1], k[2], v[:2]) for k, v in stats.items()
                 if os.path.basename(k[0]) == '_prof_target.py'))
