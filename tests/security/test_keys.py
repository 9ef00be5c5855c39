"""The key file: the passphrase slot, the HQ recovery slot, and what a tampered file does (no Qt, no database)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from trainmgr.db.keys import FAST_FOR_TESTS, DataKey, KeyFile, generate_recovery_pair, load_recovery_private
from trainmgr.errors import KeyFileError, ValidationError, WrongPassphraseError


def test_the_passphrase_unwraps_the_data_key_and_a_wrong_one_does_not(tmp_path: Path) -> None:
    key = DataKey.generate()
    path = tmp_path / "x.db.keys"
    KeyFile.create(key, "correct horse", FAST_FOR_TESTS).save(path)
    assert KeyFile.load(path).unlock("correct horse").raw() == key.raw()
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        KeyFile.load(path).unlock("correct hors")
    assert key.raw().hex() not in path.read_text()


def test_a_slot_moved_into_another_key_file_does_not_open(tmp_path: Path) -> None:
    """The slot's associated data names its key file: a slot copied from another database's file fails."""
    one = KeyFile.create(DataKey.generate(), "passphrase one", FAST_FOR_TESTS)
    two = KeyFile.create(DataKey.generate(), "passphrase two", FAST_FOR_TESTS)
    forged = KeyFile(key_id=two.key_id, slots={"passphrase": one.slots["passphrase"]})
    with pytest.raises(WrongPassphraseError):
        forged.unlock("passphrase one")


def test_a_changed_byte_in_the_wrapped_key_is_refused(tmp_path: Path) -> None:
    key_file = KeyFile.create(DataKey.generate(), "correct horse", FAST_FOR_TESTS)
    slot = dict(key_file.slots["passphrase"])
    wrapped = bytearray(base64.b64decode(slot["wrapped"]))
    wrapped[3] ^= 1
    slot["wrapped"] = base64.b64encode(bytes(wrapped)).decode()
    with pytest.raises(WrongPassphraseError):
        KeyFile(key_id=key_file.key_id, slots={"passphrase": slot}).unlock("correct horse")


@pytest.mark.parametrize("content, message", [
    ("not json", "cannot be read"),
    (json.dumps({"format": "other"}), "not a trainmgr key file"),
    (json.dumps({"format": "trainmgr-keys", "version": 99, "key_id": "a", "slots": {}}), "newer release"),
    (json.dumps({"format": "trainmgr-keys", "version": 1, "key_id": "a", "slots": []}), "damaged"),
])
def test_a_bad_key_file_is_named_in_the_message(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "x.db.keys"
    path.write_text(content)
    with pytest.raises(KeyFileError, match=message):
        KeyFile.load(path)


def test_a_missing_key_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match=r"missing.*Put it back"):
        KeyFile.load(tmp_path / "gone.db.keys")


def test_hq_recovery_key_unwraps_the_same_data_key_and_another_key_does_not(tmp_path: Path) -> None:
    key = DataKey.generate()
    private_pem, public_pem = generate_recovery_pair("hq secret phrase")
    (tmp_path / "hq.key").write_bytes(private_pem)
    hq = load_recovery_private(tmp_path / "hq.key", "hq secret phrase")
    key_file = KeyFile.create(key, "correct horse", FAST_FOR_TESTS).with_recovery(key, hq.public_key())
    assert key_file.unlock_with_recovery(hq).raw() == key.raw()
    with pytest.raises(WrongPassphraseError, match="recovery key does not open"):
        key_file.unlock_with_recovery(X25519PrivateKey.generate())
    with pytest.raises(WrongPassphraseError):
        load_recovery_private(tmp_path / "hq.key", "not the phrase")
    assert b"PRIVATE" not in public_pem


def test_short_passphrases_are_refused() -> None:
    with pytest.raises(ValidationError, match="at least 8"):
        KeyFile.create(DataKey.generate(), "short", FAST_FOR_TESTS)


def test_a_locked_key_is_wiped_and_never_printed() -> None:
    key = DataKey.generate()
    assert "x'" in key.pragma_value() and repr(key) == "DataKey(<hidden>)"
    key.wipe()
    assert key.raw() == bytes(32)
    with pytest.raises(Exception, match="locked"):
        key.pragma_value()
