"""Exports a researcher hands to colleagues: persona cards (PDF, PNG) and tables (CSV, XLSX).

Plain Python over matplotlib (vector PDF, fonts embedded) and openpyxl; no Qt,
so the CLI and the GUI's background workers share it. The use cases that read
the project and call these writers live in :mod:`workbench.services.export`.
"""
