samples = ["plain", "quote'single", 'quote"double', "both'\"", "tab\t", "nl\n", "cr\r", "nul\x00",
           "bell\x07", "esc\x1b", "del\x7f", "latin\xe9", "nbsp\xa0", "soft\xad", "greek\u03b1",
           "zero width\u200b", "line sep\u2028", "bom\ufeff", "emoji\U0001f600", "private\ue000",
           "surrogate\ud800", "backslash\\", "cjk\u4e2d", "combining e\u0301", "noncharacter\uffff",
           "\x80\x9f", "unassigned\U000e0080", "rtl\u200f"]
for s in samples:
    print(repr(s), ascii(s), len(s))
