"""The ElementTree API for XML (see xml.etree.ElementTree)."""
