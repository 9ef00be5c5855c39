"""`trainmgr db encrypt|decrypt|passwd|recovery-key|add-recovery|recover`: encryption at rest.

    trainmgr db encrypt --db PATH [--passphrase-file F] [--recovery-public HQ.pub]
    trainmgr db decrypt --db PATH [--passphrase-file F]
    trainmgr db passwd --db PATH [--passphrase-file OLD] [--new-passphrase-file NEW]
    trainmgr db recovery-key --out NAME [--passphrase-file F]     (at HQ: NAME.key and NAME.pub)
    trainmgr db add-recovery --db PATH --recovery-public HQ.pub [--passphrase-file F]
    trainmgr db recover --db PATH --recovery-key HQ.key [--passphrase-file F] [--new-passphrase-file NEW]

The database must not be open in the application while it is converted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainmgr.cli.commands import _terminal_progress
from trainmgr.cli.passphrase import PASSPHRASE_FILE_HELP, read_passphrase
from trainmgr.db import encryption, keys
from trainmgr.errors import DatabaseError, ValidationError
from trainmgr.fileio import atomic_path


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    sub = _subparsers(parser)
    if sub is None:
        return [parser]
    return [leaf for child in dict.fromkeys(sub.choices.values()) for leaf in _leaves(child)]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the encryption commands under `db`, and `--passphrase-file` to every command that opens a database."""
    sub = _subparsers(parser)
    assert sub is not None
    db_sub = _subparsers(sub.choices["db"])
    assert db_sub is not None
    db_help = "database file (default: $TRAINMGR_DB, else the per-user data folder)"
    new_help = "read the new passphrase from the first line of FILE (default: ask twice)"
    p = db_sub.add_parser("encrypt", help="encrypt a plain database (and its backups) with a passphrase")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--recovery-public", metavar="HQ.pub", help="also protect the key for HQ's recovery key")
    p = db_sub.add_parser("decrypt", help="turn an encrypted database back into a plain one")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p = db_sub.add_parser("passwd", help="change the passphrase (the database itself is not rewritten)")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--new-passphrase-file", metavar="FILE", help=new_help)
    p = db_sub.add_parser("recovery-key", help="make HQ's recovery key pair (NAME.key stays at HQ, NAME.pub travels)")
    p.add_argument("--out", metavar="NAME", required=True, help="write NAME.key and NAME.pub")
    p = db_sub.add_parser("add-recovery", help="let HQ's recovery key unlock this database")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--recovery-public", metavar="HQ.pub", required=True, help="HQ's recovery public key")
    p = db_sub.add_parser("recover", help="set a new passphrase with HQ's recovery key (forgotten passphrase)")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--recovery-key", metavar="HQ.key", required=True, help="HQ's recovery private key")
    p.add_argument("--new-passphrase-file", metavar="FILE", help=new_help)
    for leaf in _leaves(parser):
        if any("--db" in action.option_strings for action in leaf._actions):
            leaf.add_argument("--passphrase-file", metavar="FILE", help=PASSPHRASE_FILE_HELP)
    db_sub.choices["recovery-key"].add_argument("--passphrase-file", metavar="FILE",
                                                help="passphrase protecting the private key (default: ask)")


def db_encrypt(args: argparse.Namespace, path: Path) -> int:
    recovery = keys.load_recovery_public(Path(args.recovery_public)) if args.recovery_public else None
    passphrase = read_passphrase(args.passphrase_file, f"New passphrase for {path.name}", confirm=True)
    keys.check_passphrase(passphrase)
    try:
        converted = encryption.encrypt(path, passphrase, recovery=recovery, progress=_terminal_progress())
    finally:
        print(file=sys.stderr)
    print(f"{path} is encrypted; its key file is {keys.keys_path_for(path)} (keep them together).")
    if converted:
        print(f"{converted} backup(s) in {path.stem}-backups were encrypted with the same key.")
    print("Without the passphrase (or HQ's recovery key) the data cannot be read: do not lose both.")
    return 0


def db_decrypt(args: argparse.Namespace, path: Path) -> int:
    passphrase = read_passphrase(args.passphrase_file, f"Passphrase of {path.name}")
    try:
        encryption.decrypt(path, passphrase, progress=_terminal_progress())
    finally:
        print(file=sys.stderr)
    print(f"{path} is no longer encrypted. Its backups stay encrypted (each with its .keys file).")
    return 0


def db_passwd(args: argparse.Namespace, path: Path) -> int:
    _require_encrypted(path)
    old = read_passphrase(args.passphrase_file, f"Current passphrase of {path.name}")
    new = read_passphrase(args.new_passphrase_file, f"New passphrase for {path.name}", confirm=True)
    encryption.change_passphrase(path, old, new)
    print(f"The passphrase of {path} was changed (only its key file was rewritten).")
    return 0


def db_recovery_key(args: argparse.Namespace, _path: Path) -> int:
    out = Path(args.out)
    private_path, public_path = out.with_name(out.name + ".key"), out.with_name(out.name + ".pub")
    for existing in (private_path, public_path):
        if existing.exists():
            raise ValidationError(f"{existing} already exists; nothing was written.")
    passphrase = read_passphrase(args.passphrase_file, "Passphrase protecting HQ's recovery key", confirm=True)
    private_pem, public_pem = keys.generate_recovery_pair(passphrase)
    with atomic_path(private_path) as tmp:
        tmp.write_bytes(private_pem)
    private_path.chmod(0o600)
    with atomic_path(public_path) as tmp:
        tmp.write_bytes(public_pem)
    print(f"wrote {private_path} (keep it at HQ, offline) and {public_path} (give it to the field laptops)")
    return 0


def db_add_recovery(args: argparse.Namespace, path: Path) -> int:
    _require_encrypted(path)
    public = keys.load_recovery_public(Path(args.recovery_public))
    passphrase = read_passphrase(args.passphrase_file, f"Passphrase of {path.name}")
    encryption.add_recovery(path, passphrase, public)
    print(f"HQ's recovery key ({keys.fingerprint(public)}) can now unlock {path}.")
    return 0


def db_recover(args: argparse.Namespace, path: Path) -> int:
    _require_encrypted(path)
    secret = read_passphrase(args.passphrase_file, "Passphrase of HQ's recovery key")
    private = keys.load_recovery_private(Path(args.recovery_key), secret)
    new = read_passphrase(args.new_passphrase_file, f"New passphrase for {path.name}", confirm=True)
    encryption.recover(path, private, new)
    print(f"{path} has a new passphrase (set with HQ's recovery key).")
    return 0


def _require_encrypted(path: Path) -> None:
    if not path.exists():
        raise DatabaseError(f"No database at {path}.")
    if not encryption.is_encrypted(path):
        raise DatabaseError(f"{path} is not encrypted: 'trainmgr db encrypt' encrypts it.")


HANDLERS = {
    ("db", "encrypt"): db_encrypt,
    ("db", "decrypt"): db_decrypt,
    ("db", "passwd"): db_passwd,
    ("db", "recovery-key"): db_recovery_key,
    ("db", "add-recovery"): db_add_recovery,
    ("db", "recover"): db_recover,
}
