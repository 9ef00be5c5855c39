"""Dialogs: each receives the services (and the task runner) it needs, never the main window."""
