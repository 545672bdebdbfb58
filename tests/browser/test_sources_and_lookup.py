"""Sources people can check in one click: the sources list, the document view, a conversation that survives
navigation, the nynorsk interface and the staff page's exact lookup, in real Chromium, by keyboard."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    ask_widget,
    axe_violations,
    embedding_page,
    focused_in_widget,
    has_focus,
    screenshot,
    widget,
)

pytestmark = pytest.mark.slow
STARTERS = "Kan private barnehager delta?|Når er fristen for søknaden om tilskudd?"


def api_answer(page, app: str, question: str, language: str = "nb") -> dict:
    return page.request.post(f"{app}/api/chat", data={"message": question, "language": language}).json()


def in_view(locator) -> bool:
    return locator.evaluate("n => { const r = n.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")


def test_every_answer_lists_its_sources_and_badge_and_source_light_up_together(app, page):
    page.goto(f"{app}/")
    widget(page, ".launcher").click()
    bot = ask_widget(page, "Når er fristen for søknaden om tilskudd?")
    expected = api_answer(page, app, "Når er fristen for søknaden om tilskudd?")["citations"]
    items = bot.locator(".sources li")
    assert items.count() == len(expected) > 0
    for item, citation in zip(items.all(), expected):
        assert item.is_visible() and citation["reference"] in item.inner_text()  # visible without a click
    circular = next(c for c in expected if c["document_id"] == "rundskriv/tilskudd")
    assert "Statsforvalteren i Vestland: «Rundskriv om tilskudd», datert 03.02.2025, avsnitt «Frist»" == circular["reference"]

    badge = bot.locator(f".bubble .badge[data-n='{circular['n']}']")
    source = bot.locator(f".sources li[data-n='{circular['n']}']")
    badge.hover()
    assert "linked" in badge.get_attribute("class") and "linked" in source.get_attribute("class")
    source.focus()
    assert "linked" in badge.get_attribute("class")
    screenshot(page, "widget-sources-list")


def test_a_citation_opens_the_document_view_scrolled_to_the_highlighted_quote(app, page):
    page.goto(f"{app}/")
    widget(page, ".launcher").click()
    bot = ask_widget(page, "Kan private barnehager delta?")
    citation = api_answer(page, app, "Kan private barnehager delta?")["citations"][0]
    link = bot.locator(".sources li").first.locator("a", has_text="Vis i dokumentet")
    assert link.get_attribute("target") == "_blank"
    link.focus()
    with page.context.expect_page() as opened:
        page.keyboard.press("Enter")
    view = opened.value
    view.wait_for_load_state()
    mark = view.locator("mark#sitat")
    assert mark.inner_text() == citation["quote"] and in_view(mark)
    assert view.locator("h1").inner_text() == citation["title"]
    screenshot(view, "document-view")
    assert axe_violations(view) == []


def test_the_conversation_survives_navigation_and_ny_samtale_starts_over(app, host_page, page):
    folder, origin = host_page
    name = embedding_page(folder, app, "samtale.html", starters=STARTERS)
    page.goto(f"{origin}/{name}")
    widget(page, ".launcher").click()
    starters = widget(page, ".starters button")
    assert starters.all_inner_texts() == STARTERS.split("|")
    starters.first.focus()
    page.keyboard.press("Enter")
    widget(page, ".feedback").last.wait_for(timeout=20000)
    answer = widget(page, ".msg.bot .bubble").last.inner_text()

    page.goto(f"{origin}/{name}")  # another page view on the same site: the conversation is still there
    assert widget(page, ".panel").evaluate("p => p.classList.contains('open')")
    assert widget(page, ".msg.user .bubble").all_inner_texts() == ["Kan private barnehager delta?"]
    assert widget(page, ".msg.bot .bubble").last.inner_text() == answer
    assert widget(page, ".sources li").count() >= 1 and widget(page, ".starters").count() == 0

    bot = ask_widget(page, "Kan de søke om tilskudd?")  # a follow-up still has the earlier turn as history
    assert widget(page, ".msg.user").count() == 2 and bot.is_visible()

    widget(page, "header .new").focus()
    page.keyboard.press("Enter")
    assert widget(page, ".msg").count() == 0 and widget(page, ".starters button").count() == 2
    page.reload()
    widget(page, ".launcher").wait_for()
    assert widget(page, ".msg").count() == 0


def test_the_nynorsk_interface_shows_no_bokmål_ui_string(app, host_page, page):
    folder, origin = host_page
    name = embedding_page(folder, app, "nynorsk.html", lang="nn", starters="Kan private barnehagar vere med?")
    page.goto(f"{origin}/{name}")
    widget(page, ".launcher").click()
    widget(page, ".starters button").click()
    widget(page, ".feedback").last.wait_for(timeout=20000)
    ask_widget(page, "Kva blir vêret i morgon?")
    widget(page, ".feedback button").first.click()  # opens the comment box too
    strings = page.evaluate("() => customElements.get('kompetanseloftet-chat').STRINGS")
    shown = page.evaluate(
        """() => {
          const root = document.createElement('div');
          for (const child of document.querySelector('kompetanseloftet-chat').shadowRoot.children) {
            if (child.tagName !== 'STYLE') root.append(child.cloneNode(true));
          }
          for (const quoted of root.querySelectorAll('.msg.user .bubble, .ref')) quoted.remove();  // the documents' own words
          const labels = [...root.querySelectorAll('*')].flatMap(n => ['aria-label', 'title', 'placeholder']
            .map(a => n.getAttribute(a) || ''));
          return [...root.querySelectorAll('*')].map(n => [...n.childNodes]
            .filter(c => c.nodeType === 3).map(c => c.textContent).join('')).concat(labels).join('\\n');
        }"""
    )
    bokmål_only = [text for key, text in strings["nb"].items() if text != strings["nn"][key] and "{" not in text]
    assert bokmål_only and [text for text in bokmål_only if text in shown] == []
    assert strings["nn"]["sources"] in shown and "Dokumenta om Kompetanseløftet svarar ikkje" in shown
    screenshot(page, "widget-nynorsk")


def test_exact_staff_search_lists_only_passages_with_the_word_and_copies_a_reference(app, page):
    page.goto(f"{app}/staff")
    page.locator("#publisher option").nth(1).wait_for(state="attached")
    page.fill("#q", "samarbeidsforum")
    page.keyboard.press("Enter")
    page.locator("#results li").first.wait_for()
    results = page.locator("#results li")
    assert results.count() >= 3
    for item in results.all():
        marked = item.locator(".text mark").all_inner_texts()
        assert marked and all(re.match(r"samarbeidsfor", w, re.I) for w in marked)
    assert "inneholder alle søkeordene" in page.locator("#search-status").inner_text()

    page.select_option("#publisher", "Statsforvalteren i Vestland")
    page.click("#search button[type=submit]")
    expect(page.locator("#results li")).to_have_count(1)
    first = page.locator("#results li").first
    assert "Statsforvalteren i Vestland" in first.inner_text() and "datert 03.02.2025" in first.inner_text()
    first.locator("button.copy").focus()
    page.keyboard.press("Enter")
    page.locator("#copy-status", has_text="Referansen er kopiert").wait_for()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == "Statsforvalteren i Vestland: «Rundskriv om tilskudd», datert 03.02.2025, avsnitt «Tildeling»"
    screenshot(page, "staff-exact-search")
    assert axe_violations(page) == []

    first.locator("a", has_text="Vis i dokumentet").click()
    page.locator("mark#sitat").wait_for()
    assert "samarbeidsforumet" in page.locator("mark#sitat").inner_text() and in_view(page.locator("mark#sitat"))


def test_a_staff_search_marks_a_page_that_may_be_outdated_and_can_leave_it_out(app, page):
    page.goto(f"{app}/staff")
    page.fill("#q", "kompetansemidlene")
    page.keyboard.press("Enter")
    expect(page.locator("#results li", has_text="kan være utdatert")).to_have_count(1)
    page.check("#current")
    page.click("#search button[type=submit]")
    page.locator("#search-status", has_text="Ingen").or_(page.locator("#results li").first).wait_for()
    expect(page.locator("#results li", has_text="kan være utdatert")).to_have_count(0)


def test_the_widget_with_an_answer_and_its_sources_has_no_wcag_violation_and_works_by_keyboard(app, page):
    page.goto(f"{app}/")
    widget(page, ".launcher").focus()
    page.keyboard.press("Enter")
    page.keyboard.type("Hvem melder behov?")
    page.keyboard.press("Enter")
    widget(page, ".feedback").last.wait_for(timeout=20000)
    assert focused_in_widget(page) == "textarea"
    badge = widget(page, ".bubble .badge").first
    badge.focus()
    page.keyboard.press("Enter")
    assert has_focus(widget(page, ".sources li").first)
    page.keyboard.press("Tab")  # from the source to its "Vis i dokumentet" link
    assert page.evaluate("() => document.querySelector('kompetanseloftet-chat').shadowRoot.activeElement.textContent"
                         ).startswith("Vis i dokumentet")
    assert axe_violations(page) == []
