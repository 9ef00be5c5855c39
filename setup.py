"""Package layout: src/trainmgr plus the top-level migrations/ and resources/ folders.

They live at the top of the checkout (where Alembic and translators expect them) but must ship
inside the wheel and the frozen bundle, so they are mapped into the package here.
"""

from setuptools import find_namespace_packages, setup

MAPPED = {
    "trainmgr._migrations": "migrations",
    "trainmgr._migrations.versions": "migrations/versions",
    "trainmgr._resources": "resources",
}

setup(
    package_dir={"": "src", **MAPPED},
    # namespace-aware: a sub-package without __init__.py imports fine from src/, so it must ship too
    packages=[*find_namespace_packages("src", include=["trainmgr*"], exclude=["*.__pycache__"]), *MAPPED],
    package_data={
        "trainmgr._migrations": ["*.mako", "alembic.ini"],
        "trainmgr._resources": ["frameworks/*.json", "i18n/*.qm", "i18n/*.ts", "icons/*", "demo/*.json"],
    },
    include_package_data=False,
)
