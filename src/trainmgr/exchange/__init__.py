"""File formats (xlsx reports, sync packages, importers): rows in, rows out, row-level errors. No database."""
