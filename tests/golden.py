"""Compare an output with its golden file, or rewrite the golden with --update-goldens."""
from __future__ import annotations

import json
from pathlib import Path


def check_golden(path: Path, actual: str | dict | list, update: bool) -> None:
    text = actual if isinstance(actual, str) else json.dumps(actual, ensure_ascii=False, indent=1) + "\n"
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{path} differs from the output; run pytest --update-goldens and review the diff"
