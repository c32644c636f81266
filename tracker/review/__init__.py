"""The review: what the weeks and months show, whom the user is losing touch with, and search
over all history. Plain functions over the week summaries (tracker.timeline.summary)."""
