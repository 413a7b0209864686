"""URL handling modules (Spry provides urllib.parse)."""
