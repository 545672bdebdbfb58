"""The grammar files: their notation, their errors, a deployment's additions, and no word list left in code."""

import ast
import re
from pathlib import Path

import pytest

from ingest.grammar import Grammar, VocabularyError
from ingest.language import (Analyzer, acting, answer_features, counts, frame_of, leans_back, load_vocabulary,
                             question_types, rule_asked_of)

ROOT = Path(__file__).resolve().parents[2]


def grammar(**classes: str) -> Grammar:
    return Grammar({name.replace("_", "-"): [e.strip() for e in entries.split(",")]
                    for name, entries in classes.items()})


def test_an_entry_is_a_whole_phrase_in_any_case_with_endings_references_gaps_and_openings():
    g = grammar(modal="kan, må", ask_rule="^{modal}", noun="frist*", ask_money="hvor mye ... penger")
    assert g.search("noun", "Når er Fristen?") and g.search("noun", "søknadsfristen") is False
    assert g.search("ask-rule", "– Kan vi søke?") and not g.search("ask-rule", "Hva kan vi søke om?")
    assert g.search("ask-money", "Hvor mye av de samlede penger …")
    assert not g.search("ask-money", "Hvor mye koster det?")
    assert not g.search("modal", "kanskje") and g.is_a("modal", "MÅ") and not g.is_a("modal", "må vi")


def test_an_entry_stands_between_letters_not_between_digits():
    g = grammar(percent="%, prosent", unit="mill*")
    assert g.build(r"\d+\s*{percent}").search("30%") and g.build(r"\d+\s*{unit}").search("150mill. kroner")
    assert not g.search("percent", "prosentvis")


def test_a_malformed_line_or_an_unknown_class_is_refused_with_where_it_is(tmp_path: Path):
    (tmp_path / "grammar.txt").write_text("ask-who hvem, kven\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="grammar.txt:1"):
        load_vocabulary(tmp_path)
    (tmp_path / "grammar.txt").write_text("ask-who: {asker}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"\{asker\}"):
        load_vocabulary(tmp_path)
    with pytest.raises(VocabularyError, match="refers to itself"):
        grammar(loop="{loop} igjen")
    # a class searched for by its name in braces would be looked for with the braces round it, and never found
    with pytest.raises(VocabularyError, match="braces twice"):
        grammar(author_word="skrev").search("{author-word}", "Rapporten er skrevet av Kari.")


def test_a_deployment_teaches_a_new_question_word_without_touching_code(tmp_path: Path):
    question = "Hvilket kontor behandler søknaden?"
    assert "who" not in question_types(question, load_vocabulary().grammar)
    (tmp_path / "grammar.txt").write_text("ask-who: hvilket kontor\n", encoding="utf-8")
    assert "who" in question_types(question, load_vocabulary(tmp_path).grammar)


def test_a_question_is_read_from_the_clause_that_asks_it_after_what_the_asker_says_of_itself():
    g = load_vocabulary().grammar
    for question in ("Vi driver en friskole. Må vi gå via kommunen for å bli med?",
                     "Vi er en liten privat barnehage – må vi gå via kommunen for å bli med?",
                     "Vi lurer på om vi må gå via kommunen for å bli med.",
                     "Jeg lurer på om private barnehager må gå via kommunen?",
                     "Jeg er rektor ved en friskole, må vi gå via kommunen for å bli med?"):
        assert {"rule", "requirement"} <= question_types(question, g), question
    # … before a comma only where the question opens after it ("…, og hvem kan søke?" asks both)
    assert {"who", "day"} <= question_types("Hva er fristen, og hvem kan søke?", g)
    assert "rule" in question_types("We wonder whether private kindergartens can take part.", g, "en")
    assert rule_asked_of("Jeg lurer på om private barnehager kan delta?", g) == ["private"]
    assert rule_asked_of("Vi driver en friskole. Kan Oslo søke?", g) == ["oslo"]
    # a statement with no question in it is read whole
    assert "rule" not in question_types("Vi er en kommune. Vi har mange barnehager.", g)


def test_a_duration_said_as_an_adjective_is_a_time():
    for text, lang in (("Dette er sluttrapporten på et treårig prosjekt.", "nb"),
                       ("Tilbodet er eit 2-årig studium.", "nn"), ("It is a three-year project.", "en")):
        assert "time" in answer_features(text, Analyzer(), lang), text
    assert "time" not in answer_features("Prosjektet er stort og viktig.", Analyzer(), "nb")


def test_a_duration_said_as_the_first_part_of_a_compound_is_a_time():
    # "Hvor lang tid tar endringene?" is answered by "… i løpet av en femårsperiode"
    for text in ("Endringene skal skje i løpet av en femårsperiode.", "Ordningen innføres over en fem-års periode.",
                 "Planen gjeld for ein treårsperiode."):
        assert "time" in answer_features(text, Analyzer(), "nn" if "gjeld" in text else "nb"), text
    assert "time" not in answer_features("Perioden er viktig for skolene.", Analyzer(), "nb")


def test_a_number_counts_the_noun_right_after_it_not_the_whole_that_noun_is_of():
    analyzer, counted = Analyzer(), {"ordning"}
    assert counts("Vi har 12 ordninger i porteføljen.", counted, analyzer, "nb")
    assert counts("12 av ordningene gikk ut.", counted, analyzer, "nb")
    assert not counts("Tildelingen er fordelt på 45 hovedgrupper av ordninger.", counted, analyzer, "nb")
    assert counts("Fem prosent av ordningene er nye.", counted, analyzer, "nb")


def test_the_subject_of_a_numbered_item_stands_after_its_number():
    analyzer = Analyzer()
    assert acting("4. Barnehageeier sender søknad til samarbeidsforumet.", analyzer, "nb") == {"barnehageeier"}
    assert acting("b) Kommunen sender søknaden.", analyzer, "nb") == {"kommune"}


def test_the_subject_of_a_cleft_stands_after_an_adverb_or_an_article():
    analyzer = Analyzer()
    assert acting("Det er vanligvis kommunen som søker om tjenester.", analyzer, "nb") == {"kommune"}
    assert acting("It is usually the municipality that applies.", analyzer, "en") == {"municipality"}


def test_a_statute_is_a_provision_cited_or_an_act_named_not_the_word_law():
    g, analyzer = load_vocabulary().grammar, Analyzer()
    assert "statute" in question_types("Hvilken paragraf sier det?", g)
    assert "statute" in question_types("Which section of the act says so?", g, "en")
    assert "statute" in answer_features("Plikten følger av § 5-6.", analyzer, "nb")
    assert "statute" in answer_features("Etter opplæringslova skal PP-tenesta utarbeide ei vurdering.", analyzer, "nn")
    assert "statute" not in answer_features("PPT skal sørge for sakkyndige vurderinger der loven krever det.",
                                            analyzer, "nb")


def test_the_grammar_reads_questions_in_all_three_languages():
    g = load_vocabulary().grammar
    assert question_types("Kva er fristen for å melde behov?", g) == {"day"}
    assert {"who"} <= question_types("Who decides which municipalities take part?", g)
    assert "rule" in question_types("Kan private barnehager delta?", g)
    # nynorsk "no" is "now", English "no" a negation
    assert "negation" not in question_types("Kva fungerer betre no enn i starten?", g, "nn")
    assert "negation" not in answer_features("Ordninga er no permanent.", Analyzer(), "nn")
    assert "negation" in question_types("Is there no deadline?", g, "en")
    assert "negation" in answer_features("There is no deadline.", Analyzer(), "en")
    # "ikke-kommunale" names a kind of owner; it negates nothing the sentence says
    assert "negation" not in question_types("Hvor mye ble bevilget til ikke-kommunale barnehageeiere?", g)
    assert "negation" not in answer_features("Ikke-kommunale barnehageeiere kan søke.", Analyzer(), "nb")
    assert "negation" in question_types("Hva kan ikke-kommunale eiere ikke søke om?", g)
    assert "negation" in answer_features("Midlene kan ikke-kommunale eiere ikke bruke.", Analyzer(), "nb")
    # "har som mål at …" says what something is for
    assert "purpose" in answer_features("Ordninga for lokal kompetanseutvikling i barnehagar og skular har som mål at "
                                        "samarbeidet skal styrkast.", Analyzer(), "nn")
    assert "purpose" in answer_features("Det statlige tilskuddet til lokal kompetanseutvikling har til formål å øke "
                                        "kompetansen.", Analyzer(), "nb")
    # … and so does a purpose named as the clause opens, English writing the article and the possessive apart
    assert "purpose" in answer_features("It is the government's goal for all children to learn.", Analyzer(), "en")
    assert "purpose" in answer_features("Det er regjeringens mål at alle barn skal lære.", Analyzer(), "nb")
    # a recommendation settles what one should do as a rule does
    assert "rule" in answer_features("Vi anbefaler at henvisningen er skriftlig.", Analyzer(), "nb")
    assert "rule" in answer_features("Vi tilrår at tilvisinga er skriftleg.", Analyzer(), "nn")
    # a right or a duty settles a yes/no question as a rule does
    assert "rule" in answer_features("Det er klagerett på alle vedtak om spesialpedagogisk hjelp.", Analyzer(), "nn")
    assert "rule" in answer_features("Kommunen har plikt til å sørge for en vurdering.", Analyzer(), "nb")
    assert "rule" in answer_features("Pupils are entitled to special education.", Analyzer(), "en")
    assert "rule" not in answer_features("Søknaden ble sendt på rett måte i fjor.", Analyzer(), "nb")
    assert "money" in question_types("Hvor mye penger fikk fylket i 2023?", g)
    assert "money" in question_types("Kor mykje må eigarane betale sjølv?", g)  # paying is money too
    assert "money" not in question_types("Hvor mye tid bruker samarbeidsforumet?", g)
    assert "money" in question_types("Hvor mye tjener en spesialpedagog?", g)  # earnings are money
    assert "money" in question_types("Hvor stor er støtten til hver skole?", g)
    # how to reach someone is asked by the verb as well as by the kind of contact
    assert "contact" in question_types("Hvordan kontakter vi Læringsmiljøsenteret?", g)
    assert "contact" in question_types("Korleis tek vi kontakt med Statped?", g, "nn")
    assert "contact" in question_types("How do we contact the county governor?", g, "en")
    assert "contact" not in question_types("Kan foreldre kontakte PP-tjenesten selv?", g)
    # an English address is asked as a noun; the verb asks what something deals with
    assert "contact" in question_types("What is Statped's address?", g, "en")
    assert "contact" in question_types("What is the postal address of the county governor?", g, "en")
    assert "contact" not in question_types("Which needs should the competence measures address?", g, "en")
    # whom something is for, where "for" ends the question ("Who is responsible for …?" asks who)
    assert "audience" in question_types("Hvem er kompetanseløftet for?", g)
    assert "audience" in question_types("Who is it for?", g, "en")
    assert "audience" in question_types("Hvem gjelder ordningen?", g)
    assert "audience" not in question_types("Who is responsible for the grant?", g, "en")
    assert "audience" in answer_features("Målgruppen er ansatte i barnehager.", Analyzer(), "nb")
    # an address line's postal code, not a year before a name
    assert "contact" in answer_features("Postboks 9359 Grønland, 0135 Oslo", Analyzer(), "nb")
    assert "contact" not in answer_features("In 2013 Statped developed 250 teaching aids.", Analyzer(), "en")
    # the grant a clause of purpose names is not what is measured
    for question in ("Hvor stor må bedriften være for å få støtte?", "How large must a company be to receive support?"):
        assert "money" not in question_types(question, g), question
    assert "money" in question_types("Hvor stor er støtten for å delta?", g)
    # … but how large the firm is: a number answers it
    assert "size" in question_types("Hvor stor må bedriften være for å få støtte?", g)
    assert "size" in answer_features("Bedriften må ha mer enn 25 årsverk.", Analyzer(), "nb")
    assert "size" not in question_types("Hvor stor er støtten?", g)
    # how much of something is a share of it, or an amount
    for question in ("Hvor mye av tilskuddet gjelder det?", "Kor mykje av midlane går til lønn?",
                     "How much of the grant may be spent on salaries?"):
        assert "share" in question_types(question, g), question
    for question in ("Hvor mye dekkes for hospitering?", "Kor mykje dekkjer fylket?", "How much is covered for travel?"):
        assert "money" in question_types(question, g), question  # what a grant covers is an amount
    assert "time" in question_types("Kor lang tid tek det?", g)
    # whether there is one is a yes or no: a page that says how deadlines are set answers it without a day
    assert question_types("Er det noen frist for å melde behov?", g) == {"rule"}
    assert "day" not in question_types("Is there a deadline for applications?", g)
    # a compound that ends in a deadline is one, and a budget is an amount in English as in Norwegian
    assert question_types("Når var høringsfristen?", g) == {"day"}
    assert "money" in question_types("What is the budget of the project?", g)
    # what something cost is an amount in the past tense as in the present
    for question in ("Hvor mye kostet prosjektet?", "Kva kosta prosjektet?", "How much did the project cost?"):
        assert "money" in question_types(question, g), question
    # "når" and "when" ask a time where they open the question or a clause of it, not as a conjunction
    assert "time" in question_types("Når startet ordningen, og når ble den evaluert?", g)
    assert "time" in question_types("Hvor søker vi, og når?", g)
    assert "time" in question_types("Vet du når ordningen startet?", g)
    assert "time" not in question_types("Får statsforvalteren stemme når forumet ikke blir enige?", g)
    assert "time" not in question_types("Hva må kommunen lage når den er med i ordningen?", g)
    assert "time" not in question_types("What happens when the forum cannot agree?", g)
    # how much one applies for, or puts in oneself, is an amount
    for question in ("Hvor mye kan en bedrift søke om?", "Kor mykje kan vi søkje om?", "How much can we apply for?",
                     "Hvor mye må bedriften bidra med selv?", "How much must the owner contribute?"):
        assert "money" in question_types(question, g), question


def test_how_big_how_long_and_how_often_ask_a_measure_not_a_topic():
    from ingest.language import measure_words

    g = load_vocabulary().grammar
    assert measure_words("Hvor stor er egenandelen?", g) == {"stor"}
    assert measure_words("Hvor lang tid tar oppstarten?", g) == {"lang", "tid"}
    assert measure_words("How often does the forum meet?", g) == {"often"}
    assert measure_words("Hvor søker vi, og hvor store er tiltakene?", g) == {"store"}  # "hvor" may be "where"
    # what happens under a condition asks no amount, though the condition names one
    assert "money" not in question_types("Kva skjer dersom omsøkt beløp er høgare enn ramma?", g, "nn")
    assert "money" in question_types("Hva er beløpet hvis vi søker sammen?", g)
    # how soon asks how long until: a time answers it ("innen to uker")
    assert measure_words("Hvor raskt skal oppstartsamtalen skje?", g) == {"raskt"}
    assert "time" in question_types("Kor snart får vi svar?", g) and "time" in question_types("How soon is it?", g)
    analyzer = Analyzer()
    from ingest.language import answer_features

    assert {"day", "time"} <= answer_features("Fristen er innen utgangen av april.", analyzer, "nb")
    # … and so does a rolling process, where the day is any day: "Henvisninger behandles fortløpende"
    assert {"day", "time"} <= answer_features("Henvisninger behandles fortløpende.", analyzer, "nb")
    assert {"day", "time"} <= answer_features("Applications are processed on a rolling basis.", analyzer, "en")
    # what a study said, as what it found or what it says
    assert "finding" in question_types("What did the evaluation say about Statped?", load_vocabulary().grammar, "en")
    # what something holds asks for the list of it
    assert "list" in question_types("Kva skal innstillinga innehalde?", load_vocabulary().grammar, "nn")
    assert "list" in question_types("What should the plan contain?", load_vocabulary().grammar, "en")
    # whether something is needed asks for what is required, which a rule that nothing happens without it gives
    assert "requirement" in question_types("Trengs det samtykke fra foreldrene?", load_vocabulary().grammar)
    assert "requirement" in question_types("Is consent needed?", load_vocabulary().grammar, "en")
    assert "requirement" in question_types("Do parents have to consent?", load_vocabulary().grammar, "en")
    assert "requirement" in answer_features("Barn kan ikkje tilvisast utan samtykke.", analyzer, "nn")
    # the cases something happens in say when it happens
    assert "time" in answer_features("PPT skal gjøre en sakkyndig vurdering i disse tilfellene:", analyzer, "nb")
    # how long something lasts is a time too: "over 1,5 år", "i tre år", "for two years"
    assert "time" in answer_features("Samarbeidet strekker seg over 1,5 år.", analyzer, "nb")
    assert "time" in answer_features("Prosjektet varer i tre måneder.", analyzer, "nb")
    assert "time" in answer_features("The pilot ran for two years.", analyzer, "en")
    assert "time" not in answer_features("Bedriften må ha mer enn 25 årsverk.", analyzer, "nb")
    assert {"share", "money"} <= answer_features("Egenandelen er 30 %.", analyzer, "nb")
    # a share written in words, as English reports do
    assert "share" in answer_features("About two percent of the children received support.", analyzer, "en")
    assert "share" in answer_features("Om lag fem prosent av elevane får spesialundervisning.", analyzer, "nn")


def test_a_number_word_counts_only_in_its_own_language():
    from ingest.language import answer_features, counts

    analyzer = Analyzer()
    # English "to" is no Norwegian "to" (two), and Norwegian "ten" … no English one
    assert "count" not in answer_features("Parents must contact the school, which refers the child to PPT.",
                                          analyzer, "en")
    assert not counts("The school refers to schools in the region.", {"school"}, analyzer, "en")
    assert "count" in answer_features("To skoler har meldt behov.", analyzer, "nb")
    assert "count" in answer_features("Two schools reported needs.", analyzer, "en")
    assert counts("Vi har to skoler med i nettverket.", {"skol"}, analyzer, "nb")


def test_a_share_of_what_is_counted_answers_how_many():
    from ingest.language import counts

    analyzer = Analyzer()
    children = set(analyzer.terms("children", "en"))
    assert counts("In 2010 about two percent of the children in kindergarten received help.", children, analyzer, "en")
    assert counts("Om lag 5 prosent av elevene får spesialundervisning.", set(analyzer.terms("elever")), analyzer, "nb")
    assert not counts("Two weeks later most of the children were back.", children, analyzer, "en")


def test_a_number_of_an_uncounted_whole_does_not_say_how_many_there_are():
    from ingest.language import counts

    analyzer = Analyzer()
    ordninger = set(analyzer.terms("ordninger"))
    assert not counts("Rekomp og Dekomp er to av flere tilskuddsordninger.", ordninger, analyzer, "nb")
    assert not counts("Dette er ei av fleire ordningar.", set(analyzer.terms("ordningar", "nn")), analyzer, "nn")
    assert not counts("These are two of several schemes.", set(analyzer.terms("schemes", "en")), analyzer, "en")
    assert counts("Det finnes tre forskjellige ordninger.", ordninger, analyzer, "nb")
    assert counts("30 av 40 kommuner deltok.", set(analyzer.terms("kommuner")), analyzer, "nb")


WORD_ALTERNATION = re.compile(r"(?<![\\\w])(?:[A-Za-zÆØÅæøå][\wæøåÆØÅ ]*\|){2,}[A-Za-zÆØÅæøå]")


def test_no_regular_expression_in_code_lists_words_of_a_language():
    """Words the assistant reads as grammar live in the vocabulary's files, where a deployment extends them."""
    found = []
    for path in sorted((ROOT / "ingest").glob("*.py")) + sorted((ROOT / "assistant").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and WORD_ALTERNATION.search(node.value):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found


def test_the_agent_of_a_passive_acts_but_a_noun_followed_by_av_does_not():
    from ingest.language import Analyzer, acting

    analyzer = Analyzer([])
    assert acting("Midlene utbetales av statsforvalteren.", analyzer, "nb") == {"statsforvalter"}
    assert acting("Planen blir laget av kommunen og PPT.", analyzer, "nb") >= {"kommune", "ppt"}
    assert acting("Midlane vert fordelt av samarbeidsforumet.", analyzer, "nn") == {"samarbeidsforum"}
    assert acting("Rapporten fra møtet av statsforvalteren var kort.", analyzer, "nb") == set()
    assert acting("Forumet er en del av statsforvalterens arbeid.", analyzer, "nb") == set()


def test_one_written_as_a_word_counts_where_it_cannot_be_the_article():
    from ingest.language import Analyzer, counts

    analyzer = Analyzer([])
    forum = set(analyzer.terms("samarbeidsforum", "nb"))
    assert counts("I fylket er det ett samarbeidsforum for alle ordningene.", forum, analyzer, "nb")
    assert counts("I fylket er det eitt samarbeidsforum.", forum, analyzer, "nn")
    assert not counts("Et samarbeidsforum behandler søknadene.", forum, analyzer, "nb")  # the article


def test_a_percentage_is_an_amount_of_money_only_where_the_sentence_speaks_of_money():
    from ingest.language import Analyzer, answer_features

    analyzer = Analyzer([])
    assert "money" in answer_features("Eierne bidrar med en egenandel på 30 prosent av tilskuddet.", analyzer, "nb")
    assert "money" not in answer_features("Minst en skole er blant de 25 % med flest risikopoeng.", analyzer, "nb")


def test_a_sentence_defines_what_it_opens_with_before_its_copula():
    from ingest.language import Analyzer, defines, question_types

    analyzer = Analyzer([])
    terms = set(analyzer.terms("Rekomp", "nb"))
    assert "define" in question_types("Hva er Rekomp?", analyzer.vocabulary.grammar)
    assert defines("Rekomp er den regionale ordningen.", terms, analyzer, "nb")
    assert not defines("Midlene til Rekomp er fordelt.", terms, analyzer, "nb")  # Rekomp is not what it opens with
    assert not defines("Søknaden om midler fra Rekomp er sendt.", terms, analyzer, "nb")


def test_a_sentence_that_says_what_is_meant_by_a_term_defines_it():
    from ingest.language import Analyzer, defines

    analyzer = Analyzer([])
    for sentence, term, lang in [
            ("Med nettverk forstår vi her en gruppe på minst tre skoler som samarbeider.", "nettverk", "nb"),
            ("Med tilretteleggingsmidler menes midler til vikarutgifter.", "tilretteleggingsmidler", "nb"),
            ("Med laget rundt eleven meiner vi alle som arbeider med eleven.", "laget rundt eleven", "nn"),
            ("By a network we mean a group of at least three schools.", "network", "en")]:
        assert defines(sentence, set(analyzer.terms(term, lang)), analyzer, lang), sentence
    terms = set(analyzer.terms("nettverk", "nb"))
    assert not defines("Med nettverket får skolene hjelp, mener vi.", terms, analyzer, "nb")  # no term defined
    assert not defines("Med midlene forstår vi at nettverk kan søke.", terms, analyzer, "nb")  # another term


def test_which_one_of_a_kind_is_said_by_a_compound_a_name_or_a_specifier_with_a_new_word():
    from ingest.language import Analyzer, specified_noun, specifies

    analyzer = Analyzer([])
    noun = specified_noun("Hvilken ordning deltar kommunene i?", analyzer, "nb")
    said = frozenset(analyzer.terms("ordning deltar kommunene", "nb"))
    assert noun == "ordning" and specified_noun("Hvilket universitet samarbeider de med?", analyzer, "nb") == ""
    assert specifies("Kommunene deltar i oppfølgingsordningen.", noun, said, analyzer, "nb")  # a compound
    assert specifies("Kommunene deltar i ordningen for lokal kompetanseutvikling.", noun, said, analyzer, "nb")
    assert specifies("Kommunene deltar i ordningen Inkluderende barnehage.", noun, said, analyzer, "nb")  # a name
    assert not specifies("Kommunene deltar i ordningen, og de får midler.", noun, said, analyzer, "nb")
    assert not specifies("Kommunene deltar i ordningen for kommunene.", noun, said, analyzer, "nb")  # nothing new


def test_what_a_term_means_is_asked_for_a_definition_and_the_verb_of_asking_is_no_topic():
    from assistant.query import build_query
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    for question, topic in [("Hva menes med laget rundt barnet?", {"laget", "rundt", "barnet"}),
                            ("Hva innebærer oppfølgingsordningen?", {"oppfølgingsordningen"}),
                            ("Kva meiner ein med samarbeidsforum?", {"samarbeidsforum"}),
                            ("Kva er meint med regional ordning?", {"regional ordning"}),  # no "være med"
                            ("What is meant by inclusive practice?", {"inclusive practice"})]:  # a glossary phrase
        query = build_query(question, [], analyzer)
        assert "define" in query.types, question
        assert {c.label for c in query.concepts} == topic, question  # "menes" would meet "mens" (while)


def test_a_question_that_compares_asks_for_a_sentence_that_compares():
    from ingest.language import Analyzer, answer_features, question_types

    analyzer = Analyzer([])
    grammar = analyzer.vocabulary.grammar
    assert "compare" in question_types("Deltar private skoler like mye som kommunale?", grammar)
    assert "compare" in question_types("Får små kommuner mer støtte enn store?", grammar)
    assert "compare" not in question_types("Kan private skoler delta?", grammar)
    assert "compare" in answer_features("Private skoler deltar i mindre grad.", analyzer, "nb")
    assert "compare" in answer_features("Teachers participate less than their peers.", analyzer, "en")
    assert "compare" not in answer_features("Private skoler kan delta på lik linje.", analyzer, "nb")
    # … and so does one that asks what sets a thing apart, answered by a sentence that says what does
    assert "compare" in question_types("Kva skil kompetanseløftet frå dei andre ordningane?", grammar)
    assert "compare" in question_types("Hva skiller det fra de andre ordningene?", grammar)
    assert "compare" in question_types("What distinguishes the scheme from the others?", grammar)
    assert "compare" in answer_features("Til forskjell frå dei andre ordningane rettar ordninga seg mot laget rundt "
                                        "barnet.", analyzer, "nn")


def test_how_something_is_done_asks_for_a_sentence_that_says_by_what_means_or_with_whom():
    from ingest.language import Analyzer, answer_features, question_types

    analyzer = Analyzer([])
    grammar = analyzer.vocabulary.grammar
    assert "manner" in question_types("Korleis melder eigaren behov?", grammar)
    assert "manner" in question_types("How do owners report their needs?", grammar)
    assert "manner" not in question_types("Hvem bestemmer hvordan pengene fordeles?", grammar)  # asks who
    assert "manner" in answer_features("Behovet skal meldes i partnerskap med universitetet.", analyzer, "nb")
    assert "manner" not in answer_features("Eier har ansvar for å melde behov.", analyzer, "nb")


def test_a_name_asked_what_it_says_is_a_source():
    from ingest.language import source_named

    g = load_vocabulary().grammar
    assert source_named("Hva sier Udir om fristene?", g) == "udir"
    assert source_named("According to the OECD, what pillars does the model rest on?", g) == "oecd"
    assert source_named("Ifølge Statped, hvem bestemmer?", g) == "statped"
    assert source_named("Hva gjør Statped i ordningen?", g) == ""  # an actor asked what it does


def test_a_sentence_leans_back_on_a_pronoun_a_verb_a_time_or_a_condition_that_stands_for_the_one_before():
    g = load_vocabulary().grammar
    assert leans_back("Dette gjelder også private skoler.", g)
    assert leans_back("Det gjorde også evalueringen av ordningen.", g)
    assert leans_back("Etter det skal det være en varig ordning.", g)
    assert leans_back("So did the evaluation.", g)
    assert leans_back("I så fall må eieren betale selv.", g) and leans_back("In that case the board decides.", g)
    assert not leans_back("I mange tilfeller melder kommunen behov.", g)
    assert not leans_back("Det er kommunen som melder behov.", g)
    # "De"/"Dei"/"Den" before a noun and its verb is an article, not a pronoun for what came before
    assert not leans_back("De ansatte skal være involvert i arbeidet.", g)
    assert not leans_back("Dei tilsette og leiarane skal vere med.", g)
    assert leans_back("De skal være involvert i arbeidet.", g) and leans_back("De melder behov til forumet.", g)
    assert not leans_back("Etter søknadsfristen behandler forumet søknadene.", g)
    # a cleft's "it" (or one that puts a clause last) stands for what follows; "It is a scheme that …" classifies
    # what came before
    assert not leans_back("It is usually the head teacher, the pedagogical leaders and the special educators that "
                          "are responsible.", g)
    assert not leans_back("It is the county that decides.", g)
    assert not leans_back("It is important that all take part.", g)
    assert leans_back("It is a scheme that funds courses.", g) and leans_back("It was started in 2020.", g)


def test_a_sentence_opens_with_a_pronoun_but_not_with_an_article_or_a_cleft():
    from ingest.language import opens_with_pronoun

    g = load_vocabulary().grammar
    assert opens_with_pronoun("De kan inngå et samarbeid med kommunen.", g)
    assert opens_with_pronoun("They may apply together.", g) and opens_with_pronoun("• Dei kan søkje saman.", g)
    assert not opens_with_pronoun("De ansatte skal være med.", g)
    assert not opens_with_pronoun("It is the county that decides.", g)
    assert not opens_with_pronoun("Dette gjelder også private skoler.", g)  # it leans back, but names no one


def read(reader, question):
    """What a reader of a question's words (identity_asked, action_asked …) finds, with the built-in vocabulary."""
    vocabulary = load_vocabulary()
    return reader(question, vocabulary.grammar, vocabulary.stopwords["nb"] | vocabulary.stopwords["en"])


def test_who_is_asks_who_the_noun_right_after_it_is():
    from ingest.language import identity_asked

    assert read(identity_asked, "Hvem er leder av forumet?") == ("leder",)
    assert read(identity_asked, "Who is the chair of the forum?") == ("chair",)
    assert read(identity_asked, "Who is the contact person at the college?") == ("contact", "person")
    assert read(identity_asked, "Who is the PP service's expert body?") == ("expert", "body")  # not whose it is
    assert read(identity_asked, "Hvem er det som bestemmer?") == ()
    assert read(identity_asked, "Hvem bestemmer?") == ()


def test_who_does_asks_who_does_the_verb_right_after_it():
    from ingest.language import action_asked

    assert read(action_asked, "Hvem melder behov?") == "melder"
    assert read(action_asked, "Hvem skal melde behov?") == "melde"
    assert read(action_asked, "Who decides the composition?") == "decides"
    # the act one is responsible for: an infinitive or an English gerund, not a noun
    assert read(action_asked, "Og hvem er ansvarlig for å melde behov?") == "melde"
    assert read(action_asked, "Who is responsible for reporting needs?") == "reporting"
    assert read(action_asked, "Hvem er ansvarlig for kompetanseløftet?") == ""
    assert read(action_asked, "Hvem har ansvar for midlene?") == ""  # a light verb
    # English's progressive: the act is the gerund after the copula ("Who is the contact person?" names no act)
    assert read(action_asked, "Who is evaluating the competence boost?") == "evaluating"
    assert read(action_asked, "Who is the contact person?") == ""
    # the perfect: the act is the participle after its auxiliary, not a noun after "har"
    assert read(action_asked, "Hvem har skrevet rapporten?") == "skrevet"
    assert read(action_asked, "Hvem har utarbeidet planen?") == "utarbeidet"
    assert read(action_asked, "Hvem har ansvaret for midlene?") == ""
    # after a modal, a subject of its own makes "hvem" the object: whom they contact, no act anyone asks about
    assert read(action_asked, "Hvem skal private skoler kontakte med spørsmål?") == ""
    assert read(action_asked, "Hvem skal kommunen samarbeide med?") == ""
    assert read(action_asked, "Who should decide the composition?") == "decide"


def test_the_rule_words_a_yes_no_question_says_are_read_as_words():
    from ingest.language import rule_words_asked

    grammar = load_vocabulary().grammar
    assert rule_words_asked("Har voksne rett til sakkyndig vurdering?", grammar) == {"rett", "til"}
    assert rule_words_asked("Hvem melder behov?", grammar) == frozenset()


def test_a_yes_or_no_question_asks_about_the_subject_right_after_its_modal():
    from ingest.language import subject_asked

    assert read(subject_asked, "Kan foreldre søke om midler?") == "foreldre"
    assert read(subject_asked, "Can private kindergartens take part?") == "private"
    assert read(subject_asked, "Can a single school report its needs?") == "school"  # whichever one of them
    assert read(subject_asked, "Kan hver enkelt barnehage søke?") == "barnehage"
    assert read(subject_asked, "Kan vi bruke midlene til kurs?") == ""  # a pronoun
    # … or right after its copula: "Er ideelle organisasjoner med?" asks about the ideal organisations
    assert read(subject_asked, "Er ideelle organisasjoner med i ordningen?") == "ideelle"
    assert read(subject_asked, "Is Statped part of the forum?") == "statped"
    assert read(subject_asked, "Er det mulig å søke?") == ""  # a dummy subject


def test_a_question_whether_there_is_something_asks_about_the_noun_and_what_narrows_it():
    from ingest.language import existence_asked

    # a noun of obligation is said by a rule's modal verb: the exam is what is asked about
    assert read(existence_asked, "Er det krav om eksamen i ordningen?") == ("eksamen",)
    assert read(existence_asked, "Er det krav om samarbeid med universitet?") == ("samarbeid",)
    assert read(existence_asked, "Er det krav om at tiltak er prøvd ut lokalt?") == ()  # a clause says what it holds
    assert read(existence_asked, "Finnes det en egen veileder for PP-ledere?") == ("egen", "veileder", "pp", "ledere")
    assert read(existence_asked, "Is there a deadline for the report?") == ("deadline", "report")
    assert read(existence_asked, "Fins det midler til reiser?") == ("midler", "reiser")
    # whether something is possible or allowed asks about the act, not about a thing
    assert read(existence_asked, "Er det mulig å søke om midler?") == ()
    assert read(existence_asked, "Er det lov å bruke midlene til lønn?") == ()
    assert read(existence_asked, "Kan vi søke?") == ()


def test_a_question_narrows_a_noun_by_the_word_after_its_preposition():
    from ingest.language import qualified_pairs

    assert read(qualified_pairs, "Hvem er målgruppen for kompetanseløftet?") == [("målgruppen", "kompetanseløftet")]
    assert read(qualified_pairs, "What is the target group of the scheme?") == [("group", "scheme")]
    assert read(qualified_pairs, "Hva er fristen for å melde behov?") == []


def test_the_verb_of_a_question_for_a_time_or_a_number_stands_right_after_the_question_phrase():
    from ingest.language import verb_asked

    vocabulary = load_vocabulary()
    for question, verb in [("Hvor mange kommuner deltok i piloten?", "deltok"),
                           ("Hvor lenge varer ordningen?", "varer"),
                           ("I hvilken periode pågikk pilotene?", "pågikk"),
                           ("Kor lenge varer samarbeidet?", "varer"),
                           ("Når skal kommunen melde behov?", ""),  # a modal: the verb it governs comes later
                           ("How long does the scheme last?", ""),
                           ("Hva gjør Statped?", ""),
                           # an amount's verb: what one does to get it, not what about
                           ("Kor mykje kan ei bedrift søkje om?", "søkje"),
                           ("Hvor mye tilskudd kan vi søke om?", "søke"),
                           ("Hvor mye penger fikk fylket?", ""),
                           ("Hvor stor er egenandelen i ordningen?", ""),
                           # a passive's verb comes after its auxiliary, past what the counted are of
                           ("Hvor mange rapporter fra PP-rådgivere ble analysert?", "analysert"),
                           ("How many reports were analysed?", "analysed"),
                           ("Hvor mange kommuner er med?", ""),  # … and a copula is no auxiliary
                           ("Når ble evalueringen gjort?", "")]:  # … nor is the verb what follows it in a "when"
        lang = "en" if question.startswith("How") else "nb"
        assert verb_asked(question, vocabulary.grammar, vocabulary.stopwords[lang]) == verb, question


def test_a_yes_no_question_that_names_someones_tasks_asks_the_rule_not_what_they_do():
    g = load_vocabulary().grammar
    assert "role" in question_types("Hva er PP-tjenestens oppgaver?", g)
    types = question_types("Kan departementet gi forskrift om PP-tjenestens oppgaver?", g)
    assert "rule" in types and "role" not in types


def test_a_light_verb_is_no_act_a_who_question_asks_about_its_noun_is():
    from ingest.language import action_asked

    vocabulary = load_vocabulary()
    stop = vocabulary.stopwords["nb"]
    assert action_asked("Hvem melder behov?", vocabulary.grammar, stop) == "melder"
    assert action_asked("Hvem ga oppdraget om evalueringen?", vocabulary.grammar, stop) == ""
    assert action_asked("Who gave the assignment?", vocabulary.grammar, vocabulary.stopwords["en"]) == ""


def test_nynorsk_asks_which_by_kva_before_a_noun_and_its_verb():
    g = load_vocabulary().grammar
    assert "list" in question_types("Kva kompetanseregionar er det i fylket?", g, "nn")
    assert "list" in question_types("Kva kommunar kan søkje?", g, "nn")
    assert "list" not in question_types("Kva språk skal opplæringa skje på?", g, "nn")
    assert "list" not in question_types("Kva skal kommunen gjere?", g, "nn")
    assert "list" not in question_types("Kva er Kompetanseløftet?", g, "nn")


def test_an_act_said_only_in_a_passive_without_its_agent_names_no_doer():
    from ingest.language import says_act_without_doer

    analyzer = Analyzer()
    assert says_act_without_doer("Saken er kjent for PP-tjenesten og henvist på rett måte.", "henvise", analyzer, "nb")
    assert says_act_without_doer("Saker henvises til PPT.", "henvise", analyzer, "nb")
    assert not says_act_without_doer("Foreldre kan henvise direkte.", "henvise", analyzer, "nb")
    assert not says_act_without_doer("Skolen har henvist saken.", "henvise", analyzer, "nb")
    assert not says_act_without_doer("Saken er henvist av skolen.", "henvise", analyzer, "nb")
    assert not says_act_without_doer("Midlene fordeles av statsforvalteren.", "fordele", analyzer, "nb")
    assert not says_act_without_doer("Det er kommunen som kan søke om tjenester.", "søke", analyzer, "nb")
    assert not says_act_without_doer("Det er kommunen som søkte om tjenester.", "søke", analyzer, "nb")
    # the act as a nynorsk question asks it, of a bokmål page
    assert says_act_without_doer("Saken er henvist på rett måte.", "tilvise", analyzer, "nb", "nn")


def test_a_question_that_asks_when_or_how_many_of_a_role_word_asks_that_not_the_role():
    g = load_vocabulary().grammar
    # "mandat" names a role, but "Når fikk …?" asks a time and "Hvor mange …?" a number
    for question in ("Når fikk Statped nytt mandat?", "When did the agency get its new mandate?",
                     "Hvor mange oppgaver har PP-tjenesten?"):
        assert "role" not in question_types(question, g), question
    assert "role" in question_types("Hva er Statpeds mandat?", g)
    assert "role" in question_types("Hva er PP-tjenestens oppgaver?", g)


def test_a_share_is_of_money_where_money_is_named_or_paid_not_where_something_is_received():
    a = Analyzer()
    for text in ("Eier betaler en egenandel på 30 prosent av tilskuddet.", "Kommunen må betale 30 prosent selv.",
                 "Vestland fikk 12 prosent av midlene."):
        assert "money" in answer_features(text, a, "nb"), text
    # a share of children who receive a service is no amount
    text = "In 2010 about two percent of the children in kindergarten received special education."
    assert "money" not in answer_features(text, a, "en")


def test_a_question_that_names_findings_asks_what_was_found_not_what_findings_are():
    g = load_vocabulary().grammar
    for question in ("Hva er de viktigste funnene i evalueringen?", "Kva var konklusjonen i rapporten?",
                     "What are the main conclusions of the report?",
                     "What was the main finding of the final evaluation report?", "What is the key conclusion?"):
        types = question_types(question, g)
        assert "finding" in types and "define" not in types, (question, types)


def test_the_word_for_a_year_names_the_kind_a_which_year_question_asks_not_its_topic():
    g = load_vocabulary().grammar
    # "Hvilket år kom rapporten?" is answered by a year ("Publiseringsår" / "2023"), whatever word stands by it
    types = question_types("Hvilket år kom delrapport 2?", g)
    assert "year" in types and frame_of("år", types, g) == "year"
    assert frame_of("år", question_types("Hva skjer første år?", g), g) == ""  # there the year is what is asked about


def test_an_english_question_opening_with_do_or_will_asks_yes_or_no():
    g = load_vocabulary().grammar
    for question in ("Do private kindergartens get funding?", "Will the scheme continue after 2025?",
                     "Does Statped take part?"):
        assert "rule" in question_types(question, g, "en"), question


def test_a_deadline_named_in_a_clause_of_time_is_not_what_the_question_asks_for():
    # "når" inside the question opens a clause that says when ("Hva skjer når søknadsfristen har gått ut?"): before,
    # the deadline it names made the question ask a day, and it was answered by a deadline alone
    g = load_vocabulary().grammar
    for question in ("Hva skjer når søknadsfristen har gått ut?", "What happens when the deadline has passed?",
                     "Hva skjer etter at fristen er ute?"):
        assert "day" not in question_types(question, g), question
    for question in ("Når er fristen?", "Hvem melder behov, og når er fristen?", "Hva er fristen når man søker?"):
        assert "day" in question_types(question, g), question


def test_which_costs_asks_for_the_kinds_of_cost_and_what_the_cost_is_asks_for_an_amount():
    g = load_vocabulary().grammar
    for question, lang in [("Hvilke kostnader kan bedrifter få dekket?", "nb"), ("Kva utgifter blir dekte?", "nn"),
                           ("What travel costs are covered for an assessment?", "en")]:
        types = question_types(question, g, lang)
        assert "list" in types and "money" not in types, question
    for question in ("Hva er kostnaden ved å delta?", "Hvor mye koster det?", "What does the course cost?"):
        assert "money" in question_types(question, g), question


def test_what_happens_if_asks_for_a_condition_and_a_sentence_that_states_one_gives_it():
    grammar = load_vocabulary().grammar
    for question in ("Hva skjer om tilskuddet er over en million?", "Kva skjer dersom vi ikkje brukar midlane?",
                     "Hva om fristen er ute?", "What happens if the complaint is rejected?"):
        assert "condition" in question_types(question, grammar), question
    assert "condition" not in question_types("Hva skjer med midlene etter fristen?", grammar)
    analyzer = Analyzer([])
    assert "condition" in answer_features("Dersom tilskuddet er over 1 million kroner, blir halvparten utbetalt.",
                                          analyzer, "nb")
    assert "condition" not in answer_features("Tilskuddet blir utbetalt i mars.", analyzer, "nb")


def test_a_number_that_names_the_noun_before_it_counts_nothing():
    analyzer = Analyzer([])
    years = set(analyzer.terms("år", "nb"))
    assert counts("Eiere kan melde behov for inntil tre år.", years, analyzer, "nb")
    assert not counts("Eierne fikk tildeling som gjelder år 2 og år 3.", years, analyzer, "nb")


def test_an_article_before_an_adjective_and_a_definite_noun_leans_on_nothing():
    grammar = load_vocabulary().grammar
    assert not leans_back("Den største nedgangen finn vi i tildelinga til kommunar.", grammar)
    assert not leans_back("Dei siste åra har fleire kommunar delteke.", grammar)
    assert leans_back("De kan inngå et samarbeid med PPT.", grammar)
    assert leans_back("Den gir tilskudd til kommunene.", grammar)
    assert leans_back("De øvrige fylkeskommunene tildeles 200 000 kroner hver.", grammar)


def test_a_count_is_of_a_compounds_head_not_of_its_first_part():
    analyzer = Analyzer(["barnehage", "skole", "eier", "barnehageeier", "skoleeier", "lærer", "barnehagelærer",
                         "nabo", "kommune"])
    kindergartens = set(analyzer.terms("barnehager", "nb"))
    assert counts("Vi har 12 barnehager i kommunen.", kindergartens, analyzer, "nb")
    # owners and teachers of kindergartens are not kindergartens, written whole or left open by a hyphen
    assert not counts("Kommunen har 30 barnehagelærere.", kindergartens, analyzer, "nb")
    assert not counts("Alle kommuner, barnehage- og skoleeiere skal ha kompetanse.", kindergartens, analyzer, "nb")
    owners = set(analyzer.terms("barnehageeiere", "nb"))
    assert counts("Alle barnehage- og skoleeiere skal ha kompetanse.", owners, analyzer, "nb")
    assert counts("Det er 40 nabokommuner i fylket.", set(analyzer.terms("kommuner", "nb")), analyzer, "nb")


def test_who_decides_which_asks_who_not_for_a_list():
    g = load_vocabulary().grammar
    for question in ("Hvem bestemmer hvilke tiltak som får penger?", "Who decides which measures get funding?"):
        types = question_types(question, g)
        assert "who" in types and "list" not in types, (question, types)
    assert {"who", "list"} <= question_types("Hvem kan søke, og hvilke tiltak kan få midler?", g)


def test_a_yes_or_no_that_opens_with_the_verb_of_needing_asks_what_is_required():
    g = load_vocabulary().grammar
    for question, lang in (("Trenger de søknad?", "nb"), ("Treng vi samtykke?", "nn"), ("Do we need to apply?", "en")):
        assert {"rule", "requirement"} <= question_types(question, g, lang), question
    assert "requirement" not in question_types("Hvem trenger hjelp?", g)


def test_a_question_that_opens_with_its_verb_asks_yes_or_no_not_for_the_kind_its_nouns_name():
    # "Følger ordningen de samme fristene …?" asks whether, not which day: a day in the answer is not required
    g = Analyzer().vocabulary.grammar
    for question in ("Følger ordningen de samme fristene som regional ordning?", "Følgjer midlane same fristar?",
                     "Dekker tilskuddet beløpet for kurset?"):
        assert not question_types(question, g) & {"day", "money"}, question
    # … while a noun phrase, a question word or an auxiliary opens no such question
    for question in ("Frister for søknad?", "Fristene i Oslo?", "Kommuner som søker, hva er fristen?",
                     "Har fristen gått ut?"):
        assert "day" in question_types(question, g), question


def test_the_number_of_a_part_of_a_text_counts_nothing():
    # "Hvor mange skal velges ut?" is not answered by "kommuner som blir identifisert under punkt 2"
    analyzer = Analyzer()
    for text in ("Kommuner som blir identifisert under punkt 2, blir vurdert på nytt.", "Se side 12 i veilederen.",
                 "See section 4 of the report."):
        assert "count" not in answer_features(text, analyzer, "en" if "See" in text else "nb"), text
    for text in ("30 kommuner identifiseres under punkt 1.", "Se kapittel 3 for 12 eksempler."):
        assert "count" in answer_features(text, analyzer, "nb"), text


def test_nynorsk_which_of_a_plural_noun_asks_for_a_list_whatever_its_verb():
    # "Kva fristar gjeld …?" asks which deadlines, as "Hvilke frister gjelder …?" does
    g = load_vocabulary().grammar
    for question in ("Kva fristar gjeld for ordninga?", "Kva fristar følgjer ordninga?", "Kva kommunar kan søkje?"):
        assert "list" in question_types(question, g, "nn"), question
    # … not "kva" of a verb, nor of a verb and its subject
    for question in ("Kva skjer etter at behovet er meldt?", "Kva gjer kommunane?", "Kva meiner forskarane?",
                     "Kva er meint med regional ordning?"):
        assert "list" not in question_types(question, g, "nn"), question

