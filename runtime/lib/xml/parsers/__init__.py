"""Python interfaces to XML parsers (here: expat)."""
