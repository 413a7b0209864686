# xml.dom.minidom: DOM Level 3 user data; handlers hear of clones (1) and imports (2).
from xml.dom import minidom
class H:
    def handle(self, op, key, data, src, dst):
        print('handle', op, key, data, src.nodeName, dst.nodeName if dst is not None else None)
d = minidom.parseString('<a><b/></a>')
b = d.documentElement.firstChild
print(b.setUserData('k', 'v', H()), b.setUserData('k', 'w', H()), b.getUserData('k'), b.getUserData('zz'))
d.documentElement.cloneNode(True)
other = minidom.Document()
other.importNode(d.documentElement, True)
b.cloneNode(False)
print(b.setUserData('k', None, None), b.getUserData('k'))
