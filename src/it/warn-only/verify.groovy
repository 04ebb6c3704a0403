// Findings at warning severity only: each logged at WARNING with its place, and the build passes.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

def warnings = [
    "[WARNING] services/admin-console.yaml:7:13: [go-fit-in-rust] admin-console is a strong Go fit (G-CONTROL-PLANE role admin-api, G-GOOD-ENOUGH p99LatencyMs 300) but is written in rust; build it in Go while it is new, or record why Rust is needed in spec.decision; if it already runs, say so with spec.lifecycle: production",
    "[WARNING] services/orders-api.yaml:14:14: [unknown-dependency] orders-api depends on 'billing', which is not in the portfolio",
]
warnings.each { hasLine it }
assert log.findAll { it.startsWith('[WARNING]') } == warnings
assert !log.any { it.startsWith('[ERROR]') }
hasLine '[INFO] rustgo: 2 services (0 rust, 2 go, 0 review); findings: 0 error, 2 warning, 0 info; result: warn; report: target/rustgo/audit.json'
hasLine '[INFO] BUILD SUCCESS'

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.findings.collect { [it.rule, it.severity, it.service, it.file, it.line] } == [
        ['go-fit-in-rust', 'warning', 'admin-console', 'services/admin-console.yaml', 7],
        ['unknown-dependency', 'warning', 'orders-api', 'services/orders-api.yaml', 14]]
assert audit.findings.every { it.failsBuild == false }
assert audit.errors == []
assert audit.summary.findings == [error: 0, warning: 2, info: 0]
assert audit.summary.result == 'warn'
true
