"""What the language module reads from a question: its language, whether it leans on the conversation."""

from ingest.language import (detect_language, is_another_name, is_date_stamp, is_follow_up, norwegian_spelling,
                             reads_as_statement, stated_date, years_said)


def test_a_nynorsk_question_is_told_from_bokmål_by_the_words_only_nynorsk_has():
    assert detect_language("Kven tek avgjerda om tildelinga i fylket?") == "nn"  # each word is in the bokmål lexicon
    assert detect_language("Kor mykje pengar fekk fylket?") == "nn"
    # a nynorsk word the bridge knows only by its lemma ("deltakaren", "eiga") tells nynorsk where the rest is shared
    assert detect_language("Må deltakaren bruke eiga fritid?") == "nn"
    assert detect_language("Hvem tar avgjørelsen om tildelingen?") == "nb"
    assert detect_language("Hva er et kor?") == "nb"  # one word on each side of the bridge: bokmål, as the lexicon says
    # … nor does a bokmål form nynorsk writes too ("stemme", which the bridge pairs with "røyste")
    assert detect_language("Kan statsforvaltaren stemme i samarbeidsforumet?") == "nn"
    # "andre" is nynorsk "annan" and bokmål "annen": a form both write tells neither
    assert detect_language("Hvilke andre forskrifter regulerer tilskuddsordningene?") == "nb"


def test_a_nynorsk_pronoun_tells_a_question_whose_other_words_both_write():
    # "eg" (bokmål "jeg") and "ho" (bokmål "hun"): every other word of these is in both lexicons
    assert detect_language("Kan eg klage på vedtak om spesialpedagogisk hjelp?") == "nn"
    assert detect_language("Kan ho klage på vedtaket?") == "nn"
    assert detect_language("Kvar går midlane til fag- og yrkesopplæring?") == "nn"  # "kvar" is "hvor" (or "hver")
    # two words only nynorsk writes, and none only bokmål does, where the lexicon knows too few of the rest to say
    assert detect_language("Korleis vert midlane fordelte?") == "nn"


def test_a_question_whose_only_long_word_is_a_name_is_told_by_its_function_words():
    # the lexicon knows neither "Fjordhøgskolen" nor "Fjordby": "who is" and "what is" are English
    assert detect_language("Who is Fjordhøgskolen?") == "en"
    assert detect_language("What is Høgskolen i Fjordby?") == "en"
    assert detect_language("Hva er Fjordhøgskolen?") == "nb"
    assert detect_language("Kven er Fjordhøgskolen?") == "nn"


def test_an_english_question_that_names_the_schemes_norwegian_term_is_english():
    # the lexicon knows "what", "is" and "the" as bokmål too, and the long Norwegian word as no English word; the
    # function words are English, and none is Norwegian
    assert detect_language("What is the deadline for tilretteleggingsmidler?") == "en"
    assert detect_language("Who sits in the samarbeidsforum?") == "en"
    # … while a Norwegian question with an English word in it stays Norwegian
    assert detect_language("Hva er deadline for søknaden?") == "nb"
    assert detect_language("Kan vi få support fra Statped?") == "nb"


def test_an_english_question_is_english_though_one_word_lemmatises_as_nynorsk():
    # "sit" is a nynorsk verb form ("sitje") the bridge knows; the lexicon is sure the question is English
    assert detect_language("Can private school owners sit in the cooperation forum?") == "en"


def test_a_question_word_no_page_writes_alone_meets_the_compounds_it_begins():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    index = frozenset({"datagrunnlag", "grunnlag", "databas", "datamaskin", "søknadsfrist", "frist", "dato"})
    # the rest must be a term of the index too: "datamaskin" is no compound of "data" here, nor "dato" of anything
    assert analyzer.compounds_beginning_with("data", "nb", index) == ["datagrunnlag"]
    # with a linking -s-, from the word's lemma
    assert analyzer.compounds_beginning_with("søknader", "nb", index) == ["søknadsfrist"]
    assert analyzer.compounds_beginning_with("dat", "nb", index) == []  # too short to be a compound's part


def test_who_is_at_the_other_end_of_a_stranded_preposition_is_an_actor_right_after_it():
    from ingest.language import Analyzer, names_counterpart, stranded_preposition

    analyzer = Analyzer([])
    grammar = analyzer.vocabulary.grammar
    assert stranded_preposition("Hvem skal kommunene samarbeide med?", grammar) == "med"
    assert stranded_preposition("Hvem samarbeider med kommunene?", grammar) == ""
    # right after "være" or "bli" it is the verb's particle: "Hvem andre er med?" asks who takes part
    assert stranded_preposition("Hvem andre er med?", grammar) == ""
    assert stranded_preposition("Kven kan vere med?", grammar) == ""
    # … and at the end of the main clause, before a clause that says when or if
    assert stranded_preposition("Hvem skal friskoler samarbeide med når de søker?", grammar) == "med"
    assert stranded_preposition("Who should schools work with if they apply?", grammar) == "with"
    assert stranded_preposition("Hvem skal vi kontakte når fristen er ute?", grammar) == ""
    said = frozenset(analyzer.terms("Hvem skal kommunene samarbeide med?", "nb"))
    assert names_counterpart("Tiltakene gjøres i et forpliktende samarbeid med universitet eller høgskole.", "med",
                             said, analyzer, "nb")
    assert not names_counterpart("Kommunene samarbeider med hverandre om tiltakene.", "med", said, analyzer, "nb")
    # the question's own actor after the preposition is no answer
    assert not names_counterpart("Fylket samarbeider med kommunene.", "med", said, analyzer, "nb")


def test_a_question_leans_on_the_conversation_by_its_opening_a_pronoun_or_naming_at_most_one_thing():
    assert is_follow_up("Og i 2021?") and is_follow_up("Hva med friskoler?")
    assert is_follow_up("Kan den gis som lønn?") and is_follow_up("Hva er fristen?")
    # two things named, no pronoun: a question of its own, whatever came before
    assert not is_follow_up("Hvem er målgruppen for kompetanseløftet?")
    # … but the act "hvem" asks who does, the verb of "hvor lenge" and a passive after a modal name no thing
    assert is_follow_up("Hvem sender søknaden?") and is_follow_up("Kor lenge varer samarbeidet?", "nn")
    assert is_follow_up("Hva kan midlene brukes til?") and is_follow_up("Hvor finner man skjemaet?")
    # "hvert"/"kvart" (each) names nothing: "hvert fylke" is one thing
    assert is_follow_up("Hvor mye kan hvert fylke få?") and is_follow_up("Kor mykje får kvart fylke?", "nn")
    assert is_follow_up("Hva må være på plass først?")  # "først" (first) names nothing
    # "han"/"ho" stand for a person, or in nynorsk for a thing, named before
    assert is_follow_up("Gjeld han for fag- og yrkesopplæring?", "nn") and is_follow_up("Hva gjør hun i forumet?")
    # a verb in the past after the question word names what happened, no thing: "Hva fungerte best?" after "Hva sier
    # evalueringen?" asks what the evaluation found worked best
    assert is_follow_up("Hva fungerte best?") and is_follow_up("Kva fungerte dårleg?", "nn")
    assert not is_follow_up("Hva fungerte best i evalueringen av kompetanseløftet?")


def test_an_english_word_is_spelled_as_norwegian_spells_the_same_letters_to_find_its_cognate():
    assert [norwegian_spelling(w) for w in ("extra", "collective", "quality", "theory", "social", "phase")] == [
        "ekstra", "kollektive", "kvality", "teory", "sosial", "fase"]


def test_british_and_american_spellings_of_an_english_word_are_one_term():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    for british, american in (("decentralised", "decentralized"), ("emphasise", "emphasize"),
                              ("organisation", "organization"), ("analysed", "analyzed")):
        assert analyzer.terms(british, "en") == analyzer.terms(american, "en"), british
    assert analyzer.terms("promise", "en") != analyzer.terms("premise", "en")  # a word is respelt, not emptied
    # an inflected British word has the lemma of its base form, which is what the glossary translates
    assert analyzer.canonical("supervises", "en") == analyzer.canonical("supervise", "en")
    assert analyzer.canonical("organisations", "en") == analyzer.canonical("organization", "en")


def test_a_possessive_pronoun_points_back_into_the_conversation():
    assert is_follow_up("What are its main tasks?", "en") and is_follow_up("Hva er dens viktigste oppgaver?", "nb")
    assert is_follow_up("Kva er oppgåvene deira i ordninga?", "nn")


def test_a_particle_verb_the_dictionary_does_not_know_is_read_by_its_verb():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    # "oppgitt" is "opp" + "gitt": the lemma "oppgi", as "oppgis" has
    assert analyzer.canonical("oppgitt", "nb") == analyzer.canonical("oppgis", "nb") == "oppgi"
    assert analyzer.canonical("oppgave", "nb") == "oppgave"  # a word the dictionary knows stays itself


def test_a_vocabulary_phrase_is_one_thing_a_follow_up_may_name():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    # "melde behov" / "report needs" is one thing (synonyms.txt, english.txt): the question leans on the conversation
    assert is_follow_up("Hvem melder behov?", "nb", analyzer=analyzer)
    assert is_follow_up("Who reports needs?", "en", analyzer=analyzer)
    assert not is_follow_up("Hvem melder behov i regional ordning?", "nb", analyzer=analyzer)
    # an act in the passive after a modal is no thing named: "Hva kan midlene brukes til?" asks of the money the
    # conversation is about
    assert is_follow_up("Hva kan midlene brukes til?", "nb", analyzer=analyzer)
    assert is_follow_up("Kva kan midlane brukast til?", "nn", analyzer=analyzer)
    assert not is_follow_up("Hva kan midlene i regional ordning brukes til?", "nb", analyzer=analyzer)


def test_what_the_analyzer_remembers_of_the_words_users_type_is_bounded():
    from ingest.language import CACHE_SIZE, Analyzer

    analyzer = Analyzer([])
    # every distinct word a user types passes through these: none may grow without end
    for cached in (analyzer.canonical, analyzer.word_terms, analyzer.parts, analyzer.short_terms):
        assert cached.cache_info().maxsize == CACHE_SIZE
    assert analyzer.canonical("midlane", "nn") == analyzer.canonical("midlane", "nn") == "middel"


def test_a_nynorsk_verb_in_je_meets_its_bokmål_form():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    for nynorsk, bokmal in [("velje", "velge"), ("spørje", "spørre"), ("krevje", "kreve"), ("setje", "sette")]:
        assert set(analyzer.terms(nynorsk, "nn")) & set(analyzer.terms(bokmal, "nb")), nynorsk


def test_a_nynorsk_adjective_in_leg_meets_its_bokmål_form_in_lig_alone_and_as_a_compound_s_first_part():
    from ingest.language import Analyzer

    analyzer = Analyzer(["tydeliggjøre"])  # the compound is a word the documents write
    for nynorsk, bokmal in [("tydeleg", "tydelig"), ("tydelege", "tydelig"), ("tydeleggjere", "tydeliggjøre")]:
        assert analyzer.canonical(nynorsk, "nn") == bokmal, nynorsk
    assert analyzer.canonical("kolleg", "nn") == "kolleg"  # no "kollig": bokmål knows no such word


def test_a_nynorsk_noun_in_heit_and_a_participle_in_ande_meet_their_bokmål_forms():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    for nynorsk, bokmal in [("ferdigheit", "ferdighet"), ("ferdigheitene", "ferdighet"), ("gjeldande", "gjeldende"),
                            ("grunnleggjande", "grunnleggende")]:
        assert analyzer.canonical(nynorsk, "nn") == bokmal, nynorsk
        assert set(analyzer.terms(nynorsk, "nn")) & set(analyzer.terms(bokmal, "nb")), nynorsk
    assert analyzer.canonical("stande", "nn") == "stande"  # no "stende": bokmål knows no such word


def test_a_nynorsk_word_both_languages_write_as_its_lemma_is_not_bridged_by_a_stem_it_shares():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    # nynorsk.txt's "ansvarleg = ansvarlig" shares the stem "ansvar": "Kva har Udir ansvar for?" had asked for
    # "ansvarlig" and met no "har ansvar for"; so had "fag" read as "faglig", and "nytt" as "bruke" ("nytte")
    for word, meant in [("ansvar", "ansvar"), ("ansvaret", "ansvar"), ("fag", "fag"), ("nytt", "ny")]:
        assert analyzer.canonical(word, "nn") == meant, word
    assert analyzer.canonical("midlane", "nn") == "middel"  # an inflection the dictionary lacks still crosses


def test_a_bokmål_form_on_a_nynorsk_page_has_its_bokmål_lemma():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    # "Kriterier for tildeling av tilskotsmidlar": the nynorsk dictionary knows no "kriterier" and guessed "kriteri"
    assert "kriterium" in analyzer.terms("Kriterier", "nn")
    assert analyzer.canonical("kommunane", "nn") == "kommune"  # a nynorsk word still crosses the bridge


def test_how_many_followed_by_a_verb_counts_no_noun_of_its_own():
    from ingest.language import Analyzer, counted_noun

    analyzer = Analyzer([])
    grammar = analyzer.vocabulary.grammar
    assert counted_noun("Hvor mange kommuner deltar?", grammar, analyzer, "nb") == "kommuner"
    assert counted_noun("Kor mange skular er med?", grammar, analyzer, "nn") == "skular"
    # the noun left out: "30 kommuner velges" answers "Hvor mange velges …?", though "velges" is counted by nothing
    assert counted_noun("Hvor mange velges på kommunenivå?", grammar, analyzer, "nb") is None
    assert counted_noun("Hvor mange får tilskudd?", grammar, analyzer, "nb") is None


def test_whom_a_role_question_asks_about_ends_where_a_clause_of_its_own_begins():
    from ingest.language import Analyzer, actors_asked_about

    analyzer = Analyzer([])
    assert actors_asked_about("Hva gjør statsforvalterne før Udir velger kommuner?", analyzer, "nb") == [
        "statsforvalterne"]
    assert actors_asked_about("Kva gjer kommunane dersom Statped seier nei?", analyzer, "nn") == ["kommunane"]
    assert actors_asked_about("What does the county governor do before Udir selects municipalities?", analyzer,
                              "en") == ["county", "governor"]


def test_an_english_question_asks_what_someone_does_only_where_it_says_do():
    from ingest.language import Analyzer, actors_asked_about

    analyzer = Analyzer([])
    # "does" is English's auxiliary: "What does the evaluation say …?" asks nothing of what an actor does
    assert actors_asked_about("What does the evaluation say about partnerships?", analyzer, "en") == []
    assert actors_asked_about("What does Statped do?", analyzer, "en") == ["statped"]
    assert actors_asked_about("Hva gjør Statped for kommunene?", analyzer, "nb") == ["statped"]


def test_a_role_question_whose_holder_is_a_pronoun_asks_about_someone_named_before():
    from ingest.language import Analyzer, actors_asked_about

    analyzer = Analyzer([])
    # "den" is whom the conversation named, not the kindergartens the question names as those it acts for
    assert actors_asked_about("Hva skal den gjøre for barnehagene?", analyzer, "nb") == []
    assert actors_asked_about("What does it do for kindergartens?", analyzer, "en") == []
    assert actors_asked_about("Hva skal PP-tjenesten gjøre for barnehagene?", analyzer, "nb") == ["pp", "tjenesten"]


def test_a_role_question_that_names_what_it_asks_for_asks_about_the_one_who_holds_the_role():
    from ingest.language import Analyzer, actors_asked_about

    analyzer = Analyzer([])
    # "tjenester" is what is asked for, not who acts: the holder stands between the verb and the role
    assert actors_asked_about("Hvilke tjenester har kommunesektoren ansvar for i tillegg til skole?", analyzer,
                              "nb") == ["kommunesektoren"]
    assert actors_asked_about("Kva tenester har kommunen ansvaret for?", analyzer, "nn") == ["kommunen"]
    assert actors_asked_about("Which services does the municipal sector have responsibility for?", analyzer,
                              "en") == ["municipal", "sector"]


def test_a_sentence_that_opens_with_a_preposition_does_not_say_what_its_noun_is():
    from ingest.language import Analyzer, defines

    analyzer = Analyzer([])
    arbeid = set(analyzer.terms("arbeid", "nb"))
    assert defines("Arbeidet er en del av ordningen.", arbeid, analyzer, "nb")
    assert not defines("I dette arbeidet er rollen til fylket særlig viktig.", arbeid, analyzer, "nb")
    assert not defines("In this work, the county's role is important.", set(analyzer.terms("work", "en")), analyzer,
                       "en")


def test_a_genitive_the_dictionary_lacks_is_its_noun():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    for genitive, noun in (("læreres", "lærerne"), ("elevenes", "elevene"), ("skolens", "skolen")):
        assert set(analyzer.terms(genitive, "nb")) & set(analyzer.terms(noun, "nb")), genitive
    assert analyzer.canonical("prosess", "nb") == "prosess" and analyzer.canonical("kurs", "nb") == "kurs"


def test_an_abbreviation_s_genitive_is_the_abbreviation():
    # Norwegian writes an abbreviation's genitive with a bare "s" ("NLAs rolle", "PPTs oppgaver", "KSs innspill")
    from ingest.language import Analyzer, words

    analyzer = Analyzer([])
    for genitive, name in (("Hva er NLAs rolle?", "NLA"), ("PPTs oppgaver", "PPT"), ("KSs innspill", "KS")):
        assert set(analyzer.terms(name, "nb")) <= set(analyzer.terms(genitive, "nb")), genitive
    # a capital and an s is a word of its own ("Is")
    assert words("Is it UHs task?") == ["is", "it", "uh", "task"]


def test_a_noun_whose_base_form_ends_as_an_inflection_would_meets_its_own_inflections():
    # Snowball drops a final "s" and "ast" as it would a genitive and a superlative; the dictionary also reads
    # "kurset" and "utkastet" as verbs ("kurse", "utkaste"): base form and definite form must still share a term
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    for noun, inflected in (("kurs", "kurset"), ("utkast", "utkastet"), ("fokus", "fokuset"), ("status", "statusen"),
                            ("utkast", "utkastene"), ("ressurs", "ressursene")):
        assert set(analyzer.terms(noun, "nb")) & set(analyzer.terms(inflected, "nb")), noun
    # … and so does a noun whose -ar or -er Snowball reads as a plural's, where its definite form keeps it: "ansvar"
    # meets "ansvarlig" and "ansvaret" (but "behandler" is also "behandle"'s present tense, and stays its stem)
    assert set(analyzer.terms("ansvar", "nb")) & set(analyzer.terms("ansvarlig", "nb"))
    assert set(analyzer.terms("behandler", "nb")) & set(analyzer.terms("behandles", "nb"))
    # … in either written language: a nynorsk question writes the bokmål dictionary's compound ("klageinstans")
    assert set(analyzer.terms("klageinstans", "nn")) & set(analyzer.terms("klageinstans", "nb"))
    # a genitive and a superlative still lose their endings
    assert set(analyzer.terms("skolens", "nb")) & set(analyzer.terms("skole", "nb"))
    assert set(analyzer.terms("vanlegast", "nn")) & set(analyzer.terms("vanleg", "nn"))


def test_an_english_how_many_counts_the_head_of_its_noun_phrase_too():
    from ingest.language import Analyzer, counted_noun

    analyzer = Analyzer([])
    grammar = analyzer.vocabulary.grammar
    # English writes a compound as two words: "kindergarten children" are counted as children
    assert counted_noun("How many kindergarten children received help?", grammar, analyzer, "en") == (
        "kindergarten children")
    assert counted_noun("How many municipalities took part?", grammar, analyzer, "en") == "municipalities"
    assert counted_noun("How many schools are in the network?", grammar, analyzer, "en") == "schools"
    assert counted_noun("How many schools participated?", grammar, analyzer, "en") == "schools"


def test_a_page_is_written_in_the_language_most_of_its_paragraphs_are():
    from ingest.language import written_language

    # a nynorsk page with a bokmål section (a shared footer, a quoted rule) is nynorsk
    page = ("Oppvekst og utdanning\n\nKommuneområde oppvekst og utdanning omfattar barnehagar, grunnskular, PPT og "
            "helsestasjon. Kommuneområdet blir leia av kommunalsjef oppvekst og utdanning.\n\nSkolebibliotek\n\n"
            "Skolebiblioteket har åpent hver dag fra klokken åtte.\n")
    assert written_language(page) == "nn"
    assert written_language("Skolebiblioteket har åpent hver dag fra klokken åtte. Det er stengt i ferien.") == "nb"


def test_a_nynorsk_compound_crosses_by_a_short_last_part_or_its_inflected_form_where_bokmål_pages_write_it():
    from ingest.language import Analyzer

    analyzer = Analyzer(["hoveddelen", "partnerskapene", "partnerskap"])
    assert analyzer.canonical("hovuddelen", "nn") == "hoveddel"  # "del" is short, "hoveddel" a word the pages write
    assert analyzer.canonical("partnarskapa", "nn") == "partnerskap"  # the dictionary's lemma of it is no word


def test_a_nynorsk_verb_after_its_particle_and_the_ombod_cross_to_bokmål():
    from ingest.language import Analyzer

    analyzer = Analyzer(["barneombudet", "utgjør"])
    assert analyzer.canonical("utgjer", "nn") == "utgjøre"  # "ut" + "gjere", as "gjere" is "gjøre"
    assert analyzer.canonical("barneombodet", "nn") == "barneombud"


def test_a_first_part_that_stands_only_in_compounds_splits_them():
    from ingest.language import Analyzer

    analyzer = Analyzer(["funnene", "element"])  # no page writes "hoved" alone
    assert "funn" in analyzer.terms("Hovedfunn", "nb") and "element" in analyzer.terms("hovedelementer", "nb")


def test_a_line_reads_as_a_statement_by_its_verb_and_a_label_does_not():
    for statement in ("Fylkesmannen leier og koordinerer forumet", "Statsforvaltaren leier arbeidet i fylket",
                      "Evalueringen ga et løft for samarbeidet", "Rapporten er klar i mars"):
        assert reads_as_statement(statement), statement
    for label in ("Regional ordning for kompetanseutvikling", "Regionale kontaktpersoner i fylket",
                  "Kommunens oppgaver i ordningen", "Oppbygning, roller og ansvar", "To regioner i fylket",
                  "Hvem er med i forumet?", "LES MER OM HVORDAN DU SØKER", "Skolen vår"):
        assert not reads_as_statement(label), label


def test_a_line_of_date_stamps_is_a_date_stamp_and_dates_the_page_by_its_newest():
    assert is_date_stamp("Publisert 10.01.2023, sist endret 12.01.2023")
    assert is_date_stamp("Publisert 10.01.2023 | Oppdatert 12.02.2023")
    assert not is_date_stamp("Oppdatert 08.04.2024 med nye frister")
    assert stated_date("Tittel\nPublisert 10.01.2023 | Oppdatert 12.02.2023\nTekst.") == "2023-02-12"


def test_a_stamp_may_give_the_hour_be_nynorsk_or_write_an_english_date():
    assert is_date_stamp("Sist oppdatert: 11.12.2019 kl 14:17")
    assert is_date_stamp("Sist endra: 30.06.2023")
    assert is_date_stamp("Published online: 08 Feb 2023")
    assert stated_date("Tittel\nPublisert: 08.11.2022\nSist endra: 30.06.2023\nTekst.") == "2023-06-30"
    # a journal's history line dates the article by when it was published, whatever it names before
    assert stated_date("Pages 661-676 | Received 13 Feb 2022, Accepted 04 Jan 2023, Published online: 08 Feb 2023"
                       "\nAbstract") == "2023-02-08"


def test_a_sentence_that_leaves_the_choice_free_gives_a_rule_and_one_that_says_what_a_body_is_made_of_no_duty():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    kinds, _ = analyzer.passage_features("Eierne står fritt til å velge høgskole.", "nb")
    assert "rule" in kinds
    kinds, _ = analyzer.passage_features("Deltakelse i nettverket er frivillig.", "nb")
    assert "rule" in kinds
    grammar = analyzer.vocabulary.grammar
    assert grammar.search("composition-verb", "Forumet består av representanter fra kommunene")


def test_how_often_is_said_in_nynorsk_and_by_an_adjective_as_well():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    for text, lang in (("Forumet skal årleg drøfte modellen.", "nn"), ("Forumet lager en årlig plan.", "nb"),
                       ("Nettverket møtes kvartalsvis.", "nb"), ("The forum meets yearly.", "en"),
                       ("Vi har månedlige møter gjennom året.", "nb"), ("Gruppa har vekentlege møte.", "nn")):
        assert "frequency" in analyzer.passage_features(text, lang)[0], text


def test_a_row_of_short_items_after_a_verb_of_what_something_holds_is_a_list_and_two_long_clauses_are_not():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    for text in ("Tiltakene kan omfatte både enkeltkommuner, flere kommuner sammen og private eiere.",
                 "Forumet består av kommunene, fylkeskommunen og høgskolen."):
        assert "list" in analyzer.passage_features(text, "nb")[0], text
    assert "list" not in analyzer.passage_features(
        "Forslaget omfatter ordningene for kompetanseutvikling i barnehage og skole, og kompetanseløftet for "
        "spesialpedagogikk og inkluderende praksis.", "nb")[0]


def test_more_than_a_number_is_a_bound_not_a_comparison():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    assert "compare" not in analyzer.passage_features("The agency lent more than 50,000 audiobooks.", "en")[0]
    assert "compare" not in analyzer.passage_features("Mer enn 30 kommuner deltar.", "nb")[0]
    assert "compare" in analyzer.passage_features("Private barnehager deltar mindre enn kommunale.", "nb")[0]


def test_all_of_a_set_named_before_does_not_say_how_many_there_are():
    from ingest.language import Analyzer, counts

    analyzer = Analyzer([])
    regions = set(analyzer.terms("regioner", "nb"))
    assert counts("Fylket er delt i tre regioner.", regions, analyzer, "nb")
    assert counts("Ordningen gjelder i alle regioner.", regions, analyzer, "nb")
    assert not counts("Alle regionene har ei styringsgruppe.", regions, analyzer, "nb")
    assert not counts("Alle regioner som deltar, får midler.", regions, analyzer, "nb")


def test_a_compound_ends_in_a_word_only_after_a_first_part_that_is_a_word_of_its_own():
    from ingest.language import is_compound_of

    assert is_compound_of("søknadsfristen", "fristen") and is_compound_of("fødselsdato", "dato")
    assert not is_compound_of("spørsmål", "mål")  # "spør", "spørs" are forms of a verb, no first part


def test_the_names_documents_write_are_found_by_their_capital_inside_a_sentence():
    from ingest.language import name_forms, truecased

    names = name_forms(["I Vest-Finnmark har vi avtale med UiT. Kommunen samarbeider med Statped.\nAgder er stort.",
                        "Fylket Agder har åtte nettverk. Kommunen har en plan. Ansvarlig: Kari."])
    assert names == {"vest-finnmark": "Vest-Finnmark", "uit": "UiT", "statped": "Statped"}
    # "Kommunen" opens sentences only, and is written in lower case too: no name; "Agder" and "Ansvarlig" are words
    # the dictionary knows (a place, a label's word), which a question in lower case may mean as words
    assert truecased("søknadsfrist vest-finnmark for kommunen, uit", names) == (
        "søknadsfrist Vest-Finnmark for kommunen, UiT")
    # … but a word the dictionary knows, capitalised inside sentences again and again and never written in lower case,
    # is a name ("i Agder", "fra Agder"): a question that types "agder" means the place
    names = name_forms(["Samarbeidsforum i Agder leder arbeidet. Nettverkene i Agder melder behov.",
                        "Ansvarlig: Kari. Alle er ansvarlige. Kommunen har en plan."])
    assert names == {"agder": "Agder"}


def test_a_case_or_reference_number_is_no_year_but_a_span_of_years_is_two():
    assert years_said("Svar på oppdrag 2024-027 og sak 2021/123, sendt i 2022.") == [2022]
    assert years_said("Strategi 2017–2022 og 2017-2022") == [2017, 2022, 2017, 2022]


def test_a_nynorsk_study_meets_its_bokmål_word():
    from ingest.language import Analyzer

    analyzer = Analyzer([])
    for nynorsk, bokmal in [("utgreiinga", "utredningen"), ("utgreie", "utrede")]:
        assert set(analyzer.terms(nynorsk, "nn")) & set(analyzer.terms(bokmal, "nb")), nynorsk


def test_a_nynorsk_grant_meets_its_bokmål_word():
    from ingest.language import Analyzer

    analyzer = Analyzer(["bevilget", "bevilgning"])
    for nynorsk, bokmal in [("løyvd", "bevilget"), ("løyvde", "bevilget"), ("løyvinga", "bevilgningen")]:
        assert set(analyzer.terms(nynorsk, "nn")) & set(analyzer.terms(bokmal, "nb")), nynorsk


def test_nynorsk_teikn_and_nouns_in_ing_for_bokmål_else_meet_their_bokmål_words():
    from ingest.language import Analyzer

    analyzer = Analyzer(["kjennetegn", "måloppnåelse", "tegnspråk"])
    for nynorsk, bokmal in [("kjenneteikna", "kjennetegnene"), ("måloppnåinga", "måloppnåelsen"),
                            ("teiknspråk", "tegnspråk"), ("forståinga", "forståelsen")]:
        assert set(analyzer.terms(nynorsk, "nn")) & set(analyzer.terms(bokmal, "nb")), nynorsk


def test_a_word_left_open_by_its_hyphen_is_the_compound_it_shares_a_last_part_with():
    from ingest.language import Analyzer

    pages = "fag yrke opplæringen skole eiere barnehage videre utdanningen etter tilbud fagopplæring " \
            "barnehageeier etterutdanning skoleopplæring"
    analyzer = Analyzer.for_texts([(pages, "nb")])
    for text, meant in [("Fag- og yrkesopplæringen inngår", "fagopplæringen"),
                        ("barnehage- og skoleeiere", "barnehageeiere"),
                        ("Strategi for etter- og videreutdanning", "etterutdanning"),
                        ("barnehage-, skole- og yrkesopplæringen", "skoleopplæringen")]:
        assert set(analyzer.terms(meant, "nb")) <= set(analyzer.terms(text, "nb")), text
    # … a word the pages write: "videreutdanningstilbud" splits as "videreutdannings|tilbud", and "ettertilbud" is
    # no word
    assert analyzer.completed_compounds("etter- og videreutdanningstilbud") == []
    # a hyphen inside a word joins its parts; it leaves nothing open
    assert analyzer.completed_compounds("PP-tjenesten og skoleeiere") == []


def test_a_particle_that_is_mostly_a_preposition_joins_its_verb_only_right_after_it():
    from ingest.language import Analyzer, joined_particle_verbs

    analyzer = Analyzer(["omfatte", "omsøkt"])
    assert "omfatter" not in joined_particle_verbs("Hvem fatter vedtak om tildeling?", analyzer, "nb").get("fatter", [])
    assert "omsøke" in joined_particle_verbs("Kan vi søke om midler?", analyzer, "nb").get("søke", [])
    assert "utbetaler" in joined_particle_verbs("Når betaler Udir ut midlene?", analyzer, "nb").get("betaler", [])


def test_a_cleft_names_who_acts_whether_or_not_the_vocabulary_knows_them():
    from ingest.language import Analyzer, acting, cleft_doers, says_act_without_doer

    analyzer = Analyzer([])
    assert cleft_doers("Det er seksjon for oppvekst og læring som fatter vedtak.", analyzer, "nb") >= {
        "seksjon", "oppvekst"}
    assert "seksjon" in acting("Det er seksjon for oppvekst og læring som fatter vedtak.", analyzer, "nb")
    assert not cleft_doers("Det er viktig at foreldrene får vite om vedtaket.", analyzer, "nb")
    # an s-passive is the asked verb whether or not the dictionary knows both forms ("fatter" / "fattes")
    assert says_act_without_doer("Foreldrene må samtykke før det fattes vedtak.", "fatter", analyzer, "nb")


def test_the_subject_of_a_sentence_that_opens_with_a_clause_stands_after_the_main_verb():
    from ingest.language import load_vocabulary, subject_words

    grammar = load_vocabulary().grammar
    assert subject_words("Der det ikke er gode strukturer, kan fylkesmannen ha en aktiv rolle.", grammar) == [
        "fylkesmannen"]
    assert subject_words("Dersom eieren ikke melder behov, skal kommunen og fylket gjøre det.", grammar) == [
        "kommunen", "fylket"]
    assert subject_words("PP-tjenesten, Statped og UH skal samarbeide.", grammar)[1:] == ["Statped", "UH"]


def test_a_lead_that_only_asks_for_a_short_answer_is_no_part_of_the_question():
    from ingest.language import load_vocabulary, question_types, without_request

    grammar = load_vocabulary().grammar
    assert without_request("Kort fortalt: hva er Kompetanseløftet?", grammar) == "hva er Kompetanseløftet?"
    assert without_request("Kort sagt: hvem melder behov?", grammar) == "hvem melder behov?"
    assert without_request("Et spørsmål om fristen: når er den?", grammar) == "Et spørsmål om fristen: når er den?"
    # the clause after a lead and a colon is the one that asks, as after a comma
    assert "day" in question_types("Et spørsmål om fristen: når er den?", grammar)
    # … and so is one said after the question, or before it with a comma
    assert without_request("Hva er målet med ordningen, kort sagt?", grammar) == "Hva er målet med ordningen?"
    assert without_request("What is the scheme, in short?", grammar) == "What is the scheme?"
    assert without_request("Kort fortalt, hva er Kompetanseløftet?", grammar) == "hva er Kompetanseløftet?"
    # … or after it with no comma, as a question typed in haste; not one word of them, which may be the question's own
    assert without_request("hva er kompetanseløftet kort fortalt", grammar) == "hva er kompetanseløftet"
    assert without_request("Hva gjør Statped i korte trekk?", grammar) == "Hva gjør Statped?"
    assert without_request("Er kurset kort?", grammar) == "Er kurset kort?"
    asked = "Hvem kan søke, og hvor kort er fristen?"
    assert without_request(asked, grammar) == asked


def test_a_courtesy_before_a_request_is_no_part_of_the_question():
    from ingest.language import load_vocabulary, without_request

    grammar = load_vocabulary().grammar
    assert without_request("Vær så snill og forklar hva samarbeidsforum gjør.", grammar) == "hva gjør samarbeidsforum."
    assert without_request("Vennligst forklar hva Statped gjør", grammar) == "hva gjør Statped"
    assert without_request("Please explain what Statped does", grammar) == "what Statped does"
    assert without_request("Vær så snill, hvem melder behov?", grammar) == "hvem melder behov?"


def test_what_if_leans_on_the_conversation():
    assert is_follow_up("Hva om barnet går i barnehage?")
    assert is_follow_up("Kva om kommunen ikkje har PPT?", "nn")
    assert is_follow_up("What if the school is private?", "en")


def test_a_word_that_names_the_kind_asked_names_no_thing_of_a_follow_up():
    # "fristen" and "responsible" say what kind of answer is asked: each question names one thing, and leans on
    # the conversation
    assert is_follow_up("Når er fristen for nettverkene?")
    assert is_follow_up("Who is responsible for the measures?", "en")
    assert not is_follow_up("Hva er Statpeds rolle i kompetanseløftet?")


def test_a_participle_the_lemmatiser_reads_apart_from_its_verb_still_meets_the_verbs_synonyms():
    from ingest.language import Analyzer, expand

    # synonyms.txt: opprette, etablere; the lemmatiser reads "opprettet" as "opprette" and the entry as "opprett"
    found = expand("Når ble ordningen opprettet?", "nb", Analyzer([])).words.get("opprettet", [])
    assert ("etablere", "nb") in found, found


def test_a_plural_is_told_from_a_noun_of_one_who_does_something():
    from ingest.language import is_plural_noun

    assert is_plural_noun("kommuner", "nb") and is_plural_noun("kommunane", "nn") and is_plural_noun("skular", "nn")
    assert is_plural_noun("schools", "en")
    assert not any(is_plural_noun(w, "nb") for w in ("leder", "lærer", "eier", "statsforvalter", "PP-tjenesten"))


def test_a_quality_asked_is_the_last_word_of_a_short_is_it_question_and_said_after_the_copula():
    from ingest.language import Analyzer, predicates_quality, qualities_asked

    analyzer = Analyzer([])
    assert qualities_asked("Er ordningen varig?", analyzer, "nb") == {"varig"}
    assert qualities_asked("Er Leseløftet midlertidig eller varig?", analyzer, "nb") == {"midlertidig", "varig"}
    assert qualities_asked("Is the scheme permanent?", analyzer, "en") == {"permanent"}
    # no named thing, or a clause of its own, asks no quality
    assert not qualities_asked("Er det frivillig?", analyzer, "nb")
    assert not qualities_asked("Er det mulig å søke om midler til vikarer?", analyzer, "nb")
    # … but a pronoun that points back does, and the article of a noun with an adjective is no word of its own
    binding = {analyzer.canonical("bindende", "nb")}
    assert qualities_asked("Er den bindende?", analyzer, "nb") == binding
    assert qualities_asked("Er den sakkyndige vurderingen bindende?", analyzer, "nb") == binding
    varig = frozenset({"varig"})
    assert predicates_quality("Etter det vil det være en varig ordning.", varig, analyzer, "nb")
    assert predicates_quality("Ordninga er varig.", varig, analyzer, "nn")
    assert not predicates_quality("Tjenestene er rettet mot barn med varige behov.", varig, analyzer, "nb")


def test_a_name_with_an_ending_the_dictionary_knows_as_its_own_word_is_another_name():
    assert is_another_name("Vestlandet", "Vestland", "nb")  # the western region, not the county
    assert not is_another_name("Vestlands", "Vestland", "nb")  # a genitive
    assert not is_another_name("Statsforvalteren", "Statsforvalter", "nb")  # the definite form of the same noun
    assert not is_another_name("Statsforvalteren", "Statsforvaltaren", "nn")  # another spelling
    assert not is_another_name("Statpeds", "Statped", "nb")


def test_a_quality_is_answered_no_by_its_opposite_read_both_ways():
    from ingest.language import Analyzer, opposite_qualities

    analyzer = Analyzer()

    def lemmas(*said: str) -> frozenset[str]:
        return frozenset(analyzer.canonical(w, "nb") for w in said)

    assert opposite_qualities(lemmas("bindende"), analyzer, "nb") == lemmas("rådgivende")
    assert opposite_qualities(lemmas("midlertidig"), analyzer, "nb") == lemmas("varig")
    assert not opposite_qualities(lemmas("viktig"), analyzer, "nb")
