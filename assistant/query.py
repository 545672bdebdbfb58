"""From a question (and the conversation) to weighted concepts that retrieval and composition score.

A concept is one thing the user asked about, with its alternative phrasings: the word's stem and lemma,
the domain's synonyms, the bokmål for a nynorsk word, the Norwegian for an English term, the English for
a Norwegian one. A document matches a concept through any one alternative. What the words mean lives in
the language module and its vocabulary files (ingest/language.py, ingest/vocabulary/).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.guard import is_fixed_reply
from ingest.grammar import Grammar
from ingest.language import (ENGLISH_OF_SYNONYM, LINKING, NORWEGIAN_SYNONYM, Analyzer, Expansion, Vocabulary,
                             action_asked, actors_asked_about, actors_named, acts_asked, analysis_language,
                             asking_sentence, asks_for_names, asks_how_long, asks_how_long_it_lasts,
                             asks_when_it_happened, cleft_actor_asked, content_words, counted_noun, detect_language,
                             expand, frame_of, hyphenated_names, in_dictionary, is_follow_up, is_own_clause,
                             is_particle_phrase, is_plural_noun, joined_particle_verbs, linking_words, measure_words,
                             named_noun, names_in, normalise_language, norwegian_spelling, nynorsk_only,
                             opposite_qualities, phrase_term, qualities_asked, question_clause, question_types,
                             schemes_named, specified_noun, stem, stranded_preposition, subject_asked, truecased,
                             unshouted, verb_asked, without_request, words)

NEAR_PREFIX = 6
# the one a cleft names ("Er det kommunen som …?"): who does the act is asked, not only whether they do
CLEFT_ACTOR_WEIGHT = 0.5
# How much a match through an alternative counts, against the word as written (1.0).
SYNONYM_WEIGHT = 0.9  # a synonym or abbreviation from the vocabulary, or an English question's Norwegian
OTHER_LANGUAGE_WEIGHT = 0.5  # a Norwegian question's English: a page in another language is a weaker match
TWO_STEP_WEIGHT = OTHER_LANGUAGE_WEIGHT * SYNONYM_WEIGHT  # the English of a synonym: two steps from what was asked
NEAR_WEIGHT = 0.5  # an indexed word that only shares a long prefix
DERIVED_WEIGHT = 0.8  # the noun made of an asked verb, or the other way round ("fordeles" / "fordelingen")
VERB_WITHOUT_PARTICLE_WEIGHT = 0.3  # a sentence's "gikk" where "gikk ned" was asked
# an indexed compound that begins with a word no document writes alone ("data" in "datagrunnlaget"): as much as
# the index's own split counts when the corpus does write it (compose.PART_CREDIT)
COMPOUND_WEIGHT = 0.9
MAX_COMPOUNDS = 5
COGNATE_PREFIX = 5  # "modell"/"model", "individuell"/"individual", "strategi"/"strategy"
COGNATE_SHARE = 0.7  # of the shorter word's letters: "strategi"/"strategy", not "kompleks"/"komplianc"
COGNATE_LENGTH = 0.6  # of a Norwegian word's letters, its English cognate's: "faktor"/"factor"; no "partnerskapsmodell"
NAME_WEIGHT = 1.5  # a name the question is about ("OECD", "Nordland") anchors it more than a common word
CONTEXT_WEIGHT = 0.6  # the previous question's concepts in a follow-up
ANSWER_WEIGHT = 0.15  # the previous answer's
# "ordningen" where it names the assistant's subject: a page about any scheme says it (met_by_subject)
KIND_ALONE_WEIGHT = 0.5
ANSWER_CONCEPTS = 6  # … spread over at most as many concepts' worth
TOPIC_QUESTIONS = 3  # a run of follow-ups carries the concepts of at most this many earlier questions
# what a question asks for without a word of its own: "Hvem er ordningen for?" the target group, "Hvordan ble
# ordningen evaluert?" the method; the grammar's class of the nouns that name it, and how much it counts
IMPLIED_NOUNS = {"audience": "audience-noun", "method": "frame-method"}
IMPLIED_WEIGHT = 0.5
# A phrase of the question that holds its finite verb, said word for word (as lemmas) in one clause of a passage:
# the passage asserts what the question asks of (says_phrase)
PHRASE_WORDS = 4
# … or, after "hvem", the words that follow, up to this many, two of them no stopwords ("samarbeider om
# Kompetanseløftet", "behandler behovsmeldingene")
SHORT_PHRASE_WORDS = 3
CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—-]\s")
FRONTED_PURPOSE = r"^\W*{purpose-clause}(?:\s+\w+)?\s*$"  # "For å (kunne) …" before the phrase, at the clause's start
FRONTED_WORDS = 4  # … at most this many words
CLAUSE_CACHE = 8192  # passages whose clauses are kept read (clauses_read)
FRAME_WEIGHT = 0.3  # "rolle" in "Hva er Statpeds rolle?": the answer says what Statped does, seldom the word
# Kinds of answer without which the question is not answered: retrieval prefers passages that give them, and the
# composer abstains rather than answer around them.
REQUIRED_TYPES = frozenset({"day", "year", "money", "count", "share", "contact", "frequency", "statute"})
# … and how long something lasts ("Hvor lenge varer …?"): a duration ("i fem år") or an end ("fram til 2025")
LASTING_KINDS = frozenset({"duration", "span"})
# Kinds of answer an answer goes on to give when its best sentences do not, without abstaining when none does:
# "Hvem samarbeider de med?" is answered by whom, "Deltar private like mye som kommunale?" by a sentence that
# compares, "Hvordan melder eier behov?" by one that says how, after the sentences that say the most of the question.
SOUGHT_TYPES = REQUIRED_TYPES | {"counterpart", "compare", "manner", "size", "audience"}


@dataclass
class Concept:
    """One thing asked about; a passage matches it through any alternative's terms."""

    label: str
    alternatives: list[list[str]]
    weight: float = 1.0
    name: bool = False  # a name the question is about ("Vestland", "OECD"): the scope, met by the document
    frame: str = ""  # the kind of answer the word names ("rolle", "penger", "fristen"): met by such an answer
    from_answer: bool = False  # a follow-up's word from the last answer ("dem" may be "midlene" it spoke of)
    from_context: bool = False  # a follow-up's word from the last question: what "de", "det" stand for
    implied: bool = False  # asked for without a word of the question's ("Hvem er det for?" asks the target group)
    # how much a match through each alternative counts, and whether it is in the question's language
    alternative_weights: list[float] = field(default_factory=list)
    translated: list[bool] = field(default_factory=list)
    # whether an alternative says less in a sentence than in a passage: the verb of "gikk ned" without its particle
    # finds the passages that say the phrase, but a sentence that says "gikk til" does not say it
    loose: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        missing = len(self.alternatives) - len(self.alternative_weights)
        self.alternative_weights += [1.0] * missing
        self.translated += [False] * (len(self.alternatives) - len(self.translated))
        self.loose += [False] * (len(self.alternatives) - len(self.loose))

    def weighted(self, sentence: bool = False) -> list[tuple[list[str], float]]:
        """(terms, weight) per alternative. Another language is discounted when ranking passages, so that a
        page in the question's language comes first; a sentence that says it in English still says it (a little
        less when the English is of a synonym), and a loose alternative much less."""
        return [(alt, weight * (SYNONYM_WEIGHT / OTHER_LANGUAGE_WEIGHT if translated else 1.0)
                 * (VERB_WITHOUT_PARTICLE_WEIGHT if loose else 1.0) if sentence else weight)
                for alt, weight, translated, loose in zip(self.alternatives, self.alternative_weights, self.translated,
                                                          self.loose)]

    def alternatives_as_asked(self) -> list[frozenset[str]]:
        """The alternatives of the words as asked, or as their English is said (weight 1.0), not a synonym: "søke"
        widens "melde behov"."""
        return [frozenset(alt) for alt, weight in zip(self.alternatives, self.alternative_weights)
                if alt and weight >= 1.0]

    def direct_alternatives(self) -> list[list[str]]:
        """The alternatives one step from what was asked (not the English of a synonym)."""
        return [alt for alt, weight in zip(self.alternatives, self.alternative_weights) if weight > TWO_STEP_WEIGHT]

    def add(self, alternatives: list[list[str]], weight: float, translated: bool = False, loose: bool = False) -> None:
        for alternative in alternatives:
            if alternative and alternative not in self.alternatives:
                self.alternatives.append(alternative)
                self.alternative_weights.append(weight)
                self.translated.append(translated)
                self.loose.append(loose)


@dataclass
class Query:
    question: str
    normalised: str  # what the dense side embeds: the question, with the conversation's for a follow-up
    language: str = "nb"
    concepts: list[Concept] = field(default_factory=list)
    follow_up: bool = False
    previous_answer: str = ""
    types: set[str] = field(default_factory=set)  # the kinds of answer it asks for (language.question_types)
    actors: list[str] = field(default_factory=list)  # whom a question about what someone does is about
    counted: set[str] = field(default_factory=set)  # the terms of what "hvor mange" counts: "30 kommuner" answers
    specified: str = ""  # the lemma of the noun "Hvilken tilskuddsordning …?" asks which one of
    preposition: str = ""  # "Hvem samarbeider de med?": the lemma of the preposition whose other end is asked for
    verb: str = ""  # "deltok" in "Hvor mange kommuner deltok …?": what happened, not what the question is about
    happened: bool = False  # "Når ble …?", "When did …?": asks when something happened, which only a time answers
    lasting: bool = False  # "Hvor lang tid tar …?": asks how long, which only a time answers too
    enduring: bool = False  # "Hvor lenge varer …?": asks how long it lasts, which a duration or an end answers
    phrases: frozenset[tuple[str, ...]] = frozenset()  # its phrases a passage may say word for word (verb_phrases)
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # what composing read of it (compose.py)


def concepts_for(text: str, lang: str, analyzer: Analyzer, weight: float = 1.0,
                 known: frozenset[str] = frozenset(), foreign: frozenset[str] = frozenset()) -> list[Concept]:
    """`known`: every indexed term; `foreign`: the terms of documents in the other language (for cognates)."""
    expansion = expand(text, lang, analyzer)
    joined = joined_particle_verbs(text, analyzer, lang)
    names = {name.lower() for name in names_in(text) if not name.isdigit()}  # a year is asked about, not a scope
    measure = measure_words(text, analyzer.vocabulary.grammar) | linking_words(text, analyzer.vocabulary.grammar)
    out: list[Concept] = []
    seen: set[str] = set()

    def expanded(concept: Concept, terms: list[tuple[str, str]]) -> Concept:
        for term, term_lang in terms:
            foreign = analysis_language(term_lang) == "en" and lang != "en"
            # two steps from the word asked: through its Norwegian and back ("started" -> "starte" -> "initiate")
            # stays in an English question's language, as a synonym of a synonym does
            two_steps = TWO_STEP_WEIGHT if foreign else SYNONYM_WEIGHT * SYNONYM_WEIGHT
            # an English question's own Norwegian (the glossary's) is the word as asked, on a Norwegian page
            direct = 1.0 if lang == "en" and term_lang in ("nb", "nn") else SYNONYM_WEIGHT
            weight = {ENGLISH_OF_SYNONYM: two_steps, NORWEGIAN_SYNONYM: SYNONYM_WEIGHT * SYNONYM_WEIGHT}.get(
                term_lang, OTHER_LANGUAGE_WEIGHT if foreign else direct)
            _add_as_said(concept, term, analysis_language(term_lang), analyzer, weight, foreign)
            if lang == "en" and term_lang == "nb" and len(words(term)) == 1:
                # the verb of a translated noun and the other way round: "allocation" is "tildeling", and a page
                # says who "tildeler" the funds
                concept.add([[t] for t in analyzer.derived(term, "nb", known)], weight * DERIVED_WEIGHT)
        return concept

    for phrase, alternatives in expansion.phrases.items():
        # a text that says a longer phrase the question holds says this one in it: "oppfølgingsordning" (= "follow-up
        # scheme") says "follow up"
        alternatives = alternatives + [found for longer, more in expansion.phrases.items()
                                       if longer != phrase and f" {phrase} " in f" {longer} " for found in more]
        concept = Concept(phrase, [], weight)
        particle_verb = _add_as_said(concept, phrase, lang, analyzer, 1.0)
        if lang == "nn":  # and as a bokmål page writes it: "PP-tenesta" is "PP-tjenesten" there
            lemmas = " ".join(analyzer.canonical(w, lang) for w in words(phrase))
            concept.add([analyzer.terms(lemmas, "nb")], 1.0, loose=particle_verb)
        concept.add(_joined_terms(words(phrase), joined, analyzer, lang, known), 1.0)
        concept.add(_joined_nouns(words(phrase), joined, analyzer, lang, known), DERIVED_WEIGHT)
        out.append(expanded(concept, alternatives))
        seen.update(words(phrase))
    for name in hyphenated_names(text):  # "School-In": one name, met where both parts are said
        parts = words(name)
        concept = Concept(name.lower(), [], weight * NAME_WEIGHT, name=True)
        for language in dict.fromkeys((lang, "nb", "en")):  # as written in a page of either language
            terms = analyzer.terms(name, language, compounds=False)
            if len(terms) == len(parts):
                concept.add([terms], 1.0)
        if concept.alternatives:
            out.append(concept)
            seen.update(parts)
    for word in content_words(text, lang, analyzer.vocabulary):
        if word in seen or word in measure:
            continue
        seen.add(word)
        concept = Concept(word, [], weight * (NAME_WEIGHT if word in names else 1.0), name=word in names)
        as_written = analyzer.alternatives(word, lang, compounds=not concept.name)  # Vestland is no vest + land
        concept.add(as_written, 1.0)
        if lang == "nb" and not concept.name and nynorsk_only(word, analyzer.vocabulary):
            concept.add(analyzer.alternatives(word, "nn"), 1.0)  # "Hvem kan søke tilskot?": a nynorsk word, bridged
        norwegian = analyzer.alternatives(word, "nb", compounds=not concept.name) if lang == "en" else []
        if lang == "en":  # names and Norwegian terms inside an English question
            concept.add(norwegian, 1.0)
        elif concept.name:  # a name is the same in an English page, but stems differently there
            concept.add(analyzer.alternatives(word, "en", compounds=False), 1.0)
        concept.add(_joined_terms([word], joined, analyzer, lang, known), 1.0)
        concept.add(_joined_nouns([word], joined, analyzer, lang, known), DERIVED_WEIGHT)
        expanded(concept, expansion.words.get(word, []))
        if not concept.name:
            concept.add([[t] for t in analyzer.derived(word, lang, known)], DERIVED_WEIGHT)
        # a Norwegian word the glossary gives in English needs no cognates, nor an English word whose cognate it gives
        # ("director" is "direktør", not "direkte"), nor one an English question writes as the Norwegian pages do
        # ("Kompetanseløftet" is not "kompetanse", a prefix of it)
        glossed = lang == "en" and glossary_gives_cognate(word, expansion.words.get(word, []))
        if not any(concept.translated) and not glossed and not any(
                len(alt) == 1 and alt[0] in foreign for alt in norwegian):
            concept.add(_cognates(concept.label, as_written, foreign, lang), OTHER_LANGUAGE_WEIGHT, translated=True)
        if not _indexed(concept, known):
            concept.add([[t] for t in analyzer.compounds_beginning_with(word, lang, known)][:MAX_COMPOUNDS],
                        COMPOUND_WEIGHT)
        concept.add(_near_terms(concept, known), NEAR_WEIGHT)
        if concept.alternatives:
            out.append(concept)
    _join_compounds(out, text, lang, expansion, analyzer, known)
    return out


def _add_as_said(concept: Concept, text: str, lang: str, analyzer: Analyzer, weight: float,
                 translated: bool = False) -> bool:
    """Add a word or phrase to a concept as a text says it: by its terms; a phrase of function words ("var med", "i
    mot") has none and is met where a text says it, and so is a verb with its particle ("gikk ned"), whose terms are
    the verb's alone and count little in a sentence (`Concept.loose`). Whether it was such a particle verb."""
    lemmas = tuple(analyzer.canonical(w, lang) for w in words(text))
    particle_verb = is_particle_phrase(lemmas, analyzer.vocabulary)  # "gå ned" for "decrease": not any "gå"
    if particle_verb:
        concept.add([[phrase_term(lemmas)]], weight, translated)
    terms = analyzer.terms(text, lang) or ([phrase_term(lemmas)] if len(lemmas) > 1 else [])
    concept.add([terms], weight, translated, loose=particle_verb)
    return particle_verb


def _join_compounds(concepts: list[Concept], text: str, lang: str, expansion: Expansion, analyzer: Analyzer,
                    known: frozenset[str]) -> None:
    """Norwegian joins into one word what a phrase says in two: English writes "competence pilots" apart where a page
    writes "kompetansepilotar", and both languages name what a noun is of after a preposition, which the joined word
    puts first ("fristen for søknaden", "the deadline for the application": "søknadsfristen"). Where two words of the
    question so paired have Norwegian forms (the glossary's, or the word itself, a loanword; a Norwegian word's
    lemma) that join, first part first, with or without a linking letter, into a term the index has, that term says
    both words."""
    by_label = {c.label: c for c in concepts if not c.name}
    said = [w.lower() for w in words(text)]
    pairs = _joined_pairs(said, lang, analyzer.vocabulary.grammar)
    for first, second in pairs:
        if first not in by_label or second not in by_label:
            continue
        heads, tails = (_norwegian_forms(w, expansion, analyzer, lang) for w in (first, second))
        # … a term of the whole, not one a lemmatiser makes of it by a part ("tilrettelegging|e|råd")
        parts = {term for form in (*heads, *tails) for term in analyzer.word_terms(form, "nb")}
        joined = [[term] for head in heads for tail in tails for link in ("", *LINKING)
                  for term in analyzer.word_terms(head + link + tail, "nb") if term in known and term not in parts]
        for concept in (by_label[first], by_label[second]):
            concept.add(joined, 1.0)


def _joined_pairs(said: list[str], lang: str, grammar: Grammar) -> list[tuple[str, str]]:
    """The pairs of a question's words (first part, last part) a compound may join: two English words in a row, and
    a noun and what a preposition after it says it is of (`compound-of`), past an article."""
    pairs = list(zip(said, said[1:])) if lang == "en" else []
    for i, word in enumerate(said[:-2]):
        if not grammar.is_a("compound-of", said[i + 1]):
            continue
        rest = said[i + 2:]
        while rest[:-1] and (grammar.is_a("article", rest[0]) or grammar.is_a("article-or-pronoun", rest[0])):
            rest = rest[1:]
        pairs.append((rest[0], word))
    return pairs


def _norwegian_forms(word: str, expansion: Expansion, analyzer: Analyzer, lang: str = "en") -> list[str]:
    """The Norwegian lemmas an English word may stand for: the glossary's one-word translations, and its own lemma
    (English and Norwegian share many loanwords: "pilot", "modell"); a Norwegian word's bokmål lemma."""
    if lang != "en":
        return [analyzer.canonical(word, lang)]
    glossary = [analyzer.canonical(term, "nb") for term, term_lang in expansion.words.get(word, [])
                if term_lang in ("nb", "nn") and len(words(term)) == 1]
    return list(dict.fromkeys([*glossary, analyzer.canonical(word, "en")]))


def asks_own_act(question: str, grammar: Grammar) -> bool:
    """Whether the clause that asks speaks of the asker ("Kva bør eg gjere først?", "Hva må vi gjøre?")."""
    return any(grammar.is_a("asker-pronoun", w) for w in words(question_clause(question, grammar)))


def earlier_act(earlier: str, query: Query, analyzer: Analyzer, lang: str) -> str:
    """The act an earlier "Hvem …?" question asked who does, where a follow-up asks an act of its own: after
    "Hvem søker om dem?", "Hva kan de brukes til?" is about the funds, not about applying, and after "Hvem
    forvalter tilskuddsordningen?", "Hvem prioriterer tiltakene?" about prioritising ("Og i Vestland?" and "Hva med
    private barnehager?" ask the same act of another)."""
    if not acts_asked(query.question, query.language, analyzer.vocabulary):
        return ""
    return action_asked(earlier, analyzer.vocabulary.grammar, analyzer.vocabulary.stopwords[lang])


def who_predicate(question: str, grammar: Grammar) -> frozenset[str]:
    """The words a "Hvem …?" question says its someone does or has, up to its first preposition ("har ansvaret" in
    "Hvem har ansvaret for Kompetanseløftet?", "melder behov" in "Hvem melder behov?"); none for another question."""
    found = grammar.build(r"^\W*{ask-who}\s+(?P<said>[^?.!]*)").search(question)
    said: list[str] = []
    for word in words(found.group("said").lower()) if found else ():
        if grammar.is_a("preposition", word):
            break
        said.append(word)
    return frozenset(said)


def implied_concept(analyzer: Analyzer, kind: str) -> Concept:
    """What a question asks though it names no word for it, as pages name it: "Hvem er ordningen for?" the target
    group (grammar `audience-noun`: "Målgruppen er …", "The target group …"), met too by a sentence that says whom
    something is aimed at (`audience-word`); "Hvordan ble ordningen evaluert?" the method (`frame-method`:
    "Datagrunnlaget …"), met too by a sentence that names one (`method-word`)."""
    nouns = analyzer.vocabulary.grammar.classes[IMPLIED_NOUNS[kind]]
    concept = Concept(nouns[0], [], IMPLIED_WEIGHT, frame=kind, implied=True)
    for noun in nouns:
        concept.add([analyzer.terms(noun, language) for language in ("nb", "en")], 1.0)
    return concept


def _joined_terms(label_words: list[str], joined: dict[str, list[str]], analyzer: Analyzer, lang: str,
                  known: frozenset[str]) -> list[list[str]]:
    """The indexed terms of a particle verb written as one word ("betaler ut" -> "utbetal")."""
    return [[term] for word in label_words for form in joined.get(word, [])
            for term in analyzer.word_terms(form, lang) if term in known]


def _joined_nouns(label_words: list[str], joined: dict[str, list[str]], analyzer: Analyzer, lang: str,
                  known: frozenset[str]) -> list[list[str]]:
    """… and of the noun made of a reflexive one, as a derived word ("melde seg på" -> "påmelding", "logge seg på" ->
    "pålogging"). Not of every particle verb: "følge opp" made "oppfølging", which pages write of anything."""
    reflexive = analyzer.vocabulary.grammar.classes["reflexive-particle"]
    forms = [form for word in label_words for form in joined.get(word, [])
             if any(form.startswith(particle) for particle in reflexive)]
    return [[term] for form in dict.fromkeys(forms) for term in analyzer.derived(form, lang, known)]


def _cognates(label: str, as_written: list[list[str]], foreign: frozenset[str], lang: str) -> list[list[str]]:
    """Terms of the other language's documents that begin as the word does: the loanwords and cognates policy
    language is full of, where no glossary entry says so. An English word is spelled as Norwegian spells the same
    letters ("extra"/"ekstra"); a Norwegian word meets an English term as written or spelled so ("faktor"/"factor"),
    where the English is most of the Norwegian word's length: its compounds would meet the English of their first part
    ("kompetanseløftet" is no "competence"). Only the word's own terms are compared, and a
    cognate shares most of the shorter word, not only a common Latin prefix ("compliance" is no "komplementere").
    A word the other language's pages use as written is its own cognate: "partner" is the English "partner", and
    "Kompetansepiloter" in an English question is that name, not "kompetansebehov"."""
    own = {alt[0] for alt in as_written if len(alt) == 1 and len(alt[0]) >= COGNATE_PREFIX}
    if label in foreign:
        return [] if label in own else [[label]]
    if lang == "en":
        spelled = {norwegian_spelling(term) for term in own}
        return [[t] for t in sorted(foreign) if t not in own and any(
            _shares_most(t, term) for term in spelled if t[:COGNATE_PREFIX] == term[:COGNATE_PREFIX])][:3]
    # … and an English term, as written or spelled as Norwegian spells it ("factor" is "faktor", "focus" "fokus"),
    # where it is most of the Norwegian word: a compound is no cognate of its first part
    def cognate(english: str, term: str) -> bool:
        return english[:COGNATE_PREFIX] == term[:COGNATE_PREFIX] and _shares_most(english, term) and len(
            english) >= COGNATE_LENGTH * len(term)

    return [[t] for t in sorted(foreign) if t not in own and any(
        cognate(english, term) for english in {t, norwegian_spelling(t)} for term in own)][:3]


def glossary_gives_cognate(word: str, glossed: list[tuple[str, str]]) -> bool:
    """Whether the glossary's Norwegian for an English word is spelled as the word is ("director": "direktør"): the
    cognate is chosen, and others that begin alike are false friends ("direkte"); where it gives another word
    ("administer": "forvalte"), a cognate may still be what a page says ("administrere")."""
    spelled = norwegian_spelling(word.lower())
    return any(term_lang in ("nb", "nn") and term.lower()[:COGNATE_PREFIX] == spelled[:COGNATE_PREFIX]
               and _shares_most(term.lower(), spelled) for term, term_lang in glossed)


def _shares_most(one: str, other: str) -> bool:
    shared = len(os.path.commonprefix([one, other]))
    return shared >= max(COGNATE_PREFIX, COGNATE_SHARE * min(len(one), len(other)))


def _indexed(concept: Concept, known: frozenset[str]) -> bool:
    """Whether some document uses the concept as the question says it (or no index is known to ask)."""
    return not known or not concept.alternatives or any(t in known for alt in concept.alternatives for t in alt)


def _near_terms(concept: Concept, known: frozenset[str]) -> list[list[str]]:
    """For a word no document uses, the indexed terms that share a long prefix with it
    ("koordinerer" -> "koordinator"): a cheap stand-in for the morphology the analysis misses."""
    if _indexed(concept, known):
        return []
    stem_ = concept.alternatives[0][0]
    size = max(NEAR_PREFIX, len(stem_) - 2)
    if len(stem_) < NEAR_PREFIX:
        return []
    return [[term] for term in sorted(known) if term[:size] == stem_[:size]][:5]


TYPO_MIN_LENGTH = 5  # shorter words are one letter from too many others
TYPO_LETTERS = "abcdefghijklmnopqrstuvwxyzæøå"


def corrected_spelling(question: str, lang: str, analyzer: Analyzer, known: frozenset[str]) -> str:
    """The question with each word that neither the dictionary nor any document writes, and that is one letter from
    a word that a document does (one left out, added, changed, or two swapped), written as that word: "målgrupen" is
    "målgruppen", "Stadped" is "Statped". A word with more than one such neighbour is left as asked."""
    if not known:
        return question
    stop = analyzer.vocabulary.stopwords[lang]

    def corrected(found: re.Match) -> str:
        word = found.group(0)
        lower = word.lower()
        spelled = with_letters_for_digraphs(lower, lang, stop) if lang != "en" and lower not in stop else None
        if spelled and (spelled in stop or not in_dictionary(lower, lang)):
            # "for aa melde", "paa", "soeke": an old spelling the dictionary keeps is still the function word
            return spelled.capitalize() if word[0].isupper() else spelled
        if lower in stop:
            return word
        if in_dictionary(lower, lang):
            # a real word is as asked, even one no page writes, unless the pages write it with æ, ø or å where it
            # has none and never without: "malet" (painted) is "målet" (the goal)
            twin = with_norwegian_letters(lower, known) if lang != "en" else None
            return word if twin is None else twin.capitalize() if word[0].isupper() else twin
        # a short word too: only æ, ø and å are put back, and "soke" or "nar" is one letter from many words
        fixed = with_norwegian_letters(lower, known, stop) if lang != "en" else None
        if fixed is None and len(lower) < TYPO_MIN_LENGTH:
            return word
        if fixed is None:
            # … and so is a compound of words the pages write, and the Norwegian term an English question names
            if not known.isdisjoint(analyzer.terms(lower, lang)) or lang == "en" and not known.isdisjoint(
                    analyzer.terms(lower, "nb")):
                return word
            candidates = {edit for edit in _one_letter_edits(lower)
                          if stem(edit, "en" if lang == "en" else "nb") in known}
            if len(candidates) != 1:
                return word
            (fixed,) = candidates
        return fixed.capitalize() if word[0].isupper() else fixed

    return re.sub(r"[^\W\d_]+", corrected, question)


NORWEGIAN_LETTERS_TYPED = str.maketrans("æøå", "aoa")  # what a keyboard without them types for æ, ø and å
DIGRAPHS = (("aa", "å"), ("oe", "ø"), ("ae", "æ"))  # … or how writing without them spells them


def with_letters_for_digraphs(word: str, lang: str, stop: frozenset[str]) -> str | None:
    """A word spelled with "aa", "oe" or "ae" for å, ø and æ ("aa" -> "å", "paa" -> "på", "soeke" -> "søke"), as the
    function word or the dictionary's word that spelling stands for; None where it stands for none."""
    fixed = word
    for digraph, letter in DIGRAPHS:
        fixed = fixed.replace(digraph, letter)
    return fixed if fixed != word and (fixed in stop or in_dictionary(fixed, lang)) else None


def with_norwegian_letters(word: str, known: frozenset[str], stop: frozenset[str] = frozenset()) -> str | None:
    """A word typed without æ, ø and å ("kompetanseloftet", "malgruppen", "soke") as the one word the pages write
    with them, or the one function word ("nar" for "når"), where the word as typed is no indexed term; None where
    there is no such word, or more than one."""
    function_words = _by_typed_letters(stop).get(word, ())
    if function_words:
        return function_words[0] if len(function_words) == 1 else None
    stemmed = stem(word, "nb")
    if stemmed in known or not word.startswith(stemmed):
        return None
    written = _by_typed_letters(known).get(stemmed, ())
    return written[0] + word[len(stemmed):] if len(written) == 1 else None


@lru_cache(maxsize=8)
def _by_typed_letters(known: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The indexed terms (or function words) with æ, ø or å, by how they are typed without them."""
    out: dict[str, tuple[str, ...]] = {}
    for term in known:
        typed = term.translate(NORWEGIAN_LETTERS_TYPED)
        if typed != term:
            out[typed] = out.get(typed, ()) + (term,)
    return out


def _one_letter_edits(word: str) -> set[str]:
    halves = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in halves if b} | {a + b[1] + b[0] + b[2:] for a, b in halves if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in halves if b for c in TYPO_LETTERS}
    edits |= {a + c + b for a, b in halves for c in TYPO_LETTERS}
    edits.discard(word)
    return edits


def _with_complement(word: str, said: list[str], grammar: Grammar) -> bool:
    """Whether the question says the word with the preposition that takes what one is responsible for after it
    ("ansvarlig for", "responsible for"; `frame-who-preposition`)."""
    return any(w == word and grammar.is_a("frame-who-preposition", after) for w, after in zip(said, said[1:]))


def actor_terms(query: Query, analyzer: Analyzer) -> set[str]:
    """The terms of whom a question asks about, as pages may say them (terms_as_said)."""
    return terms_as_said(set(query.actors), query, analyzer)


def terms_as_said(asked: set[str], query: Query, analyzer: Analyzer) -> set[str]:
    """The terms of words of a question as pages may say them: the words as asked (read in the question's language
    and in bokmål), and for an English question their Norwegian ("the municipality" is "kommunen" on a Norwegian
    page, "36 municipalities" is "36 kommuner"). A Norwegian question's synonyms are left out: they widen what it
    means ("UH" for "universitet"), and every sentence with one of them as its subject would count as saying what
    they do; a former name does not."""
    terms = {t for w in asked for lang in {query.language, "nb"} for t in analyzer.terms(w, lang)}
    # … but an actor's former name is the same actor ("fylkesmannen" on an older page is "statsforvalteren")
    lemmas = {analyzer.canonical(w, query.language) for w in asked}
    terms |= {t for kind, group in analyzer.vocabulary.synonyms if kind == "former-name" and lemmas & {
        analyzer.canonical(g, "nb") for g in group} for g in group for t in analyzer.terms(g, "nb")}
    if query.language != "en":
        return terms
    said = {word for phrase in asked for word in words(phrase)}  # "competence networks" counts networks
    for concept in query.concepts:
        if concept.weight >= 1.0 and said & set(words(concept.label)):
            # one word's terms: a word of a longer name is no actor ("tjeneste" of "statlig spesialpedagogisk
            # tjeneste" would make "PP-tjenesten" Statped)
            # … as is a compound with its parts ("statsforvalter" for "county governor")
            terms |= {alt[0] for alt, weight in concept.weighted() if weight >= SYNONYM_WEIGHT
                      and all(part in alt[0] for part in alt[1:])}
    return terms


def replaced_words(question: str, context: str, stop: frozenset[str]) -> set[str]:
    """The words of the last question that a follow-up replaces: beside a word both say, another word in the same
    place ("Og i den andre fasen?" after "… i den første fasen …", "Gjelder det private skoler?" after "Kan private
    barnehager delta?")."""
    new, old = words(question), words(context)
    out: set[str] = set()
    for i, word in enumerate(new):
        if word in stop:
            continue
        for j in (j for j, w in enumerate(old) if w == word):
            for step in (-1, 1):
                mine, theirs = i + step, j + step
                if 0 <= mine < len(new) and 0 <= theirs < len(old) and new[mine] != old[theirs] \
                        and not {new[mine], old[theirs]} & stop:
                    out.add(old[theirs])
    return out


# the grammar's classes of pronouns that stand for what was named before
REFERRING_PRONOUNS = ("neuter-pronoun", "third-person", "demonstrative")


def _names_after_words(text: str, grammar: Grammar | None = None) -> set[tuple[str, str]]:
    """The names a text writes right after a word in lower case, with that word: ("i", "Nordland"); given a grammar,
    any word after a preposition too: ("for", "tilsyn")."""
    tokens = [token.strip("?.,;:!()«»\"") for token in text.split()]
    return {(before, name) for before, name in zip(tokens, tokens[1:]) if before.islower() and name
            and (name[:1].isupper() or grammar is not None and grammar.is_a("preposition", before))}


def replaced_names(question: str, context: str, grammar: Grammar) -> set[str]:
    """The names of the last question that a follow-up names another thing in the place of, after the same word: "Og
    i Vest-Finnmark?" after "Når er fristen i Nordland?" asks about Vest-Finnmark, not about Nordland as well, and "Og
    for tilsyn?" after "Hvem har ansvaret for Kompetanseløftet?" about supervision, not the scheme. A pronoun names
    nothing new: "Hvem sitter i det?" after "Hva er samarbeidsforumet i Rogaland?" asks about Rogaland's forum."""
    now = {(before, name) for before, name in _names_after_words(question, grammar)
           if not any(grammar.is_a(kind, name.lower()) for kind in REFERRING_PRONOUNS)}
    places = {before for before, _ in now}
    named = {name for _, name in now}
    return {w for before, name in _names_after_words(context) if before in places and name not in named
            for w in words(name)}


def replaced_actors(question: str, context: str, lang: str, context_language: str, analyzer: Analyzer) -> set[str]:
    """The actors of the last question that a follow-up naming other actors replaces: "Og kommunen?" after "Hva gjør
    Udir?" asks about the municipality, not about Udir as well; "Og hva skal de gi kommunene?" still about them, and
    "Må alle kommuner ha en?" about the one the last question named. The kind a "Hvilke …?" question asks the names
    of is no other actor: "Hvilke kommuner var med?" after "Hva var School-In?" asks which were in the project."""
    grammar = analyzer.vocabulary.grammar
    asked = [w for w in actors_asked_about(question, analyzer, lang) if w != named_noun(question, grammar)]
    before = actors_asked_about(context, analyzer, context_language)
    said = words(question)
    if not asked or not before or any(grammar.is_a("third-person", w) for w in said) or said and grammar.is_a(
            "stranded-pronoun", said[-1]):
        return set()
    # whole words: "fylkeskommunane" replaces "kommunar", though one ends in the other
    asked_terms = {t for w in asked for t in analyzer.terms(w, lang, compounds=False)}
    replaced = {w for w in before if not set(analyzer.terms(w, context_language, compounds=False)) & asked_terms}
    # … and of a yes or no question, only the one it asked the rule of: "Og fylkeskommunen?" after "Må kommunen ha en
    # PP-tjeneste?" asks whether the county must have one
    subject = set(words(subject_asked(context, grammar, analyzer.vocabulary.stopwords[context_language])))
    return subject if subject and subject <= replaced else replaced


def actors_in_context(question: str, earlier: list[str], analyzer: Analyzer, language: str) -> list[str]:
    """Whom a follow-up's pronoun stands for: the actors of the nearest of the `earlier` questions (the last one
    first) that agree with it in number: "Hva skal den gjøre?" after "Hva er PP-tjenesten?" / "Må alle kommuner ha
    en?" asks what the PP service does, "den" being no "kommuner"."""
    grammar = analyzer.vocabulary.grammar
    singular = any(grammar.is_a("singular-pronoun", w.lower()) for w in words(question))
    for text in earlier:
        lang = detect_language(text, default=language)
        # … of whom a question names, not of the act a "Hvem …?" question asks who does ("Hvem leder det?")
        act = action_asked(text, grammar, analyzer.vocabulary.stopwords[lang])
        found = actors_asked_about(text, analyzer, lang) or [w for w in actors_named(text, analyzer, lang) if w != act]
        found = [w for w in found if not (singular and is_plural_noun(w, lang))]
        if found:
            return found
    return []


def topic_questions(previous: list[str], analyzer: Analyzer) -> list[str]:
    """The questions a follow-up carries on: the last one, and back to the last that stood on its own (at most
    TOPIC_QUESTIONS): after "Hva er Kompetansepiloter?" / "Hvem forvalter den?", "Hvor mye kan man få?" still asks
    about Kompetansepiloter."""
    chain: list[str] = []
    for question in reversed(previous[-TOPIC_QUESTIONS:]):
        chain.append(question)
        if not is_follow_up(question, detect_language(question), analyzer=analyzer):
            break
    return chain


def verb_phrases(question: str, analyzer: Analyzer, lang: str) -> frozenset[tuple[str, ...]]:
    """The runs of PHRASE_WORDS words of a question that hold a finite verb, as lemmas; after "hvem" as its
    subject, the (up to SHORT_PHRASE_WORDS) words that follow when two of them are no stopwords: "Hvem samarbeider om
    Kompetanseløftet?" is answered by "KS og Udir samarbeider om Kompetanseløftet"; and where the question asks what
    something is, the statement's order: "Hva er målet for tilskuddsordningen?" is answered by "Målet for
    tilskuddsordningen er …"."""
    said, lemmas = words(question), analyzer.lemmas(question, lang)
    grammar = analyzer.vocabulary.grammar
    runs = {tuple(lemmas[i:i + PHRASE_WORDS]) for i in range(len(said) - PHRASE_WORDS + 1)
            if any(grammar.is_a("finite-verb", w) for w in said[i:i + PHRASE_WORDS])}
    after = said[1:1 + SHORT_PHRASE_WORDS]
    if grammar.is_a("ask-who", said[0].lower()) and sum(
            w.lower() not in analyzer.vocabulary.stopwords[lang] for w in after) >= 2:
        runs.add(tuple(lemmas[1:1 + len(after)]))
    if len(said) > PHRASE_WORDS and grammar.is_a("copula", said[1]) and (
            grammar.search("ask-define", question) or grammar.search("ask-what-is", question)):
        runs.add(tuple(lemmas[len(said) - PHRASE_WORDS + 1:]) + (lemmas[1],))
    return frozenset(runs)


def says_phrase(text: str, phrases: frozenset[tuple[str, ...]], analyzer: Analyzer, lang: str) -> bool:
    """Whether one clause of a text says one of a question's phrases (verb_phrases) word for word in its lemmas,
    not only stopwords of it ("… målene for tilskuddsordningen – er …" says no "målet … er"), nor in a purpose clause
    that opens it: "For å kunne melde behov skal …" says what must hold to report needs, not who reports them. The
    verb that opens a "hvem" question's shorter phrase asserts the act only after the clause's first word, as a
    statement's finite verb stands: "Tildelte midler skal …" says no "tildeler midlene"."""
    if not phrases:
        return False
    stop = analyzer.vocabulary.stopwords[normalise_language(lang)]
    lengths = {len(phrase) for phrase in phrases}
    first = {phrase[0] for phrase in phrases}
    for lemmas, fronted in clauses_read(text, lang, analyzer):
        if any(tuple(lemmas[i:i + n]) in phrases and not set(lemmas[i:i + n]) <= stop and i not in fronted
               and (i or n >= PHRASE_WORDS) for i, lemma in enumerate(lemmas) if lemma in first for n in lengths):
            return True
    return False


@lru_cache(maxsize=CLAUSE_CACHE)
def clauses_read(text: str, lang: str, analyzer: Analyzer) -> tuple[tuple[tuple[str, ...], frozenset[int]], ...]:
    """A text's clauses as lemmas, each with the positions a fronted purpose clause stands before ("For å kunne"):
    read once per passage, not once per question that retrieves it."""
    grammar = analyzer.vocabulary.grammar
    pattern, subordinate = grammar.build(FRONTED_PURPOSE), grammar.build(r"^\W*{fronted-subordinator}\b")
    clauses = CLAUSE_BREAK.split(text)
    out = []
    for index, clause in enumerate(clauses):
        said = words(clause)
        if index == 0 and len(clauses) > 1 and subordinate.search(clause):
            fronted = frozenset(range(len(said) + 1))  # "Før kommunen fatter vedtak …, skal det …" asserts no phrase
        else:
            fronted = frozenset(i for i in range(1, min(len(said), FRONTED_WORDS) + 1)
                                if pattern.search(" ".join(said[:i])))
        out.append((tuple(analyzer.lemmas(clause, lang)), fronted))
    return tuple(out)


def subject_reference(question: str, subject: str, analyzer: Analyzer, lang: str, known: frozenset[str]) -> str:
    """The words by which a question names the scheme by its kind alone ("ordningen" in "Hvem har ansvar for
    ordningen?", "the scheme" in "When did the scheme start?"): it asks about the assistant's `subject`. None where
    the question names a scheme ("regional ordning", "oppfølgingsordningen") or makes it another by an adjective or
    a "for" of its own ("den desentraliserte ordningen", "ordninga for yrkesfag"), or where no document names the
    subject (a corpus about another scheme)."""
    grammar = analyzer.vocabulary.grammar
    lowered = question.lower()
    found = grammar.build("{subject-reference}").search(lowered) if subject else None
    if (not found or known and not set(analyzer.terms(subject, detect_language(subject))) & known
            or grammar.build(r"{article-or-pronoun}\s+[^\W\d_][\w-]*\s+{subject-reference}").search(lowered)
            or grammar.build(r"{subject-reference}\s+for\s+\w").search(lowered)
            or schemes_named(question, analyzer, lang)):
        return ""
    return found.group(0)


def met_by_subject(concepts: list[Concept], reference: str, subject: str, analyzer: Analyzer) -> None:
    """The concept of the words that name the scheme by its kind alone ("ordningen") is met by the subject's name,
    and by the words themselves at KIND_ALONE_WEIGHT: a page about another scheme ("Oppfølgingsordningen er …") says
    "ordningen" as often as one about the subject does (whose sentences its title names the subject of)."""
    name = analyzer.terms(subject, detect_language(subject), compounds=False)
    for concept in concepts:
        if reference.split()[-1] in words(concept.label.lower()):
            concept.alternative_weights = [w * KIND_ALONE_WEIGHT for w in concept.alternative_weights]
            concept.add([name], 1.0)


def without_what_asker_says_of_itself(concepts: list[Concept], question: str,
                                      vocabulary: Vocabulary) -> tuple[list[Concept], str]:
    """What the asker says of itself in sentences before a question that does not speak of the asker ("Jeg er ny som
    barnehagesjef. Hva er …?") tells its context, not what it asks: the concepts said only there are left out, and
    the dense side embeds the question without them. A name there still sets the scope ("Jeg jobber i en kommune i
    Agder. Hvem leder forumet der?"); and where the question speaks of the asker, the words before it say who that is
    ("Vi er en friskole. Kan vi delta direkte?"), and where it points back, what it points to ("Vi har lest
    evalueringen. Hva fant den …?"). Returns the concepts and what the dense side embeds."""
    clause = asking_sentence(question)
    asking = set(words(clause))
    grammar = vocabulary.grammar
    of_asker = "asker-word" in grammar.classes and any(grammar.is_a("asker-word", w) for w in asking)
    if clause == question.strip() or not clause.endswith("?") or of_asker or asking & vocabulary.pronouns:
        return concepts, question
    kept = [c for c in concepts if c.name or set(words(c.label)) & asking]
    scope = [c.label for c in kept if not set(words(c.label)) & asking]
    return kept, " ".join([clause, *scope])


def answered_by_opposite(concepts: list[Concept], question: str, analyzer: Analyzer, lang: str,
                         follow_up: bool = False) -> None:
    """A yes/no question of a quality is answered by a sentence that says it or its opposite: "Er vurderingen
    bindende?" by "Vurderingen er rådgivende" (no). The quality's concept is met by the opposite too (opposites.txt)."""
    qualities = qualities_asked(question, analyzer, lang, follow_up)
    opposites = opposite_qualities(qualities, analyzer, lang)
    # … in the other language too: "Is the assessment binding?" is answered by a Norwegian page's "rådgivende"
    said = [c for opposite in sorted(opposites) for c in concepts_for(opposite, lang, analyzer)]
    for concept in concepts:
        if opposites and qualities & {analyzer.canonical(w, lang) for w in words(concept.label)}:
            concept.add([analyzer.terms(opposite, lang) for opposite in sorted(opposites)], SYNONYM_WEIGHT)
            for other in said:  # … as said or translated, not through a synonym ("varig" is no "last ned")
                for alternative, weight, translated in zip(other.alternatives, other.alternative_weights,
                                                           other.translated):
                    if weight >= SYNONYM_WEIGHT:
                        concept.add([alternative], weight * SYNONYM_WEIGHT, translated=translated)


def build_query(question: str, history: list[dict], analyzer: Analyzer, known: frozenset[str] = frozenset(),
                language_terms: dict[str, frozenset[str]] | None = None, names: dict[str, str] | None = None,
                continues: bool = False, subject: str = "") -> Query:
    """The question's concepts; an elliptical follow-up also gets the conversation's, at lower weight, and so does
    one that `continues` the last (the second of two questions one question joined). A question that names the
    scheme by its kind alone asks about the assistant's `subject` where the conversation named no scheme. `names`:
    the names the documents write, by their lower case (a question typed in lower case names them too)."""
    previous_user = [truecased(unshouted(t["content"]), names or {}) for t in history if t.get("role") == "user"]
    context_language = detect_language(previous_user[-1]) if previous_user else "nb"
    question = unshouted(question)
    lang = detect_language(question, default=context_language)
    question = without_request(truecased(corrected_spelling(question, lang, analyzer, known), names or {}),
                               analyzer.vocabulary.grammar)
    # "ordningen" is the subject unless the conversation named a scheme ("Hva er regional ordning?")
    reference = "" if any(schemes_named(earlier, analyzer, detect_language(earlier)) for earlier in previous_user) \
        else subject_reference(question, subject, analyzer, lang, known)
    language_terms = language_terms or {}
    foreign = language_terms.get("en", frozenset()) if lang != "en" else (
        language_terms.get("nb", frozenset()) | language_terms.get("nn", frozenset()))
    query = Query(question, question, lang, concepts_for(question, lang, analyzer, known=known, foreign=foreign))
    if reference:
        met_by_subject(query.concepts, reference, subject, analyzer)
    grammar = analyzer.vocabulary.grammar
    query.concepts, query.normalised = without_what_asker_says_of_itself(query.concepts, question, analyzer.vocabulary)
    query.types = question_types(question, grammar, lang)
    cleft = set(cleft_actor_asked(question, analyzer, lang))
    if cleft:  # "Er det kommunen som melder behov?" asks who does: "Det er skoleeier som melder behov" settles it too
        query.types.add("who")
        for concept in query.concepts:
            if set(words(concept.label)) <= cleft:
                concept.weight *= CLEFT_ACTOR_WEIGHT
    if not query.types - {"list"} and asks_for_names(question, analyzer, lang):
        query.types.add("name")  # not "Hvilket år …", "Hvilken rolle har …": a year, a role
    elif not query.types - {"list"}:
        query.specified = specified_noun(question, analyzer, lang)
        if query.specified:
            query.types.add("specify")  # "Hvilken tilskuddsordning …?": a sentence that says which
    preposition = stranded_preposition(question, grammar)
    if "who" in query.types and preposition and lang != "en" and "audience" not in query.types:
        # "Hvem skal kommunene samarbeide med?" asks who is at the other end of "med", not who acts: a sentence
        # with an actor after that preposition answers it (an English page's "with" is no Norwegian "med")
        query.types = query.types - {"who"} | {"counterpart"}
        query.preposition = analyzer.canonical(preposition, lang)
    query.actors = actors_asked_about(question, analyzer, lang)
    query.phrases = verb_phrases(question, analyzer, lang)
    noun = counted_noun(question, grammar, analyzer, lang)
    query.counted = terms_as_said({noun}, query, analyzer) if noun else set()
    query.verb = verb_asked(question, grammar, analyzer.vocabulary.stopwords[lang])
    query.happened = asks_when_it_happened(question, grammar)
    query.lasting = asks_how_long(question, grammar)
    query.enduring = asks_how_long_it_lasts(question, grammar)
    follows = bool(previous_user) and (continues or is_follow_up(question, lang, analyzer=analyzer))
    answered_by_opposite(query.concepts, question, analyzer, lang, follows)
    if grammar.search("ask-spell-out", question):  # "Hva står SEVU-PPT for?" asks what SEVU-PPT is
        query.concepts = [c for c in query.concepts if not grammar.is_a("spell-out-verb", c.label)]
    if grammar.search("ask-place", question):  # "Hvor finner jeg skjemaet?" asks where the form is: "finner" says
        for concept in query.concepts:  # little of what, though pages say where with it ("… finner du under …")
            if grammar.is_a("place-verb", concept.label):
                concept.weight *= FRAME_WEIGHT
    if grammar.search("ask-else", question):  # "Hvem andre er med?": "andre" asks for more, about nothing
        query.concepts = [c for c in query.concepts if not grammar.is_a("else-word", c.label)]
    asks_role = "role" in query.types
    # "Hva gjør Statped da?" after "Hvem har ansvaret for …?" asks what Statped does, not who is responsible
    asks_own_role = asks_role and bool(query.actors)
    if not query.actors and not asks_own_act(question, grammar):
        query.types.discard("role")  # … but "Kva bør eg gjere?" asks what the one the pages call "du" does
    said = words(question)
    for concept in query.concepts:
        concept.frame = frame_of(concept.label, query.types, grammar)
        if concept.frame == "who" and not _with_complement(concept.label, said, grammar):
            concept.frame = ""
        if not concept.frame and "money" in query.types and query.verb and words(concept.label)[:1] == [query.verb]:
            concept.frame = "money"  # "Hvor mye kan vi søke om?", "… er satt av?": what one applies for is an amount
        if concept.frame == "role":
            concept.weight *= FRAME_WEIGHT
        # "Hva omfatter ordningen?" is answered by "Ordningen består av" over its items, "Hva er målet med ordningen?"
        # by "Ordningen skal bidra til …" (an English question's own words for an aim are its alternatives already)
        verbs = {"list": "composition-verb", "purpose": "purpose-verb" if lang != "en" else ""}.get(concept.frame)
        if verbs:
            concept.add([analyzer.terms(phrase, "nb", compounds=False) for phrase in grammar.classes[verbs]],
                        SYNONYM_WEIGHT, loose=concept.frame == "purpose")
    for kind in IMPLIED_NOUNS.keys() & query.types:
        if not any(c.frame == kind for c in query.concepts):
            query.concepts.append(implied_concept(analyzer, kind))
    previous_answer = next((t["content"] for t in reversed(history) if t.get("role") == "assistant"), "")
    if is_fixed_reply(previous_answer):
        previous_answer = ""  # "Dokumentene … svarer ikke på dette": its words are not what was talked about
    if follows:
        query.follow_up = True
        query.previous_answer = previous_answer
        own = {c.label for c in query.concepts}
        context = previous_user[-1]
        # "Hvilke lover gjelder for den?" asks a list of its own, of what the last question named, as a clause does
        asks_own_list = "list" in query.types and len(own) > 1
        if not query.types - {"list"} and not is_own_clause(question, grammar) and not asks_own_list:
            # "Og kommunen?" after "Hva gjør Udir?" asks the same of another: what the municipality does ("Og hva
            # skal de overføre?" asks something of its own)
            query.types |= question_types(context, grammar, context_language)
            if not query.actors:
                query.types.discard("role")
        if asks_role and not query.actors:
            # "Hva gjør det hvert år?" after "Hvem sitter i samarbeidsforum?": what the one the last question asked
            # about does
            query.actors = actors_in_context(question, topic_questions(previous_user, analyzer), analyzer,
                                             context_language)
            if query.actors:
                query.types.add("role")
        extra: list[Concept] = []
        replaced: set[str] = set()
        for earlier in topic_questions(previous_user, analyzer):
            # what the follow-up replaces, of the nearest question that has it: "Og statsforvalteren?" after "Hva gjør
            # Udir …?" / "Og kommunen?"; "Kva med fylkeskommunane?" after "Kva gjer PP-tenesta?" / "Må alle kommunar
            # ha ho?" replaces "kommunar" and still asks about PP-tenesta
            earlier_language = detect_language(earlier, default=context_language)
            if not replaced:
                replaced |= replaced_words(question, earlier, analyzer.vocabulary.stopwords[lang])
                replaced |= replaced_actors(question, earlier, lang, earlier_language, analyzer)
                replaced |= replaced_names(question, earlier, analyzer.vocabulary.grammar)
            # a phrase goes with any word of it replaced: "Og i desentralisert ordning?" is not about "regional ordning"
            acted = earlier_act(earlier, query, analyzer, earlier_language)
            extra += [c for c in concepts_for(earlier, earlier_language, analyzer, CONTEXT_WEIGHT, known)
                      if c.label not in own | {e.label for e in extra} | {acted}
                      and not set(words(c.label)) & replaced
                      and not (asks_own_role and set(words(c.label)) & who_predicate(earlier, grammar))]
        for concept in extra:
            concept.from_context = True
        answer_text = re.sub(r"\[\d+\]", " ", previous_answer)
        answer_language = detect_language(answer_text) if answer_text.strip() else "nb"
        labels = own | replaced | {e.label for e in extra}
        said = [c for c in concepts_for(answer_text, answer_language, analyzer, ANSWER_WEIGHT)
                if c.label not in labels and not set(words(c.label)) & replaced]
        for concept in said:
            concept.from_answer = True
            # a long answer's words together weigh no more than a short one's: they tell what the follow-up
            # means, and must not outweigh what it asks (a sentence the last answer quoted may answer it again)
            concept.weight *= min(1.0, ANSWER_CONCEPTS / len(said))
        extra += said
        query.concepts += extra
        query.normalised = f"{question} {context}"
    return query
