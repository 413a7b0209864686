"""LZMA compression: the .xz and legacy .lzma container formats and raw streams, with
filter chains; one-shot compress/decompress, incremental LZMACompressor and
LZMADecompressor (C, over liblzma), and LZMAFile/open."""

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256",
    "CHECK_ID_MAX", "CHECK_UNKNOWN",
    "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64",
    "FILTER_ARM", "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC",
    "FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE", "FORMAT_RAW",
    "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4",
    "MODE_FAST", "MODE_NORMAL", "PRESET_DEFAULT", "PRESET_EXTREME",

    "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
    "open", "compress", "decompress", "is_check_supported",
]

from _lzma import *
from _lzma import LZMACompressor, LZMADecompressor, LZMAError, is_check_supported
from _lzma import _encode_filter_properties, _decode_filter_properties
import _compression


class LZMAFile(_compression.CompressedFile):
    """A file object over an LZMA-compressed file (or file object) read or written
    as plain bytes.  Reading goes on through concatenated streams."""

    def __init__(self, filename=None, mode="r", *,
                 format=None, check=-1, preset=None, filters=None):
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check "
                                 "when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression "
                                 "level when opening a file for reading")
            if format is None:
                format = FORMAT_AUTO
            self._open(filename, "rb", None, LZMADecompressor, LZMAError,
                       format=format, filters=filters)
        elif mode in ("w", "wb", "a", "ab", "x", "xb"):
            if format is None:
                format = FORMAT_XZ
            compressor = LZMACompressor(format=format, check=check,
                                        preset=preset, filters=filters)
            self._open(filename, mode[0] + "b", compressor, None, None)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))


def open(filename, mode="rb", *,
         format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """An LZMAFile for the binary modes, a TextIOWrapper over one for 'rt', 'wt',
    'xt' and 'at'."""
    return _compression.open_text_or_binary(
        lambda lz_mode: LZMAFile(filename, lz_mode, format=format, check=check,
                                 preset=preset, filters=filters),
        mode, encoding, errors, newline)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """data compressed as one stream of the given format."""
    comp = LZMACompressor(format, check, preset, filters)
    return comp.compress(data) + comp.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """The decompressed contents of every stream in data, concatenated."""
    return _compression.decompress_streams(
        data, lambda: LZMADecompressor(format, memlimit, filters), LZMAError, LZMAError)
