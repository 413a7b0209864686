"""Packages for running code concurrently."""
