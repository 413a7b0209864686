"""Guessing a file's MIME type from its name, and an extension from a type.

Written for Spry from the documented behaviour of CPython 3.11's mimetypes
module.  The built-in tables below are extended, as in CPython, by the
mime.types files listed in knownfiles that exist on the machine (read on the
first use, or by init()).  There is no Windows registry to read.
"""

import os
import posixpath
import re

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# Suffixes that stand for a longer one (".tgz" is ".tar.gz").
_suffix_map_default = {
    '.svgz': '.svg.gz',
    '.tgz': '.tar.gz',
    '.taz': '.tar.gz',
    '.tz': '.tar.gz',
    '.tbz2': '.tar.bz2',
    '.txz': '.tar.xz',
}

# Compression suffixes (matched case-sensitively).
_encodings_map_default = {
    '.gz': 'gzip',
    '.Z': 'compress',
    '.bz2': 'bzip2',
    '.xz': 'xz',
    '.br': 'br',
}

# The standard types, each with its extensions, the preferred one first.
_STANDARD_TYPES = {
    'application/javascript': 'js mjs',
    'application/json': 'json',
    'application/manifest+json': 'webmanifest',
    'application/msword': 'doc dot wiz',
    'application/n-quads': 'nq',
    'application/n-triples': 'nt',
    'application/octet-stream': 'bin a dll exe o obj so',
    'application/oda': 'oda',
    'application/pdf': 'pdf',
    'application/pkcs7-mime': 'p7c',
    'application/postscript': 'ps ai eps',
    'application/trig': 'trig',
    'application/vnd.apple.mpegurl': 'm3u m3u8',
    'application/vnd.ms-excel': 'xls xlb',
    'application/vnd.ms-powerpoint': 'ppt pot ppa pps pwz',
    'application/wasm': 'wasm',
    'application/x-bcpio': 'bcpio',
    'application/x-cpio': 'cpio',
    'application/x-csh': 'csh',
    'application/x-dvi': 'dvi',
    'application/x-gtar': 'gtar',
    'application/x-hdf': 'hdf',
    'application/x-hdf5': 'h5',
    'application/x-latex': 'latex',
    'application/x-mif': 'mif',
    'application/x-netcdf': 'cdf nc',
    'application/x-pkcs12': 'p12 pfx',
    'application/x-pn-realaudio': 'ram',
    'application/x-python-code': 'pyc pyo',
    'application/x-sh': 'sh',
    'application/x-shar': 'shar',
    'application/x-shockwave-flash': 'swf',
    'application/x-sv4cpio': 'sv4cpio',
    'application/x-sv4crc': 'sv4crc',
    'application/x-tar': 'tar',
    'application/x-tcl': 'tcl',
    'application/x-tex': 'tex',
    'application/x-texinfo': 'texi texinfo',
    'application/x-troff': 'roff t tr',
    'application/x-troff-man': 'man',
    'application/x-troff-me': 'me',
    'application/x-troff-ms': 'ms',
    'application/x-ustar': 'ustar',
    'application/x-wais-source': 'src',
    'application/xml': 'xsl rdf wsdl xpdl',
    'application/zip': 'zip',
    'audio/3gpp': '3gp 3gpp',
    'audio/3gpp2': '3g2 3gpp2',
    'audio/aac': 'aac adts loas ass',
    'audio/basic': 'au snd',
    'audio/mpeg': 'mp3 mp2',
    'audio/opus': 'opus',
    'audio/x-aiff': 'aif aifc aiff',
    'audio/x-pn-realaudio': 'ra',
    'audio/x-wav': 'wav',
    'image/avif': 'avif',
    'image/bmp': 'bmp',
    'image/gif': 'gif',
    'image/ief': 'ief',
    'image/jpeg': 'jpg jpe jpeg',
    'image/heic': 'heic',
    'image/heif': 'heif',
    'image/png': 'png',
    'image/svg+xml': 'svg',
    'image/tiff': 'tiff tif',
    'image/vnd.microsoft.icon': 'ico',
    'image/x-cmu-raster': 'ras',
    'image/x-portable-anymap': 'pnm',
    'image/x-portable-bitmap': 'pbm',
    'image/x-portable-graymap': 'pgm',
    'image/x-portable-pixmap': 'ppm',
    'image/x-rgb': 'rgb',
    'image/x-xbitmap': 'xbm',
    'image/x-xpixmap': 'xpm',
    'image/x-xwindowdump': 'xwd',
    'message/rfc822': 'eml mht mhtml nws',
    'text/css': 'css',
    'text/csv': 'csv',
    'text/html': 'html htm',
    'text/n3': 'n3',
    'text/plain': 'txt bat c h ksh pl srt',
    'text/richtext': 'rtx',
    'text/tab-separated-values': 'tsv',
    'text/vtt': 'vtt',
    'text/x-python': 'py',
    'text/x-setext': 'etx',
    'text/x-sgml': 'sgm sgml',
    'text/x-vcard': 'vcf',
    'text/xml': 'xml',
    'video/mp4': 'mp4',
    'video/mpeg': 'mpeg m1v mpa mpe mpg',
    'video/quicktime': 'mov qt',
    'video/webm': 'webm',
    'video/x-msvideo': 'avi',
    'video/x-sgi-movie': 'movie',
}

# Common but non-standard associations, used when strict is false.
_COMMON_TYPES = {
    'application/rtf': 'rtf',
    'audio/midi': 'midi mid',
    'image/jpg': 'jpg',
    'image/pict': 'pict pct pic',
    'image/webp': 'webp',
    'text/xul': 'xul',
}


def _by_extension(table):
    return {'.' + ext: type_ for type_, exts in table.items()
            for ext in exts.split()}


_types_map_default = _by_extension(_STANDARD_TYPES)
_common_types_default = _by_extension(_COMMON_TYPES)

suffix_map = _suffix_map_default
encodings_map = _encodings_map_default
types_map = _types_map_default
common_types = _common_types_default

_url_scheme = re.compile('([^/:]+):(.*)', re.DOTALL)


class MimeTypes:
    """A MIME types database: the built-in tables plus the given
    mime.types files.  types_map and types_map_inv are pairs of dicts,
    indexed by strict (False: the non-standard ones, True: the standard).
    """

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type_ in _types_map_default.items():
            self.add_type(type_, ext, True)
        for ext, type_ in _common_types_default.items():
            self.add_type(type_, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps ext to type (replacing what ext meant before) and adds ext
        to type's extensions."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name, path or URL; either is None
        when unknown.  data: URLs give their declared type."""
        url = os.fspath(url)
        m = _url_scheme.match(url)
        if m and m.group(1).lower() == 'data':
            return self._data_url_type(m.group(2))
        if m:
            url = m.group(2)
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    @staticmethod
    def _data_url_type(rest):
        # data:[<mediatype>][;base64],<data>
        comma = rest.find(',')
        if comma < 0:
            return None, None
        semi = rest.find(';', 0, comma)
        type_ = rest[:semi] if semi >= 0 else rest[:comma]
        if '=' in type_ or '/' not in type_:
            type_ = 'text/plain'
        return type_, None

    def guess_all_extensions(self, type, strict=True):
        """All extensions known for type, the preferred first."""
        type = type.lower()
        exts = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in exts:
                    exts.append(ext)
        return exts

    def guess_extension(self, type, strict=True):
        """The preferred extension for type, or None."""
        exts = self.guess_all_extensions(type, strict)
        return exts[0] if exts else None

    def read(self, filename, strict=True):
        """Adds the associations of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Adds the associations of an open mime.types file: lines of
        'type ext ext ...', '#' starting a comment word."""
        for line in iter(fp.readline, ''):
            words = line.split()
            for i, word in enumerate(words):
                if word[0] == '#':
                    del words[i:]
                    break
            if words:
                for ext in words[1:]:
                    self.add_type(words[0], '.' + ext, strict)

    def read_windows_registry(self, strict=True):
        """There is no registry on POSIX: does nothing."""


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) for a file name, path or URL (see MimeTypes)."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """All extensions known for a MIME type, the preferred first."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension for a MIME type, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Adds an extension for a type to the module's database."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """(Re)builds the module's database from the built-in tables and the
    files (knownfiles and files when files is given to a fresh database)."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True  # MimeTypes() below must not come back here
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The standard types of one mime.types file as {ext: type}, or None
    if it cannot be opened."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]
