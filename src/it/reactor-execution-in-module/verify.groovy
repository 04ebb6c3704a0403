// The parent declares and configures the plugin but binds no goal; modules a and b bind the audit.
// The audit runs once, in a (the first module in which the goal runs), over the whole reactor, and
// b says so in one line; the parent, which runs no goal of the plugin, is not taken for the auditor.
// Then, with the default failOn, a's Rust candidate in Go fails the build.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').readLines()
def starts = all.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 2
def reportOnly = all.subList(starts[0], starts[1])
def gated = all.subList(starts[1], all.size())
def has = { List<String> log, String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}
def summaryLines = { List<String> log -> log.findAll { it.startsWith('[INFO] rustgo: ') && it.contains(' services (') } }

// 1. failOn=never: one audit, in a, of every module's services; b defers to a; nothing in the parent.
assert reportOnly.findAll { it ==~ /\[INFO\] --- rustgo(-maven-plugin)?:\S+:audit \(default\) @ \S+ ---/ }.collect { it.replaceAll(/.* @ (\S+) ---/, '$1') } == ['a', 'b']
assert summaryLines(reportOnly) == ['[INFO] rustgo: 2 services (1 rust, 1 go, 0 review); findings: 1 error, 0 warning, 0 info; result: warn; report: a/target/rustgo-report-only/audit.json']
has reportOnly, '[WARNING] a/services/matcher.yaml:8:13: [rust-candidate-in-go] matcher is a Rust candidate (R-TAIL p99LatencyMs 2, R-THROUGHPUT peakRps 400000, R-CONCURRENCY concurrency hard) but is written in go; record the decision to stay on Go in spec.decision (with its record), or plan the move to Rust'
assert reportOnly.count("[INFO] rustgo: this module's descriptors are audited with the whole reactor in a") == 1
assert !reportOnly.any { it.contains('audited with the whole reactor in shop') }
has reportOnly, '[INFO] BUILD SUCCESS'
def report = new JsonSlurper().parse(new File(basedir, 'a/target/rustgo-report-only/audit.json'))
assert report.services.collect { [it.name, it.file] } == [['ledger', 'b/services/ledger.yaml'], ['matcher', 'a/services/matcher.yaml']]
assert !new File(basedir, 'target/rustgo-report-only').exists()
assert !new File(basedir, 'b/target/rustgo-report-only').exists()

// 2. The default failOn=error: the same audit fails the build, in a, with the one-line message.
assert summaryLines(gated) == ['[INFO] rustgo: 2 services (1 rust, 1 go, 0 review); findings: 1 error, 0 warning, 0 info; result: fail; report: a/target/rustgo/audit.json']
has gated, '[ERROR] a/services/matcher.yaml:8:13: [rust-candidate-in-go] matcher is a Rust candidate (R-TAIL p99LatencyMs 2, R-THROUGHPUT peakRps 400000, R-CONCURRENCY concurrency hard) but is written in go; record the decision to stay on Go in spec.decision (with its record), or plan the move to Rust'
def failures = gated.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:audit \(default\) on project a: (.*) -> \[Help 1\]$/
assert m.matches() : failures[0]
assert m.group(1) == 'rustgo: 1 finding fails the build (1 error: 1 rust-candidate-in-go); fix it as the line above says, or record a decision in spec.decision (rustgo.failOn sets the gate)'
assert gated.any { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ } : 'no BUILD FAILURE line'
true
