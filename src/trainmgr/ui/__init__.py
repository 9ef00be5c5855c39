"""The PySide6 desktop interface. It calls services only (never SQLAlchemy or trainmgr.db)."""
