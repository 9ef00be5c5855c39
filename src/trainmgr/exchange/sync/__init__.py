"""Sync packages: one signed .xlsx a laptop writes and another reads (format `trainmgr-sync/1`).

Layout: `kinds` (column kinds and how values sit in cells), `digest` (per-table SHA-256 of typed
values), `manifest` (fields, signature, the `_manifest` sheet), `package` (write and read), with the
container checks in `trainmgr.exchange.xlsx_safety`. This layer knows the file format only; what
the rows mean is the sync service's business.
"""

from trainmgr.exchange.sync.errors import CancelCheck, PackageError, ProgressFn
from trainmgr.exchange.sync.kinds import ColumnKind, ColumnSpec
from trainmgr.exchange.sync.manifest import FORMAT, Manifest, TableInfo, new_signing_key, public_key_of
from trainmgr.exchange.sync.package import Package, TableData, open_package, write_package

__all__ = [
    "FORMAT",
    "CancelCheck",
    "ColumnKind",
    "ColumnSpec",
    "Manifest",
    "Package",
    "PackageError",
    "ProgressFn",
    "TableData",
    "TableInfo",
    "new_signing_key",
    "open_package",
    "public_key_of",
    "write_package",
]
