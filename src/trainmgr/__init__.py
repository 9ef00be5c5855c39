"""trainmgr: offline-first management of training programmes for host-nation security forces."""

__version__ = "0.1.0"
