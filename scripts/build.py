#!/usr/bin/env python3
"""Same as the `readingroom` console script, runnable from a checkout: python scripts/build.py build."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from readingroom.cli import run  # noqa: E402

if __name__ == "__main__":
    args = sys.argv[1:]
    run(args if args and not args[0].startswith("-") else ["build", *args])
