# An empty first write to a text file passed a NULL buffer to memcpy (UBSan).
import os
import tempfile

fd, path = tempfile.mkstemp()
os.close(fd)
with open(path, 'w') as f:
    print(f.write(''), f.write(''), f.write('abc'), f.write(''))
with open(path, 'w', newline='\r\n') as g:
    print(g.write(''), g.write('x\n'))
with open(path, 'rb') as h:
    print(h.read())
with open(path, 'a', encoding='latin-1') as k:
    print(k.write(''), k.write('é'))
print(open(path, 'rb').read())
os.remove(path)
