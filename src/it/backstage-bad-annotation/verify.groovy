// Bad rustgo.dev/ annotations are bad input, each reported as file:line:column at the annotation's
// own place: a value that is not a number (at the value), an unknown annotation with a "did you mean"
// (at the key), and an unquoted number, which Backstage does not allow (at the value, saying to quote
// it). All are reported together, the build fails with a MojoExecutionException, and the good services,
// one of them in the same file as the bad ones, are still audited and in audit.json.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

def problems = [
    "pricing/catalog-info.yaml:8:26: annotation rustgo.dev/peak-rps must be a whole number of 0 or more; found 'lots'",
    "pricing/catalog-info.yaml:9:5: unknown annotation 'rustgo.dev/memory-budget-mb'; did you mean 'rustgo.dev/memory-budget-mib'?",
    'pricing/catalog-info.yaml:22:32: annotation rustgo.dev/p99-latency-ms must be a string, as Backstage requires; quote it: "2"',
]
problems.each { hasLine "[ERROR] $it".toString() }
// The two good services are audited and listed; the two bad ones are not.
assert log.any { it ==~ /\[INFO\] orders +go +go +1\.00 +keep +G-GOOD-ENOUGH p99LatencyMs 250/ }
assert log.any { it ==~ /\[INFO\] pricing-admin +go +go +1\.00 +keep +G-CONTROL-PLANE role admin-api/ }
assert !log.any { it ==~ /\[INFO\] (quote-engine|fx-rates) .*/ }
hasLine '[INFO] rustgo: 2 services (0 rust, 2 go, 0 review); findings: 0 error, 0 warning, 0 info; 3 input problems; result: fail; report: target/rustgo/audit.json'
// Maven 3.10 logs BUILD FAILURE at ERROR, the others at INFO.
assert log.any { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ } : 'no BUILD FAILURE line'
// No warning: orders' component:quote-engine reference is an external dependency once quote-engine
// does not load, as a Backstage reference to a component outside the portfolio always is.
assert !log.any { it.startsWith('[WARNING]') }

def failures = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:audit \(default\) on project backstage-bad-annotation: (.*) -> \[Help 1\]$/
assert m.matches() : failures[0]
assert m.group(1) == "rustgo: 3 problems in 1 descriptor file (first: ${problems[0]}); fix them and run again".toString()
// Bad input, not a policy failure.
hasLine '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException'

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.services.collect { [it.name, it.file, it.verdict] } == [
        ['orders', 'orders/catalog-info.yaml', 'go'],
        ['pricing-admin', 'pricing/catalog-info.yaml', 'go'],
]
assert audit.errors.collect { "${it.file}:${it.line}:${it.column}: ${it.message}".toString() } == problems
assert audit.findings == []
assert audit.files.read == 2
assert audit.files.failed == ['pricing/catalog-info.yaml']
assert audit.summary.subMap(['services', 'errors', 'result']) == [services: 2, errors: 3, result: 'fail']
true
