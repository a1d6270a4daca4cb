"""The Data area: imported sources, their rows, and the import dialog."""
