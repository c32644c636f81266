"""The interwoven day: entries and the rules of blocks, spans and instants, the quick-entry line,
typed times, and what a week adds up to.
"""
