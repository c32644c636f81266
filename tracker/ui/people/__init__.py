"""The People window and its dialogs (lessons 3 and 5)."""
