"""The XPath subset of ElementTree's find(), findall(), iterfind() and
findtext().

Written for Spry from the documented behaviour of CPython 3.11.  A path is
split into tokens, each step becomes a selector (a function from the
current elements to the next ones), and compiled paths are cached.

Supported: tag, {uri}tag, prefix:tag (with a namespaces map), {*}tag, {}tag,
*, ., .., //tag, and the predicates [@attr], [@attr='v'], [@attr!='v'],
[tag], [tag='text'], [tag!='text'], [.='text'], [.!='text'], [n], [last()]
and [last()-n].
"""

import re

# A token is (operator, name): operators are quoted strings and the
# punctuation below; names are tags, possibly with a {uri} prefix.
_token_re = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])"
    r"|((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)"
    r"|\s+")
_integer = re.compile(r'-?\d+$')

_MAX_CACHE = 100


def xpath_tokenizer(pattern, namespaces=None):
    """Yields (operator, name) tokens, prefixes resolved through
    namespaces ('' maps the default namespace for tags)."""
    default_uri = namespaces.get('') if namespaces else None
    after_at = False
    for op, name in _token_re.findall(pattern):
        if name and name[0] != '{':
            if ':' in name:
                prefix, local = name.split(':', 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError('prefix %r not found in prefix map'
                                      % prefix)
                yield op, '{%s}%s' % (namespaces[prefix], local)
            elif default_uri and not after_at:
                yield op, '{%s}%s' % (default_uri, name)
            else:
                yield op, name
            after_at = False
        else:
            yield op, name
            after_at = op == '@'


class _SelectorContext:
    """What the selectors of one search share: the root the search started
    from and, once '..' or a position needs it, the parent of each
    element."""

    def __init__(self, root):
        self.root = root
        self.parents = None

    def parent_map(self):
        if self.parents is None:
            self.parents = {child: parent for parent in self.root.iter()
                            for child in parent}
        return self.parents


def _tag_matcher(tag):
    """A test for element tags, understanding the {*} and {} wildcards."""
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag[:3] == '{*}':
        local = tag[3:]
        suffix = '}' + local
        return lambda t: isinstance(t, str) and (t == local
                                                 or t.endswith(suffix))
    if tag[:2] == '{}':
        local = tag[2:]
        return lambda t: t == local
    if tag[-2:] == '}*':
        uri = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(uri)
    return lambda t: t == tag


def _has_wildcard(tag):
    return tag[:1] == '{' and ('*' in tag or tag[:2] == '{}')


def _select_child(next_token, token):
    tag = token[1]
    if _has_wildcard(tag):
        match = _tag_matcher(tag)

        def select(context, result):
            for elem in result:
                for child in elem:
                    if match(child.tag):
                        yield child
    else:
        def select(context, result):
            for elem in result:
                for child in elem:
                    if child.tag == tag:
                        yield child
    return select


def _select_star(next_token, token):
    def select(context, result):
        for elem in result:
            yield from elem
    return select


def _select_self(next_token, token):
    def select(context, result):
        yield from result
    return select


def _select_descendant(next_token, token):
    token = next_token()
    if token[0] == '*':
        tag = '*'
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError('invalid descendant')
    if _has_wildcard(tag):
        match = _tag_matcher(tag)

        def select(context, result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem and match(e.tag):
                        yield e
    else:
        def select(context, result):
            for elem in result:
                for e in elem.iter(tag):
                    if e is not elem:
                        yield e
    return select


def _select_parent(next_token, token):
    def select(context, result):
        parents = context.parent_map()
        seen = set()
        for elem in result:
            parent = parents.get(elem)
            if parent is not None and id(parent) not in seen:
                seen.add(id(parent))
                yield parent
    return select


def _filter(test):
    def select(context, result):
        for elem in result:
            if test(elem):
                yield elem
    return select


def _select_predicate(next_token, token):
    # The predicate's shape: operators and '-' for names, e.g. "@-='".
    shape = []
    parts = []
    while True:
        try:
            token = next_token()
        except StopIteration:
            return None
        if token[0] == ']':
            break
        if token == ('', ''):
            continue
        if token[0] and token[0][:1] in '\'"':
            token = "'", token[0][1:-1]
        shape.append(token[0] or '-')
        parts.append(token[1])
    shape = ''.join(shape)
    if shape == '@-':
        key = parts[1]
        return _filter(lambda elem: elem.get(key) is not None)
    if shape in ("@-='", "@-!='"):
        key = parts[1]
        value = parts[-1]
        wanted = shape == "@-='"
        return _filter(lambda elem: elem.get(key) is not None
                       and (elem.get(key) == value) == wanted)
    if shape == '-' and not _integer.match(parts[0]):
        tag = parts[0]
        return _filter(lambda elem: elem.find(tag) is not None)
    if shape in (".='", ".!='") or (shape in ("-='", "-!='")
                                     and not _integer.match(parts[0])):
        tag = parts[0]
        value = parts[-1]
        wanted = '!' not in shape

        def text_test(e):
            return (''.join(e.itertext()) == value) == wanted
        if tag:
            return _filter(lambda elem: any(text_test(e)
                                            for e in elem.findall(tag)))
        return _filter(text_test)
    if shape in ('-', '-()', '-()-'):
        if shape == '-':
            index = int(parts[0]) - 1
            if index < 0:
                raise SyntaxError('XPath position >= 1 expected')
        else:
            if parts[0] != 'last':
                raise SyntaxError('unsupported function')
            if shape == '-()-':
                try:
                    index = int(parts[2]) - 1
                except ValueError:
                    raise SyntaxError('unsupported expression')
                if index > -2:
                    raise SyntaxError('XPath offset from last() must be '
                                      'negative')
            else:
                index = -1

        def select(context, result):
            parents = context.parent_map()
            for elem in result:
                parent = parents.get(elem)
                if parent is None:
                    continue
                siblings = parent.findall(elem.tag)
                try:
                    if siblings[index] is elem:
                        yield elem
                except IndexError:
                    pass
        return select
    raise SyntaxError('invalid predicate')


_STEPS = {
    '': _select_child,
    '*': _select_star,
    '.': _select_self,
    '..': _select_parent,
    '//': _select_descendant,
    '[': _select_predicate,
}

_cache = {}


def _compile(path, namespaces):
    if path[-1:] == '/':
        path = path + '*'  # a trailing '/' means all children
    key = (path,)
    if namespaces:
        key += tuple(sorted(namespaces.items()))
    selectors = _cache.get(key)
    if selectors is not None:
        return selectors
    if len(_cache) > _MAX_CACHE:
        _cache.clear()
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    tokens = iter(xpath_tokenizer(path, namespaces))
    next_token = tokens.__next__
    selectors = []
    try:
        token = next_token()
    except StopIteration:
        _cache[key] = selectors
        return selectors
    while True:
        step = _STEPS.get(token[0])
        if step is None:
            raise KeyError(token[0])
        try:
            selectors.append(step(next_token, token))
        except StopIteration:
            raise SyntaxError('invalid path') from None
        try:
            token = next_token()
            if token[0] == '/':
                token = next_token()
        except StopIteration:
            break
    _cache[key] = selectors
    return selectors


def iterfind(elem, path, namespaces=None):
    """The elements path selects under elem, as an iterator."""
    selectors = _compile(path, namespaces)
    result = [elem]
    context = _SelectorContext(elem)
    for select in selectors:
        result = select(context, result)
    return result if selectors else iter(())


def find(elem, path, namespaces=None):
    """The first element path selects, or None."""
    return next(iter(iterfind(elem, path, namespaces)), None)


def findall(elem, path, namespaces=None):
    """All the elements path selects, as a list."""
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    """The text of the first element path selects ('' if it has none), or
    default."""
    try:
        elem = next(iter(iterfind(elem, path, namespaces)))
    except StopIteration:
        return default
    return elem.text or ''
