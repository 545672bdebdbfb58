"""Real headless Chromium (Debian's, through Playwright) against a real server; screenshots in test-artifacts/."""

import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ingest.pipeline import Ingestion
from tests.conftest import ARTIFACTS, CORPUS, free_port, running_server, subprocess_env

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = (
    "Testside om skriptsikkerhet\n\nDette dokumentet om skriptsikkerhet inneholder <script>window.__pwned = 1</script> "
    'og <img src=x onerror="window.__pwned = 2"> som vanlig tekst.\n'
)
WCAG = "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}"


@pytest.fixture(scope="module")
def host_page(tmp_path_factory):
    """A page on another origin that embeds the widget, with CSS that would break a widget without Shadow DOM."""
    folder = tmp_path_factory.mktemp("host")
    port = free_port()
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(SimpleHTTPRequestHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield folder, f"http://127.0.0.1:{port}"
    server.shutdown()


@pytest.fixture(scope="module")
def app(host_page, tmp_path_factory, embedder):
    _, host_origin = host_page
    root = tmp_path_factory.mktemp("browser-app")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "skriptsikkerhet.txt").write_text(HOSTILE, encoding="utf-8")
    index = root / "index"
    from ingest.settings import Settings

    Ingestion(Settings(index_dir=index), embedder=embedder, progress=False).run([corpus])
    env = subprocess_env(INDEX_DIR=str(index), DATA_DIR=str(root / "data"), CORS_ORIGINS=f'["{host_origin}"]',
                         RATE_LIMIT_BURST="500", RATE_LIMIT_PER_MINUTE="6000")
    with running_server(env, root / "server.log") as base:
        yield base


@pytest.fixture(scope="module")
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
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
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
    widget(page, "textarea#kl-input").fill(question)
    widget(page, ".send").click()
    widget(page, ".feedback").last.wait_for(timeout=20000)
    return widget(page, ".msg.bot").last


def focused_in_widget(page) -> str:
    return page.evaluate(
        "() => { const a = document.querySelector('kompetanseloftet-chat').shadowRoot.activeElement;"
        " return a ? (a.className || a.tagName.toLowerCase()) : ''; }"
    )


def test_an_owner_asks_by_keyboard_reads_sources_and_gives_feedback(app, host_page, page):
    folder, origin = host_page
    (folder / "index.html").write_text(
        "<!doctype html><html lang='nb'><head><title>Kommune</title><style>button{background:red!important;"
        "font-size:40px!important} div{display:none!important} *{font-family:cursive!important}</style></head>"
        f"<body><main><h1>Oppvekst i kommunen</h1><a href='#'>Kontakt</a></main>"
        f"<script src='{app}/widget.js' defer data-title='Spør om Kompetanseløftet'></script></body></html>",
        encoding="utf-8",
    )
    page.goto(f"{origin}/index.html")
    launcher = widget(page, ".launcher")
    launcher.wait_for()
    style = launcher.evaluate("b => [getComputedStyle(b).fontSize, getComputedStyle(b).fontFamily]")
    assert style[0] == "16px" and "cursive" not in style[1]  # the host page's CSS does not reach in

    for _ in range(5):  # Tab from the page into the widget's launcher
        page.keyboard.press("Tab")
        if focused_in_widget(page) == "launcher":
            break
    assert focused_in_widget(page) == "launcher"
    page.keyboard.press("Enter")
    assert launcher.get_attribute("aria-expanded") == "true" and focused_in_widget(page) == "textarea"

    page.keyboard.type("Kan private barnehager delta?")
    page.keyboard.press("Enter")
    answer = widget(page, ".msg.bot .bubble").last
    widget(page, ".feedback").last.wait_for(timeout=20000)
    assert "på lik linje" in answer.inner_text()
    assert widget(page, ".sources").last.evaluate("d => getComputedStyle(d).display") != "none"
    assert widget(page, ".log").get_attribute("aria-live") == "polite"

    badge = widget(page, ".badge").first
    badge.focus()
    page.keyboard.press("Enter")
    source = widget(page, ".source").first
    assert badge.get_attribute("aria-expanded") == "true" and source.is_visible()
    assert "lik linje" in source.inner_text() and "Kompetanseløftet" in source.inner_text()
    screenshot(page, "widget-answer-with-source")

    widget(page, ".feedback button").nth(1).click()  # "Nei"
    widget(page, ".comment textarea").fill("Jeg ville vite om frister")
    widget(page, ".comment button").click()
    widget(page, "text=Tusen takk for hjelpen!").wait_for()

    widget(page, "textarea#kl-input").focus()
    page.keyboard.press("Escape")
    assert launcher.get_attribute("aria-expanded") == "false" and focused_in_widget(page) == "launcher"


def test_an_abstention_looks_different_from_an_answer(app, page):
    page.goto(f"{app}/")
    widget(page, ".launcher").click()
    bot = ask_widget(page, "Hvor mye fikk Bergen kommune i tilskudd i 2023?")
    assert "abstained" in bot.get_attribute("class")
    assert bot.locator(".label").inner_text() == "Fant ikke svar i dokumentene"
    assert bot.locator(".badge").count() == 0
    screenshot(page, "widget-abstention")


def test_script_in_a_document_is_shown_as_text_and_never_run(app, page):
    page.goto(f"{app}/")
    widget(page, ".launcher").click()
    text = ask_widget(page, "Hva inneholder dokumentet om skriptsikkerhet?").locator(".bubble").inner_text()
    assert "<script>window.__pwned = 1</script>" in text and 'onerror="window.__pwned = 2"' in text
    page.goto(f"{app}/staff")
    page.fill("#q", "skriptsikkerhet")
    page.click("#search button")
    page.locator("#results li").first.wait_for()
    assert "<script>" in page.locator("#results").inner_text()
    assert page.evaluate("() => window.__pwned") is None


def test_the_staff_page_finds_a_passage_with_filters_and_highlights(app, page):
    page.goto(f"{app}/staff")
    page.locator("#document option").nth(1).wait_for(state="attached")
    page.fill("#q", "samarbeidsforum prioritere tiltak")
    page.select_option("#kind", "rules")
    page.click("#search button")
    first = page.locator("#results li").first
    first.wait_for()
    assert "Samarbeidsforumet i de enkelte fylkene skal prioritere tiltak" in first.inner_text()
    assert "Regelverk" in first.inner_text() and first.locator("mark").count() > 0
    page.locator("#documents button").first.click()
    page.locator("#browse li").first.wait_for()
    page.fill("#question", "Hvem administrerer ordningen?")
    page.click("#ask button")
    page.locator("#answer .passages li").first.wait_for()
    assert "statsforvalteren" in page.locator("#answer").inner_text()
    screenshot(page, "staff-page")
    assert axe_violations(page) == []


def test_no_wcag_violations_on_the_demo_page_with_the_widget_open(app, page):
    page.goto(f"{app}/")
    widget(page, ".launcher").click()
    ask_widget(page, "Hvem melder behov?").locator(".badge").first.click()
    screenshot(page, "demo-page-widget-open")
    assert axe_violations(page) == []
