"""Errors a user can be shown. Each carries a message meant for a person, not a traceback."""

from __future__ import annotations


class TrainmgrError(Exception):
    """Base of every error whose message is fit to show a user as it is."""


class DatabaseError(TrainmgrError):
    """The database cannot be opened, read or written."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer release of trainmgr; it is left untouched."""


class NotADatabaseError(DatabaseError):
    """The file is not a trainmgr database (or not an SQLite file at all)."""


class CorruptDatabaseError(DatabaseError):
    """SQLite's own check found damage; the way out is to restore a backup."""


class ValidationError(TrainmgrError):
    """Input that breaks a rule of the domain (an impossible level, an empty name...)."""


class NotFoundError(TrainmgrError):
    """A record asked for by id does not exist (or was deleted)."""


class Cancelled(TrainmgrError):
    """A long operation was cancelled by the user; nothing was changed."""


class LockedDatabaseError(DatabaseError):
    """The database is encrypted and no passphrase was given to open it."""


class WrongPassphraseError(DatabaseError):
    """The passphrase (or recovery key) does not unlock the database; nothing was opened or changed."""


class KeyFileError(DatabaseError):
    """The key file beside an encrypted database is missing, damaged or foreign."""
