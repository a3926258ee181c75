#!/usr/bin/env bash
# Regenerates __tests__/fixtures/junit/*.xml with the real tools, where this machine can run
# them: jest-junit and mocha-junit-reporter from the npm registry, pytest (with
# pytest-rerunfailures), PHPUnit and gotestsum from Debian's packages (python3-pytest,
# python3-pytest-rerunfailures, phpunit, golang-go, gotestsum), ctest from cmake,
# TAP::Formatter::JUnit from Debian's libtap-formatter-junit-perl (run by prove). Reports in
# other encodings are pytest's, converted with iconv as Windows tools and editors save them
# (encoding/*.xml, see encodings below). The Surefire,
# Gradle, go-junit-report, TestNG and converter fixtures follow those tools' documented
# formats and are kept by hand (go-junit-report is not packaged here).
#
#   script/junit-fixtures/make.sh                  # every tool
#   script/junit-fixtures/make.sh jest_matrix pytest_rerun   # only these
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(cd "$here/../../__tests__/fixtures/junit" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
touch "$work/started"

install_jest() {
  [ -d "$work/jest/node_modules" ] && return
  mkdir -p "$work/jest" && (cd "$work/jest" && npm init -y >/dev/null &&
    npm install --no-audit --no-fund jest@30 jest-junit@16 >/dev/null 2>&1)
}

# jest + jest-junit
jest() {
  install_jest
  cd "$work/jest" && mkdir -p sample && cp "$here/sample.test.js" sample/
  JEST_JUNIT_OUTPUT_FILE="$out/jest-junit.xml" npx jest --ci --rootDir sample --reporters=jest-junit >/dev/null 2>&1 || true
}

# two test files with the same describe/it titles, in one jest-junit report
jest_two_files() {
  install_jest
  cd "$work/jest" && mkdir -p two-files && cp "$here"/jest-two-files/*.test.js two-files/
  JEST_JUNIT_OUTPUT_FILE="$out/jest-two-files.xml" npx jest --ci --runInBand --rootDir two-files --reporters=jest-junit >/dev/null 2>&1 || true
}

# one test file on three matrix legs, each failing a different test: one report per leg
jest_matrix() {
  install_jest
  cd "$work/jest" && mkdir -p matrix && cp "$here"/jest-matrix/*.test.js matrix/
  for leg in 20 22 24; do
    LEG=$leg JEST_JUNIT_OUTPUT_FILE="$out/matrix/node-$leg/junit.xml" npx jest --ci --rootDir matrix --reporters=jest-junit >/dev/null 2>&1 || true
  done
}

# mocha + mocha-junit-reporter
mocha() {
  mkdir -p "$work/mocha" && cd "$work/mocha"
  npm init -y >/dev/null
  npm install --no-audit --no-fund mocha@11 mocha-junit-reporter@2 >/dev/null 2>&1
  cp "$here/sample.mocha.cjs" .
  npx mocha sample.mocha.cjs --reporter mocha-junit-reporter --reporter-options "mochaFile=$out/mocha-junit-reporter.xml" >/dev/null 2>&1 || true
}

# pytest
pytest() {
  mkdir -p "$work/pytest" && cd "$work/pytest"
  cp "$here/test_sample.py" .
  /usr/bin/python3 -m pytest -p no:cacheprovider --junitxml="$out/pytest.xml" -o junit_family=xunit2 test_sample.py >/dev/null 2>&1 || true
}

# pytest with pytest-rerunfailures: a test that fails once and passes when rerun
pytest_rerun() {
  mkdir -p "$work/pytest-rerun" && cd "$work/pytest-rerun"
  cp "$here/pytest-rerun/test_retry.py" .
  FLAKY_MARKER="$work/pytest-rerun/failed-once" /usr/bin/python3 -m pytest -p no:cacheprovider --reruns 2 \
    --junitxml="$out/pytest-rerunfailures.xml" -o junit_family=xunit2 test_retry.py >/dev/null 2>&1 || true
}

# go test -count=3 through gotestsum
gotestsum_count() {
  mkdir -p "$work/go" && cp "$here"/gotestsum/* "$work/go/" && cd "$work/go"
  GOFLAGS=-mod=mod GOPROXY=off GOCACHE="$work/gocache" \
    gotestsum --junitfile "$out/gotestsum-count3.xml" -- -count=3 ./... >/dev/null 2>&1 || true
}

# ctest
ctest_() {
  mkdir -p "$work/ctest" && cd "$work/ctest"
  cp "$here/CMakeLists.txt" .
  cmake -S . -B build >/dev/null
  (cd build && ctest --output-junit "$out/ctest.xml" >/dev/null 2>&1 || true)
}

# PHPUnit
phpunit_() {
  mkdir -p "$work/phpunit" && cd "$work/phpunit"
  cp "$here/SampleTest.php" .
  phpunit --log-junit "$out/phpunit.xml" SampleTest.php >/dev/null 2>&1 || true
}

# prove with TAP::Formatter::JUnit: a test script that fails 2 of its 4 tests, which prove
# calls "Dubious, test returned 2" and the formatter writes as a suite-level <error>
tap_junit() {
  mkdir -p "$work/tap" && cd "$work/tap"
  cp "$here/tap/season.t" .
  prove --formatter TAP::Formatter::JUnit season.t >"$out/tap-formatter-junit.xml" 2>/dev/null || true
}

# pytest's UTF-8 reports with names and messages outside ASCII, saved in the encodings real
# reports come in: what PowerShell 5.1's `>` and Out-File write (UTF-16LE with a byte-order
# mark, the declaration still saying utf-8), UTF-16BE and UTF-8 with a byte-order mark, Latin-1
# and windows-1252 with their declaration, a newline before the declaration; and two that
# cannot be read: UTF-32 and EBCDIC (IBM037). pytest's console output saved as a report is
# the plain-text file.
encodings() {
  local py="${PYTHON:-python3}" enc="$out/encoding"
  mkdir -p "$work/enc" "$enc" && cd "$work/enc"
  cp "$here"/encoding/*.py .
  "$py" -m pytest -p no:cacheprovider --junitxml=utf8.xml -o junit_family=xunit2 test_encoding.py >/dev/null 2>&1 || true
  "$py" -m pytest -p no:cacheprovider --junitxml=euro.xml -o junit_family=xunit2 test_euro.py >/dev/null 2>&1 || true
  "$py" -m pytest -p no:cacheprovider -o junit_family=xunit2 test_encoding.py 2>&1 |
    sed -E '/^(platform |benchmark: |rootdir: |plugins: )/d; s/ in [0-9.]+s / in 0.01s /' >"$enc/console-output.xml" || true
  sed -i -E 's/ (timestamp|hostname)="[^"]*"//g; s/ time="[^"]*"//g' utf8.xml euro.xml
  { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE utf8.xml; } >"$enc/utf-16le-bom.xml"
  { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE utf8.xml; } >"$enc/utf-16be-bom.xml"
  { printf '\xef\xbb\xbf'; cat utf8.xml; } >"$enc/utf-8-bom.xml"
  { printf '\n'; cat utf8.xml; } >"$enc/leading-newline.xml"
  sed 's/encoding="utf-8"/encoding="ISO-8859-1"/' utf8.xml | iconv -f UTF-8 -t ISO-8859-1 >"$enc/latin-1.xml"
  sed 's/encoding="utf-8"/encoding="windows-1252"/' euro.xml | iconv -f UTF-8 -t WINDOWS-1252 >"$enc/windows-1252.xml"
  iconv -f UTF-8 -t UTF-32 utf8.xml >"$enc/utf-32.xml"
  sed 's/encoding="utf-8"/encoding="IBM037"/' utf8.xml | iconv -f UTF-8 -t IBM037 >"$enc/ebcdic.xml"
}

all=(jest jest_two_files jest_matrix mocha pytest pytest_rerun gotestsum_count ctest_ phpunit_ tap_junit encodings)
for tool in "${@:-${all[@]}}"; do "$tool"; done

# Strip what changes on every run (timestamps, hostnames, temp paths) so the fixtures are stable.
find "$out" -name '*.xml' -newer "$work/started" -exec sed -i -E 's/ (timestamp|hostname)="[^"]*"//g; s#'"$work"'#/work#g' {} +
echo "fixtures written to $out"
