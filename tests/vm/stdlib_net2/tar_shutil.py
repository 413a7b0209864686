# shutil archives in the tar formats, and the os calls tarfile relies on (mkfifo, chown).
import os, shutil, stat, tarfile, tempfile

fmts = [f for f in shutil.get_archive_formats() if f[0] in ("tar", "gztar", "zip")]
print(fmts)
print([f for f in shutil.get_unpack_formats() if f[0] in ("tar", "gztar", "zip")])
with tempfile.TemporaryDirectory() as d:
    root = os.path.join(d, "root")
    os.makedirs(os.path.join(root, "pkg", "inner"))
    for rel, text in (("pkg/a.py", "print('a')\n"), ("pkg/inner/b.txt", "bee\n" * 50)):
        with open(os.path.join(root, rel), "w") as f:
            f.write(text)
    for fmt in ("tar", "gztar"):
        name = shutil.make_archive(os.path.join(d, "arch"), fmt, root_dir=root, base_dir="pkg", owner="root", group="root")
        print(os.path.basename(name))
        with tarfile.open(name) as t:
            print(sorted((m.name, m.size, m.uname, m.gname) for m in t))
        out = os.path.join(d, "out_" + fmt)
        shutil.unpack_archive(name, out)
        for dirpath, dirs, files in sorted(os.walk(out)):
            for f in sorted(files):
                with open(os.path.join(dirpath, f)) as fh:
                    print(" ", os.path.relpath(os.path.join(dirpath, f), out), len(fh.read()))
    try:
        shutil.unpack_archive(os.path.join(root, "pkg", "a.py"), d, format="tar")
    except shutil.ReadError as e:
        print("ReadError", str(e).replace(d, "D"))
    fifo = os.path.join(d, "fifo")
    os.mkfifo(fifo, 0o600)
    print(stat.S_ISFIFO(os.stat(fifo).st_mode), oct(os.stat(fifo).st_mode & 0o777))
    try:
        os.mkfifo(fifo)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    target = os.path.join(root, "pkg", "a.py")
    os.chown(target, 12, 34)
    print(os.stat(target).st_uid, os.stat(target).st_gid)
    os.chown(target, -1, 56)
    print(os.stat(target).st_uid, os.stat(target).st_gid)
    os.symlink(target, os.path.join(d, "ln"))
    os.lchown(os.path.join(d, "ln"), 7, 8)
    print(os.lstat(os.path.join(d, "ln")).st_uid, os.stat(target).st_uid)
    try:
        os.chown(os.path.join(d, "missing"), 0, 0)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
