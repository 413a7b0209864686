"""XML support: xml.parsers.expat, xml.etree.ElementTree, xml.dom.minidom
and xml.sax, written for Spry in Python."""

__all__ = ["dom", "parsers", "sax", "etree"]
