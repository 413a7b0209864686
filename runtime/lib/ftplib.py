"""An FTP client (RFC 959, with the EPSV/EPRT extensions of RFC 2428 and MLSD of RFC
3659): FTP holds the control connection; each listing or file transfer opens a data
connection, passive by default. There is no FTP_TLS: Spry has no ssl module."""

import re
import socket
import sys
from socket import _GLOBAL_DEFAULT_TIMEOUT

__all__ = ["FTP", "error_reply", "error_temp", "error_perm", "error_proto", "all_errors"]

MSG_OOB = 0x1
FTP_PORT = 21
MAXLINE = 8192
CRLF = "\r\n"
B_CRLF = b"\r\n"


class Error(Exception):
    pass


class error_reply(Error):
    """A reply of a kind the command did not expect."""


class error_temp(Error):
    """A 4xx reply."""


class error_perm(Error):
    """A 5xx reply."""


class error_proto(Error):
    """A reply that is not a valid FTP reply."""


all_errors = (Error, OSError, EOFError)


class FTP:
    """A connection to an FTP server. FTP(host) connects, FTP(host, user, passwd) logs in
    too; as a context manager it sends QUIT and closes on exit."""

    debugging = 0
    host = ""
    port = FTP_PORT
    maxline = MAXLINE
    sock = None
    file = None
    welcome = None
    passiveserver = True
    # the PASV reply's address is ignored unless this is set: the data connection goes
    # to the control connection's peer (a hostile server could point it anywhere)
    trust_server_pasv_ipv4_address = False

    def __init__(self, host="", user="", passwd="", acct="", timeout=_GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, *, encoding="utf-8"):
        self.encoding = encoding
        self.source_address = source_address
        self.timeout = timeout
        if host:
            self.connect(host)
            if user:
                self.login(user, passwd, acct)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if self.sock is not None:
            try:
                self.quit()
            except (OSError, EOFError):
                pass
            finally:
                if self.sock is not None:
                    self.close()

    def connect(self, host="", port=0, timeout=-999, source_address=None):
        """Open the control connection; returns the server's welcome."""
        if host != "":
            self.host = host
        if port > 0:
            self.port = port
        if timeout != -999:
            self.timeout = timeout
        if self.timeout is not None and not self.timeout:
            raise ValueError("Non-blocking socket (timeout=0) is not supported")
        if source_address is not None:
            self.source_address = source_address
        sys.audit("ftplib.connect", self, self.host, self.port)
        self.sock = socket.create_connection((self.host, self.port), self.timeout,
                                             source_address=self.source_address)
        self.af = self.sock.family
        self.file = self.sock.makefile("r", encoding=self.encoding)
        self.welcome = self.getresp()
        return self.welcome

    def getwelcome(self):
        if self.debugging:
            print("*welcome*", self.sanitize(self.welcome))
        return self.welcome

    def set_debuglevel(self, level):
        """0: quiet; 1: print commands and replies; 2: every line sent and received."""
        self.debugging = level

    debug = set_debuglevel

    def set_pasv(self, val):
        """Passive (True, the default) or active data connections."""
        self.passiveserver = val

    def sanitize(self, s):
        # a password is never printed
        if s[:5] in {"pass ", "PASS "}:
            end = len(s.rstrip("\r\n"))
            s = s[:5] + "*" * (end - 5) + s[end:]
        return repr(s)

    # ---- the control connection ----------------------------------------------------------

    def putline(self, line):
        if "\r" in line or "\n" in line:
            raise ValueError("an illegal newline character should not be contained")
        sys.audit("ftplib.sendcmd", self, line)
        line = line + CRLF
        if self.debugging > 1:
            print("*put*", self.sanitize(line))
        self.sock.sendall(line.encode(self.encoding))

    def putcmd(self, line):
        if self.debugging:
            print("*cmd*", self.sanitize(line))
        self.putline(line)

    def getline(self):
        line = self.file.readline(self.maxline + 1)
        if len(line) > self.maxline:
            raise Error("got more than %d bytes" % self.maxline)
        if self.debugging > 1:
            print("*get*", self.sanitize(line))
        if not line:
            raise EOFError
        return _strip_eol(line)

    def getmultiline(self):
        """One reply; the lines of a multi-line reply ('123-' ... '123 ') joined by
        newlines."""
        line = self.getline()
        if line[3:4] == "-":
            code = line[:3]
            while True:
                following = self.getline()
                line += "\n" + following
                if following[:3] == code and following[3:4] != "-":
                    break
        return line

    def getresp(self):
        """The next reply: returned when it is 1xx-3xx, raised as error_temp (4xx),
        error_perm (5xx) or error_proto otherwise."""
        resp = self.getmultiline()
        if self.debugging:
            print("*resp*", self.sanitize(resp))
        self.lastresp = resp[:3]
        kind = resp[:1]
        if kind in {"1", "2", "3"}:
            return resp
        if kind == "4":
            raise error_temp(resp)
        if kind == "5":
            raise error_perm(resp)
        raise error_proto(resp)

    def voidresp(self):
        """The next reply, which must be 2xx (error_reply otherwise)."""
        resp = self.getresp()
        if resp[:1] != "2":
            raise error_reply(resp)
        return resp

    def abort(self):
        """Ask the server to stop the current transfer (ABOR, sent as urgent data)."""
        line = b"ABOR" + B_CRLF
        if self.debugging > 1:
            print("*put urgent*", self.sanitize(line))
        self.sock.sendall(line, MSG_OOB)
        resp = self.getmultiline()
        if resp[:3] not in {"426", "225", "226"}:
            raise error_proto(resp)
        return resp

    def sendcmd(self, cmd):
        self.putcmd(cmd)
        return self.getresp()

    def voidcmd(self, cmd):
        self.putcmd(cmd)
        return self.voidresp()

    # ---- data connections ----------------------------------------------------------------

    def sendport(self, host, port):
        """PORT: tell the server the IPv4 address and port to connect to."""
        fields = host.split(".") + [repr(port // 256), repr(port % 256)]
        return self.voidcmd("PORT " + ",".join(fields))

    def sendeprt(self, host, port):
        """EPRT: PORT for either address family."""
        if self.af == socket.AF_INET:
            family = 1
        elif self.af == socket.AF_INET6:
            family = 2
        else:
            raise error_proto("unsupported address family")
        return self.voidcmd("EPRT " + "|".join(["", repr(family), host, repr(port), ""]))

    def makeport(self):
        """A listening socket whose address the server has been told (active mode)."""
        sock = socket.create_server(("", 0), family=self.af, backlog=1)
        port = sock.getsockname()[1]
        host = self.sock.getsockname()[0]
        if self.af == socket.AF_INET:
            self.sendport(host, port)
        else:
            self.sendeprt(host, port)
        if self.timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(self.timeout)
        return sock

    def makepasv(self):
        """(host, port) of the server's passive data port (PASV, or EPSV over IPv6)."""
        if self.af == socket.AF_INET:
            offered, port = parse227(self.sendcmd("PASV"))
            host = offered if self.trust_server_pasv_ipv4_address else self.sock.getpeername()[0]
        else:
            host, port = parse229(self.sendcmd("EPSV"), self.sock.getpeername())
        return host, port

    def ntransfercmd(self, cmd, rest=None):
        """Send a command that transfers data; returns (data socket, expected size or
        None). rest starts the transfer at that offset (REST)."""
        if self.passiveserver:
            host, port = self.makepasv()
            conn = socket.create_connection((host, port), self.timeout,
                                            source_address=self.source_address)
            try:
                resp = self._start_transfer(cmd, rest)
            except:
                conn.close()
                raise
        else:
            with self.makeport() as listener:
                resp = self._start_transfer(cmd, rest)
                conn, _ = listener.accept()
                if self.timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                    conn.settimeout(self.timeout)
        size = parse150(resp) if resp[:3] == "150" else None
        return conn, size

    def _start_transfer(self, cmd, rest):
        if rest is not None:
            self.sendcmd("REST %s" % rest)
        resp = self.sendcmd(cmd)
        # some servers answer 2xx before the 1xx: then the 1xx follows
        if resp[0] == "2":
            resp = self.getresp()
        if resp[0] != "1":
            raise error_reply(resp)
        return resp

    def transfercmd(self, cmd, rest=None):
        """ntransfercmd's data socket only."""
        return self.ntransfercmd(cmd, rest)[0]

    # ---- commands ------------------------------------------------------------------------

    def login(self, user="", passwd="", acct=""):
        """USER, then PASS and ACCT when the server asks for them (anonymous by default)."""
        user = user or "anonymous"
        passwd = passwd or ""
        acct = acct or ""
        if user == "anonymous" and passwd in {"", "-"}:
            # a password of '-' asks some servers to be less verbose
            passwd = passwd + "anonymous@"
        resp = self.sendcmd("USER " + user)
        if resp[0] == "3":
            resp = self.sendcmd("PASS " + passwd)
        if resp[0] == "3":
            resp = self.sendcmd("ACCT " + acct)
        if resp[0] != "2":
            raise error_reply(resp)
        return resp

    def retrbinary(self, cmd, callback, blocksize=8192, rest=None):
        """Run cmd (e.g. 'RETR name') in binary mode, passing each block received to
        callback; returns the final reply."""
        self.voidcmd("TYPE I")
        with self.transfercmd(cmd, rest) as conn:
            while True:
                data = conn.recv(blocksize)
                if not data:
                    break
                callback(data)
        return self.voidresp()

    def retrlines(self, cmd, callback=None):
        """Run cmd (e.g. 'LIST', 'RETR name') in ASCII mode, passing each line without
        its end of line to callback (print by default); returns the final reply."""
        if callback is None:
            callback = print_line
        self.sendcmd("TYPE A")
        with self.transfercmd(cmd) as conn, conn.makefile("r", encoding=self.encoding) as fp:
            while True:
                line = fp.readline(self.maxline + 1)
                if len(line) > self.maxline:
                    raise Error("got more than %d bytes" % self.maxline)
                if self.debugging > 2:
                    print("*retr*", repr(line))
                if not line:
                    break
                callback(_strip_eol(line, lone_cr=False))
        return self.voidresp()

    def storbinary(self, cmd, fp, blocksize=8192, callback=None, rest=None):
        """Run cmd (e.g. 'STOR name') in binary mode, sending fp's content in blocks."""
        self.voidcmd("TYPE I")
        with self.transfercmd(cmd, rest) as conn:
            while True:
                buf = fp.read(blocksize)
                if not buf:
                    break
                conn.sendall(buf)
                if callback:
                    callback(buf)
        return self.voidresp()

    def storlines(self, cmd, fp, callback=None):
        """Run cmd in ASCII mode, sending fp's lines (bytes) each ended by CRLF."""
        self.voidcmd("TYPE A")
        with self.transfercmd(cmd) as conn:
            while True:
                buf = fp.readline(self.maxline + 1)
                if len(buf) > self.maxline:
                    raise Error("got more than %d bytes" % self.maxline)
                if not buf:
                    break
                if buf[-2:] != B_CRLF:
                    if buf[-1] in B_CRLF:
                        buf = buf[:-1]
                    buf = buf + B_CRLF
                conn.sendall(buf)
                if callback:
                    callback(buf)
        return self.voidresp()

    def acct(self, password):
        return self.voidcmd("ACCT " + password)

    def nlst(self, *args):
        """The names NLST lists."""
        cmd = "NLST" + "".join(" " + arg for arg in args)
        names = []
        self.retrlines(cmd, names.append)
        return names

    def dir(self, *args):
        """LIST the arguments; a last argument that is not a str is the callback for each
        line (print by default)."""
        callback = None
        if args[-1:] and not isinstance(args[-1], str):
            args, callback = args[:-1], args[-1]
        cmd = "LIST" + "".join(" " + arg for arg in args if arg)
        self.retrlines(cmd, callback)

    def mlsd(self, path="", facts=[]):
        """(name, {fact: value}) for each entry of the MLSD listing of path; facts asks
        for those facts (OPTS MLST)."""
        if facts:
            self.sendcmd("OPTS MLST " + ";".join(facts) + ";")
        lines = []
        self.retrlines("MLSD %s" % path if path else "MLSD", lines.append)
        for line in lines:
            found, _, name = line.rstrip(CRLF).partition(" ")
            entry = {}
            for fact in found[:-1].split(";"):
                key, _, value = fact.partition("=")
                entry[key.lower()] = value
            yield name, entry

    def rename(self, fromname, toname):
        resp = self.sendcmd("RNFR " + fromname)
        if resp[0] != "3":
            raise error_reply(resp)
        return self.voidcmd("RNTO " + toname)

    def delete(self, filename):
        resp = self.sendcmd("DELE " + filename)
        if resp[:3] in {"250", "200"}:
            return resp
        raise error_reply(resp)

    def cwd(self, dirname):
        """Change directory ('..' tries CDUP first)."""
        if dirname == "..":
            try:
                return self.voidcmd("CDUP")
            except error_perm as err:
                if err.args[0][:3] != "500":
                    raise
        elif dirname == "":
            dirname = "."
        return self.voidcmd("CWD " + dirname)

    def size(self, filename):
        """The size SIZE reports, or None for a reply other than 213."""
        resp = self.sendcmd("SIZE " + filename)
        if resp[:3] == "213":
            return int(resp[3:].strip())
        return None

    def mkd(self, dirname):
        """Make a directory; returns its path as the server gives it ('' if it does
        not)."""
        resp = self.voidcmd("MKD " + dirname)
        return parse257(resp) if resp.startswith("257") else ""

    def rmd(self, dirname):
        return self.voidcmd("RMD " + dirname)

    def pwd(self):
        resp = self.voidcmd("PWD")
        return parse257(resp) if resp.startswith("257") else ""

    def quit(self):
        """QUIT, then close."""
        resp = self.voidcmd("QUIT")
        self.close()
        return resp

    def close(self):
        try:
            file, self.file = self.file, None
            if file is not None:
                file.close()
        finally:
            sock, self.sock = self.sock, None
            if sock is not None:
                sock.close()


def _strip_eol(line, lone_cr=True):
    # a reply line may end in CRLF, LF, or (lone_cr) CR alone
    if line[-2:] == CRLF:
        return line[:-2]
    if line[-1:] == "\n" or (lone_cr and line[-1:] == "\r"):
        return line[:-1]
    return line


_size_150 = re.compile(r"150 .* \((\d+) bytes\)", re.IGNORECASE | re.ASCII)
_address_227 = re.compile(r"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)", re.ASCII)


def parse150(resp):
    """The size a 150 reply announces ('... (1234 bytes)'), or None."""
    if resp[:3] != "150":
        raise error_reply(resp)
    m = _size_150.match(resp)
    return int(m.group(1)) if m else None


def parse227(resp):
    """(host, port) of a 227 reply to PASV: '227 ... (h1,h2,h3,h4,p1,p2)'."""
    if resp[:3] != "227":
        raise error_reply(resp)
    m = _address_227.search(resp)
    if not m:
        raise error_proto(resp)
    numbers = m.groups()
    return ".".join(numbers[:4]), (int(numbers[4]) << 8) + int(numbers[5])


def parse229(resp, peer):
    """(host, port) of a 229 reply to EPSV, '229 ... (|||port|)': the host is the
    control connection's peer."""
    if resp[:3] != "229":
        raise error_reply(resp)
    left = resp.find("(")
    if left < 0:
        raise error_proto(resp)
    right = resp.find(")", left + 1)
    if right < 0:
        raise error_proto(resp)
    if resp[left + 1] != resp[right - 1]:
        raise error_proto(resp)
    parts = resp[left + 1:right].split(resp[left + 1])
    if len(parts) != 5:
        raise error_proto(resp)
    return peer[0], int(parts[3])


def parse257(resp):
    """The directory name in a 257 reply ('257 "name" ...', with "" for a quote)."""
    if resp[:3] != "257":
        raise error_reply(resp)
    if resp[3:5] != ' "':
        return ""
    name = []
    i = 5
    while i < len(resp):
        c = resp[i]
        i += 1
        if c == '"':
            if i >= len(resp) or resp[i] != '"':
                break
            i += 1
        name.append(c)
    return "".join(name)


def print_line(line):
    print(line)


def ftpcp(source, sourcename, target, targetname="", type="I"):
    """Copy a file from one server to another: target connects to source's passive
    port."""
    if not targetname:
        targetname = sourcename
    type = "TYPE " + type
    source.voidcmd(type)
    target.voidcmd(type)
    sourcehost, sourceport = parse227(source.sendcmd("PASV"))
    target.sendport(sourcehost, sourceport)
    treply = target.sendcmd("STOR " + targetname)
    if treply[:3] not in {"125", "150"}:
        raise error_proto
    sreply = source.sendcmd("RETR " + sourcename)
    if sreply[:3] not in {"125", "150"}:
        raise error_proto
    source.voidresp()
    target.voidresp()
