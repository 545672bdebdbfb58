from assistant.compose import is_fact_box


def test_the_labels_of_a_figure_are_a_fact_box_not_a_sentence_saying_what_someone_does():
    # a figure's labels ("UH-sektor" over "Stat") have the actor as their first word, but say nothing it does
    assert is_fact_box("UH-sektor\n\nStat")
    assert is_fact_box("Kontaktperson\nKari Nordmann")
    assert not is_fact_box("UH-sektoren er kompetansepartner for kommunene.")
    assert not is_fact_box("Statsforvalteren skal:\n• veilede kommunene\n• følge opp søknadene")
