"""The vocabulary files: well-formed, each entry of a stated kind, and none fitted to one document or gold item."""

import re
from pathlib import Path

import pytest

from evals.gold import load_gold
from ingest.language import SYNONYM_KINDS, VOCABULARY_DIR, Analyzer, VocabularyError, load_vocabulary
from tests.conftest import CORPUS


def entries() -> list[str]:
    vocabulary = load_vocabulary()
    terms = [t for _, group in vocabulary.synonyms for t in group]
    terms += [t for pair in vocabulary.english for t in pair] + [t for pair in vocabulary.nynorsk.items() for t in pair]
    return sorted(set(terms))


def test_every_file_parses_and_every_synonym_line_names_its_kind():
    vocabulary = load_vocabulary()
    assert vocabulary.synonyms and vocabulary.nynorsk and vocabulary.english and vocabulary.actors
    assert ("ere", ("ering", "asjon", "ant", "ator", "e")) in vocabulary.derivations
    assert {kind for kind, _ in vocabulary.synonyms} <= set(SYNONYM_KINDS)
    for name in ("synonyms.txt", "nynorsk.txt", "english.txt", "grammar.txt", "guard.txt", "months.txt",
                 "text-conventions.txt", "derivations.txt", "opposites.txt"):
        assert (VOCABULARY_DIR / name).read_text(encoding="utf-8").startswith("#"), f"{name} says what it holds"


def test_a_malformed_line_is_refused_with_its_file_and_line(tmp_path: Path):
    (tmp_path / "synonyms.txt").write_text("ppt, pp-tjeneste\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="synonyms.txt:1"):
        load_vocabulary(tmp_path)
    (tmp_path / "synonyms.txt").unlink()
    (tmp_path / "derivations.txt").write_text("ere: ering\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="derivations.txt:1"):
        load_vocabulary(tmp_path)


def test_a_deployment_extends_the_vocabulary_without_touching_code(tmp_path: Path):
    (tmp_path / "synonyms.txt").write_text("abbreviation: rtv, rikstrygdeverket\n", encoding="utf-8")
    vocabulary = load_vocabulary(tmp_path)
    assert ("abbreviation", ("rtv", "rikstrygdeverket")) in vocabulary.synonyms
    assert vocabulary.fingerprint != load_vocabulary().fingerprint


def test_no_entry_copies_a_phrase_of_three_or_more_words_from_a_document_or_a_question():
    texts = [p.read_text(encoding="utf-8").lower() for p in CORPUS.glob("*.txt")]
    texts += [item.question.lower() for item in load_gold("all")]
    for term in entries():
        if len(term.split()) >= 3:
            assert not any(re.search(rf"\b{re.escape(term)}\b", text) for text in texts), term


def test_no_entry_exists_only_to_match_one_gold_item():
    """An entry that only one gold question uses, and whose other side is a phrase of that item's quote,
    was written for the item, not for the domain."""
    analyzer = Analyzer()
    items = load_gold("all")
    question_lemmas = [set(analyzer.lemmas(item.question, "nb")) | set(analyzer.lemmas(item.question, "nn")) for item in items]
    vocabulary = load_vocabulary()
    groups = [group for _, group in vocabulary.synonyms] + [tuple(pair) for pair in vocabulary.english]
    for group in groups:
        for term in group:
            lemmas = set(analyzer.lemmas(term, "nb"))
            users = [item for item, asked in zip(items, question_lemmas) if lemmas and lemmas <= asked]
            if len(users) != 1:
                continue
            quotes = " ".join(users[0].gold_quotes).lower()
            others = [t for t in group if t != term and len(t.split()) >= 2]
            assert not any(t in quotes for t in others), (term, group, users[0].id)


def test_a_phrase_entry_matches_with_a_function_word_or_two_inside_it_but_not_across_content():
    from ingest.language import Analyzer, expand

    analyzer = Analyzer([])
    phrases = lambda question: list(expand(question, "nb", analyzer).phrases)  # noqa: E731
    assert "betale noe selv" in phrases("Må vi betale noe selv?") and "betale selv" in phrases("Må vi betale selv?")
    assert not any("selv" in p for p in phrases("Må vi betale lønna til lærerne selv?"))


def test_a_verb_and_its_preposition_are_a_phrase_where_the_question_strands_the_preposition_at_its_end(tmp_path):
    from ingest.language import Analyzer, expand, load_vocabulary

    (tmp_path / "synonyms.txt").write_text("paraphrase: bestå av, sammensetning\nparaphrase: bygge på, basert på\n",
                                          encoding="utf-8")
    analyzer = Analyzer([], load_vocabulary(tmp_path))
    phrases = lambda question: list(expand(question, "nb", analyzer).phrases)  # noqa: E731
    assert phrases("Hva består samarbeidsforumet av?") == ["består av"]
    assert phrases("Hva bygger den nye evalueringen på?") == ["bygger på"]
    assert not phrases("Hvem bygger skolen på Voss?")  # "på Voss" is a place: the preposition is not stranded


def test_a_phrase_that_opens_with_the_questions_verb_goes_on_after_the_subject(tmp_path):
    from assistant.query import build_query
    from ingest.language import Analyzer, expand, load_vocabulary

    (tmp_path / "synonyms.txt").write_text("paraphrase: tre i kraft, ikrafttredelse\n", encoding="utf-8")
    analyzer = Analyzer([], load_vocabulary(tmp_path))
    phrases = lambda question: list(expand(question, "nb", analyzer).phrases)  # noqa: E731
    assert phrases("Når trer retningslinjene i kraft?") == ["trer i kraft"]
    assert phrases("Trer de nye retningslinjene i kraft i år?") == ["trer i kraft"]
    # the subject is still asked about; a verb later in the question has no subject after it
    labels = [c.label for c in build_query("Når trer retningslinjene i kraft?", [], analyzer).concepts]
    assert "retningslinjene" in labels
    assert not phrases("Kan man tre inn i en kraftig rolle i kraft av vedtaket?")



def test_a_verb_and_its_particle_are_a_phrase_with_the_subject_between_them_and_only_said_with_the_particle(tmp_path):
    from ingest.language import Analyzer, expand, function_phrases_said, load_vocabulary

    (tmp_path / "synonyms.txt").write_text("paraphrase: gå ned, nedgang\n", encoding="utf-8")
    analyzer = Analyzer([], load_vocabulary(tmp_path))
    phrases = lambda question: list(expand(question, "nb", analyzer).phrases)  # noqa: E731
    assert phrases("Hvorfor gikk tilskuddet ned fra i fjor?") == ["gikk ned"]
    assert phrases("Hvorfor gikk tilskuddet ned?") == ["gikk ned"]
    # a sentence says the phrase where it says the particle too: "gikk" alone went somewhere else
    assert "gå ned" in function_phrases_said("Tallet på søknader gikk ned i fjor.", "nb", analyzer)
    assert not function_phrases_said("Tilskuddet gikk til færre prosjekter enn i fjor.", "nb", analyzer)


def test_a_phrase_that_several_entries_name_is_asked_about_once(tmp_path):
    from assistant.query import build_query
    from ingest.language import Analyzer, load_vocabulary

    (tmp_path / "synonyms.txt").write_text("domain-term: felles ordning, fellesordning\n", encoding="utf-8")
    (tmp_path / "english.txt").write_text("joint scheme = felles ordning\ncommon scheme = felles ordning\n",
                                          encoding="utf-8")
    analyzer = Analyzer([], load_vocabulary(tmp_path))
    query = build_query("Hvem betaler ut pengene i felles ordning?", [], analyzer)
    labels = [c.label for c in query.concepts]
    assert labels.count("felles ordning") == 1, labels  # each entry naming it must not weigh it once more
    phrase = next(c for c in query.concepts if c.label == "felles ordning")
    assert {"fellesordning"} <= {t for alt in phrase.alternatives for t in alt} and len(phrase.alternatives) >= 3


def test_a_norwegian_word_meets_the_english_of_its_synonyms_as_an_english_word_meets_the_norwegian_ones(tmp_path):
    from assistant.query import build_query
    from ingest.language import Analyzer, expand, load_vocabulary

    (tmp_path / "synonyms.txt").write_text("paraphrase: samarbeide, samarbeidspartner\n", encoding="utf-8")
    (tmp_path / "english.txt").write_text("partner institution = samarbeidspartner\n", encoding="utf-8")
    analyzer = Analyzer([], load_vocabulary(tmp_path))
    concept = build_query("Hvem samarbeider de med?", [], analyzer).concepts[0]
    weights = dict(zip(map(tuple, concept.alternatives), concept.alternative_weights))
    # two steps from the question, so it counts less than the synonym itself or a direct translation would
    assert 0 < weights[("partner", "institut")] < weights[("samarbeidspartner",)]
    english = expand("Who is the partner institution?", "en", analyzer).phrases["partner institution"]
    assert {"samarbeidspartner", "samarbeide"} <= {term for term, _ in english}


def test_a_particle_verb_in_the_vocabulary_meets_the_word_formal_text_joins(tmp_path):
    from ingest.language import Analyzer, expand, load_vocabulary

    (tmp_path / "english.txt").write_text("pay out = betale ut\n", encoding="utf-8")
    analyzer = Analyzer([], load_vocabulary(tmp_path))
    alternatives = expand("Who pays out the grant?", "en", analyzer).phrases["pays out"]
    assert ("utbetale", "nb") in alternatives  # "Tilskuddet utbetales av fylket"


def test_an_english_word_meets_its_translation_before_the_synonyms_of_that(tmp_path):
    from assistant.query import build_query
    from ingest.language import Analyzer, load_vocabulary

    (tmp_path / "english.txt").write_text("pay out = betale ut\n", encoding="utf-8")
    (tmp_path / "synonyms.txt").write_text("domain-term: betale ut, tildele\n", encoding="utf-8")
    analyzer = Analyzer([], load_vocabulary(tmp_path))
    concept = next(c for c in build_query("Who pays out the grant?", [], analyzer).concepts if c.label == "pays out")
    weights = dict(zip(map(tuple, concept.alternatives), concept.alternative_weights))
    assert 0 < weights[("tildel",)] < weights[("utbetal",)]  # "utbetales" says it; "tildeles" nearly does


def test_an_english_term_may_name_two_norwegian_ones_and_a_deployment_adds_a_meaning_without_replacing_one(tmp_path):
    from ingest.language import Analyzer, expand, load_vocabulary

    # "special needs education" is both the field (spesialpedagogikk) and the school's provision (spesialundervisning)
    (tmp_path / "english.txt").write_text("special needs education = spesialpedagogisk hjelp\n", encoding="utf-8")
    analyzer = Analyzer([], load_vocabulary(tmp_path))
    english = {t for t, _ in expand("Who decides on special needs education?", "en", analyzer).phrases[
        "special needs education"]}
    assert {"spesialundervisning", "spesialpedagogikk", "spesialpedagogisk hjelp"} <= english
    norwegian = expand("Hvem bestemmer om spesialundervisning?", "nb", analyzer).words["spesialundervisning"]
    assert ("special needs education", "en") in norwegian



def alternatives_of(question: str, label: str) -> list[list[str]]:
    """The ways a page may say a question's word (its concept's alternatives), with the default vocabulary."""
    from assistant.query import build_query
    from ingest.language import Analyzer

    return next(c for c in build_query(question, [], Analyzer([])).concepts if c.label == label).alternatives


def norwegian_terms(word: str) -> list[str]:
    from ingest.language import Analyzer

    return Analyzer([]).terms(word, "nb")


def test_a_plain_verb_meets_the_formal_one_public_pages_use():
    assert norwegian_terms("bistå") in alternatives_of("Hvem hjelper kommunene?", "hjelper")


def test_an_english_noun_of_working_together_meets_the_norwegian_noun():
    assert norwegian_terms("samarbeid") in alternatives_of("How does the cooperation work?", "cooperation")
    assert norwegian_terms("samarbeid") in alternatives_of("How does the collaboration work?", "collaboration")


def test_who_adopted_a_rule_meets_the_norwegian_verb_for_laying_it_down():
    assert norwegian_terms("fastsette") in alternatives_of("Who adopted the guidelines?", "adopted")


def test_english_words_of_evaluation_findings_meet_the_norwegian_ones():
    question = ("Is ownership lacking, are the partners vulnerable, which topics and has participation "
                "increased?")
    pairs = {"ownership": "eierskap", "vulnerable": "sårbar", "topics": "tema", "increased": "øke",
             "participation": "deltakelse"}
    for english, norwegian in pairs.items():
        assert norwegian_terms(norwegian) in alternatives_of(question, english), english


def test_an_english_preposition_is_a_function_word_where_its_norwegian_is_one():
    # "Can Statped help without an application?" had "without" as a topic no Norwegian page can say ("uten" is a
    # stopword there), which lowered every Norwegian sentence's share of the question
    stopwords = load_vocabulary().stopwords
    for norwegian, english in (("uten", "without"), ("med", "with"), ("etter", "after"), ("før", "before")):
        assert norwegian in stopwords["nb"] and english in stopwords["en"], (norwegian, english)


def test_english_words_of_a_scheme_s_set_up_meet_the_norwegian_ones():
    cases = [("What is Statped's new mandate?", "mandate", "mandat"),
             ("What are the main principles?", "principles", "prinsipp"),
             ("Which travel costs are covered?", "travel costs", "reiseutgifter"),
             ("Who pays for the assessment at Statped?", "assessment", "utredning"),
             ("When will the scheme be built up?", "built up", "bygge"),
             ("Is vocational education and training included?", "vocational education and training",
              "yrkesopplæring")]
    for question, label, norwegian in cases:
        found = [alternative for alternative in alternatives_of(question, label)
                 if set(norwegian_terms(norwegian)) <= set(alternative)]
        assert found, question
