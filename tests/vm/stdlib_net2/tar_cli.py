# tarfile's command line (python -m tarfile), run in a child process of the same interpreter.
import os, subprocess, sys, tempfile

def run(*args, cwd):
    p = subprocess.run([sys.executable, "-m", "tarfile", *args], cwd=cwd, capture_output=True, text=True)
    err = p.stderr.replace(cwd, "D").strip().splitlines()
    return p.returncode, p.stdout.replace(cwd, "D").strip(), err[-1] if err else ""

with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "pkg"))
    for name, text in (("pkg/a.txt", "alpha\n"), ("pkg/b.txt", "beta\n" * 10), ("notes.md", "# notes\n")):
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    print(run("-v", "-c", "out.tgz", "pkg", "notes.md", cwd=d))
    print(run("-c", "plain.tar", "notes.md", cwd=d))
    print(run("-l", "out.tgz", cwd=d))
    print(run("-v", "-t", "out.tgz", cwd=d)[:2])
    print(run("-v", "-e", "out.tgz", "dest", "--filter", "data", cwd=d))
    print(sorted(os.listdir(os.path.join(d, "dest"))), sorted(os.listdir(os.path.join(d, "dest", "pkg"))))
    print(run("-v", "-e", "plain.tar", cwd=d))
    print(run("-l", "notes.md", cwd=d))
    print(run("-t", "notes.md", cwd=d))
    print(run("--filter", "tar", "-l", "out.tgz", cwd=d))
    print(run("-e", "a", "b", "c", cwd=d)[0])
    print(run(cwd=d)[0])
