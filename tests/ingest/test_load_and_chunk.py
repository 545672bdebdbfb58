import pytest

from ingest.chunk import Budget, chunk_document, count_tokens
from ingest.clean import clean
from ingest.documents import Document, DocumentMeta, Skipped
from ingest.load import load
from tests.conftest import CORPUS
from tests.ingest.pdfs import write_pdf

LONG = (
    "Tilskuddsmidlene kan brukes til kollektive kompetansetiltak for målgruppen, både på barnehage- og skolenivå "
    "og på kommunalt nivå. Det er mulig å bruke noe av midlene i startfasen til vurdering av behov og planlegging "
    "av tiltak. "
)


def chunks_of(path, max_tokens=180):
    cleaned = clean(load(path, 10**7))
    document = Document(path.stem, str(path), DocumentMeta(title="T"), cleaned.text, cleaned.pages)
    return cleaned, chunk_document(document, cleaned, Budget(max_tokens), "v1")


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_chunks_fit_the_budget_and_point_exactly_into_the_cleaned_text(path):
    cleaned, chunks = chunks_of(path)
    assert chunks
    for chunk in chunks:
        assert chunk.tokens == count_tokens(chunk.text) <= 180
        assert cleaned.text[chunk.start : chunk.end] == chunk.text
        assert chunk.heading_path and chunk.content_hash
    assert len({c.id for c in chunks}) == len(chunks)


def test_with_the_embedders_budget_the_embedder_reads_every_chunk_whole_and_no_text_is_lost(embedder):
    from ingest.store import lexical_text

    count, _ = embedder.word_pieces
    path = CORPUS / "kompetanseloftet-om-ordningen.txt"
    cleaned = clean(load(path, 10**7))
    document = Document(path.stem, str(path), DocumentMeta(title="T"), cleaned.text, cleaned.pages)
    loose = chunk_document(document, cleaned, Budget(180), "v1")
    assert max(count(lexical_text(c)) for c in loose) > 60  # the budget below has work to do
    chunks = chunk_document(document, cleaned, Budget(180, count, 60), "v1")
    assert len(chunks) > len(loose)
    assert all(count(lexical_text(c)) <= 60 for c in chunks)
    letters = lambda cs: "".join("".join(c.text.split()) for c in cs)  # noqa: E731
    assert letters(chunks) == letters(loose)  # the same text, cut finer


def test_the_embedder_counts_its_own_word_pieces_within_what_it_reads(embedder):
    count, room = embedder.word_pieces
    assert room == embedder.settings.embedding_max_seq_length - 2  # [CLS] and [SEP]
    assert count("kompetanseløftet") > 1  # an English word-piece vocabulary cuts Norwegian words up


def test_a_lead_in_stays_with_its_list_and_the_heading_path_is_kept():
    _, chunks = chunks_of(CORPUS / "kompetanseloftet-partner-oslomet.txt")
    chunk = next(c for c in chunks if "Kompetanseløftet består av" in c.text)
    assert "• videreutdanningstilbud i spesialpedagogikk" in chunk.text
    assert chunk.heading_path[-1] == "Hva er Kompetanseløftet for spesialpedagogikk og inkluderende praksis?"


def test_a_list_whose_items_are_paragraphs_is_not_cut_before_its_last_item(tmp_path):
    items = "\n\n".join(f"- Tiltak nummer {n} for barnehager og skoler i regionen" for n in range(1, 9))
    opening = "Kommunene har meldt behov for kompetanse. " * 10
    path = tmp_path / "tiltak.txt"
    path.write_text(f"Tiltak\n\n{opening}\n\nDette kan midlene brukes til:\n\n{items}\n", encoding="utf-8")
    _, chunks = chunks_of(path)
    listed = [c for c in chunks if "Tiltak nummer" in c.text]
    assert len(listed) == 1  # the lead-in and all eight items travel together, so the list is quoted whole
    assert "Dette kan midlene brukes til:" in listed[0].text and "Tiltak nummer 8" in listed[0].text


def test_multi_page_pdf_keeps_page_numbers_and_headings(tmp_path):
    path = write_pdf(
        tmp_path / "rundskriv.pdf",
        [
            [("h", "Rundskriv om tilskudd"), ("p", LONG * 3)],
            [("h", "Hvem kan søke"), ("p", "Private barnehager og friskoler kan delta i tiltakene. " * 4)],
            [("h", "Rapportering"), ("p", "Statsforvalteren skal rapportere om bruken av midlene. " * 4)],
        ],
        title="Rundskriv 2024",
    )
    cleaned, chunks = chunks_of(path, max_tokens=60)
    assert [p.number for p in cleaned.pages] == [1, 2, 3]
    assert [h.text for h in cleaned.headings] == ["Rundskriv om tilskudd", "Hvem kan søke", "Rapportering"]
    by_page = {c.page for c in chunks}
    assert by_page == {1, 2, 3}
    friskoler = next(c for c in chunks if "friskoler" in c.text)
    assert friskoler.page == 2 and friskoler.heading_path[-1] == "Hvem kan søke"
    assert "kommunalt nivå. Det er mulig" in cleaned.text  # wrapped lines are joined back into sentences


def test_html_keeps_headings_and_drops_scripts(tmp_path):
    path = tmp_path / "side.html"
    path.write_text(
        "<html><head><title>Om ordningen</title><script>alert(1)</script></head><body>"
        "<nav>Meny</nav><h2>Hvem kan delta?</h2><p>Private barnehager kan delta.</p>"
        "<ul><li>kommuner</li><li>fylkeskommuner</li></ul></body></html>",
        encoding="utf-8",
    )
    cleaned = clean(load(path, 10**7))
    assert [h.text for h in cleaned.headings] == ["Om ordningen", "Hvem kan delta?"]
    assert "alert" not in cleaned.text and "Meny" not in cleaned.text
    assert "• kommuner\n• fylkeskommuner" in cleaned.text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("tom.txt", b"", "empty file"),
        ("bilde.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
        ("notat.docx", b"PK\x03\x04", "unsupported file type"),
        ("brudd.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "corrupt PDF"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(Skipped, match=reason):
        load(path, 10**7)


def test_encrypted_and_oversized_files_are_refused(tmp_path):
    locked = write_pdf(tmp_path / "låst.pdf", [[("p", LONG)]], password="hemmelig")
    with pytest.raises(Skipped, match="encrypted PDF"):
        load(locked, 10**7)
    big = tmp_path / "stor.txt"
    big.write_text(LONG * 100, encoding="utf-8")
    with pytest.raises(Skipped, match="over the .* limit"):
        load(big, 1000)


def test_a_statement_without_its_full_stop_that_heads_nothing_stays_in_a_passage_but_a_label_stays_a_heading(
        tmp_path):
    path = tmp_path / "forum.txt"
    path.write_text("Forumet i fylket\n\nForumet gir råd om fordelingen av midlene.\n\n• Kommunene\n• KS\n\n"
                    "Fylkesmannen leier og koordinerer forumet\n\nRegionene\n\nFylket har tre regioner.\n\n"
                    "Regionale kontaktpersoner\n\nLenker\n\nSe også direktoratets sider.\n", encoding="utf-8")
    cleaned, chunks = chunks_of(path)
    assert [h.text for h in cleaned.headings] == ["Forumet i fylket", "Regionene", "Regionale kontaktpersoner",
                                                  "Lenker"]
    assert any("Fylkesmannen leier og koordinerer forumet" in chunk.text for chunk in chunks)


def test_a_statement_that_heads_nothing_right_under_the_title_is_the_pages_lead_not_a_lost_heading(tmp_path):
    path = tmp_path / "rapport.txt"
    path.write_text("Sluttrapport fra evalueringen\n\nSatsingen ga et løft for samarbeid – men færre endringer i "
                    "praksis\n\nHovedfunn\n\nSamarbeidet er styrket.\n", encoding="utf-8")
    cleaned, chunks = chunks_of(path)
    # it heads no passage, and so was in none: the next heading took its place
    assert [h.text for h in cleaned.headings] == ["Sluttrapport fra evalueringen", "Hovedfunn"]
    assert any("Satsingen ga et løft for samarbeid" in chunk.text for chunk in chunks)


def test_a_table_of_dates_each_over_its_label_heads_nothing_and_stays_in_the_passages(tmp_path):
    path = tmp_path / "utlysning.txt"
    path.write_text("Senter for forskning\n\nViktige datoer\n\n03 Feb 2021\n\nUtlysningen åpner\n\n17. mars 2021\n\n"
                    "Søknadsfrist for senteret\n\n30.09.2026\n\nSiste mulige prosjektslutt\n\nOm utlysningen\n\n"
                    "Formålet er å etablere et senter.\n", encoding="utf-8")
    cleaned, chunks = chunks_of(path)
    # each date would head its own label, and the label the next date: lines of no passage
    assert [h.text for h in cleaned.headings] == ["Senter for forskning", "Viktige datoer", "Om utlysningen"]
    assert any("17. mars 2021\n\nSøknadsfrist for senteret" in chunk.text for chunk in chunks)


def test_a_document_viewers_page_marks_are_furniture(tmp_path):
    path = tmp_path / "rapport.txt"
    path.write_text("Delrapport 1 om leseløftet\n\nFulltekst\n\n(1)\n\nDelrapport 1 om leseløftet\n\nRapport 2016:24\n\n"
                    "(2)\n(3)\n\nUtgitt av Instituttet for lesing. Datagrunnlaget er intervjuer (se kapittel 2).\n",
                    encoding="utf-8")
    _, chunks = chunks_of(path)
    lines = [line for chunk in chunks for line in chunk.text.splitlines()]
    assert "(1)" not in lines and "(2)" not in lines and "(3)" not in lines, lines
    assert any("(se kapittel 2)" in line for line in lines)
