"""Your data out and back in: CSV, iCalendar, the JSON backup, and history from Timewarrior and
Watson.
"""
