"""Reading research files into tables: pure functions from a path to rows.

``reader`` is the front door (read_table, list_sheets, convert_table,
detect_events_layout, file_hash); ``text_table`` and ``spreadsheet`` read
the formats, ``roles`` guesses column roles, ``convert`` types the values.
No SQL and no Qt here; heavy libraries are imported only when used.
"""
