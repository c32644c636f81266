"""Persistence on TinyDB: crash-safe files, day partitions, lock, backups, merging devices."""
