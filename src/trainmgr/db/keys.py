"""The keys of an encrypted database: a random data key, kept wrapped in key slots beside the database.

SQLCipher encrypts the database with a random 256-bit *data key* (applied as a raw key, so opening
the database costs no key derivation). That key is never stored in the clear: `<db>.keys`, a small
JSON file beside the database, holds it wrapped (AES-256-GCM) once per *slot*:

- the passphrase slot: the wrapping key is derived from the user's passphrase with Argon2id
  (RFC 9106's second recommended setting: 3 passes over 64 MiB, 4 lanes; the parameters are stored
  in the slot so they can be raised later without breaking older files);
- optionally a recovery slot for HQ: the data key wrapped for an X25519 public key (ephemeral-static
  ECDH, HKDF-SHA256). The laptop holds only the public key; whoever holds HQ's private key can set a
  new passphrase after the old one was forgotten. A recovery *code* shown once to the user was
  rejected: in the field it ends up written on a note in the laptop bag, i.e. seized with the laptop.

Changing the passphrase rewraps the data key and rewrites only this small file (atomically), never
the database. Every slot's associated data names the key file's `key_id` and the slot kind, so a slot
cannot be moved into another key file or reused as another kind of slot.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trainmgr.errors import DatabaseError, KeyFileError, WrongPassphraseError
from trainmgr.fileio import atomic_path

FORMAT = "trainmgr-keys"
VERSION = 1
KEY_BYTES = 32
KEYS_SUFFIX = ".keys"
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults are RFC 9106's second recommendation (for memory-constrained use)."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4


STRONG = KdfParams()
# Only for tests and benchmarks that create many key files: never used by the application.
FAST_FOR_TESTS = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


class DataKey:
    """The database's 256-bit key, in a mutable buffer so that it can be wiped when the app locks.

    Python may still hold transient copies (the pragma text given to SQLCipher); wiping this buffer
    and dropping the engine is as far as the language allows."""

    def __init__(self, raw: bytes | bytearray) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._raw = bytearray(raw)

    @classmethod
    def generate(cls) -> DataKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    def pragma_value(self) -> str:
        """The value for `PRAGMA key = ...`: a raw key, so SQLCipher runs no key derivation of its own."""
        if not any(self._raw):
            raise DatabaseError("The database is locked: unlock it with its passphrase first.")
        return f"\"x'{self._raw.hex()}'\""

    def raw(self) -> bytes:
        return bytes(self._raw)

    def wipe(self) -> None:
        for i in range(len(self._raw)):
            self._raw[i] = 0

    def copy(self) -> DataKey:
        return DataKey(self._raw)

    def __repr__(self) -> str:  # never the key itself, not even in a traceback or a log
        return "DataKey(<hidden>)"


def keys_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEYS_SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _argon2(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(salt=salt, length=KEY_BYTES, iterations=params.iterations, lanes=params.lanes,
                   memory_cost=params.memory_kib)
    return kdf.derive(passphrase.encode("utf-8"))


def _hkdf(shared: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(shared)


@dataclass(frozen=True)
class KeyFile:
    """The parsed `<db>.keys` file. Immutable: every change returns a new KeyFile to `save`."""

    key_id: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)

    # ---- creating and changing slots ----

    @classmethod
    def create(cls, data_key: DataKey, passphrase: str, params: KdfParams = STRONG) -> KeyFile:
        return cls(key_id=secrets.token_hex(8)).with_passphrase(data_key, passphrase, params)

    def _aad(self, kind: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.key_id}/{kind}".encode("ascii")

    def with_passphrase(self, data_key: DataKey, passphrase: str, params: KdfParams = STRONG) -> KeyFile:
        check_passphrase(passphrase)
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapping = _argon2(passphrase, salt, params)
        wrapped = AESGCM(wrapping).encrypt(nonce, data_key.raw(), self._aad("passphrase"))
        slot = {"kdf": {"name": "argon2id", "salt": _b64(salt), "iterations": params.iterations,
                        "memory_kib": params.memory_kib, "lanes": params.lanes},
                "nonce": _b64(nonce), "wrapped": _b64(wrapped)}
        return replace(self, slots={**self.slots, "passphrase": slot})

    def with_recovery(self, data_key: DataKey, public_key: X25519PublicKey) -> KeyFile:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes_raw()
        recipient = public_key.public_bytes_raw()
        wrapping = _hkdf(ephemeral.exchange(public_key), self._aad("recovery") + ephemeral_public + recipient)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(wrapping).encrypt(nonce, data_key.raw(), self._aad("recovery"))
        slot = {"recipient": _b64(recipient), "fingerprint": fingerprint(public_key),
                "ephemeral": _b64(ephemeral_public), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}
        return replace(self, slots={**self.slots, "recovery": slot})

    # ---- unwrapping ----

    def unlock(self, passphrase: str) -> DataKey:
        """The data key, or WrongPassphraseError. Reads nothing but this object."""
        slot = self.slots.get("passphrase")
        if slot is None:
            raise KeyFileError("The key file has no passphrase slot.")
        try:
            kdf = slot["kdf"]
            if kdf.get("name") != "argon2id":
                raise KeyFileError(f"The key file uses an unknown key derivation ({kdf.get('name')!r}).")
            params = KdfParams(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))
            wrapping = _argon2(passphrase, _unb64(kdf["salt"]), params)
            nonce, wrapped = _unb64(slot["nonce"]), _unb64(slot["wrapped"])
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileError(f"The key file's passphrase slot is damaged ({exc}).") from exc
        try:
            return DataKey(AESGCM(wrapping).decrypt(nonce, wrapped, self._aad("passphrase")))
        except InvalidTag:
            raise WrongPassphraseError("Wrong passphrase: the database stays locked.") from None

    def unlock_with_recovery(self, private_key: X25519PrivateKey) -> DataKey:
        slot = self.slots.get("recovery")
        if slot is None:
            raise KeyFileError("This database has no HQ recovery slot.")
        try:
            ephemeral = _unb64(slot["ephemeral"])
            recipient = private_key.public_key().public_bytes_raw()
            shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
            wrapping = _hkdf(shared, self._aad("recovery") + ephemeral + recipient)
            nonce, wrapped = _unb64(slot["nonce"]), _unb64(slot["wrapped"])
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileError(f"The key file's recovery slot is damaged ({exc}).") from exc
        try:
            return DataKey(AESGCM(wrapping).decrypt(nonce, wrapped, self._aad("recovery")))
        except InvalidTag:
            raise WrongPassphraseError(
                "This recovery key does not open this database (it is not the HQ key it was protected for)."
            ) from None

    @property
    def has_recovery(self) -> bool:
        return "recovery" in self.slots

    # ---- file ----

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "version": VERSION, "key_id": self.key_id,
                           "cipher": "sqlcipher4 raw key", "slots": self.slots}, indent=1, sort_keys=True)

    def save(self, path: Path) -> None:
        with atomic_path(path) as tmp:
            tmp.write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyFileError(f"The key file {path} is missing: without it the database cannot be opened. "
                               "Put it back beside the database (a backup keeps a copy).") from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise KeyFileError(f"The key file {path} cannot be read ({exc}).") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyFileError(f"{path} is not a trainmgr key file.")
        if data.get("version") != VERSION:
            raise KeyFileError(f"The key file {path} was written by a newer release of trainmgr.")
        slots = data.get("slots")
        if not isinstance(slots, dict) or not isinstance(data.get("key_id"), str):
            raise KeyFileError(f"The key file {path} is damaged.")
        return cls(key_id=data["key_id"], slots=slots)


def check_passphrase(passphrase: str) -> None:
    from trainmgr.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(f"The passphrase must have at least {MIN_PASSPHRASE} characters.")


def fingerprint(public_key: X25519PublicKey) -> str:
    return hashlib.sha256(public_key.public_bytes_raw()).hexdigest()[:16]


# ---- HQ recovery key pair ----


def generate_recovery_pair(passphrase: str) -> tuple[bytes, bytes]:
    """(private key PEM encrypted with `passphrase`, public key PEM). The private one stays at HQ."""
    check_passphrase(passphrase)
    private = X25519PrivateKey.generate()
    private_pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    public_pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo)
    return private_pem, public_pem


def load_recovery_public(path: Path) -> X25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise KeyFileError(f"{path} is not an HQ recovery public key ({exc}).") from exc
    if not isinstance(key, X25519PublicKey):
        raise KeyFileError(f"{path} is not an HQ recovery public key (not X25519).")
    return key


def load_recovery_private(path: Path, passphrase: str) -> X25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), passphrase.encode("utf-8"))
    except (OSError, ValueError, TypeError) as exc:
        raise WrongPassphraseError(f"Cannot open the HQ recovery key {path}: wrong passphrase or not a key.") from exc
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError(f"{path} is not an HQ recovery private key (not X25519).")
    return key
