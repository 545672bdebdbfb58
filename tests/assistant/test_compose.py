from assistant.compose import is_fact_box, stops_inside


def test_the_labels_of_a_figure_are_a_fact_box_not_a_sentence_saying_what_someone_does():
    # a figure's labels ("UH-sektor" over "Stat") have the actor as their first word, but say nothing it does
    assert is_fact_box("UH-sektor\n\nStat")
    assert is_fact_box("Kontaktperson\nKari Nordmann")
    assert not is_fact_box("UH-sektoren er kompetansepartner for kommunene.")
    assert not is_fact_box("Statsforvalteren skal:\n• veilede kommunene\n• følge opp søknadene")


def test_a_sentence_the_saved_text_stops_inside_is_cut_but_a_closing_label_is_not():
    def last_unit_is_cut(text: str, last: str) -> bool:
        return stops_inside(text, text.index(last), len(text))

    assert last_unit_is_cut("Fristene følger fjorårets. Fristen for innstillinga frå Samarbei",
                            "Fristen for innstillinga frå Samarbei")  # runs on from a sentence on its line
    assert last_unit_is_cut("Om ordningen\n\nStatsforvalteren kan støtte og veilede kommunene i",
                            "Statsforvalteren kan støtte og veilede kommunene i")  # longer than a label
    assert not last_unit_is_cut("Om prosjektet\n\nPartner institution\nNTNU Social Research",
                                "Partner institution\nNTNU Social Research")
    assert not last_unit_is_cut("Om ordningen\n\nStatsforvalteren kan støtte og veilede kommunene.",
                                "Statsforvalteren kan støtte og veilede kommunene.")
