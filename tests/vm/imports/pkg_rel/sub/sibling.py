NAME = "sibling module"
