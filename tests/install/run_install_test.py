#!/usr/bin/env python3
"""Installs a Spry build into a temporary prefix and builds an extension out of tree.

greet.c is built three ways against the installed prefix -- find_package(Spry) with
spry_add_extension, `spry-config --cflags --extension-suffix`, and `pkg-config spry` --
and each build is imported by the installed bin/spry running greet_test.py. The expected
output comes from the same source built against CPython 3.11's headers and run under
python3.11, in the same invocation. The installed headers must be Python.h and its
companions only.
Usage: run_install_test.py --build-dir B --cc CC --python /usr/bin/python3.11
"""
import argparse
import difflib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PUBLIC_HEADERS = {"Python.h", "patchlevel.h", "pyport.h", "structmember.h", "typeslots.h"}


def sh(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        sys.exit(f"FAILED: {shlex.join(cmd)}\n{p.stdout}{p.stderr}")
    return p.stdout.strip()


def run_script(interp, mod_dir, env):
    shutil.copy(os.path.join(HERE, "greet_test.py"), mod_dir)
    p = subprocess.run([interp, "greet_test.py"], cwd=mod_dir, capture_output=True, text=True,
                       env=env, timeout=60)
    return p.stdout + (f"[exit {p.returncode}]\n{p.stderr}" if p.returncode else "")


def check_layout(prefix):
    expected = ["bin/spry", "bin/spry-config", "lib/libspry.a", "lib/pkgconfig/spry.pc",
                "lib/cmake/Spry/SpryConfig.cmake", "lib/cmake/Spry/SpryConfigVersion.cmake"]
    missing = [f for f in expected if not os.path.isfile(os.path.join(prefix, f))]
    headers = set(os.listdir(os.path.join(prefix, "include", "spry")))
    if missing or headers != PUBLIC_HEADERS:
        sys.exit(f"bad install layout: missing {missing}, include/spry has {sorted(headers)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--cc", required=True)
    ap.add_argument("--python", default="/usr/bin/python3.11")
    args = ap.parse_args()

    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    src = os.path.join(HERE, "project", "greet.c")
    with tempfile.TemporaryDirectory(prefix="spry-install-") as tmp:
        prefix = os.path.join(tmp, "prefix")
        sh(["cmake", "--install", args.build_dir, "--prefix", prefix])
        check_layout(prefix)
        spry = os.path.join(prefix, "bin", "spry")
        config = os.path.join(prefix, "bin", "spry-config")

        builds = {}
        d = os.path.join(tmp, "find_package")
        sh(["cmake", "-S", os.path.join(HERE, "project"), "-B", d, "-G", "Ninja",
            f"-DCMAKE_C_COMPILER={args.cc}", f"-DCMAKE_PREFIX_PATH={prefix}"], env=env)
        sh(["cmake", "--build", d], env=env)
        builds["find_package"] = d

        suffix = sh([config, "--extension-suffix"])
        d = os.path.join(tmp, "spry-config")
        os.mkdir(d)
        cflags = shlex.split(sh([config, "--cflags"]))
        sh([args.cc, "-shared", *cflags, src, "-o", os.path.join(d, "greet" + suffix)])
        builds["spry-config"] = d

        pc_env = dict(env, PKG_CONFIG_PATH=os.path.join(prefix, "lib", "pkgconfig"))
        pc_suffix = sh(["pkg-config", "--variable=ext_suffix", "spry"], env=pc_env)
        if pc_suffix != suffix:
            sys.exit(f"pkg-config ext_suffix {pc_suffix!r} != spry-config's {suffix!r}")
        d = os.path.join(tmp, "pkg-config")
        os.mkdir(d)
        cflags = shlex.split(sh(["pkg-config", "--cflags", "--libs", "spry"], env=pc_env))
        sh([args.cc, "-shared", "-fPIC", *cflags, src, "-o", os.path.join(d, "greet" + pc_suffix)])
        builds["pkg-config"] = d

        d = os.path.join(tmp, "cpython")
        os.mkdir(d)
        py_inc = shlex.split(sh([args.python + "-config", "--includes"]))
        py_suffix = sh([args.python, "-c", "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"])
        sh([args.cc, "-shared", "-fPIC", *py_inc, src, "-o", os.path.join(d, "greet" + py_suffix)])
        expected = run_script(args.python, d, env)

        failed = 0
        for how, d in builds.items():
            got = run_script(spry, d, env)
            if got != expected:
                failed += 1
                print(f"FAIL {how}")
                sys.stdout.writelines(difflib.unified_diff(
                    expected.splitlines(True), got.splitlines(True), "cpython", "spry"))
            else:
                print(f"ok   {how}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
