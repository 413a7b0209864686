"""The registry behind xml.dom.getDOMImplementation()."""

import sys

# Implementations found by name without registering; the module must define
# getDOMImplementation(). (4DOM is not shipped; asking for it fails to import.)
well_known_implementations = {
    'minidom': 'xml.dom.minidom',
    '4DOM': 'xml.dom.DOMImplementation',
}

registered = {}  # name -> factory returning a DOMImplementation


def registerDOMImplementation(name, factory):
    """Make factory() the implementation called `name`."""
    registered[name] = factory


def _parse_feature_string(text):
    """'core 2.0 xml' -> (('core', '2.0'), ('xml', None)): each feature name may be
    followed by a version, which starts with a digit."""
    pairs = []
    for word in text.split():
        if word[0].isdigit():
            if not pairs or pairs[-1][1] is not None:
                raise ValueError(f"bad feature name: {word!r}")
            pairs[-1] = (pairs[-1][0], word)
        else:
            pairs.append((word, None))
    return tuple(pairs)


def _good_enough(dom, features):
    return all(dom.hasFeature(feature, version) for feature, version in features)


def getDOMImplementation(name=None, features=()):
    """A DOM implementation: the one called `name` (well known or registered), else
    the one named by $PYTHON_DOM, else the first that has all the features -- a
    sequence of (feature, version) pairs or a string like 'core 2.0 xml'."""
    import os
    if name:
        module_name = well_known_implementations.get(name)
        if module_name is None:
            return registered[name]()
        module = __import__(module_name, {}, {}, ['getDOMImplementation'])
        return module.getDOMImplementation()
    if not sys.flags.ignore_environment and os.environ.get('PYTHON_DOM'):
        return getDOMImplementation(name=os.environ['PYTHON_DOM'])
    if isinstance(features, str):
        features = _parse_feature_string(features)
    for factory in registered.values():
        dom = factory()
        if _good_enough(dom, features):
            return dom
    for known in well_known_implementations:
        try:
            dom = getDOMImplementation(name=known)
        except Exception:  # not installed or broken: try the next
            continue
        if _good_enough(dom, features):
            return dom
    raise ImportError("no suitable DOM implementation found")
