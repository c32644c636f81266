"""Nudges that never become disruptions: the policy, the pauses of a work block, what they need
from history, the plan's inputs (one builder for the app and the command line) and what a nudge
says (one set of sentences for both).
"""
