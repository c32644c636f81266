"""Nudges that never become disruptions: the policy, the pauses of a work block, and what they need
from history.
"""
