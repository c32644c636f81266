"""The kernel: the model, the one vocabulary, the codec, days, the clock and the command line's
words. Plain Python: no Qt, no TinyDB, and no feature above it.
"""
