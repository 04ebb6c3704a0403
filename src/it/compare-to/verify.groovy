// A pull request audited against main with -Drustgo.compareTo=main: main is read straight from git
// (the working tree, which holds the pull request, is not touched), audited with today's policy, and
// the difference reported. The policy says gate: changes, so only what the change made worse counts:
// matcher, a new Rust candidate left in Go, fails the build; ledger's finding, which main already had,
// is reported at WARNING and fails nothing.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}
hasLine '[ERROR] services/matcher.yaml:6:13: [rust-candidate-in-go] matcher is a Rust candidate (R-TAIL p99LatencyMs 1, R-THROUGHPUT peakRps 400000, R-CONCURRENCY concurrency hard) but is written in go; record the decision to stay on Go in spec.decision (with its record), or plan the move to Rust'
hasLine '[WARNING] services/ledger.yaml:6:13: [rust-candidate-in-go] ledger is a Rust candidate (R-TAIL p99LatencyMs 2, R-THROUGHPUT peakRps 300000, R-CONCURRENCY concurrency hard) but is written in go; record the decision to stay on Go in spec.decision (with its record), or plan the move to Rust'
hasLine '[INFO] rustgo: against main: Rust share 33.3% -> 66.7%; 1 added, 1 removed; 1 verdicts changed; 2 new findings, 0 fixed (gate: changes, only new findings count)'
assert log.any { it.contains('rustgo: 1 finding fails the build (1 error: 1 rust-candidate-in-go)') }

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.compare.against == 'main'
assert audit.compare.shareBefore == 0.3333 && audit.compare.shareAfter == 0.6667
assert audit.compare.added == ['matcher']
assert audit.compare.removed == ['checkout']
assert audit.compare.changed == [[service: 'search', before: 'go', after: 'review',
        gained: ['R-TAIL p99LatencyMs 3', 'R-THROUGHPUT peakRps 250000', 'R-CONCURRENCY concurrency hard'],
        lost: ['G-GOOD-ENOUGH p99LatencyMs 120', 'G-GOOD-ENOUGH peakRps 2000']]]
assert audit.findings.collect { [it.service, it.rule, it.new, it.failsBuild] } == [
        ['ledger', 'rust-candidate-in-go', false, false],
        ['matcher', 'rust-candidate-in-go', true, true],
        ['search', 'needs-review', true, false],
]

// The Markdown report, written to be posted as the pull request's comment.
def md = new File(basedir, 'target/rustgo/audit.md').text
assert md.contains('### What this change moves (against `main`)')
assert md.contains('Rust share 33.3% → 66.7% · 1 added, 1 removed · 1 verdicts changed · 2 new findings, 0 fixed')
assert md.contains('| ➕ added | matcher | verdict **rust**, written in go |')
assert md.contains('| ➖ removed | checkout | |')
assert md.contains('| 🔀 verdict | search | go → **review**; now R\\-TAIL p99LatencyMs 3')
assert md.contains('| ❌ new error | matcher | **rust\\-candidate\\-in\\-go** matcher is a Rust candidate')
assert md.length() <= 65536

// No checkout: the working tree still holds the pull request, and git sees the same changes.
def status = ['git', 'status', '--porcelain', '--', 'services'].execute(null, basedir).text.readLines().sort()
assert status == [' D services/checkout.yaml', ' M services/search.yaml', '?? services/matcher.yaml']
true
