import re

import pytest

from ingest.clean import clean, is_furniture
from ingest.load import RawText, load
from ingest.sentences import is_fact_line, sentence_spans
from tests.conftest import CORPUS

DOCUMENTS = sorted(CORPUS.glob("*.txt"))
FURNITURE_SEEN = ["Fant du det du lette etter?", "0/250", "Tusen takk for hjelpen!", "Laster inn", "Bilde av to personer"]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_page_furniture_is_gone(path):
    text = clean(load(path, 10**7)).text
    for furniture in FURNITURE_SEEN:
        assert furniture not in text


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_no_content_word_is_lost_or_changed(path):
    source = path.read_text(encoding="utf-8")
    content_lines = [line for line in source.splitlines() if not is_furniture(squash(line))]
    expected = re.findall(r"\w+", "\n".join(content_lines))
    assert re.findall(r"\w+", clean(load(path, 10**7)).text) == expected


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_every_cleaned_sentence_occurs_verbatim_in_the_source(path):
    source = squash(path.read_text(encoding="utf-8"))
    text = clean(load(path, 10**7)).text
    for start, end in sentence_spans(text):
        assert squash(text[start:end]).removeprefix("• ") in source


def test_oslomet_accordion_questions_become_headings():
    cleaned = clean(load(CORPUS / "kompetanseloftet-partner-oslomet.txt", 10**7))
    headings = [h.text for h in cleaned.headings]
    assert "Hvordan melder du behov?" in headings
    assert "Hva er viktig for å lykkes?" in headings
    assert "Målgruppen er" not in headings  # a lead-in to a list, not a heading
    assert cleaned.headings[0].level == 1 and cleaned.headings[0].start == 0


def test_bullets_whitespace_and_soft_hyphens_are_normalised_without_touching_words():
    raw = RawText(pages=["Tittel\n\nMålet er at:\n  * første  punkt\n  – andre\u00a0punkt\n\u2022 kompetanse\u00adheving\n\n\n\nSlutt."])
    text = clean(raw).text
    assert text == "Tittel\n\nMålet er at:\n• første punkt\n• andre punkt\n• kompetanseheving\n\nSlutt."


def test_headings_are_found_in_plain_text_but_not_sentences_or_lead_ins():
    raw = RawText(pages=["Tittel på siden\n\nHvem kan delta\n\nPrivate barnehager kan delta.\n\nTiltakene består av\n\n• kurs"])
    headings = [h.text for h in clean(raw).headings]
    assert headings == ["Tittel på siden", "Hvem kan delta"]


@pytest.mark.parametrize("lead_in", ["Fylket gir veiledning til skoler når", "Fylket gir rettleiing dersom",
                                     "Vi gir veiledning hvis", "The county offers guidance when"])
def test_a_line_that_ends_in_a_conjunction_leads_into_its_list_and_heads_nothing(lead_in):
    raw = RawText(pages=[f"Veiledning\n\n{lead_in}\n\n• de har prøvd tiltak lokalt\n• de mangler kompetanse\n\n"
                         "Kontakt\n\nSkriv til oss."])
    headings = [h.text for h in clean(raw).headings]
    assert headings == ["Veiledning", "Kontakt"]


@pytest.mark.parametrize("lead_in", ["Ordningen for kompetanseutvikling inkluderer", "Tilskotsordninga omfattar",
                                     "Samarbeidet bidrar"])
def test_a_line_that_ends_in_its_verb_leads_into_its_list_and_heads_nothing(lead_in):
    raw = RawText(pages=[f"Ordningen\n\n{lead_in}\n\n• regional ordning\n• desentralisert ordning\n\n"
                         "Kontakt\n\nSkriv til oss."])
    headings = [h.text for h in clean(raw).headings]
    assert headings == ["Ordningen", "Kontakt"]


@pytest.mark.parametrize("label", ["Kommuner og fylkeskommuner", "Regionale kompetansenettverk", "Barnehager"])
def test_a_label_that_ends_in_a_plural_noun_still_heads_its_list(label):
    raw = RawText(pages=[f"Ordningen\n\nSom gjelder alle.\n\n{label}\n\n• Oslo\n• Bergen"])
    headings = [h.text for h in clean(raw).headings]
    assert headings == ["Ordningen", label]


def test_the_labels_of_lists_under_a_lead_in_are_not_headings_but_a_later_section_is():
    raw = RawText(pages=["Tildeling\n\nVi bruker kriterier fra to kilder:\n\nSkolebesøk\n\n• Fravær\n\n"
                         "Foreldreundersøkelsen\n\n• Trivsel\n\nTildelingen gjøres hvert år.\n\n"
                         "Klage\n\n• Klagen sendes fylket"])
    headings = [h.text for h in clean(raw).headings]
    assert headings == ["Tildeling", "Klage"]


def test_sentences_respect_abbreviations_and_split_glued_sentences():
    text = "Meld. St. 6 forutsatte roller. Statped vil overføre til kommunene.Offentlige eiere skal lære, jf. planen."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == [
        "Meld. St. 6 forutsatte roller.",
        "Statped vil overføre til kommunene.",
        "Offentlige eiere skal lære, jf. planen.",
    ]


def test_a_bill_or_a_committee_recommendation_cited_by_its_abbreviation_ends_no_sentence():
    # "Prop. 1 S (2016–2017)" and "Innst. 12 S" are cited as "Meld. St. 6" is: before, "… sektormålene i Prop." was
    # quoted as a sentence of its own
    text = "Midlene skal brukes til tiltak i Prop. 1 S (2016–2017). Se også Innst. 12 S om saken."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == ["Midlene skal brukes til tiltak i Prop. 1 S (2016–2017).", "Se også Innst. 12 S om saken."]


def test_a_middle_initial_in_a_name_ends_no_sentence_but_a_capital_letter_after_a_common_noun_does():
    text = "Prosjektet ledes av Per E. Garmannslund ved NLA. Skjemaet står i vedlegg B. Søknaden sendes inn."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == ["Prosjektet ledes av Per E. Garmannslund ved NLA.", "Skjemaet står i vedlegg B.",
                         "Søknaden sendes inn."]


def test_an_abbreviated_month_before_its_year_ends_no_sentence_but_before_a_capital_it_does():
    text = "Fristen er 4. sept. 2024. Neste møte er 1. des. Da velges nytt styre."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == ["Fristen er 4. sept. 2024.", "Neste møte er 1. des.", "Da velges nytt styre."]


def test_the_number_of_a_numbered_item_stays_with_its_item():
    text = "Kommunene velges i to grupper:\n1. 20 kommuner velges etter resultater.\n2) 5 kommuner velges av fylket."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == ["Kommunene velges i to grupper:", "1. 20 kommuner velges etter resultater.",
                         "2) 5 kommuner velges av fylket."]


def test_a_question_that_is_all_a_label_heads_is_its_text_but_one_under_the_title_heads_what_follows():
    raw = RawText(pages=["Leseprosjektet\n\nProsjektet varer i tre år.\n\nProblemstilling\n\n"
                         "Hvordan bruker lærerne lesekursene?\n\nKontakt\n\nSkriv til oss."])
    cleaned = clean(raw)
    assert [h.text for h in cleaned.headings] == ["Leseprosjektet", "Problemstilling", "Kontakt"]
    assert "Hvordan bruker lærerne lesekursene?" in cleaned.text
    raw = RawText(pages=["Ordningen\n\nHvem har ansvaret?\n\nDirektoratet\n\nDirektoratet fordeler midlene."])
    assert [h.text for h in clean(raw).headings] == ["Ordningen", "Hvem har ansvaret?", "Direktoratet"]


def test_a_list_toggle_is_furniture_but_a_sentence_about_showing_more_is_not():
    assert is_furniture("Vis mer") and is_furniture("Show more") and is_furniture("Se alle")
    assert not is_furniture("Vis mer omsorg for elevene.")


def test_a_photo_credit_is_dropped_with_a_caption_that_only_names_the_picture():
    raw = RawText(pages=["Tittel\n\nForumet i fylket\nForumet i fylket Foto: Statsforvalteren i fylket.\n\n"
                         "– Mye ligger foran oss, sier direktøren. Foto: Kari Nordmann\n\nForumet møtes to ganger i året."])
    text = clean(raw).text
    assert "Foto" not in text and "Kari Nordmann" not in text
    assert "Forumet i fylket" not in text  # the picture's alt text and its caption: no statement of the page's
    assert "Mye ligger foran oss, sier direktøren." in text and "Forumet møtes to ganger i året." in text


def test_a_caption_with_two_credits_goes_with_them():
    # a publishing platform credits the picture's owner and its photographer: "Kreditering: … Foto: …"
    raw = RawText(pages=["Tittel\n\nBarn i lek\nBarn i lek Kreditering: JLK Foto Foto: Jarle Løv-Kjeldås / JLK Foto."
                         "\n\nEiere kan nå melde behov."])
    assert clean(raw).text == "Tittel\n\nEiere kan nå melde behov."


def test_symbol_and_emoji_bullets_are_list_items_even_without_a_space():
    raw = RawText(pages=["Vår rolle\n\n◾️Fylket skal lede nettverket.\n▶ Kommunen skal melde behov.\n"
                         "-Skolene deltar i nettverket.\n■\n-3 grader i dag."])
    lines = clean(raw).text.split("\n")
    assert "• Fylket skal lede nettverket." in lines and "• Kommunen skal melde behov." in lines
    assert "• Skolene deltar i nettverket." in lines  # a dash glued to its item's capital, as regulations write
    assert "-3 grader i dag." in lines and "• " not in lines  # a minus sign and a lone symbol are no items


def test_a_label_with_a_figured_value_is_a_fact_line_not_a_heading():
    raw = RawText(pages=["Høring om nye retningslinjer\n\nDepartementet sender forslaget på høring.\n\n"
                         "Høringsfrist: 1.3.2025\n\nVår ref.: 24/1234\n\nBakgrunn\n\nOrdningen ble etablert i 2017."])
    cleaned = clean(raw)
    assert [h.text for h in cleaned.headings] == ["Høring om nye retningslinjer", "Bakgrunn"]
    assert "Høringsfrist: 1.3.2025" in cleaned.text
    assert is_fact_line("Søknadsfrist: 1. mars") and not is_fact_line("Kapittel 1: Mål for ordningen")


def test_a_label_among_fact_lines_is_a_fact_too_though_its_value_has_no_figure():
    raw = RawText(pages=["Høring om nye retningslinjer\n\nDepartementet sender forslaget på høring.\n\n"
                         "Status: Under behandling\n\nHøringsfrist: 1.3.2025\n\nBakgrunn\n\nOrdningen ble etablert.\n\n"
                         "Kapittel 2: Mål for ordningen\n\nOrdningen skal styrke kompetansen."])
    cleaned = clean(raw)
    # a run of "label: value" lines states facts; a lone one over body text heads its section
    assert [h.text for h in cleaned.headings] == [
        "Høring om nye retningslinjer", "Bakgrunn", "Kapittel 2: Mål for ordningen"]


def test_a_long_first_line_is_the_title_but_a_long_line_further_down_is_text():
    title = "Kompetanseplanen krever at kommunen ser barnehage, skole og støttetjenestene i sammenheng over flere år"
    raw = RawText(pages=[f"{title}\n\nKommunen lager planen sammen med høgskolen.\n\n"
                         "Planen skal vise hvordan barnehage, skole og PP-tjenesten arbeider sammen med høgskolen i året\n\n"
                         "Planen vedtas av kommunestyret."])
    assert [h.text for h in clean(raw).headings] == [title]


def test_a_footnote_number_a_pdf_glues_to_a_sentence_end_is_dropped_but_numbers_after_an_abbreviation_stay():
    raw = RawText(pages=["Rapport\n\nKommunene har bygget kompetanse på lokalt nivå.13 Neste steg er å spre den.\n\n"
                         "Tiltakene er godt forankret,4 og eierne deltar.\n\nSe kap.3 og nr.12 i vedlegget.\n\n"
                         "Andelen var 12,5 prosent. Møtet er kl.13 i dag."], is_pdf=True)
    text = clean(raw).text
    assert "på lokalt nivå. Neste steg er å spre den." in text
    assert "godt forankret, og eierne deltar." in text
    assert "Se kap.3 og nr.12 i vedlegget." in text and "Andelen var 12,5 prosent." in text
    assert "Møtet er kl.13 i dag." in text
    html = RawText(pages=["Side\n\nVersjon nivå.13 Neste."])  # only a PDF sets its footnotes so
    assert "nivå.13" in clean(html).text


def test_a_byline_names_who_wrote_the_page_and_heads_no_section():
    raw = RawText(pages=["Nytt om ordningen\n\nAv: Kari Nordmann, rådgiver\n\nKommunene har fått midler til kurs.\n\n"
                         "Tema: Samarbeid med høgskolen\n\nDet er viktig å samarbeide."])
    cleaned = clean(raw)
    assert [h.text for h in cleaned.headings] == ["Nytt om ordningen", "Tema: Samarbeid med høgskolen"]
    assert "Av: Kari Nordmann, rådgiver" in cleaned.text
    # a journal writes it without the colon: "Av" and a name
    from ingest.language import is_byline
    assert is_byline("Av Bjørg Mari Hannås") and is_byline("By Kari Nordmann")
    assert not is_byline("Av disse er to private") and not is_byline("Av Statped")


def test_a_feedback_box_s_thanks_is_furniture_but_a_sentence_that_thanks_for_feedback_is_not():
    # a capture keeps "Takk for din tilbakemelding!" after "Fant du det du lette etter?": it was quoted as an answer
    assert is_furniture("Takk for din tilbakemelding!") and is_furniture("Takk for tilbakemeldinga")
    assert not is_furniture("Takk for din tilbakemelding på høringsutkastet, som vi har lagt vekt på.")


def test_a_skip_link_and_a_page_counter_of_a_web_capture_are_furniture():
    raw = RawText(pages=["Til hovedinnhold\n\nOrdningen\n\nHva er ordningen?\n\nOrdningen gir tilskudd til kurs.\n\n"
                         "Side 2 av 5\n\nOrdningen varer i fem år.\n\nSkip to main content\n\nPage 3 of 5"])
    cleaned = clean(raw)
    assert [h.text for h in cleaned.headings] == ["Ordningen", "Hva er ordningen?"]
    for furniture in ("Til hovedinnhold", "Side 2 av 5", "Skip to main content", "Page 3 of 5"):
        assert furniture not in cleaned.text


def test_the_name_and_title_under_a_contact_label_are_its_value_not_headings():
    # a page's contact cards: "Kontaktperson – X:" over a name over a title, one line each
    raw = RawText(pages=["Lokal kompetanseutvikling\n\nOrdningane har tre delar.\n\nKontaktpersonar\n\n"
                         "Hovudkontaktperson:\n\nKari Nordmann\n\nProgramansvarleg regional kompetanseutvikling\n\n"
                         "Kontaktperson – kompetanseløftet:\n\nOla Nordmann\n\nAdministrativ kontaktperson for "
                         "kompetanseløftet\n\nBakgrunn for ordningane\n\nOrdningane vart forskriftsfesta i 2021.\n"])
    cleaned = clean(raw)
    assert [h.text for h in cleaned.headings] == ["Lokal kompetanseutvikling", "Kontaktpersonar",
                                                   "Bakgrunn for ordningane"]
    assert "Ola Nordmann" in cleaned.text and "Programansvarleg regional kompetanseutvikling" in cleaned.text


def test_a_sites_skip_links_and_sign_in_link_are_furniture():
    # a municipal site's header: "Hopp til søkeboks" heads nothing, "Logg på" is no text of the page
    raw = RawText(pages=["Hopp til hovedinnhold\nHopp til søkeboks\nHopp over båndkommandoer\nLogg på\n\n"
                         "Henvisning\n\nForeldre kan henvise direkte.\n\nSkip navigation\nSign in\n"])
    cleaned = clean(raw)
    assert [h.text for h in cleaned.headings] == ["Henvisning"]
    for furniture in ("Hopp til søkeboks", "Hopp over båndkommandoer", "Logg på", "Skip navigation", "Sign in"):
        assert furniture not in cleaned.text


def test_an_image_description_a_site_generated_is_furniture_with_or_without_its_full_stop():
    assert is_furniture("Image may contain: Computer, Personal computer, Furniture, Table, Laptop.")
    assert is_furniture("Bildet kan inneholde: to personer ved et bord")
    assert is_furniture("Bilde av to personer.")
    assert not is_furniture("Bildet viser hvordan kommunene melder behov. Det er laget av Udir.")


def test_a_feedback_widgets_question_is_furniture_in_all_three_languages():
    # text-conventions.txt furniture-line: "Fann du det du leitte etter?" is nynorsk pages' "Fant du …"
    for line in ("Fant du det du lette etter?", "Fann du det du leitte etter?",
                 "Did you find what you were looking for?"):
        assert is_furniture(line), line
    assert not is_furniture("Evalueringen fann at partnerskapa fungerer best med aktiv leiing.")


@pytest.mark.parametrize("notice", [
    "Dette innholdet er mer enn ett år gammelt. Informasjonen kan derfor være utdatert.",
    "Dette innhaldet er meir enn eitt år gammalt. Informasjonen kan derfor vere utdatert.",
    "Dette innholdet er skrevet før 2019 da antall fylkesmannsembeter gikk fra 16 til 10. Informasjonen kan være "
    "utdatert.",
    "This content is more than a year old. The information may therefore be outdated.",
])
def test_a_page_that_says_its_information_may_be_outdated_is_marked_so_and_the_notice_is_no_content(notice):
    raw = RawText(pages=[f"Kompetansemidler\n\nSøknadsfrist er 4. mai 2018.\n\n{notice}\n\nPublisert 10.04.2018\n\n"
                         "Fylkesmannen forvalter midlene."])
    cleaned = clean(raw)
    assert cleaned.outdated
    assert "utdatert" not in cleaned.text and "outdated" not in cleaned.text
    assert "Søknadsfrist er 4. mai 2018." in cleaned.text and "Fylkesmannen forvalter midlene." in cleaned.text


def test_a_sentence_about_outdated_information_in_the_body_of_a_page_is_content():
    raw = RawText(pages=["Rapport\n\nMange kommuner melder at informasjonen om ordningen på egne nettsider kan være "
                         "utdatert, og at de ønsker bedre rutiner for å holde den oppdatert. Det gjelder særlig "
                         "mindre kommuner.\n\nTiltakene skal planlegges sammen med UH."])
    cleaned = clean(raw)
    assert not cleaned.outdated and "kan være utdatert" in cleaned.text


def test_a_value_under_its_label_in_a_fact_box_is_no_heading():
    # "Søknadsfrist:" / "04.05.2018 23:00:00" / "Ansvarlig:" / "Fylkesmannen i Hordaland": a grant page's fact box
    raw = RawText(pages=["Kompetansemidler\n\nMidlene kan søkes av barnehageeiere.\n\nSøknadsfrist:\n04.05.2018 23:00:00\n"
                         "Målgruppe:\nBarnehageeiere\nAnsvarlig:\nFylkesmannen i Hordaland\nRapporteringsfrist:\n"
                         "31.12.2018 00:00:00"])
    assert [h.text for h in clean(raw).headings] == ["Kompetansemidler"]



def test_a_line_that_gives_a_date_and_what_happens_then_is_no_heading():
    # a page's key dates: "1. mars: Søknadsfrist …" opens with a day, not with a section number
    raw = RawText(pages=["Videreutdanning\n\nViktige datoer i 2017\n\n1. februar: Søknadsskjema tilgjengelig på udir.no\n\n"
                         "1. mars: Søknadsfrist for ansatte og ledere\n\nOktober/november: Utbetaling av midler\n\n"
                         "2. Hvem kan søke\n\nAlle ansatte kan søke."])
    assert [h.text for h in clean(raw).headings] == ["Videreutdanning", "Viktige datoer i 2017", "2. Hvem kan søke"]


def test_a_statement_that_gives_a_day_without_its_full_stop_is_text_not_a_heading():
    # "Søknadsfrist er 15.september" over the next paragraph states the deadline; "Frister i 2024" names a section
    raw = RawText(pages=["Kompetansemidler\n\nEiere kan søke om midler.\n\nSøknadsfrist er 15.september\n\n"
                         "Du finner søknadsskjemaet i margen.\n\nFrister i 2024\n\nBehov meldes i februar."])
    cleaned = clean(raw)
    assert [h.text for h in cleaned.headings] == ["Kompetansemidler", "Frister i 2024"]
    assert "Søknadsfrist er 15.september" in cleaned.text


def test_a_day_opening_a_line_is_no_list_items_number():
    from ingest.sentences import is_list_item

    assert is_list_item("1. 30 kommuner identifiseres.") and is_list_item("2) Kommunen melder behov.")
    assert not is_list_item("1. mars: Søknadsfrist for ansatte") and not is_list_item("15. mars: Frist for kommunene")


def test_a_table_of_contents_is_dropped_as_navigation_but_its_sections_are_kept():
    raw = RawText(pages=["Føringer\n\nInnhold\n\nInnledning ... 3\nMandat ... 7\n2.1 Medlemmer ........ 8\n"
                         "Kompetansenettverk… 9\n\nInnledning\n\nKompetanseutvikling er viktig for kvaliteten.\n\n"
                         "Mandat\n\nForumet gir en årlig innstilling."])
    cleaned = clean(raw)
    assert "... 3" not in cleaned.text and "… 9" not in cleaned.text and "........" not in cleaned.text
    assert [h.text for h in cleaned.headings][-2:] == ["Innledning", "Mandat"]
    assert "Kompetanseutvikling er viktig for kvaliteten." in cleaned.text


def test_a_line_of_digits_alone_heads_nothing_but_a_year_may():
    # a web capture's counters ("2,393" views) sit where a heading would
    raw = RawText(pages=["2,393\n\nViews\n\nSamarbeid om inkludering\n\nPP-tjenesten samarbeider med skolene.\n\n"
                         "2022\n\nTilskuddet ble fordelt i mai."])
    titles = [h.text for h in clean(raw).headings]
    assert "2,393" not in titles and "2022" in titles, titles


def test_an_advertisement_label_and_a_stamp_without_its_date_are_furniture():
    raw = RawText(pages=["Annonse\nTidsskriftet: Skolebladet\n\nKvalitet i skolen\n\nAv Kari Nordmann\n\nPublisert:\n\n"
                         "Artikkelen handler om kvalitet i skolen."])
    cleaned = clean(raw)
    assert "Annonse" not in cleaned.text and "Publisert" not in cleaned.text, cleaned.text
    assert "Av Kari Nordmann" in cleaned.text and "Annonse" not in [h.text for h in cleaned.headings]


def test_a_numbered_line_the_next_number_follows_is_an_item_of_a_list_not_a_heading():
    # "1. Videoer …" right above "2. Tekst …" counts items; "3 Tiltak" above body text numbers a section
    raw = RawText(pages=["Ressursen\n\nRessursen har tre typer innhold\n\n1. Videoer med forelesninger\n"
                         "2. Tekst som introduserer bidragene\n3. Dokumenter med spørsmål\n\n3 Tiltak\n\n"
                         "Kommunene velger tiltak selv."])
    cleaned = clean(raw)
    assert [h.text for h in cleaned.headings if h.text[0].isdigit()] == ["3 Tiltak"]
    assert "1. Videoer med forelesninger" in cleaned.text


def test_a_line_of_nothing_but_peoples_names_heads_no_section():
    # a report's authors under its title ("Bent-Cato Hustad, Berit Lødding og Robin Ulriksen") sign it
    raw = RawText(pages=["Fulltekst\n\n(1)\n\nSystemorientering gjennom kompetanseutvikling?\n\nFørste delrapport fra "
                         "evalueringen av strategien for etter- og videreutdanning i Lesesatsingen\n\n"
                         "Kari Nordmann, Per Hansen, Ola Dahl og Anne-Lise Berg\n\n"
                         "Rapport 2016:24\n\n(2)\n\nRapport 2016:24\n\nUtgitt av NIFU.\n\nForord\n\nDette er den "
                         "første rapporten."])
    assert "Kari Nordmann, Per Hansen, Ola Dahl og Anne-Lise Berg" not in [h.text for h in clean(raw).headings]


@pytest.mark.parametrize("trail", [" 1. Hjem\n 2. /\n 3. Kompetanseløftet spes.ped.", "• Forside\n• Barnehage\n• Tilskudd",
                                   "1. Home\n2. >\n3. Grants"])
def test_a_breadcrumb_trail_from_the_home_page_is_furniture(trail):
    # a scraped page keeps the path to it ("Hjem / … / this page") as a short list: it says nothing, and quoted as
    # a list it answered "Kva meiner ein med inkluderande praksis?"
    raw = RawText(pages=[f"Kompetanseløftet\n\n{trail}\n\nAlle kommuner skal gjennomføre kompetanseløftet.\n\n"
                         "Tema\n\n1. Psykisk helse.\n2. Atferd."])
    cleaned = clean(raw)
    assert "Hjem" not in cleaned.text and "Forside" not in cleaned.text and "Home" not in cleaned.text
    assert "Alle kommuner skal" in cleaned.text and "1. Psykisk helse." in cleaned.text  # a real list stays
