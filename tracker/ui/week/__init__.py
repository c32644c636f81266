"""The week window: the interwoven week as a timeline you can read, edit and share."""
