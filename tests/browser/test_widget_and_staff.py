"""The widget and the staff page in real headless Chromium against a real server; screenshots in test-artifacts/."""

import pytest

from tests.browser.conftest import ask_widget, axe_violations, focused_in_widget, has_focus, screenshot, widget

pytestmark = pytest.mark.slow


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

    badge = widget(page, ".bubble .badge").first
    badge.focus()
    page.keyboard.press("Enter")  # a badge takes the reader to its source in the list
    source = widget(page, ".sources li").first
    assert has_focus(source) and source.is_visible()
    assert "Utdanningsdirektoratet: «Kompetanseløftet" in source.inner_text()
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
    page.fill("#q", "samarbeidsforum prioritere tiltak fylkene")
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
    ask_widget(page, "Hvem melder behov?").locator(".badge").first.hover()
    screenshot(page, "demo-page-widget-open")
    assert axe_violations(page) == []
