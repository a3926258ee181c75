#!/usr/bin/env bash
# Regenerates __tests__/fixtures/junit/*.xml with the real tools, where this machine can run
# them: jest-junit and mocha-junit-reporter from the npm registry, pytest and PHPUnit from
# Debian's packages (python3-pytest, phpunit), ctest from cmake. The Surefire, Gradle and
# go-junit-report fixtures follow those tools' documented formats and are kept by hand.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../__tests__/fixtures/junit"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# jest + jest-junit
mkdir -p "$work/jest" && cd "$work/jest"
npm init -y >/dev/null
npm install --no-audit --no-fund jest@30 jest-junit@16 >/dev/null 2>&1
cp "$here/sample.test.js" .
JEST_JUNIT_OUTPUT_FILE="$out/jest-junit.xml" npx jest --ci --reporters=jest-junit >/dev/null 2>&1 || true

# mocha + mocha-junit-reporter
mkdir -p "$work/mocha" && cd "$work/mocha"
npm init -y >/dev/null
npm install --no-audit --no-fund mocha@11 mocha-junit-reporter@2 >/dev/null 2>&1
cp "$here/sample.mocha.cjs" .
npx mocha sample.mocha.cjs --reporter mocha-junit-reporter --reporter-options "mochaFile=$out/mocha-junit-reporter.xml" >/dev/null 2>&1 || true

# pytest
mkdir -p "$work/pytest" && cd "$work/pytest"
cp "$here/test_sample.py" .
/usr/bin/python3 -m pytest -p no:cacheprovider --junitxml="$out/pytest.xml" -o junit_family=xunit2 test_sample.py >/dev/null 2>&1 || true

# ctest
mkdir -p "$work/ctest" && cd "$work/ctest"
cp "$here/CMakeLists.txt" .
cmake -S . -B build >/dev/null
(cd build && ctest --output-junit "$out/ctest.xml" >/dev/null 2>&1 || true)

# PHPUnit
mkdir -p "$work/phpunit" && cd "$work/phpunit"
cp "$here/SampleTest.php" .
phpunit --log-junit "$out/phpunit.xml" SampleTest.php >/dev/null 2>&1 || true

# Strip what changes on every run (timestamps, hostnames, temp paths) so the fixtures are stable.
sed -i -E 's/ (timestamp|hostname)="[^"]*"//g; s#'"$work"'#/work#g' "$out"/*.xml
echo "fixtures written to $out"
