"""Shared pytest options and fixtures."""
from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite golden files from the current output (review the diff like code)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory):
    """The seed corpus built once per session: sources -> docs -> site (a `sitebuild.Site`)."""
    from sitebuild import copy_seeds, make_site

    work = tmp_path_factory.mktemp("seed-site")
    return make_site(copy_seeds(work / "sources"), work)


@pytest.fixture(scope="session")
def seed_url(seed_site):
    """Base URL of the seed site served on 127.0.0.1."""
    from sitebuild import serve

    with serve(seed_site.site) as url:
        yield url


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (`make test` installs it)."""
    import os

    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed at /usr/bin/chromium (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory):
    """The seeds plus every hostile input of issue 7 (except the 2 MB transcript), built once."""
    from sitebuild import copy_seeds, long_line, make_site, write_hostile_sources

    work = tmp_path_factory.mktemp("hostile-site")
    sources = copy_seeds(work / "sources")
    write_hostile_sources(sources)
    (sources / "long-line.txt").write_bytes(long_line())
    return make_site(sources, work)


@pytest.fixture(scope="session")
def hostile_url(hostile_site):
    """Base URL of the hostile site served on 127.0.0.1."""
    from sitebuild import serve

    with serve(hostile_site.site) as url:
        yield url
