"""Persistence on TinyDB: crash-safe files, month partitions, lock, backups, merging devices."""
