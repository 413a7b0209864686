"""The registry of DOM implementations behind getDOMImplementation()."""

import os
import sys

# name -> factory; minidom is known without registration.
registered = {}
well_known_implementations = {
    'minidom': 'xml.dom.minidom',
}


def registerDOMImplementation(name, factory):
    """Makes factory() (returning a DOMImplementation) known as name."""
    registered[name] = factory


def _good_enough(dom, features):
    for feature, version in features:
        if not dom.hasFeature(feature, version):
            return False
    return True


def getDOMImplementation(name=None, features=()):
    """A DOM implementation: the one named, the one PYTHON_DOM names, or
    the first that has the features."""
    creator = None
    module = well_known_implementations.get(name)
    if module:
        return __import__(module, {}, {}, ['getDOMImplementation']) \
            .getDOMImplementation()
    if name:
        return registered[name]()
    if not sys.flags.ignore_environment and "PYTHON_DOM" in os.environ:
        return getDOMImplementation(name=os.environ["PYTHON_DOM"])
    if isinstance(features, str):
        features = _parse_feature_string(features)
    for creator in registered.values():
        dom = creator()
        if _good_enough(dom, features):
            return dom
    for creator in well_known_implementations:
        try:
            dom = getDOMImplementation(name=creator)
        except Exception:
            continue
        if _good_enough(dom, features):
            return dom
    raise ImportError("no suitable DOM implementation found")


def _parse_feature_string(s):
    features = []
    parts = s.split()
    i = 0
    while i < len(parts):
        feature = parts[i]
        if feature[0] in "0123456789":
            raise ValueError("bad feature name: %r" % (feature,))
        i += 1
        version = None
        if i < len(parts) and parts[i][0] in "0123456789":
            version = parts[i]
            i += 1
        features.append((feature, version))
    return tuple(features)
