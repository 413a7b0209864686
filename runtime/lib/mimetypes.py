"""Map file names and URLs to MIME types, and MIME types back to file extensions.

Written for Spry from the documented behaviour of CPython 3.11's mimetypes module.
"""
import os
import posixpath
import sys

__all__ = ['knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions',
           'guess_extension', 'add_type', 'init', 'read_mime_types', 'suffix_map',
           'encodings_map', 'types_map', 'common_types']

knownfiles = [
    '/etc/mime.types',
    '/etc/httpd/mime.types',
    '/etc/httpd/conf/mime.types',
    '/etc/apache/mime.types',
    '/etc/apache2/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/lib/netscape/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/etc/mime.types',
]

inited = False

# The built-in tables, one MIME type per line followed by its extensions (without the
# dot), first extension preferred.  Same lines and order as CPython 3.11's defaults.
STANDARD_TABLE = """
application/javascript js mjs
application/json json
application/manifest+json webmanifest
application/msword doc dot wiz
application/n-quads nq
application/n-triples nt
application/octet-stream bin a dll exe o obj so
application/oda oda
application/pdf pdf
application/pkcs7-mime p7c
application/postscript ps ai eps
application/trig trig
application/vnd.apple.mpegurl m3u m3u8
application/vnd.ms-excel xls xlb
application/vnd.ms-powerpoint ppt pot ppa pps pwz
application/wasm wasm
application/x-bcpio bcpio
application/x-cpio cpio
application/x-csh csh
application/x-dvi dvi
application/x-gtar gtar
application/x-hdf hdf
application/x-hdf5 h5
application/x-latex latex
application/x-mif mif
application/x-netcdf cdf nc
application/x-pkcs12 p12 pfx
application/x-pn-realaudio ram
application/x-python-code pyc pyo
application/x-sh sh
application/x-shar shar
application/x-shockwave-flash swf
application/x-sv4cpio sv4cpio
application/x-sv4crc sv4crc
application/x-tar tar
application/x-tcl tcl
application/x-tex tex
application/x-texinfo texi texinfo
application/x-troff roff t tr
application/x-troff-man man
application/x-troff-me me
application/x-troff-ms ms
application/x-ustar ustar
application/x-wais-source src
application/xml xsl rdf wsdl xpdl
application/zip zip
audio/3gpp 3gp 3gpp
audio/3gpp2 3g2 3gpp2
audio/aac aac adts loas ass
audio/basic au snd
audio/mpeg mp3 mp2
audio/opus opus
audio/x-aiff aif aifc aiff
audio/x-pn-realaudio ra
audio/x-wav wav
image/avif avif
image/bmp bmp
image/gif gif
image/ief ief
image/jpeg jpg jpe jpeg
image/heic heic
image/heif heif
image/png png
image/svg+xml svg
image/tiff tiff tif
image/vnd.microsoft.icon ico
image/x-cmu-raster ras
image/x-portable-anymap pnm
image/x-portable-bitmap pbm
image/x-portable-graymap pgm
image/x-portable-pixmap ppm
image/x-rgb rgb
image/x-xbitmap xbm
image/x-xpixmap xpm
image/x-xwindowdump xwd
message/rfc822 eml mht mhtml nws
text/css css
text/csv csv
text/html html htm
text/n3 n3
text/plain txt bat c h ksh pl srt
text/richtext rtx
text/tab-separated-values tsv
text/vtt vtt
text/x-python py
text/x-setext etx
text/x-sgml sgm sgml
text/x-vcard vcf
text/xml xml
video/mp4 mp4
video/mpeg mpeg m1v mpa mpe mpg
video/quicktime mov qt
video/webm webm
video/x-msvideo avi
video/x-sgi-movie movie
"""

# Types only used when a caller asks for non-strict answers.
LENIENT_TABLE = """
application/rtf rtf
audio/midi midi mid
image/jpg jpg
image/pict pict pct pic
image/webp webp
text/xul xul
"""

ENCODING_SUFFIXES = (('.gz', 'gzip'), ('.Z', 'compress'), ('.bz2', 'bzip2'),
                     ('.xz', 'xz'), ('.br', 'br'))

SHORTHAND_SUFFIXES = (('.svgz', '.svg.gz'), ('.tgz', '.tar.gz'), ('.taz', '.tar.gz'),
                      ('.tz', '.tar.gz'), ('.tbz2', '.tar.bz2'), ('.txz', '.tar.xz'))


def table_pairs(table):
    """(extension, type) pairs of one of the tables above, in order."""
    for line in table.split('\n'):
        words = line.split()
        if words:
            for ext in words[1:]:
                yield '.' + ext, words[0]


def data_url_type(rest):
    # RFC 2397: data:[<mediatype>][;base64],<data>; a missing or parameter-only media
    # type means text/plain.
    comma = rest.find(',')
    if comma < 0:
        return None
    mediatype = rest[:comma].split(';', 1)[0]
    if '=' in mediatype or '/' not in mediatype:
        return 'text/plain'
    return mediatype


class MimeTypes:
    """A database of MIME types; index True of its maps is strict, False non-strict."""

    def __init__(self, filenames=(), strict=True):
        self.encodings_map = dict(ENCODING_SUFFIXES)
        self.suffix_map = dict(SHORTHAND_SUFFIXES)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mime in table_pairs(LENIENT_TABLE):
            self.add_type(mime, ext, False)
        for ext, mime in table_pairs(STANDARD_TABLE):
            self.add_type(mime, ext, True)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        url = os.fspath(url)
        if isinstance(url, bytes):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        colon = url.find(':')
        if colon > 0 and url[:colon].lower() == 'data' and '/' not in url[:colon]:
            return data_url_type(url[colon + 1:]), None
        stem, ext = posixpath.splitext(url)
        while True:
            if ext in self.suffix_map:
                stem, ext = posixpath.splitext(stem + self.suffix_map[ext])
            elif ext.lower() in self.suffix_map:
                stem, ext = posixpath.splitext(stem + self.suffix_map[ext.lower()])
            else:
                break
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            stem, ext = posixpath.splitext(stem)
        lookups = (self.types_map[True],) if strict else self.types_map[::-1]
        for maps in lookups:
            for key in (ext, ext.lower()):
                if key in maps:
                    return maps[key], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, ()))
        if not strict:
            for ext in self.types_map_inv[False].get(type, ()):
                if ext not in found:
                    found.append(ext)
        return found

    def guess_extension(self, type, strict=True):
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        with open(filename, encoding='utf-8') as f:
            self.readfp(f, strict)

    def readfp(self, fp, strict=True):
        # One "type ext ext ..." entry per line; a word starting with '#' ends the line.
        for line in fp:
            words = line.split()
            for i, word in enumerate(words):
                if word.startswith('#'):
                    del words[i:]
                    break
            for ext in words[1:]:
                self.add_type(words[0], '.' + ext, strict)

    def read_windows_registry(self, strict=True):
        # There is no registry outside Windows.
        return None


_shared_db = None


def _publish(db):
    """Make db the module's database and its maps the module-level names."""
    global _shared_db, inited, types_map, common_types, encodings_map, suffix_map
    _shared_db = db
    inited = True
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map


def init(files=None):
    # A call without files starts a fresh database from the system files; with files,
    # they are read on top of the existing one (made from the system files if needed).
    db = _shared_db
    if files is None or db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    _publish(db)


def _database():
    if _shared_db is None:
        init()
    return _shared_db


def guess_type(url, strict=True):
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    return _database().add_type(type, ext, strict)


def read_mime_types(file):
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


# Before init() the module-level maps show the built-in tables.
_initial = MimeTypes()
types_map = _initial.types_map[True]
common_types = _initial.types_map[False]
encodings_map = _initial.encodings_map
suffix_map = _initial.suffix_map
del _initial

USAGE = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""


def main(argv):
    import getopt
    try:
        opts, names = getopt.getopt(argv, 'hle', ['help', 'lenient', 'extension'])
    except getopt.GetoptError as err:
        print(USAGE)
        print(err)
        return 1
    strict = True
    want_extension = False
    for opt, _ in opts:
        if opt in ('-h', '--help'):
            print(USAGE)
            return 0
        if opt in ('-l', '--lenient'):
            strict = False
        elif opt in ('-e', '--extension'):
            want_extension = True
    for name in names:
        if want_extension:
            answer = guess_extension(name, strict)
            if answer:
                print(answer)
                continue
        else:
            mime, encoding = guess_type(name, strict)
            if mime:
                print('type:', mime, 'encoding:', encoding)
                continue
        print("I don't know anything about type", name)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
