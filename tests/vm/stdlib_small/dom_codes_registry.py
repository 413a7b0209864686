# xml.dom: node and exception codes, the exception classes, and the implementation
# registry with feature strings.
import pickle
import xml.dom
import xml.dom.domreg as domreg

print(sorted((k, v) for k, v in vars(xml.dom.Node).items() if k.isupper()))
errors = sorted((v.code, k) for k, v in vars(xml.dom).items()
                if isinstance(v, type) and issubclass(v, xml.dom.DOMException) and v is not xml.dom.DOMException)
print(errors)
print(sorted((k, v) for k, v in vars(xml.dom).items() if k.endswith('_ERR')))
try:
    xml.dom.DOMException('direct')
except RuntimeError as e:
    print('RuntimeError', e)
e = xml.dom.NotFoundErr('gone', 2)
print(e.args, e.code, e._get_code(), type(e).__module__, type(e).__qualname__, isinstance(e, Exception))
back = pickle.loads(pickle.dumps(e))
print(type(back).__name__, back.args, back.code)
try:
    xml.dom.IndexSizeErr(x=1)
except TypeError as err:
    print('TypeError', err)


class Custom(xml.dom.DOMException):
    code = 99


print(Custom('c').code, Custom('c')._get_code())
print(sorted((k, v) for k, v in vars(xml.dom.UserDataHandler).items() if k.isupper()))
print(xml.dom.XML_NAMESPACE, xml.dom.XMLNS_NAMESPACE, xml.dom.XHTML_NAMESPACE,
      xml.dom.EMPTY_NAMESPACE, xml.dom.EMPTY_PREFIX)

for text in ('core 2.0 xml', 'a b c', '', '2.0 core', 'a 1 2', 'x 1.0 y 2'):
    try:
        print(repr(text), domreg._parse_feature_string(text))
    except ValueError as err:
        print(repr(text), 'ValueError', err)
print(type(xml.dom.getDOMImplementation()).__name__,
      type(xml.dom.getDOMImplementation('minidom')).__name__,
      type(xml.dom.getDOMImplementation(features='core 2.0')).__name__)
try:
    xml.dom.getDOMImplementation(features=[('nosuch', None)])
except ImportError as err:
    print('ImportError', err)
try:
    xml.dom.getDOMImplementation('nosuchmod')
except KeyError as err:
    print('KeyError', err)
try:
    xml.dom.getDOMImplementation('4DOM')
except ImportError as err:
    print('4DOM', type(err).__name__)
asked = []


class Impl:
    def hasFeature(self, feature, version):
        asked.append((feature, version))
        return feature == 'x'


xml.dom.registerDOMImplementation('mine', Impl)
print(type(xml.dom.getDOMImplementation('mine')).__name__,
      type(xml.dom.getDOMImplementation(features='x')).__name__,
      type(xml.dom.getDOMImplementation(features=[('core', '2.0')])).__name__, asked)
print(list(domreg.registered), domreg.well_known_implementations)
