# A message with the euro sign, which windows-1252 has and Latin-1 has not.


def test_preis_in_euro():
    assert False, "Preis fehlt: 12 € für Größe M"
