// A three-module reactor (a and b with services that depend on each other across modules, c with no
// descriptors). By default the audit runs once, in the parent (the first module in which the goal runs),
// over every module's descriptors: the cross-module edges resolve, fan-in sees the whole portfolio,
// paths are relative to the parent, and only the parent writes a report; each module says where it
// was audited in one line. With -Drustgo.aggregate=false each module is audited alone, and the
// dependencies on the other module are then unknown-dependency warnings.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').readLines()
// The two invocations, each from its "Scanning for projects..." on.
def starts = all.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 2
def aggregated = all.subList(starts[0], starts[1])
def alone = all.subList(starts[1], all.size())
def has = { List<String> log, String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

// 1. Aggregated: one audit, in the parent, with all four services.
def summaries = aggregated.findAll { it.startsWith('[INFO] rustgo: ') && it.contains(' services (') }
assert summaries == ['[INFO] rustgo: 4 services (0 rust, 4 go, 0 review); findings: 0 error, 0 warning, 0 info; result: pass; report: target/rustgo/audit.json']
def auditGoal = { String project -> aggregated.findIndexOf { it ==~ /\[INFO\] --- rustgo(-maven-plugin)?:\S+:audit \(default\) @ ${project} ---/ } }
int parentAudit = auditGoal('shop')
assert parentAudit >= 0
assert aggregated.indexOf(summaries[0]) > parentAudit
['cart', 'ledger', 'orders-api', 'payments'].each { name ->
    assert aggregated.count { it ==~ /\[INFO\] ${name} +go +go +.*/ } == 1 : "$name is not listed once"
}
// Each module, c without descriptors included, says where it was audited, right after its audit goal.
['a', 'b', 'c'].each { module ->
    int goal = auditGoal(module)
    assert goal > parentAudit : "no audit execution in module $module"
    assert aggregated[goal + 1] == "[INFO] rustgo: this module's descriptors are audited with the whole reactor in shop"
}
assert aggregated.count("[INFO] rustgo: this module's descriptors are audited with the whole reactor in shop") == 3
// The cross-module edges resolve: no unknown-dependency, no warning at all.
assert !aggregated.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
has aggregated, '[INFO] BUILD SUCCESS'

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
// Paths relative to the parent, the directory that holds every module.
assert audit.services.collect { [it.name, it.file] } == [
        ['cart', 'a/services/cart.yaml'],
        ['ledger', 'b/services/ledger.yaml'],
        ['orders-api', 'a/services/orders-api.yaml'],
        ['payments', 'b/services/payments.yaml'],
]
// Fan-in across modules: cart (a) and ledger (b) depend on orders-api (a), which has 3 external callers.
def ordersApi = audit.services.find { it.name == 'orders-api' }
assert ordersApi.reasons.find { it.criterion == 'R-DEFECT-COST' }?.evidence == 'dependents 5 (2 in the portfolio, 3 external)'
assert audit.findings == []
assert audit.files.read == 4
assert audit.summary.subMap(['services', 'go', 'result']) == [services: 4, go: 4, result: 'pass']
// Only the parent wrote target/rustgo.
['a', 'b', 'c'].each { assert !new File(basedir, "${it}/target/rustgo").exists() : "module $it wrote target/rustgo" }

// 2. rustgo.aggregate=false: every module audits its own directory into target/rustgo-alone.
def aloneSummaries = alone.findAll { it.startsWith('[INFO] rustgo: ') }
assert aloneSummaries == [
    // the parent holds no descriptor of its own (module files are under a/services/, not services/): audited
    // alone, it says it audited nothing (no-services-found), a warning, not an error
    '[INFO] rustgo: 0 services (0 rust, 0 go, 0 review); findings: 0 error, 1 warning, 0 info; result: warn; report: target/rustgo-alone/audit.json',
    '[INFO] rustgo: 2 services (0 rust, 2 go, 0 review); findings: 0 error, 1 warning, 0 info; result: warn; report: target/rustgo-alone/audit.json',
    '[INFO] rustgo: 2 services (0 rust, 2 go, 0 review); findings: 0 error, 1 warning, 0 info; result: warn; report: target/rustgo-alone/audit.json',
    // c has no descriptors: the same warning, not an error
    '[INFO] rustgo: 0 services (0 rust, 0 go, 0 review); findings: 0 error, 1 warning, 0 info; result: warn; report: target/rustgo-alone/audit.json',
]
// Alone, each module's dependency on the other is unknown; paths are relative to the module.
assert alone.findAll { it.startsWith('[WARNING]') && !it.contains('[no-services-found]') } == [
    "[WARNING] services/orders-api.yaml:13:14: [unknown-dependency] orders-api depends on 'payments', which is not in the portfolio",
    "[WARNING] services/ledger.yaml:10:14: [unknown-dependency] ledger depends on 'orders-api', which is not in the portfolio",
]
assert alone.findAll { it.contains('[no-services-found]') }.size() == 2
assert !alone.any { it.contains('audited with the whole reactor') }
has alone, '[INFO] BUILD SUCCESS'

def read = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def a = read('a/target/rustgo-alone/audit.json')
assert a.services.collect { [it.name, it.file] } == [['cart', 'services/cart.yaml'], ['orders-api', 'services/orders-api.yaml']]
// Alone, orders-api sees only cart depending on it: 4 dependents, under the threshold of 5.
assert !a.services.find { it.name == 'orders-api' }.reasons.any { it.criterion == 'R-DEFECT-COST' }
assert a.findings.collect { [it.rule, it.file, it.line] } == [['unknown-dependency', 'services/orders-api.yaml', 13]]
def b = read('b/target/rustgo-alone/audit.json')
assert b.services.collect { [it.name, it.file] } == [['ledger', 'services/ledger.yaml'], ['payments', 'services/payments.yaml']]
assert b.findings.collect { [it.rule, it.file, it.line] } == [['unknown-dependency', 'services/ledger.yaml', 10]]
assert read('c/target/rustgo-alone/audit.json').services == []
assert read('target/rustgo-alone/audit.json').services == []
true
