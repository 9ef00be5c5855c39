"""Developer helper: autogenerate a migration by comparing the models with a database at head.

Run with `make migration MSG="what changed"`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from trainmgr.db.engine import make_engine
from trainmgr.db.migrate import alembic_config, migrate


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "head.db")
        migrate(engine)
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.revision(config, message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "change")
