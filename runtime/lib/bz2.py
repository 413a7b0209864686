"""bzip2 compression: one-shot compress/decompress, incremental BZ2Compressor and
BZ2Decompressor (C, over libbz2), and BZ2File/open for .bz2 files."""

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor",
           "open", "compress", "decompress"]

from _bz2 import BZ2Compressor, BZ2Decompressor
import _compression


class BZ2File(_compression.CompressedFile):
    """A file object over a bzip2-compressed file (or file object) read or written
    as plain bytes.  Reading goes on through concatenated streams."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        if not (1 <= compresslevel <= 9):
            raise ValueError("compresslevel must be between 1 and 9")
        if mode in ("", "r", "rb"):
            mode = "rb"
        elif mode in ("w", "wb", "x", "xb", "a", "ab"):
            mode = mode[0] + "b"
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        compressor = BZ2Compressor(compresslevel) if mode != "rb" else None
        self._open(filename, mode, compressor, BZ2Decompressor, OSError)


def open(filename, mode="rb", compresslevel=9,
         encoding=None, errors=None, newline=None):
    """A BZ2File for the binary modes, a TextIOWrapper over one for 'rt', 'wt',
    'xt' and 'at'."""
    return _compression.open_text_or_binary(
        lambda bz_mode: BZ2File(filename, bz_mode, compresslevel=compresslevel),
        mode, encoding, errors, newline)


def compress(data, compresslevel=9):
    """data compressed as one bzip2 stream."""
    comp = BZ2Compressor(compresslevel)
    return comp.compress(data) + comp.flush()


def decompress(data):
    """The decompressed contents of every bzip2 stream in data, concatenated."""
    if not data:
        return b""
    return _compression.decompress_streams(data, BZ2Decompressor, OSError, ValueError)
