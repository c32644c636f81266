"""The review window: what the weeks and months show, painted as the week is."""
