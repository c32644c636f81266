"""Away and back: gaps in the user's presence (idle, lock, sleep) and what they were.

The rules are plain Python (gaps.py) and the answers are commands (handlers.py); the desktop's
signals that find the gaps are adapters in the shell (tracker/ui/away/).
"""
