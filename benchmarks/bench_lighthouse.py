"""Lighthouse scores of one article page of the built site: a benchmark, not a CI gate.

Takes a built site (default `site/`; run `make site` first), serves it on 127.0.0.1 the way
any static host would (gzip for text, long cache lifetimes for Material's fingerprinted
assets), and runs Lighthouse 12 with Debian's Chromium, on the mobile (default) and desktop
presets, `--runs` times each. Prints the median of the four category scores and of the main
metrics. Lighthouse is installed with npm into `.bench/lighthouse/` on first use.

    .venv/bin/python benchmarks/bench_lighthouse.py [--site site] [--article SLUG] [--runs 3]

Python's plain `http.server` sends neither compression nor cache headers; Lighthouse then
scores the server, not the site (performance 62 instead of 9x on the same page), so the
server here does what a production host does.
"""
from __future__ import annotations

import argparse
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREFIX = ROOT / ".bench" / "lighthouse"
LIGHTHOUSE = PREFIX / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
                  "--disable-component-update --disable-sync --no-first-run")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index")
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


def install() -> Path:
    if not LIGHTHOUSE.exists():
        PREFIX.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(PREFIX), "--no-audit", "--no-fund", "--silent", "lighthouse@12"], check=True)
    return LIGHTHOUSE


class StaticHost(http.server.SimpleHTTPRequestHandler):
    """Static files with gzip and cache headers, as a production host serves them."""

    def log_message(self, *args) -> None:
        pass

    def send_head(self):  # noqa: ANN201 - SimpleHTTPRequestHandler's own signature
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not (path.suffix in COMPRESSIBLE and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        if not self.path.split("?")[0].endswith(("/", path.suffix)):
            return super().send_head()  # let the parent redirect /dir to /dir/
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if "/assets/" in self.path else "no-cache")
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *args) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = lambda *args, **kwargs: StaticHost(*args, directory=str(site), **kwargs)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def run_once(lighthouse: Path, url: str, preset: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [str(lighthouse), url, "--quiet", f"--chrome-flags={CHROMIUM_FLAGS}",
                   f"--only-categories={','.join(CATEGORIES)}", "--output=json", f"--output-path={report}"]
        if preset == "desktop":
            command.append("--preset=desktop")
        subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
        data = json.loads(report.read_text(encoding="utf-8"))
    scores = {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES}
    scores.update({name: data["audits"][name]["numericValue"] for name in METRICS})
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--article", help="article slug (default: the first article page)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--preset", choices=("mobile", "desktop", "both"), default="both")
    args = parser.parse_args(argv)
    if not shutil.which("npm"):
        raise SystemExit("bench_lighthouse: npm not found (Node 20 runs Lighthouse 12)")
    pages = sorted(args.site.glob("articles/*/index.html"))
    if not pages:
        raise SystemExit(f"bench_lighthouse: no article pages under {args.site}: run `make site` first")
    slug = args.article or pages[0].parent.name
    lighthouse = install()
    server, base = serve(args.site)
    url = f"{base}articles/{slug}/"
    presets = ("mobile", "desktop") if args.preset == "both" else (args.preset,)
    try:
        print(f"Lighthouse 12, {url}, median of {args.runs} runs")
        print(f"| preset | {' | '.join(CATEGORIES)} | FCP ms | LCP ms | TBT ms | CLS | SI ms |")
        print("| --- |" + " ---: |" * (len(CATEGORIES) + len(METRICS)))
        for preset in presets:
            runs = [run_once(lighthouse, url, preset) for _ in range(args.runs)]
            median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            cells = [f"{median[c]:.0f}" for c in CATEGORIES] + [
                f"{median[m]:.3f}" if m == "cumulative-layout-shift" else f"{median[m]:.0f}" for m in METRICS]
            print(f"| {preset} | " + " | ".join(cells) + " |")
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
