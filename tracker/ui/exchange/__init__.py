"""Export... in the week window and Export everything in Settings."""
