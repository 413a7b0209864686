# OSError(errno, strerror[, filename]) picks the errno's subclass and keeps its fields,
# including when the runtime raises it (a missing file).
e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
print(e)
try:
    open("surely_missing_file.txt")
except OSError as err:
    print(type(err).__name__, err.errno, err.strerror, err.filename, err.args)
    print(err)
print(type(OSError(13, "Permission denied")).__name__, type(OSError(17, "File exists")).__name__)
print(type(OSError(999, "odd")).__name__, OSError("plain").errno)
