# A Perl test that fails two of its tests: prove reports "Dubious, test returned 2", which
# TAP::Formatter::JUnit writes as a suite-level <error> after the listed cases.
use strict;
use warnings;
use Test::More tests => 4;

ok(1, 'exports the season');
ok(0, 'signs the archive');
ok(1, 'uploads the colourways');
is(2 + 2, 5, 'counts the sizes');
