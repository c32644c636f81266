"""Settings changed the way the dialog and `dayweave settings KEY VALUE` both do it."""
