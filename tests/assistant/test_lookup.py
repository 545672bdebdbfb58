"""How the staff's exact search reads what a case officer types."""

from assistant.lookup import ExactQuery, parse

STOP = frozenset({"og", "i", "hvem"})


def test_quoted_phrases_in_any_quotation_marks_and_the_other_words():
    assert parse('samarbeidsforum "prioritere  tiltak" og «lokal kompetanseutvikling»', STOP) == ExactQuery(
        ("samarbeidsforum",), ("prioritere tiltak", "lokal kompetanseutvikling"))


def test_stopwords_count_only_when_nothing_else_is_asked():
    assert parse("Hvem i Statped", STOP).words == ("statped",)
    assert parse("hvem", STOP).words == ("hvem",)
    assert not parse('""  ', STOP)
