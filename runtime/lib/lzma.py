"""LZMA and XZ compression over liblzma: the C compressor and decompressor, one-shot
compress/decompress, and LZMAFile/open for .xz and .lzma files."""

__all__ = ['CHECK_NONE', 'CHECK_CRC32', 'CHECK_CRC64', 'CHECK_SHA256', 'CHECK_ID_MAX',
           'CHECK_UNKNOWN', 'FILTER_LZMA1', 'FILTER_LZMA2', 'FILTER_DELTA', 'FILTER_X86',
           'FILTER_IA64', 'FILTER_ARM', 'FILTER_ARMTHUMB', 'FILTER_POWERPC', 'FILTER_SPARC',
           'FORMAT_AUTO', 'FORMAT_XZ', 'FORMAT_ALONE', 'FORMAT_RAW', 'MF_HC3', 'MF_HC4',
           'MF_BT2', 'MF_BT3', 'MF_BT4', 'MODE_FAST', 'MODE_NORMAL', 'PRESET_DEFAULT',
           'PRESET_EXTREME', 'LZMACompressor', 'LZMADecompressor', 'LZMAFile', 'LZMAError',
           'open', 'compress', 'decompress', 'is_check_supported']

import _compression
from _lzma import *
from _lzma import _decode_filter_properties, _encode_filter_properties  # noqa: F401

_READ_MODES = ('r', 'rb')
_WRITE_MODES = ('w', 'wb', 'x', 'xb', 'a', 'ab')


class LZMAFile(_compression.CompressedFile):
    """A file object over an LZMA-compressed file (a name or a binary file object),
    read or written as plain bytes. Reading goes on through concatenated streams."""

    def __init__(self, filename=None, mode='r', *, format=None, check=-1, preset=None,
                 filters=None):
        if mode in _READ_MODES:
            if check != -1:
                raise ValueError("Cannot specify an integrity check "
                                 "when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression "
                                 "level when opening a file for reading")
            self._open(filename, 'rb', None, LZMADecompressor, LZMAError,
                       format=FORMAT_AUTO if format is None else format, filters=filters)
        elif mode in _WRITE_MODES:
            compressor = LZMACompressor(format=FORMAT_XZ if format is None else format,
                                        check=check, preset=preset, filters=filters)
            self._open(filename, mode[0] + 'b', compressor, None, ())
        else:
            raise ValueError(f"Invalid mode: {mode!r}")


def open(filename, mode='rb', *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """An LZMAFile for the binary modes; for 'rt', 'wt', 'xt' and 'at' a TextIOWrapper
    over one."""
    def open_binary(binary_mode):
        return LZMAFile(filename, binary_mode, format=format, check=check, preset=preset,
                        filters=filters)
    return _compression.open_text_or_binary(open_binary, mode, encoding, errors, newline)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """data compressed as one stream of the given container format."""
    compressor = LZMACompressor(format, check, preset, filters)
    return compressor.compress(data) + compressor.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """The decompressed contents of every stream in data, concatenated; trailing bytes
    that do not start a valid stream are ignored. Unlike bz2, empty input is an error:
    it is a stream cut short."""
    return _compression.decompress_streams(
        data, lambda: LZMADecompressor(format, memlimit, filters), LZMAError, LZMAError)
