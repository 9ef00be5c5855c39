"""Paper fallback: attendance and score sheets printed to PDF, to fill by hand and type back in order."""
