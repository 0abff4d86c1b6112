"""Every setting is documented (the README and `readingroom settings` print the docstrings)."""
from readingroom.settings import Settings, documentation, names


def test_every_setting_has_a_docstring() -> None:
    docs = documentation()
    missing = [name for name in names() if not docs.get(name)]
    assert not missing, f"undocumented settings: {missing}"


def test_overrides_ignore_none() -> None:
    assert Settings().with_overrides(workers=None, max_bytes=10).max_bytes == 10
