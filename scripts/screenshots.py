"""Screenshots of the built reading room for the 'About this reading room' page.

Takes a built site (default `site/`), serves it on 127.0.0.1, and writes to
`docs/about/screenshots/`: the home page, one article on a desktop (1280 px) and a phone
(375 px) in the light and dark palettes, and the first two pages of the article as printed
(Chromium's PDF, rasterised by `pdftoppm` from poppler-utils). PNGs are squeezed with
`pngquant` when it is installed (`apt-get install -y pngquant poppler-utils`); the about page
wants them small. It does not build the site: run `make site` first.

    .venv/bin/python scripts/screenshots.py [--site site] [--out docs/about/screenshots] [--article SLUG]
"""
from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
HOME_HEIGHT = 1500
"""Home page shots are cut at this height: the collection list below it only repeats."""
PRINT_DPI = 75
"""pdftoppm resolution: an A4 page at 75 dpi is 620 x 877 px, enough to judge the layout."""


@dataclass(frozen=True)
class Shot:
    name: str
    path: str
    viewport: dict
    scheme: str
    clip_height: int | None = None
    scroll_to: str | None = None
    """CSS selector scrolled to the top of the viewport first (to show the article text)."""


def pick_article(site: Path) -> str:
    """The article page showing the most of the design: standfirst, quotes, notes, subheads."""
    def score(page: Path) -> tuple[int, str]:
        html = page.read_text(encoding="utf-8")
        features = ("rr-standfirst", "<blockquote", "footnote-ref", "rr-subhead", "rr-seealso", 'href="../../entities/')
        return sum(f in html for f in features), page.parent.name
    pages = sorted(site.glob("articles/*/index.html"))
    if not pages:
        raise SystemExit(f"screenshots: no article pages under {site}/articles: build the site first")
    return max(pages, key=score).parent.name


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    http.server.SimpleHTTPRequestHandler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def take(browser: Browser, base: str, shot: Shot, out: Path) -> Path:
    context = browser.new_context(viewport=shot.viewport, color_scheme=shot.scheme, device_scale_factor=1)
    page = context.new_page()
    page.goto(base + shot.path, wait_until="networkidle")
    page.evaluate("document.fonts.ready")
    if shot.scroll_to:
        page.locator(shot.scroll_to).first.evaluate("e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 72)")
        page.wait_for_timeout(300)
    target = out / f"{shot.name}.png"
    if shot.clip_height:
        height = min(shot.clip_height, page.evaluate("document.documentElement.scrollHeight"))
        page.screenshot(path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": shot.viewport["width"], "height": height})
    else:
        page.screenshot(path=str(target))
    context.close()
    return target


def take_print(browser: Browser, base: str, path: str, out: Path) -> list[Path]:
    """Print the article to PDF as Chromium would, then rasterise its first two pages."""
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(base + path, wait_until="networkidle")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "article.pdf"
        page.pdf(path=str(pdf), format="A4", print_background=True)
        subprocess.run(["pdftoppm", "-png", "-r", str(PRINT_DPI), "-f", "1", "-l", "2", str(pdf), str(Path(tmp) / "page")], check=True)
        targets = []
        for i, png in enumerate(sorted(Path(tmp).glob("page-*.png")), start=1):
            target = out / f"article-print-page{i}.png"
            shutil.copyfile(png, target)
            targets.append(target)
    context.close()
    return targets


def squeeze(png: Path) -> None:
    """Quantise to a 256-colour palette in place (screenshots of text lose nothing visible)."""
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--strip", "--quality", "60-90",
                        "--output", str(png), str(png)], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--out", type=Path, default=Path("docs/about/screenshots"))
    parser.add_argument("--article", help="article slug (default: the one showing the most features)")
    args = parser.parse_args(argv)
    if not shutil.which("pdftoppm"):
        raise SystemExit("screenshots: pdftoppm not found: apt-get install -y poppler-utils")
    slug = args.article or pick_article(args.site)
    article = f"articles/{slug}/"
    shots = [
        Shot("home-desktop-light", "", DESKTOP, "light", HOME_HEIGHT),
        Shot("home-desktop-dark", "", DESKTOP, "dark", HOME_HEIGHT),
        Shot("article-desktop-light", article, DESKTOP, "light"),
        Shot("article-desktop-dark", article, DESKTOP, "dark"),
        Shot("article-text-desktop-light", article, DESKTOP, "light", scroll_to=".rr-body"),
        Shot("article-text-desktop-dark", article, DESKTOP, "dark", scroll_to=".rr-body blockquote, .rr-body .footnote-ref"),
        Shot("article-mobile-light", article, PHONE, "light"),
        Shot("article-mobile-dark", article, PHONE, "dark"),
        Shot("article-text-mobile-light", article, PHONE, "light", scroll_to=".rr-body"),
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    server, base = serve(args.site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            written = [take(browser, base, shot, args.out) for shot in shots]
            written += take_print(browser, base, article, args.out)
            browser.close()
    finally:
        server.shutdown()
    for png in written:
        squeeze(png)
        print(f"{png}  {png.stat().st_size // 1024} KB")
    print(f"article: {slug}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
