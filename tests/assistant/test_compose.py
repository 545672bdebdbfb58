from assistant.compose import Unit, is_fact_box, is_fragment, quantities_said, repeats, stops_inside
from ingest.language import Analyzer


def test_the_labels_of_a_figure_are_a_fact_box_not_a_sentence_saying_what_someone_does():
    # a figure's labels ("UH-sektor" over "Stat") have the actor as their first word, but say nothing it does
    assert is_fact_box("UH-sektor\n\nStat")
    assert is_fact_box("Kontaktperson\nKari Nordmann")
    assert not is_fact_box("UH-sektoren er kompetansepartner for kommunene.")
    assert not is_fact_box("Statsforvalteren skal:\n• veilede kommunene\n• følge opp søknadene")


def test_a_short_line_without_its_stop_is_a_sentence_when_its_verb_says_something():
    # web pages often leave the stop off a short line ("Søknadsfrist er 15.september"): it still answers
    assert not is_fragment("Søknadsfrist er 15.september")
    assert not is_fragment("Fristen er 1. mars")
    assert is_fragment("Partner institution") and is_fragment("Regionale nettverk")
    assert is_fragment("Det er samarbeidsforum i")  # the saved text stops inside it


def test_a_sentence_the_saved_text_stops_inside_is_cut_but_a_closing_label_is_not():
    def last_unit_is_cut(text: str, last: str) -> bool:
        return stops_inside(text, text.index(last), len(text))

    assert last_unit_is_cut("Fristene følger fjorårets. Fristen for innstillinga frå Samarbei",
                            "Fristen for innstillinga frå Samarbei")  # runs on from a sentence on its line
    assert last_unit_is_cut("Om ordningen\n\nStatsforvalteren kan støtte og veilede kommunene i",
                            "Statsforvalteren kan støtte og veilede kommunene i")  # longer than a label
    assert not last_unit_is_cut("Om prosjektet\n\nPartner institution\nNTNU Social Research",
                                "Partner institution\nNTNU Social Research")
    # a short line is cut too where it stops inside a word or at one that runs on: a label does neither
    assert last_unit_is_cut("Ressurser\n\nStatped har i dag en r", "Statped har i dag en r")
    assert last_unit_is_cut("Ressurser\n\nDet er samarbeidsforum i", "Det er samarbeidsforum i")
    assert not last_unit_is_cut("Søknad\n\nSøknadsfrist er 15.september", "Søknadsfrist er 15.september")
    assert not last_unit_is_cut("Kontakt\n\nVitamin C", "Vitamin C")
    assert not last_unit_is_cut("Om ordningen\n\nStatsforvalteren kan støtte og veilede kommunene.",
                                "Statsforvalteren kan støtte og veilede kommunene.")


def test_what_narrows_the_focus_of_a_question_weighs_as_much_as_the_focus_however_common(tmp_path, embedder):
    from assistant.compose import asked_for, sought
    from tests.assistant.test_assistant import UNRELATED_SECTION, assistant_over

    assistant = assistant_over(tmp_path, embedder, {
        "a.txt": "Ordning A\n\nMålgruppen er lærere. Ordning A er et prosjekt i kompetanseløftet.\n\n" + UNRELATED_SECTION,
        "b.txt": "Om kompetanseløftet\n\nOrdning B er også et prosjekt i kompetanseløftet.\n\n" + UNRELATED_SECTION})

    def weights(question):
        query = assistant.understand(question, [])
        asked = asked_for(query, assistant.retrieve(query), assistant.retriever)
        return {s.concept.label: s.weight for s in sought(query.concepts, assistant.retriever, asked)}

    # "kompetanseløftet" is on every page, "målgruppen" on one: yet the question asks the target group of that one
    found = weights("Hvem er målgruppen for kompetanseløftet?")
    assert found["kompetanseløftet"] == found["målgruppen"]
    # "i prosjektet" points back at whatever project a page is about: no page is about one by its title
    found = weights("Hvem er målgruppen i prosjektet?")
    assert found["prosjektet"] < found["målgruppen"]


def test_a_broader_synonym_met_only_as_the_end_of_another_compound_names_another_kind():
    from assistant.compose import Sought
    from assistant.query import Concept

    concept = Concept("søknadsfristen", [["søknadsfrist"], ["frist"]], alternative_weights=[1.0, 0.9])
    deadline = Sought(concept, 1.0, ((frozenset({"søknadsfrist"}), 1.0), (frozenset({"frist"}), 0.9)), True)
    assert deadline.said_in({"rapporteringsfrist", "rapportering", "frist"}, {"rapporteringsfrist"}) == 0.0
    assert deadline.said_in({"frist", "dato"}, {"frist", "dato"}) == 0.9  # the broader word itself
    assert deadline.said_in({"søknadsfrist", "søknad", "frist"}, {"søknadsfrist"}) == 1.0
    # a narrower word asked about broadly ("frist") is met by any kind of it
    broad = Sought(Concept("fristen", [["frist"]]), 1.0, ((frozenset({"frist"}), 1.0),), True)
    assert broad.said_in({"rapporteringsfrist", "rapportering", "frist"}, {"rapporteringsfrist"}) > 0.5



def test_a_lead_in_with_nothing_quotable_after_it_sets_no_floor_for_the_sentences_that_answer(tmp_path, embedder):
    # the page's "Ordningen omfatter:" has lost its list (as a scraped page may): it matches the question best, but
    # cannot be quoted, so the sentences that can are weighed against each other, not against it
    from tests.assistant.test_assistant import assistant_over

    assistant = assistant_over(tmp_path, embedder, {"ordningen.txt": (
        "Om ordningen\n\nOrdningen skal bidra til kompetanse i skolene.\n\nMålgruppen er lærere og ansatte i "
        "PP-tjenesten i kommunene.\n\nOrdningen omfatter:\n\nRegional ordning og desentralisert ordning skal ses i "
        "sammenheng og bidra til kompetanseutvikling i skolene.\n\nKontaktpersoner\n\nLaster inn ...\n")})
    answer = assistant.answer("Hva omfatter ordningen?")
    assert "Regional ordning og desentralisert ordning" in answer.answer, answer.answer


def test_a_quantity_word_counts_the_word_after_it_not_a_part_of_that_words_compound():
    analyzer = Analyzer(["skole", "eier", "skoleeier"])  # words an index knows, so "skoleeiere" is split
    # "alle skoleeiere" counts owners: "Må hver skole …?" is not answered by what all school owners must do
    [(kind, counted)] = quantities_said("Det stilles krav til alle skoleeiere.", analyzer, "nb")
    assert kind == "quantity-all" and not set(analyzer.terms("skole", "nb")) & counted, counted


def test_a_heading_that_announces_how_something_is_done_is_a_fragment_however_long():
    assert is_fragment("Slik henviser du til PP-tjenesten")
    assert is_fragment("How to apply for the grant")
    assert not is_fragment("Slik er det også for private eiere.")


def test_a_sentence_repeats_one_that_says_all_its_words_unless_that_one_negates_it():
    def sentence(text: str, features: set[str]) -> Unit:
        return Unit(hit=None, rank=0, start=0, end=len(text), text=text, terms=set(), whole_terms=set(),
                    features=features)

    short = sentence("Kontakt med PP-tjenesten skal skje sammen med foreldrene.", {"rule"})
    fuller = sentence("Kontakt med PP-tjenesten fra skolen skal skje sammen med foreldrene.", {"rule", "who"})
    negated = sentence("Fra 2024 skal kontakt med PP-tjenesten ikke skje sammen med foreldrene.", {"rule", "negation"})
    assert repeats(short, fuller) and not repeats(fuller, short)
    assert not repeats(short, negated)  # the other's words besides say it does not hold

