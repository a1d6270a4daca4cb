"""The Evidence area: documents, the reader, the code book, quotes, search, survey grid,
code counts and suggested themes."""
