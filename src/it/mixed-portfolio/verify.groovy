// Native and Backstage descriptors make one portfolio. A native dependsOn: [ledger] names a Backstage
// component and a Backstage component:fraud-check names a native service: both edges resolve (no
// unknown-dependency warning) and count as fan-in. A name used in both envelopes is the
// duplicate-service error, naming both places; it fails the build through the policy gate.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

def duplicate = "services/orders.yaml:5:9: [duplicate-service] service name 'orders' is already used at orders/catalog-info.yaml:4:9; names must be unique across the portfolio"
hasLine "[ERROR] $duplicate".toString()
assert log.any { it ==~ /\[INFO\] checkout +go +go +.*/ }
assert log.any { it ==~ /\[INFO\] fraud-check +go +go +.*/ }
assert log.any { it ==~ /\[INFO\] ledger +go +go +.*/ }
assert log.any { it ==~ /\[INFO\] orders +go +go +.*/ }
hasLine '[INFO] rustgo: 4 services (0 rust, 4 go, 0 review); findings: 1 error, 0 warning, 0 info; result: fail; report: target/rustgo/audit.json'
// Maven 3.10 logs BUILD FAILURE at ERROR, the others at INFO.
assert log.any { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ } : 'no BUILD FAILURE line'
// The edges across envelopes resolve: no warning at all, unknown-dependency or other.
assert !log.any { it.startsWith('[WARNING]') }
assert !log.any { it.contains('unknown-dependency') }
// The only ERROR lines are the finding and Maven's failure block.
assert log.findAll { it.startsWith('[ERROR] ') && it.contains('.yaml:') } == ["[ERROR] $duplicate".toString()]

def failures = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:audit \(default\) on project mixed-portfolio: (.*) -> \[Help 1\]$/
assert m.matches() : failures[0]
assert m.group(1) == 'rustgo: 1 finding fails the build (1 error: 1 duplicate-service); fix it as the line above says (rustgo.failOn sets the gate)'
hasLine '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException'

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
// The first orders in file order (the Backstage one) is kept; the native copy is the duplicate.
assert audit.services.collect { [it.name, it.file, it.line] } == [
        ['checkout', 'services/checkout.yaml', 5],
        ['fraud-check', 'services/fraud-check.yaml', 4],
        ['ledger', 'ledger/catalog-info.yaml', 5],
        ['orders', 'orders/catalog-info.yaml', 4],
]
def service = audit.services.collectEntries { [it.name, it] }
def dependents = { String name -> service[name].reasons.find { it.evidence.startsWith('dependents ') }?.evidence }
// native checkout -> Backstage ledger
assert dependents('ledger') == 'dependents 5 (1 in the portfolio, 4 external)'
// Backstage ledger -> native fraud-check
assert dependents('fraud-check') == 'dependents 5 (1 in the portfolio, 4 external)'
assert audit.findings.collect { [it.rule, it.severity, it.service, it.file, it.line, it.column, it.failsBuild] } == [
        ['duplicate-service', 'error', 'orders', 'services/orders.yaml', 5, 9, true],
]
assert audit.findings[0].message == "service name 'orders' is already used at orders/catalog-info.yaml:4:9; names must be unique across the portfolio"
assert audit.errors == []
assert audit.files.read == 5
assert audit.files.failed == []
assert audit.summary.result == 'fail'
true
