"""The desktop GUI (PySide6). Nothing outside this package imports Qt."""
