"""Planned meetings in the running app: calendar files watched, the tray's next meeting, and the
meeting prompts.
"""
