// rustgo.failOn=warning: the unknown-dependency warning now fails the build and is logged at ERROR;
// the needs-review info finding stays at INFO and does not count.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

hasLine "[ERROR] services/orders-api.yaml:14:14: [unknown-dependency] orders-api depends on 'billing', which is not in the portfolio"
assert log.any { it.startsWith('[INFO] services/session-store.yaml:7:9: [needs-review] session-store needs a review: ') }
assert !log.any { it.startsWith('[WARNING]') }
hasLine '[INFO] rustgo: 2 services (0 rust, 1 go, 1 review); findings: 0 error, 1 warning, 1 info; result: fail; report: target/rustgo/audit.json'
// Maven 3.10 logs BUILD FAILURE at ERROR, the others at INFO.
assert log.any { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ } : 'no BUILD FAILURE line'
def failures = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:audit \(default\) on project fail-on-warning: (.*) -> \[Help 1\]$/
assert m.matches()
assert m.group(1) == 'rustgo: 1 finding fails the build (1 warning: 1 unknown-dependency); fix it as the line above says (rustgo.failOn sets the gate)'
hasLine '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException'

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.findings.collect { [it.rule, it.severity, it.failsBuild] } == [
        ['unknown-dependency', 'warning', true],
        ['needs-review', 'info', false]]
assert audit.summary.failOn == 'warning'
assert audit.summary.result == 'fail'
true
