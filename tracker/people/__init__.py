"""People: one person, many ways to name them (identity), vCards from every exporter, and the
changes made to people.
"""
