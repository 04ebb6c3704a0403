// A healthy portfolio: the audit lists every service, finds nothing, and passes without a WARNING or ERROR.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

hasLine '[INFO] rustgo: 3 services (1 rust, 2 go, 0 review); findings: 0 error, 0 warning, 0 info; result: pass; report: target/rustgo/audit.json'
hasLine '[INFO] BUILD SUCCESS'
// One table line per service: name, language, verdict, confidence, what to do, top reasons.
assert log.any { it ==~ /\[INFO\] edge-proxy +rust +rust +[01]\.\d\d +keep +R-THROUGHPUT peakRps 300000; .*/ }
assert log.any { it ==~ /\[INFO\] orders-api +go +go +[01]\.\d\d +keep +.*/ }
assert log.any { it ==~ /\[INFO\] tenant-controller +go +go +[01]\.\d\d +keep +G-CONTROL-PLANE role control-plane; .*/ }
def noisy = log.findAll { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
assert noisy.isEmpty() : "a passing audit logs no WARNING or ERROR, but:\n  ${noisy.join('\n  ')}"

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.schemaVersion == 2
assert audit.services.collect { [it.name, it.language, it.verdict] } == [
        ['edge-proxy', 'rust', 'rust'],
        ['orders-api', 'go', 'go'],
        ['tenant-controller', 'go', 'go']]
assert audit.findings == []
assert audit.errors == []
assert audit.files.read == 3
assert audit.files.failed == []
assert audit.summary.services == 3
assert audit.summary.rust == 1
assert audit.summary.go == 2
assert audit.summary.review == 0
assert audit.summary.result == 'pass'
true
