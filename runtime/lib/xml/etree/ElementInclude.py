"""XInclude for ElementTree: include() replaces xi:include elements by the
documents (parse="xml") or text (parse="text") they name.

Written for Spry from the documented behaviour of CPython 3.11's
xml.etree.ElementInclude.
"""

import copy
from urllib.parse import urljoin

from . import ElementTree

XINCLUDE = "{http://www.w3.org/2001/XInclude}"
XINCLUDE_INCLUDE = XINCLUDE + "include"
XINCLUDE_FALLBACK = XINCLUDE + "fallback"

# How deep included documents may include others (None: no limit).
DEFAULT_MAX_INCLUSION_DEPTH = 6


class FatalIncludeError(SyntaxError):
    pass


class LimitedRecursiveIncludeError(FatalIncludeError):
    pass


def default_loader(href, parse, encoding=None):
    """Reads href from the file system: its root element for parse="xml",
    its text (UTF-8 unless encoding says otherwise) for parse="text"."""
    if parse == "xml":
        with open(href, 'rb') as file:
            return ElementTree.parse(file).getroot()
    with open(href, 'r', encoding=encoding or 'UTF-8') as file:
        return file.read()


def include(elem, loader=None, base_url=None,
            max_depth=DEFAULT_MAX_INCLUSION_DEPTH):
    """Expands the xi:include elements under elem (an Element or an
    ElementTree) in place, loading with loader(href, parse[, encoding])."""
    if max_depth is None:
        max_depth = -1
    elif max_depth < 0:
        raise ValueError("expected non-negative depth or None for "
                         "'max_depth', got %r" % max_depth)
    if hasattr(elem, 'getroot'):
        elem = elem.getroot()
    _expand(elem, loader or default_loader, base_url, max_depth, set())


def _load(loader, href, parse, *encoding):
    data = loader(href, parse, *encoding)
    if data is None:
        raise FatalIncludeError("cannot load %r as %r" % (href, parse))
    return data


def _expand(elem, loader, base_url, max_depth, open_hrefs):
    i = 0
    while i < len(elem):
        child = elem[i]
        if child.tag == XINCLUDE_FALLBACK:
            raise FatalIncludeError("xi:fallback tag must be child of "
                                    "xi:include (%r)" % child.tag)
        if child.tag != XINCLUDE_INCLUDE:
            _expand(child, loader, base_url, max_depth, open_hrefs)
            i += 1
            continue
        href = child.get("href")
        if base_url:
            href = urljoin(base_url, href)
        parse = child.get("parse", "xml")
        if parse == "xml":
            if href in open_hrefs:
                raise FatalIncludeError("recursive include of %s" % href)
            if max_depth == 0:
                raise LimitedRecursiveIncludeError(
                    "maximum xinclude depth reached when including file %s"
                    % href)
            open_hrefs.add(href)
            node = copy.copy(_load(loader, href, parse))
            _expand(node, loader, href, max_depth - 1, open_hrefs)
            open_hrefs.remove(href)
            if child.tail:
                node.tail = (node.tail or "") + child.tail
            elem[i] = node
            i += 1
        elif parse == "text":
            text = _load(loader, href, parse, child.get("encoding"))
            if child.tail:
                text += child.tail
            if i:
                before = elem[i - 1]
                before.tail = (before.tail or "") + text
            else:
                elem.text = (elem.text or "") + text
            del elem[i]
        else:
            raise FatalIncludeError(
                "unknown parse type in xi:include tag (%r)" % parse)
