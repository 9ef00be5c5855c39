"""The main window's pages: one per navigation entry."""
