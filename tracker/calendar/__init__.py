"""Planned meetings from the user's own calendar files: reading them, asking them for a day, the
agenda and its people.
"""
