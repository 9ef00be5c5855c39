"""The manifest: what a package claims to be, its Ed25519 signature, and its `_manifest` sheet.

The sheet is meant to be read by a person, one key/value pair per row:

    format            trainmgr-sync/1
    package id        ...
    schema revision   ...
    app version       ...
    network           ...
    source replica    ...
    source name       ...
    created at (UTC)  2024-05-01T12:34:56.123456
    covers            full | incremental
    for peer          ...
    seq from          0
    seq to            123
    acks              {"<replica>":42}
    tables            rows     sha256        columns
    <table name>      <count>  <64 hex>      [["id","text"],["level","int"],...]
    ...
    public key        <64 hex: raw Ed25519 public key>
    signature         <128 hex: Ed25519 signature of the canonical manifest>

Cells use the column-kind storage of `kinds` (texts escaped, numbers as numbers...). The signature
covers `signed_bytes(manifest)`: a domain prefix and the canonical JSON of every field, per-table
digests and the public key included. It proves the package was made by the holder of that key and
not changed since; whether that key belongs to the replica it names is for the caller to decide
(`open_package(..., expected_public_key=...)` or a check against known peers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from trainmgr.exchange.sync.kinds import CellError, ColumnKind, ColumnSpec, canonical_json, make_decoder

FORMAT = "trainmgr-sync/1"
MANIFEST_SHEET = "_manifest"
MANIFEST_DOMAIN = b"trainmgr-sync/1 manifest\n"
MAX_TABLES = 500
# Excel and LibreOffice sheets hold 1 048 576 rows; one is the header
MAX_TABLE_ROWS = 1_048_575
TABLE_NAME = re.compile(r"[a-z][a-z0-9_]{0,30}")
COLUMN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
MAX_COLUMNS = 1_000
COVERS = ("full", "incremental")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX128 = re.compile(r"[0-9a-f]{128}")


@dataclass(frozen=True)
class TableInfo:
    name: str
    rows: int
    sha256: str
    columns: tuple[ColumnSpec, ...]


@dataclass(frozen=True)
class Manifest:
    format: str
    package_id: str
    schema_revision: str
    app_version: str
    network_id: str
    source_replica: str
    source_name: str
    created_at: datetime  # naive UTC
    covers: str  # "full" | "incremental"
    for_peer: str
    seq_from: int
    seq_to: int
    acks: dict[str, int]  # replica -> change sequence of that replica received by the source
    tables: tuple[TableInfo, ...]
    public_key: str  # hex of the raw 32-byte Ed25519 public key


# (label on the sheet, Manifest attribute, kind), in sheet order
FIELDS: tuple[tuple[str, str, ColumnKind], ...] = (
    ("format", "format", ColumnKind.TEXT),
    ("package id", "package_id", ColumnKind.TEXT),
    ("schema revision", "schema_revision", ColumnKind.TEXT),
    ("app version", "app_version", ColumnKind.TEXT),
    ("network", "network_id", ColumnKind.TEXT),
    ("source replica", "source_replica", ColumnKind.TEXT),
    ("source name", "source_name", ColumnKind.TEXT),
    ("created at (UTC)", "created_at", ColumnKind.DATETIME),
    ("covers", "covers", ColumnKind.TEXT),
    ("for peer", "for_peer", ColumnKind.TEXT),
    ("seq from", "seq_from", ColumnKind.INT),
    ("seq to", "seq_to", ColumnKind.INT),
    ("acks", "acks", ColumnKind.JSON),
)
HEADER_KEYS = frozenset(attr for _label, attr, _kind in FIELDS if attr != "format")
TABLES_CAPTION = ("tables", "rows", "sha256", "columns")
TABLE_ROW_KINDS = (ColumnKind.TEXT, ColumnKind.INT, ColumnKind.TEXT, ColumnKind.JSON)
PUBLIC_KEY_LABEL = "public key"
SIGNATURE_LABEL = "signature"
MANIFEST_WIDTH = 4
MAX_MANIFEST_ROWS = len(FIELDS) + 1 + MAX_TABLES + 2


class ManifestError(ValueError):
    """Something wrong in the manifest; the package module adds the file name."""


# ---- fields ------------------------------------------------------------------------------------------


def field_problems(values: Mapping[str, Any]) -> list[str]:
    """Type checks shared by the writer (header from the caller) and the reader (the sheet)."""
    problems = []
    for _label, attr, kind in FIELDS:
        value = values.get(attr)
        if kind is ColumnKind.TEXT and not isinstance(value, str):
            problems.append(f"{attr} must be text")
        elif kind is ColumnKind.INT and (not isinstance(value, int) or isinstance(value, bool)):
            problems.append(f"{attr} must be a whole number")
        elif kind is ColumnKind.DATETIME and (not isinstance(value, datetime) or value.tzinfo is not None):
            problems.append(f"{attr} must be a naive UTC datetime")
    if values.get("covers") not in COVERS:
        problems.append(f"covers must be one of {', '.join(COVERS)}")
    acks = values.get("acks")
    if not isinstance(acks, Mapping) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in acks.items()
    ):
        problems.append("acks must map replica ids (text) to whole numbers")
    return problems


def check_header(header: Mapping[str, Any]) -> dict[str, Any]:
    """The caller's header as Manifest fields; ValueError on a programming mistake."""
    keys = set(header)
    if keys != HEADER_KEYS:
        missing, extra = sorted(HEADER_KEYS - keys), sorted(keys - HEADER_KEYS)
        raise ValueError(f"package header: missing {missing}, unexpected {extra}")
    problems = field_problems({**header, "format": FORMAT})
    if problems:
        raise ValueError("package header: " + "; ".join(problems))
    fields = dict(header)
    fields["acks"] = {str(k): int(v) for k, v in header["acks"].items()}
    created: datetime = header["created_at"]
    fields["created_at"] = datetime(*created.timetuple()[:6], created.microsecond)
    return fields


def check_columns(table: str, columns: Sequence[ColumnSpec]) -> None:
    """ValueError unless the table name and column specs fit the format."""
    if not isinstance(table, str) or TABLE_NAME.fullmatch(table) is None:
        raise ValueError(f"table name {table!r}: lower-case letters, digits and _, at most 31, starting with a letter")
    if not columns or len(columns) > MAX_COLUMNS:
        raise ValueError(f"table {table}: needs 1 to {MAX_COLUMNS} columns")
    seen = set()
    for spec in columns:
        if not isinstance(spec, ColumnSpec) or not isinstance(spec.kind, ColumnKind):
            raise ValueError(f"table {table}: columns must be ColumnSpec(name, ColumnKind)")
        if not isinstance(spec.name, str) or COLUMN_NAME.fullmatch(spec.name) is None:
            raise ValueError(f"table {table}: bad column name {spec.name!r}")
        if spec.name in seen:
            raise ValueError(f"table {table}: column {spec.name} twice")
        seen.add(spec.name)


# ---- signing -----------------------------------------------------------------------------------------


def new_signing_key() -> str:
    """A fresh Ed25519 private key: hex of its raw 32 bytes. Keep it secret, one per replica."""
    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return raw.hex()


def _private_key(signing_key_hex: str) -> Ed25519PrivateKey:
    try:
        raw = bytes.fromhex(signing_key_hex)
    except (TypeError, ValueError) as exc:
        raise ValueError("a signing key is 64 hex digits") from exc
    if len(raw) != 32:
        raise ValueError("a signing key is 64 hex digits")
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_key_of(signing_key_hex: str) -> str:
    """Hex of the raw 32-byte public key that goes with a signing key."""
    return _private_key(signing_key_hex).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def signed_bytes(manifest: Manifest) -> bytes:
    """What the signature covers: every manifest field, canonical JSON, ASCII."""
    document = {
        "format": manifest.format,
        "package_id": manifest.package_id,
        "schema_revision": manifest.schema_revision,
        "app_version": manifest.app_version,
        "network_id": manifest.network_id,
        "source_replica": manifest.source_replica,
        "source_name": manifest.source_name,
        "created_at": manifest.created_at.isoformat(),
        "covers": manifest.covers,
        "for_peer": manifest.for_peer,
        "seq_from": manifest.seq_from,
        "seq_to": manifest.seq_to,
        "acks": manifest.acks,
        "tables": [
            {
                "name": t.name,
                "rows": t.rows,
                "sha256": t.sha256,
                "columns": [[c.name, c.kind.value] for c in t.columns],
            }
            for t in manifest.tables
        ],
        "public_key": manifest.public_key,
    }
    return MANIFEST_DOMAIN + canonical_json(document, ascii_only=True).encode("ascii")


def sign(manifest: Manifest, signing_key_hex: str) -> str:
    return _private_key(signing_key_hex).sign(signed_bytes(manifest)).hex()


def signature_valid(manifest: Manifest, signature_hex: str) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(manifest.public_key))
        key.verify(bytes.fromhex(signature_hex), signed_bytes(manifest))
    except (InvalidSignature, ValueError):
        return False
    return True


# ---- the sheet ---------------------------------------------------------------------------------------


def sheet_rows(manifest: Manifest, signature_hex: str) -> list[tuple[tuple[ColumnKind, ...], tuple[Any, ...]]]:
    """The `_manifest` sheet as (kinds, typed values) per row; the writer stores each by its kind."""
    text = ColumnKind.TEXT
    rows: list[tuple[tuple[ColumnKind, ...], tuple[Any, ...]]] = [
        ((text, kind), (label, getattr(manifest, attr))) for label, attr, kind in FIELDS
    ]
    rows.append(((text,) * 4, TABLES_CAPTION))
    for t in manifest.tables:
        rows.append((TABLE_ROW_KINDS, (t.name, t.rows, t.sha256, [[c.name, c.kind.value] for c in t.columns])))
    rows.append(((text, text), (PUBLIC_KEY_LABEL, manifest.public_key)))
    rows.append(((text, text), (SIGNATURE_LABEL, signature_hex)))
    return rows


def parse_sheet(rows: Iterable[Sequence[Any]], epoch: datetime) -> tuple[Manifest, str]:
    """Read the sheet back from read-only cells (MANIFEST_WIDTH + 1 wide, at most MAX_MANIFEST_ROWS + 1
    rows). Raises ManifestError naming the row. The signature is not checked here."""
    reader = _SheetReader(rows, epoch)
    fmt = reader.field(FIELDS[0])
    if fmt != FORMAT:
        if isinstance(fmt, str) and fmt.startswith("trainmgr-sync/"):
            raise ManifestError(f"is a sync package in format {fmt!r}, made by a newer trainmgr; update this one")
        raise ManifestError("is not a trainmgr sync package")
    values: dict[str, Any] = {"format": fmt}
    for spec in FIELDS[1:]:
        values[spec[1]] = reader.field(spec)
    problems = field_problems(values)
    if problems:
        raise ManifestError("; ".join(problems))
    reader.caption()
    tables = []
    while not reader.at(PUBLIC_KEY_LABEL):
        if len(tables) >= MAX_TABLES:
            raise ManifestError(f"lists more than {MAX_TABLES} tables")
        tables.append(reader.table())
    public_key = reader.labelled(PUBLIC_KEY_LABEL, _HEX64, "64 hex digits")
    signature = reader.labelled(SIGNATURE_LABEL, _HEX128, "128 hex digits")
    reader.end()
    names = [t.name for t in tables]
    if len(set(names)) != len(names):
        raise ManifestError("lists a table twice")
    manifest = Manifest(**values, tables=tuple(tables), public_key=public_key)
    return manifest, signature


class _SheetReader:
    def __init__(self, rows: Iterable[Sequence[Any]], epoch: datetime) -> None:
        self._rows = iter(rows)
        self._number = 0
        self._epoch = epoch
        self._current: Sequence[Any] | None = None
        self._advance()

    def _advance(self) -> None:
        self._number += 1
        row = self._current = next(self._rows, None)
        if row is not None and len(row) > MANIFEST_WIDTH and row[MANIFEST_WIDTH].value is not None:
            raise ManifestError(f"row {self._number}: unexpected value in column {MANIFEST_WIDTH + 1}")

    def _cell(self, index: int, kind: ColumnKind, what: str) -> Any:
        if self._current is None:
            raise ManifestError(f"ends early: row {self._number} should hold {what}")
        cell = self._current[index]
        if cell.value is None:
            raise ManifestError(f"row {self._number}, column {index + 1}: {what} is missing")
        try:
            return make_decoder(kind, self._epoch)(cell.value, cell.data_type)
        except CellError as exc:
            raise ManifestError(f"row {self._number}, column {index + 1} ({what}): {exc}") from exc

    def _label(self) -> Any:
        return self._cell(0, ColumnKind.TEXT, "a label")

    def _expect_label(self, label: str) -> None:
        found = self._label()
        if found != label:
            raise ManifestError(f"row {self._number}: expected {label!r}, found {found!r}")

    def _rest_empty(self, first: int) -> None:
        assert self._current is not None
        for index in range(first, MANIFEST_WIDTH):
            if self._current[index].value is not None:
                raise ManifestError(f"row {self._number}: unexpected value in column {index + 1}")

    def at(self, label: str) -> bool:
        return self._current is not None and self._current[0].value == label

    def field(self, spec: tuple[str, str, ColumnKind]) -> Any:
        label, _attr, kind = spec
        self._expect_label(label)
        value = self._cell(1, kind, label)
        self._rest_empty(2)
        self._advance()
        return value

    def caption(self) -> None:
        for index, text in enumerate(TABLES_CAPTION):
            if self._cell(index, ColumnKind.TEXT, "the tables caption") != text:
                raise ManifestError(f"row {self._number}: expected the caption {' / '.join(TABLES_CAPTION)}")
        self._advance()

    def table(self) -> TableInfo:
        name = self._cell(0, ColumnKind.TEXT, "a table name")
        if not isinstance(name, str) or TABLE_NAME.fullmatch(name) is None:
            raise ManifestError(f"row {self._number}: bad table name {name!r}")
        rows = self._cell(1, ColumnKind.INT, "a row count")
        if not 0 <= rows <= MAX_TABLE_ROWS:
            raise ManifestError(f"row {self._number}: impossible row count {rows}")
        sha = self._cell(2, ColumnKind.TEXT, "a sha256")
        if _HEX64.fullmatch(sha) is None:
            raise ManifestError(f"row {self._number}: the sha256 must be 64 lower-case hex digits")
        raw = self._cell(3, ColumnKind.JSON, "the columns")
        try:
            columns = tuple(ColumnSpec(str(n), ColumnKind(k)) for n, k in raw)
            if not all(isinstance(n, str) for n, _k in raw):
                raise ValueError("column names must be text")
            check_columns(name, columns)
        except (TypeError, ValueError) as exc:
            raise ManifestError(f"row {self._number}: bad column list for {name} ({exc})") from exc
        self._advance()
        return TableInfo(name=name, rows=rows, sha256=sha, columns=columns)

    def labelled(self, label: str, pattern: re.Pattern[str], what: str) -> str:
        self._expect_label(label)
        value = self._cell(1, ColumnKind.TEXT, label)
        if pattern.fullmatch(value) is None:
            raise ManifestError(f"row {self._number}: the {label} must be {what}")
        self._rest_empty(2)
        self._advance()
        return value

    def end(self) -> None:
        while self._current is not None:
            if any(cell.value is not None for cell in self._current):
                raise ManifestError(f"row {self._number}: unexpected content after the signature")
            self._advance()
