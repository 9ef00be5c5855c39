"""Password hashing with scrypt (memory-hard, in the standard library).

A hash is stored as "scrypt$<log2 n>$<r>$<p>$<salt b64>$<key b64>", so the cost can be raised in a
later release without invalidating existing passwords (`needs_rehash`). n = 2**15, r = 8 needs
32 MiB per attempt and takes about a tenth of a second: cheap for one sign-in, expensive for someone
trying a word list against a stolen file.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets

LOG2_N, R, P = 15, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32
_MAXMEM = 64 * 1024 * 1024
MIN_LENGTH = 8


def _derive(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**log2_n, r=r, p=p, maxmem=_MAXMEM,
                          dklen=KEY_BYTES)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(password, salt, LOG2_N, R, P)
    b64 = base64.b64encode
    return f"scrypt${LOG2_N}${R}${P}${b64(salt).decode()}${b64(key).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches `stored` (compared in constant time); False for a malformed hash."""
    try:
        scheme, log2_n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt" or not (10 <= int(log2_n) <= 20):
            return False
        expected = base64.b64decode(key, validate=True)
        actual = _derive(password, base64.b64decode(salt, validate=True), int(log2_n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    return not stored.startswith(f"scrypt${LOG2_N}${R}${P}$")


@functools.cache
def dummy_hash() -> str:
    """Checked against when the user name is unknown, so that a wrong name takes as long as a wrong password."""
    return hash_password(secrets.token_urlsafe(16))


def password_problem(password: str, username: str = "") -> str:
    """Why `password` is too weak to set, or "" when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return f"A password needs at least {MIN_LENGTH} characters."
    if username and password.casefold() == username.casefold():
        return "A password must not be the user name."
    if len(set(password)) < 4:
        return "A password needs more than three different characters."
    return ""
