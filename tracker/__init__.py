"""Dayweave: one interwoven timeline of the remote work day."""

__all__ = ["__version__"]

__version__ = "0.1.0"
