"""`benchmarks/crude_text.py`: HTML to the crude text of the shared evaluation set, by its README's rules."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("crude_text", ROOT / "benchmarks" / "crude_text.py")
crude_text_module = importlib.util.module_from_spec(_spec)
assert _spec.loader is not None
_spec.loader.exec_module(crude_text_module)
crude_text = crude_text_module.crude_text


def test_blocks_are_paragraphs_and_inline_elements_are_glued() -> None:
    html = "<body><nav><a>Subscribe</a><a>Sign In</a></nav><h1>Title</h1><p>One <b>bold</b>\n  word.</p></body>"
    assert crude_text(html) == "SubscribeSign In\n\nTitle\n\nOne bold word.\n"


def test_invisible_and_hidden_elements_are_dropped_with_their_content() -> None:
    html = ("<html><head><title>Not shown</title></head><body><script>var a = '<p>x</p>';</script>"
            "<div hidden><p>Hidden</p></div><div style='display: none'><div>Also</div></div>"
            "<form><input value='q'><select><option>Pick</option></select><label>Search</label></form><p>Kept</p></body></html>")
    assert crude_text(html) == "Search\n\nKept\n"


def test_br_breaks_a_line_and_table_cells_share_theirs() -> None:
    html = "<p>Line one<br>Line two</p><table><tr><td>Viera</td><td>3</td></tr><tr><td>Rockledge</td><td>1</td></tr></table>"
    assert crude_text(html) == "Line one\nLine two\n\nViera 3\n\nRockledge 1\n"


def test_an_unclosed_head_ends_at_the_body() -> None:
    assert crude_text("<html><head><title>T</title><body><p>Text</p></body></html>") == "Text\n"
