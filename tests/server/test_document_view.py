"""The document view's page: headings, PDF page marks and a quoted span across paragraphs, all escaped."""

from ingest.documents import Chunk, DocumentMeta, Page
from server.document_view import DocumentPage, document_link, norwegian_date, reference

TEXT = "Rapport\n\nInnledning\n\nFørste avsnitt på side én.\n\nAndre avsnitt <i>står</i> på side to.\n\nSlutt."


def chunk(heading_path: list[str], start: int, end: int, page: int) -> Chunk:
    return Chunk(id=f"c{start}", document_id="rapporter/r1", title="Rapport", heading_path=heading_path,
                 text=TEXT[start:end], start=start, end=end, page=page, tokens=10, content_hash="x")


def view() -> DocumentPage:
    second = TEXT.index("Andre")
    return DocumentPage(
        "rapporter/r1", DocumentMeta(title="Rapport", publisher="Udir", kind="report", date="2024-04-08"), TEXT,
        [chunk(["Rapport", "Innledning"], TEXT.index("Første"), len(TEXT), 1)],
        [Page(1, 0, second), Page(2, second, len(TEXT))],
    )


def test_a_quote_across_two_paragraphs_is_marked_in_both_with_one_anchor_and_its_page():
    start, end = TEXT.index("side én"), TEXT.index(" på side to")
    html = view().render(start, end, "nb")
    assert html.count("<mark") == 2 and html.count('id="sitat"') == 1
    assert "Sitatet står på side 1." in html
    assert '<p class="page-mark" id="side-2">Side 2</p>' in html
    assert "&lt;i&gt;står&lt;/i&gt;" in html and "<i>" not in html
    assert '<h3 data-start="9">Innledning</h3>' in html  # a heading under the title


def test_reference_and_link_formats():
    meta = DocumentMeta(title="Rapport", publisher="Udir", date="2024-04-08")
    assert reference(meta, "Innledning", 2) == "Udir: «Rapport», datert 08.04.2024, avsnitt «Innledning», side 2"
    assert reference(DocumentMeta(title="Uten utgiver")) == "«Uten utgiver»"
    old = DocumentMeta(title="Midler", publisher="Fylkesmannen", date="2018-04-10", outdated=True)
    assert reference(old) == "Fylkesmannen: «Midler», datert 10.04.2018, kan være utdatert"
    assert reference(old, lang="nn") == "Fylkesmannen: «Midler», datert 10.04.2018, kan vere utdatert"
    assert document_link("a b/c", 3, 9, "nn") == "/documents/a%20b/c?start=3&end=9&lang=nn#sitat"
    assert document_link("a") == "/documents/a" and norwegian_date("mars 2024") == "mars 2024"
