"""What the language module reads from a question: its language."""

from ingest.language import detect_language


def test_a_nynorsk_question_is_told_from_bokmål_by_the_words_only_nynorsk_has():
    assert detect_language("Kven tek avgjerda om tildelinga i fylket?") == "nn"  # each word is in the bokmål lexicon
    assert detect_language("Kor mykje pengar fekk fylket?") == "nn"
    assert detect_language("Hvem tar avgjørelsen om tildelingen?") == "nb"
    assert detect_language("Hva er et kor?") == "nb"  # one word on each side of the bridge: bokmål, as the lexicon says
