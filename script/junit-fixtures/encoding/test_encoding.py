# Test names and messages outside ASCII: the report is converted with iconv to each encoding
# a real report comes in (UTF-16 with a byte-order mark, Latin-1 with its declaration...).


def test_größentabelle():
    pass


def test_farbe_grün():
    assert "Grün" == "Gruen", "Farbvariante fehlt: Grün"
