"""The frozen bundle's entry point: the same `main` as the `trainmgr` console script."""

import sys

from trainmgr.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
