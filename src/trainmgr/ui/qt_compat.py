"""Work-arounds for defects of the Qt binding, in one place, each with the reason and its end.

PySide6 6.12.0 on CPython 3.10/3.11: every call of a Qt method that returns nothing (`show()`,
`processEvents()`, `setText()`...) drops one reference to `None` without having taken it. On
Python 3.12+ `None` is immortal and nothing happens; on 3.11 its count (about 50 000 at start)
falls with every such call until CPython aborts with "Fatal Python error: none_dealloc" — after
minutes or hours of use. Measured: 500 `QWidget.setWindowTitle` calls lower it by 500.

Until the project requires Python 3.12 (or a fixed PySide6), `protect_none()` gives `None` a
reference count so large that those lost references can never bring it to zero. `None` is a
static object that is never freed, so a large count changes nothing else.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_HEADROOM = 1 << 40  # a trillion lost references: more than any session can make
_state = {"protected": False}


def none_is_immortal() -> bool:
    return sys.version_info >= (3, 12)


def protect_none() -> bool:
    """Apply the work-around once per process when it is needed; returns True if applied."""
    if _state["protected"] or none_is_immortal() or sys.implementation.name != "cpython":
        return False
    # ob_refcnt is the first field of every CPython object (non-debug builds, up to 3.11).
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _HEADROOM
    _state["protected"] = True
    log.info("PySide6 None-reference work-around applied (Python %s)", sys.version.split()[0])
    return True
