"""Real files come in clean: any text encoding, HTML's main text with its tables, numbered rule headings."""

import pytest

from ingest.clean import clean, is_furniture
from ingest.load import RawText, load

TEXT = ("Tilskudd til kompetanseutvikling\n\nSøknadsfristen for behovsmelding er 1. mars. Eierne må søke før "
        "fristen, og støtten gis på lik linje til private og kommunale barnehager.\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be"])
def test_a_text_file_in_any_common_encoding_is_read_as_written(tmp_path, encoding):
    path = tmp_path / "rundskriv.txt"
    path.write_bytes(TEXT.encode(encoding))
    assert load(path, 10**7).pages[0] == TEXT


PAGE = """<html><head><title>Tilskudd 2024</title></head><body>
<header class="site-header"><a href="/">Forsiden</a> Meny Søk</header>
<nav><a>Barnehage</a><a>Skole</a></nav>
<div id="cookie-consent">Vi bruker informasjonskapsler for å forbedre nettstedet. Godta alle</div>
<main><article>
  <header><h1>Tilskudd til lokal kompetanseutvikling 2024</h1><p>Publisert 08.04.2024</p></header>
  <p>Eiere melder behov til statsforvalteren.<br>Fristen er felles for alle fylker.</p>
  <table><tr><th>Fylke</th><th>Frist</th><th>Ramme</th></tr>
         <tr><td>Oslo</td><td>1. mars</td><td>50 mill. kroner</td></tr></table>
</article></main>
<footer>Kontakt oss · Personvernerklæring · Tilgjengelighetserklæring</footer>
</body></html>"""


def test_an_html_page_keeps_its_article_and_table_rows_and_drops_site_furniture(tmp_path):
    path = tmp_path / "tilskudd.html"
    path.write_text(PAGE, encoding="utf-8")
    cleaned = clean(load(path, 10**7))
    text = cleaned.text
    assert "Oslo | 1. mars | 50 mill. kroner" in text and "Fylke | Frist | Ramme" in text
    assert "Eiere melder behov til statsforvalteren.\nFristen er felles for alle fylker." in text
    assert cleaned.headings[0].text == "Tilskudd til lokal kompetanseutvikling 2024" and "Publisert 08.04.2024" in text
    for furniture in ("Forsiden", "Barnehage", "informasjonskapsler", "Kontakt oss", "Personvern"):
        assert furniture not in text


def test_numbered_rule_headings_are_sections_with_their_levels():
    text = ("Forskrift om tilskudd\n\nKapittel 2 Tildeling av tilskudd\n\n§ 4 Hvem kan søke\n\n"
            "Eiere av barnehager og skoler kan søke.\n\n4.1 Krav til søknaden\n\nSøknaden skal være forankret.\n")
    headings = [(h.level, h.text) for h in clean(RawText(pages=[text])).headings]
    assert headings == [(1, "Forskrift om tilskudd"), (2, "Kapittel 2 Tildeling av tilskudd"), (3, "§ 4 Hvem kan søke"),
                        (3, "4.1 Krav til søknaden")]


def test_a_wrapped_pdf_line_that_goes_on_with_mer_om_is_body_text_not_a_link():
    page = "Fordelingen følger en nøkkel, og du kan lese\nmer om hvordan midlene fordeles i rundskrivet.\n\nMer om tilskudd"
    text = clean(RawText(pages=[page], is_pdf=True)).text
    assert text == "Fordelingen følger en nøkkel, og du kan lese mer om hvordan midlene fordeles i rundskrivet."
    assert is_furniture("Les mer om ordningen") and not is_furniture("mer om hvordan midlene fordeles")


def test_a_pdf_loses_its_running_head_foot_and_page_numbers_but_keeps_its_title_rules_and_table(tmp_path):
    from ingest.clean import clean
    from ingest.load import load
    from tests.ingest.pdfs import write_pdf

    body = "Tilskuddet fordeles av statsforvalteren etter at samarbeidsforumet har prioritert tiltakene. " * 3
    path = write_pdf(
        tmp_path / "forskrift.pdf",
        [
            [("h", "Forskrift om tilskudd"), ("p", body)],
            [("h", "§ 4 Tildeling"), ("p", body), ("t", "Frist | 1. mars"), ("t", "Rapport | 15. september")],
            [("h", "§ 5 Rapportering"), ("p", body)],
        ],
        head="Utdanningsdirektoratet · Forskrift om tilskudd 2024", foot="Side {page} av {pages}",
    )
    raw = load(path, 10_000_000)
    assert "Side 2 av 3" in raw.pages[1] and "Utdanningsdirektoratet" in raw.pages[1]  # in the PDF's text
    cleaned = clean(raw)
    assert "Utdanningsdirektoratet · Forskrift" not in cleaned.text and "Side 2 av" not in cleaned.text
    assert [h.text for h in cleaned.headings] == ["Forskrift om tilskudd", "§ 4 Tildeling", "§ 5 Rapportering"]
    rows = [line for line in cleaned.text.splitlines() if line.startswith(("Frist", "Rapport 15"))]
    assert rows == ["Frist 1. mars", "Rapport 15. september"]  # a row per line, its cells apart
    assert [p.number for p in cleaned.pages] == [1, 2, 3]
