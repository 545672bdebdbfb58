from assistant.query import says_phrase, verb_phrases
from ingest.language import Analyzer


def test_a_fronted_clause_of_time_or_cause_asserts_no_phrase_but_a_condition_does():
    analyzer = Analyzer([])
    who_decides = verb_phrases("Hvem fatter vedtak om tildeling?", analyzer, "nb")
    assert says_phrase("Statsforvalteren fatter vedtak om tildeling av midlene.", who_decides, analyzer, "nb")
    # "Før kommunen fatter vedtak om …, skal det …" says what must come first, not who decides
    assert not says_phrase("Før kommunen fatter vedtak om barnet har rett til hjelp, skal det foreligge en vurdering.",
                           who_decides, analyzer, "nb")
    # … while "Hva om …?" asks the condition itself
    what_if = verb_phrases("Hva skjer om tilskuddet er over 1 million kroner?", analyzer, "nb")
    assert says_phrase("Dersom tilskuddet er over 1 million kroner, vil inntil 50 prosent bli utbetalt.", what_if,
                       analyzer, "nb")


def test_norwegian_letters_spelled_as_two_are_read_as_the_letter():
    from assistant.query import corrected_spelling

    analyzer = Analyzer([])
    known = frozenset({"frist", "meld", "behov", "søk", "midl"})
    assert corrected_spelling("Hva er fristen for aa melde behov?", "nb", analyzer, known) == (
        "Hva er fristen for å melde behov?")
    assert corrected_spelling("Kan vi soeke paa midler?", "nb", analyzer, known) == "Kan vi søke på midler?"
    assert corrected_spelling("Hvor mange poeng får vi?", "nb", analyzer, known) == "Hvor mange poeng får vi?"


def test_a_question_typed_in_capitals_is_read_as_one_typed_in_lower_case():
    from ingest.language import unshouted

    assert unshouted("KVA ER STATPED?") == "kva er statped?"
    assert unshouted("Hva gjør PPT?") == "Hva gjør PPT?"
    assert unshouted("PPT?") == "PPT?"


def test_a_nynorsk_word_in_a_bokmal_question_meets_the_bokmal_word():
    from assistant.query import build_query

    concepts = {c.label: c for c in build_query("Hvem kan søke tilskot?", [], Analyzer([])).concepts}
    assert ["tilskudd"] in concepts["tilskot"].alternatives


def test_a_phrase_that_links_the_question_to_what_came_before_names_no_topic():
    from assistant.query import build_query

    labels = {c.label for c in build_query("Kan vi få midler, og i så fall hvem skal vi kontakte?", [],
                                           Analyzer([])).concepts}
    assert "fall" not in labels and {"midler", "kontakte"} <= labels, labels
    labels = {c.label for c in build_query("Hvem bestemmer til slutt hvilke tiltak som får penger?", [],
                                           Analyzer([])).concepts}
    assert "slutt" not in labels and "tiltak" in labels, labels


def test_the_scheme_by_its_kind_alone_is_the_subject_where_nothing_names_another():
    from assistant.query import subject_reference

    analyzer, known = Analyzer([]), frozenset({"kompetanseløft", "ordning"})

    def reference(question: str, subject: str = "Kompetanseløftet", indexed: frozenset[str] = known) -> str:
        return subject_reference(question, subject, analyzer, "nb", indexed)

    assert reference("Hvem har ansvar for ordningen?") == "ordningen"
    assert reference("Kven står bak satsinga?") == "satsinga"
    assert reference("When did the scheme start?") == "the scheme"
    assert not reference("Hvem har ansvar for den desentraliserte ordningen?")  # an adjective makes it another
    assert not reference("Når starta ordninga for yrkesfag?")  # … and so does a "for" of its own
    assert not reference("Hvem har ansvar for oppfølgingsordningen?")  # a name
    assert not reference("Hvem har ansvar for ordningen?", subject="")  # no subject set
    assert not reference("Hvem har ansvar for ordningen?", indexed=frozenset({"ordning"}))  # no page names it
