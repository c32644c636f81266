"""Logging the day in the app: the tray's and the panel's actions, the quick log, its dialogs, and
the forgotten-block question.
"""
