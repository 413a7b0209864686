"""Reading TZif files (RFC 8536) for zoneinfo."""

import struct


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


def load_data(fobj):
    """Returns (transitions in UTC seconds, the type index of each, the
    types' UTC offsets, isdst flags and abbreviations, the footer TZ string
    or None) from a TZif file, preferring its 64-bit data."""
    header = _read_header(fobj)
    if header.version == 1:
        time_size, time_type = 4, "l"
    else:
        # Skip the 32-bit block: the second header and data follow it.
        fobj.seek(header.data_size(4), 1)
        header = _read_header(fobj)
        time_size, time_type = 8, "q"
    if header.timecnt:
        trans_list_utc = struct.unpack(">%d%s" % (header.timecnt, time_type),
                                       fobj.read(header.timecnt * time_size))
        trans_idx = struct.unpack(">%dB" % header.timecnt, fobj.read(header.timecnt))
    else:
        trans_list_utc = trans_idx = ()
    utcoff = []
    isdst = []
    abbrind = []
    for _ in range(header.typecnt):
        off, dst, ind = struct.unpack(">lbb", fobj.read(6))
        utcoff.append(off)
        isdst.append(dst)
        abbrind.append(ind & 0xff)
    chars = fobj.read(header.charcnt)
    abbr = []
    for ind in abbrind:
        end = chars.find(b"\x00", ind)
        abbr.append(chars[ind:end if end >= 0 else len(chars)].decode())
    tz_str = None
    if header.version >= 2:
        # The footer follows the leap seconds and the indicators.
        fobj.seek(header.leapcnt * (time_size + 4) + header.isstdcnt + header.isutcnt, 1)
        fobj.readline()
        tz_str = fobj.readline().rstrip(b"\n").decode() or None
    return trans_idx, trans_list_utc, utcoff, isdst, abbr, tz_str


class _Header:
    __slots__ = ("version", "isutcnt", "isstdcnt", "leapcnt", "timecnt",
                 "typecnt", "charcnt")

    def data_size(self, time_size):
        return (self.timecnt * time_size + self.timecnt + self.typecnt * 6 +
                self.charcnt + self.leapcnt * (time_size + 4) +
                self.isstdcnt + self.isutcnt)


def _read_header(fobj):
    magic = fobj.read(4)
    if magic != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    header = _Header()
    version = fobj.read(1)
    header.version = 1 if version == b"\x00" else int(version)
    fobj.read(15)
    (header.isutcnt, header.isstdcnt, header.leapcnt, header.timecnt,
     header.typecnt, header.charcnt) = struct.unpack(">6l", fobj.read(24))
    return header
