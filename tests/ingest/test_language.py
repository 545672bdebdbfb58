"""What the language module reads from a question: its language."""

from ingest.language import detect_language


def test_a_nynorsk_question_is_told_from_bokmål_by_the_words_only_nynorsk_has():
    assert detect_language("Kven tek avgjerda om tildelinga i fylket?") == "nn"  # each word is in the bokmål lexicon
    assert detect_language("Kor mykje pengar fekk fylket?") == "nn"
    assert detect_language("Hvem tar avgjørelsen om tildelingen?") == "nb"
    assert detect_language("Hva er et kor?") == "nb"  # one word on each side of the bridge: bokmål, as the lexicon says


def test_a_question_word_no_page_writes_alone_meets_the_compounds_it_begins():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    index = frozenset({"datagrunnlag", "grunnlag", "databas", "datamaskin", "søknadsfrist", "frist", "dato"})
    # the rest must be a term of the index too: "datamaskin" is no compound of "data" here, nor "dato" of anything
    assert analyzer.compounds_beginning_with("data", "nb", index) == ["datagrunnlag"]
    # with a linking -s-, from the word's lemma
    assert analyzer.compounds_beginning_with("søknader", "nb", index) == ["søknadsfrist"]
    assert analyzer.compounds_beginning_with("dat", "nb", index) == []  # too short to be a compound's part
