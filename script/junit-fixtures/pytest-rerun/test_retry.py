# Run with --reruns 2: test_flaky_upload fails once (FLAKY_MARKER remembers it) and passes when rerun.
import os, pathlib

def test_stable():
    assert True

def test_flaky_upload():
    marker = pathlib.Path(os.environ["FLAKY_MARKER"])
    if not marker.exists():
        marker.write_text("failed once")
        raise ConnectionError("upload timed out")

def test_broken_export():
    assert 2 + 2 == 5, "export wrote 4 colourways, expected 5"
