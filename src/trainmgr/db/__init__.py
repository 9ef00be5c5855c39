"""Storage: SQLAlchemy models, the engine (built in one place), migrations, backups."""
