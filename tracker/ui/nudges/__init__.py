"""Nudges in the running app: the scheduler, the notification or popup that delivers one, and the
badge of those that wait.
"""
