"""Away and back in the app: the desktop's signals (sources.py, bus.py), gaps made of them and
the question on return (watch.py, question.py). The rules are tracker/away's."""
