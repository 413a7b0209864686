# ftplib.FTP against a small FTP server running in a thread of this test
import ftplib, io, socket, threading

files = {"readme.txt": b"line one\r\nline two\r\n", "data.bin": bytes(range(256)) * 40}

def serve(listener):
    conn, _ = listener.accept()
    rfile = conn.makefile("rb")
    def reply(text):
        conn.sendall(text.encode() + b"\r\n")
    data_listener = None
    def data_conn():
        c, _ = data_listener.accept()
        return c
    reply("220-Welcome to the test server\r\n220 ready")
    renaming = None
    while True:
        line = rfile.readline().decode().rstrip("\r\n")
        if not line:
            break
        cmd, _, arg = line.partition(" ")
        cmd = cmd.upper()
        if cmd == "USER":
            reply("331 password please" if arg != "anonymous" else "230 welcome anon")
        elif cmd == "PASS":
            reply("230 logged in" if arg == "secret" else "530 bad password")
        elif cmd == "PWD":
            reply('257 "/home/"quoted"" is current')
        elif cmd in ("CWD", "CDUP"):
            reply("250 ok" if arg != "nope" else "550 no such directory")
        elif cmd == "TYPE":
            reply("200 type set to " + arg)
        elif cmd == "PASV":
            data_listener = socket.create_server(("127.0.0.1", 0))
            port = data_listener.getsockname()[1]
            reply("227 Entering Passive Mode (10,9,8,7,%d,%d)." % (port >> 8, port & 255))
        elif cmd in ("LIST", "NLST", "MLSD"):
            reply("150 here it comes")
            c = data_conn()
            if cmd == "MLSD":
                c.sendall(b"type=file;size=20;perm=r; readme.txt\r\ntype=dir;Modify=20200101; sub dir\r\n")
            else:
                for name in sorted(files):
                    c.sendall((name if cmd == "NLST" else "-rw-r--r-- 1 ftp %6d %s" % (len(files[name]), name)).encode() + b"\r\n")
            c.close()
            reply("226 transfer complete")
        elif cmd == "RETR":
            if arg not in files:
                reply("550 no such file")
                continue
            reply("150 Opening BINARY mode data connection for %s (%d bytes)" % (arg, len(files[arg])))
            c = data_conn()
            c.sendall(files[arg])
            c.close()
            reply("226 done")
        elif cmd == "STOR":
            reply("125 go ahead")
            c = data_conn()
            chunks = []
            while True:
                b = c.recv(4096)
                if not b:
                    break
                chunks.append(b)
            c.close()
            files[arg] = b"".join(chunks)
            reply("226 stored %d bytes" % len(files[arg]))
        elif cmd == "SIZE":
            reply("213 %d" % len(files[arg]) if arg in files else "550 not a plain file")
        elif cmd == "MKD":
            reply('257 "/home/%s" created' % arg)
        elif cmd == "RMD":
            reply("250 removed")
        elif cmd == "DELE":
            reply("250 deleted" if files.pop(arg, None) is not None else "450 busy")
        elif cmd == "RNFR":
            renaming = arg
            reply("350 ready for RNTO")
        elif cmd == "RNTO":
            files[arg] = files.pop(renaming)
            reply("250 renamed")
        elif cmd == "NOOP":
            reply("200-first\r\n200-second\r\n200 last")
        elif cmd == "QUIT":
            reply("221 bye")
            break
        else:
            reply("502 %s not implemented" % cmd)
    conn.close()

listener = socket.create_server(("127.0.0.1", 0))
server = threading.Thread(target=serve, args=(listener,), daemon=True)
server.start()

ftp = ftplib.FTP()
print(repr(ftp.connect("127.0.0.1", listener.getsockname()[1])))
print(ftp.getwelcome() == ftp.welcome, ftp.sanitize("PASS hunter2\r\n"), ftp.sanitize("USER x"))
try:
    ftp.login("bob", "wrong")
except ftplib.error_perm as e:
    print("error_perm", e)
print(ftp.login("bob", "secret"))
print(repr(ftp.pwd()), ftp.cwd("pub"), ftp.cwd(".."))
try:
    ftp.cwd("nope")
except ftplib.error_perm as e:
    print("error_perm", e, isinstance(e, ftplib.all_errors))
print(repr(ftp.sendcmd("NOOP")))
print(ftp.nlst())
lines = []
print(ftp.dir(lines.append), lines)
print(list(ftp.mlsd()))
print(ftp.makepasv()[0], ftp.trust_server_pasv_ipv4_address)
ftp.trust_server_pasv_ipv4_address = True
print(ftp.makepasv()[0])
ftp.trust_server_pasv_ipv4_address = False
got = []
print(ftp.retrlines("RETR readme.txt", got.append), got)
chunks = []
print(ftp.retrbinary("RETR data.bin", chunks.append, blocksize=1000))
print(sum(map(len, chunks)), b"".join(chunks) == files["data.bin"])
conn, size = ftp.ntransfercmd("RETR readme.txt")
print(size, conn.recv(100))
conn.close()
print(ftp.voidresp())
print(ftp.storbinary("STOR up.bin", io.BytesIO(b"x" * 10000), blocksize=3000))
print(ftp.storlines("STOR up.txt", io.BytesIO(b"a\nb\r\nc")), files["up.txt"])
print(ftp.size("up.bin"))
try:
    ftp.size("missing")
except ftplib.error_perm as e:
    print("error_perm", e)
print(repr(ftp.mkd("newdir")), ftp.rmd("newdir"))
print(ftp.rename("up.txt", "moved.txt"), sorted(files))
print(ftp.delete("moved.txt"))
try:
    ftp.delete("moved.txt")
except ftplib.error_temp as e:
    print("error_temp", e)
try:
    ftp.retrbinary("RETR missing", print)
except ftplib.error_perm as e:
    print("error_perm", e)
try:
    ftp.sendcmd("SITE x\r\nQUIT")
except ValueError as e:
    print("ValueError", e)
try:
    ftp.voidcmd("FEAT")
except ftplib.Error as e:
    print(type(e).__name__, e, ftp.lastresp)
print(ftp.quit(), ftp.sock, ftp.file)
server.join()
listener.close()

print(ftplib.parse227("227 Entering (192,168,1,2,4,1)"), ftplib.parse229("229 ok (|||6446|)", ("::1", 21)))
print(ftplib.parse150("150 File (123 bytes)"), ftplib.parse150("150 no size"))
for fn, arg in ((ftplib.parse227, "200 x"), (ftplib.parse227, "227 none"), (ftplib.parse229, "229 (|1|)"), (ftplib.parse257, "250 x")):
    try:
        fn(arg, ("h", 1)) if fn is ftplib.parse229 else fn(arg)
    except ftplib.Error as e:
        print(type(e).__name__, e)
print(repr(ftplib.parse257('257 "a""b" made')), repr(ftplib.parse257("257 made")))
print(ftplib.all_errors[:3], ftplib.FTP_PORT, ftplib.MAXLINE, ftplib.__all__[:6])
