"""Shared by the browser tests: a real server over the corpus (plus a hostile page and a dated circular), a page
on another origin that embeds the widget, Debian's Chromium through Playwright, axe-core and screenshots."""

import json
import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ingest.pipeline import Ingestion
from tests.conftest import ARTIFACTS, CORPUS, free_port, running_server, subprocess_env

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = (
    "Testside om skriptsikkerhet\n\nDette dokumentet om skriptsikkerhet inneholder <script>window.__pwned = 1</script> "
    'og <img src=x onerror="window.__pwned = 2"> som vanlig tekst.\n'
)
CIRCULAR = (
    "Rundskriv om tilskudd til kompetanseutvikling\n\n"
    "Tildeling\n\nStatsforvalteren fordeler midlene etter at samarbeidsforumet har prioritert tiltakene.\n\n"
    "Frist\n\nSøknaden om tilskudd må være sendt innen 1. mars.\n"
)
# a page that says its information may be out of date: marked so, and left out on request
OUTDATED_PAGE = ("Kompetansemidler til barnehageeiere\n\nDette innholdet er mer enn ett år gammelt. Informasjonen kan "
                 "derfor være utdatert.\n\nPublisert 10.04.2018\n\nKompetansemidlene søkes innen 4. mai.\n")
CIRCULAR_META = {"title": "Rundskriv om tilskudd", "publisher": "Statsforvalteren i Vestland", "kind": "rules",
                 "url": "https://www.statsforvalteren.no/rundskriv", "date": "2025-02-03"}
WCAG = "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}"


@pytest.fixture(scope="package")
def host_page(tmp_path_factory):
    """A page on another origin that embeds the widget, with CSS that would break a widget without Shadow DOM."""
    folder = tmp_path_factory.mktemp("host")
    port = free_port()
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(SimpleHTTPRequestHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield folder, f"http://127.0.0.1:{port}"
    server.shutdown()


@pytest.fixture(scope="package")
def app(host_page, tmp_path_factory, embedder):
    _, host_origin = host_page
    root = tmp_path_factory.mktemp("browser-app")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "skriptsikkerhet.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "rundskriv").mkdir()
    (corpus / "rundskriv" / "tilskudd.txt").write_text(CIRCULAR, encoding="utf-8")
    (corpus / "rundskriv" / "tilskudd.meta.json").write_text(json.dumps(CIRCULAR_META), encoding="utf-8")
    (corpus / "rundskriv" / "gammelt.txt").write_text(OUTDATED_PAGE, encoding="utf-8")
    index = root / "index"
    from ingest.settings import Settings

    Ingestion(Settings(index_dir=index), embedder=embedder, progress=False).run([corpus])
    env = subprocess_env(INDEX_DIR=str(index), DATA_DIR=str(root / "data"), CORS_ORIGINS=f'["{host_origin}"]',
                         RATE_LIMIT_BURST="500", RATE_LIMIT_PER_MINUTE="6000")
    with running_server(env, root / "server.log") as base:
        yield base


@pytest.fixture(scope="package")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Browser tests need Debian's chromium: apt-get install -y --no-install-recommends chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, app):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app)
    page = context.new_page()
    yield page
    context.close()


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def axe_violations(page) -> list:
    import axe_playwright_python

    page.add_script_tag(path=str(Path(axe_playwright_python.__file__).parent / "axe.min.js"))
    violations = page.evaluate(f"async () => (await axe.run(document, {WCAG})).violations")
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]


def widget(page, css: str):
    return page.locator("kompetanseloftet-chat").locator(css)


def ask_widget(page, question: str):
    """Type a question into the open widget, send it, and wait until the whole answer has arrived."""
    asked = widget(page, ".msg.bot").count()
    widget(page, "textarea#kl-input").fill(question)
    widget(page, ".send").click()
    bot = widget(page, ".msg.bot").nth(asked)
    bot.locator(".feedback").wait_for(timeout=20000)
    return bot


def focused_in_widget(page) -> str:
    return page.evaluate(
        "() => { const a = document.querySelector('kompetanseloftet-chat').shadowRoot.activeElement;"
        " return a ? (a.className || a.tagName.toLowerCase()) : ''; }"
    )


def has_focus(locator) -> bool:
    return locator.evaluate("node => node.getRootNode().activeElement === node")


def embedding_page(folder: Path, app: str, name: str, **data: str) -> str:
    """A page on the host origin that embeds the widget with the given data- attributes; returns its file name."""
    attributes = "".join(f' data-{key}="{value}"' for key, value in data.items())
    (folder / name).write_text(
        f"<!doctype html><html lang='nb'><head><meta charset='utf-8'><title>Kommune</title></head><body>"
        "<main><h1>Oppvekst</h1>"
        f"<p>Om Kompetanseløftet i kommunen.</p></main><script src='{app}/widget.js' defer{attributes}></script>"
        "</body></html>", encoding="utf-8")
    return name
