// The plugin is only in the parent's pluginManagement and `mvn rustgo:audit` is typed at the root: the
// goal runs in every module of the session, so the first (the parent) audits the whole reactor once and
// a and b each say so in one line, rather than each auditing the whole reactor again. Then, with the
// default failOn, b's Rust candidate in Go fails the build, in the parent.
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

// 1. failOn=never: one audit, in the parent, of every module's services.
assert reportOnly.findAll { it ==~ /\[INFO\] --- rustgo(-maven-plugin)?:\S+:audit \(default-cli\) @ \S+ ---/ }.collect { it.replaceAll(/.* @ (\S+) ---/, '$1') } == ['shop', 'a', 'b']
assert summaryLines(reportOnly) == ['[INFO] rustgo: 2 services (1 rust, 1 go, 0 review); findings: 1 error, 0 warning, 0 info; result: warn; report: target/rustgo-report-only/audit.json']
assert reportOnly.count("[INFO] rustgo: this module's descriptors are audited with the whole reactor in shop") == 2
assert reportOnly.count { it.startsWith('[WARNING] b/services/matcher.yaml:8:13: [rust-candidate-in-go] ') } == 1
has reportOnly, '[INFO] BUILD SUCCESS'
def report = new JsonSlurper().parse(new File(basedir, 'target/rustgo-report-only/audit.json'))
assert report.services.collect { [it.name, it.file] } == [['ledger', 'a/services/ledger.yaml'], ['matcher', 'b/services/matcher.yaml']]
['a', 'b'].each { assert !new File(basedir, "${it}/target/rustgo-report-only").exists() : "module $it wrote a report" }

// 2. The default failOn=error: the audit fails the build in the parent, with the one-line message.
assert summaryLines(gated) == ['[INFO] rustgo: 2 services (1 rust, 1 go, 0 review); findings: 1 error, 0 warning, 0 info; result: fail; report: target/rustgo/audit.json']
has gated, '[ERROR] b/services/matcher.yaml:8:13: [rust-candidate-in-go] matcher is a Rust candidate (R-TAIL p99LatencyMs 2, R-THROUGHPUT peakRps 400000, R-CONCURRENCY concurrency hard) but is written in go; record the decision to stay on Go in spec.decision (with its record), or plan the move to Rust'
def failures = gated.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:audit \(default-cli\) on project shop: (.*) -> \[Help 1\]$/
assert m.matches() : failures[0]
assert m.group(1) == 'rustgo: 1 finding fails the build (1 error: 1 rust-candidate-in-go); fix it as the line above says, or record a decision in spec.decision (rustgo.failOn sets the gate)'
assert gated.any { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ } : 'no BUILD FAILURE line'
true
