import pytest


def test_passes():
    assert 1 + 1 == 2


def test_fails():
    assert {"colours": 2} == {"colours": 3}, "expected 3 colourways"


@pytest.fixture
def broken():
    raise RuntimeError("database unavailable")


def test_errors_in_fixture(broken):
    pass


@pytest.mark.skip(reason="needs the CDN")
def test_skipped():
    pass


@pytest.mark.xfail(reason="known bug")
def test_expected_failure():
    assert False


def test_ünïcödé_name():
    assert "ü" == "ü"
