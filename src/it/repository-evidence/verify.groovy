// A monorepo as a platform team keeps it, audited with the default includes: a Backstage catalog
// whose services have a Helm chart (matcher), plain Kubernetes manifests (orders, ledger) and build
// files; matcher's descriptor drifted (it says Go, its Cargo.toml says Rust; it says 4 instances,
// its chart autoscales to 40); ledger has no annotations at all and is scored on its go.mod and its
// StatefulSet; and the example catalog @backstage/create-app writes, whose scaffolder template
// skeleton is passed over, not read as a Component named '${{ values.name | dump }}'. A second
// execution audits the same files with -Drustgo.infer=false.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

// Every drift names both places and says which one to fix; a bad manifest is a warning about that
// file, and the audit goes on.
hasLine "[WARNING] services/matcher/catalog-info.yaml:6:26: [descriptor-drift] annotation rustgo.dev/language says go, but the build file services/matcher/Cargo.toml says rust; the code is what ships: fix annotation rustgo.dev/language, or point the descriptor at the service's own directory"
hasLine "[WARNING] services/matcher/catalog-info.yaml:10:27: [descriptor-drift] annotation rustgo.dev/instances says 4, but services/matcher/chart/values.yaml:7:16 (Helm values autoscaling.maxReplicas) gives 40 (more than 1.5 times apart, drift.instancesRatio); the repository is what runs: set annotation rustgo.dev/instances to 40, or fix services/matcher/chart/values.yaml if it is the one that is wrong"
hasLine "[WARNING] deploy/broken.yaml:6:5: [manifest-not-read] not read as a Kubernetes manifest: invalid YAML: expected ',' or ']', but got : (while parsing a flow sequence started at line 5, column 11); the audit goes on without it"
// The first audit of a service nobody annotated: scored on what the repository says, at info.
hasLine "[INFO] services/ledger/catalog-info.yaml:4:9: [service-not-described] ledger is a Component of spec.type service without rustgo.dev/ annotations: it was scored on what is known (language go from services/ledger/go.mod), its role and figures missing; add rustgo.dev/role and the figures you know to describe it (mvn rustgo:scaffold -Drustgo.service=ledger prints the annotations to add, with what the repository gives)"
assert log.any { it ==~ /\[INFO\] ledger +go +go +1\.00 +describe +G-DEFAULT Go is the default/ }
// The create-app template: one info naming the Template, and nothing read from its skeleton.
hasLine "[INFO] examples/template/template.yaml:5:9: [template-content-skipped] the scaffolder Template example-nodejs-template copies a file of its skeleton into new repositories; Backstage does not register skeleton files as entities, so the audit did not read it as a service: examples/template/content/catalog-info.yaml"
assert !log.any { it.contains('values.name') } : 'the skeleton is never read as an entity'
hasLine "[INFO] rustgo: 8 values of 3 services inferred from the repository (language, memoryBudgetMiB, instances, codeLines); rustgo:explain -Drustgo.service=NAME says where each came from, and -Drustgo.infer=false reads the descriptors only"
hasLine "[INFO] rustgo: 3 services (0 rust, 2 go, 1 review); findings: 0 error, 3 warning, 3 info; result: warn; report: target/rustgo/audit.json"
// No error anywhere, and the build passes: warnings fail no default gate.
assert !log.any { it.startsWith('[ERROR]') }
hasLine '[INFO] BUILD SUCCESS'

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
def service = audit.services.collectEntries { [it.name, it] }
assert service.keySet() as List == ['ledger', 'matcher', 'orders']
// What to do: write the role first for the unannotated ledger; for matcher, the question its review asks.
assert service.collectEntries { name, s -> [name, s.action.id] } == [ledger: 'describe', matcher: 'review', orders: 'keep']
assert service['matcher'].action.text == 'review: is the need for tail latency, throughput and concurrency' +
        ' correctness worth a move that pays back in 590.6-1012.5 months, beyond the 12-month horizon? decide, and record' +
        ' it in spec.decision'
// Every inferred value with the file, line and column it came from.
assert service['orders'].inferred == [
        [field: 'spec.resources.memoryBudgetMiB', value: 512, file: 'deploy/orders.yaml', line: 30, column: 23,
         source: 'Deployment orders container orders memory limit 512Mi'],
        [field: 'spec.resources.instances', value: 24, file: 'deploy/orders.yaml', line: 47, column: 16,
         source: 'HorizontalPodAutoscaler orders maxReplicas'],
        [field: 'spec.codeLines', value: 11, file: 'services/orders/go.mod', line: 1, column: 1,
         source: '11 lines of go in 2 files, without tests, vendored or generated code'],
]
assert service['ledger'].inferred.collect { [it.field, it.value, "${it.file}:${it.line}:${it.column}" as String] } == [
        ['spec.language', 'go', 'services/ledger/go.mod:1:1'],
        ['spec.resources.memoryBudgetMiB', 2048, 'deploy/ledger.yaml:15:23'],
        ['spec.resources.instances', 3, 'deploy/ledger.yaml:8:13'],
        ['spec.codeLines', 6, 'services/ledger/go.mod:1:1'],
]
assert service['ledger'].role == null && service['ledger'].described == false
assert service['ledger'].missing[0] == 'spec.role'
// matcher: the chart's memory limit fills the budget; its instances are written (and drifted); its
// Rust lines would price the wrong rewrite, so they are not its codeLines.
assert service['matcher'].inferred.collect { it.field } == ['spec.resources.memoryBudgetMiB']
// A reason that rests on an inferred value points at the repository's file.
assert service['matcher'].reasons.find { it.field == 'spec.resources.memoryBudgetMiB' }?.file == 'services/matcher/chart/values.yaml'
assert audit.findings.collect { [it.rule, it.severity, it.service, it.file, it.line, it.column] } == [
        ['manifest-not-read', 'warning', null, 'deploy/broken.yaml', 6, 5],
        ['descriptor-drift', 'warning', 'matcher', 'services/matcher/catalog-info.yaml', 6, 26],
        ['descriptor-drift', 'warning', 'matcher', 'services/matcher/catalog-info.yaml', 10, 27],
        ['template-content-skipped', 'info', null, 'examples/template/template.yaml', 5, 9],
        ['service-not-described', 'info', 'ledger', 'services/ledger/catalog-info.yaml', 4, 9],
        ['needs-review', 'info', 'matcher', 'services/matcher/catalog-info.yaml', 7, 22],
]
assert audit.errors == []

// The Markdown and HTML reports list each inferred value with its place.
def md = new File(basedir, 'target/rustgo/audit.md').text
assert md.contains('<details><summary>8 values inferred from the repository</summary>')
assert md.contains('| orders | instances 24 | `deploy/orders.yaml:47:16` HorizontalPodAutoscaler orders maxReplicas |')
def html = new File(basedir, 'target/rustgo/audit.html').text
assert html.contains('<h2>Inferred from the repository</h2>')
assert html.contains('<tr data-service="ledger"><td>ledger</td><td>language go</td><td>services/ledger/go.mod:1:1</td><td>the build file go.mod</td></tr>')

// The Secret beside the orders Deployment never reaches a report or the log.
new File(basedir, 'target/rustgo').eachFile { assert !it.text.contains('hunter2') : "${it.name} quotes the Secret" }
assert !log.any { it.contains('hunter2') }

// With -Drustgo.infer=false: the descriptors alone. ledger has no language anywhere, so it is not
// scored (a warning); nothing is inferred and nothing drifts.
def plain = new JsonSlurper().parse(new File(basedir, 'target/rustgo-descriptors-only/audit.json'))
assert plain.services.collect { it.name } == ['matcher', 'orders']
assert plain.services.every { it.inferred == null }
assert plain.findings.collect { [it.rule, it.severity, it.service] } == [
        ['service-not-described', 'warning', 'ledger'],
        ['template-content-skipped', 'info', null],
        ['needs-review', 'info', 'matcher'],
]
hasLine "[INFO] rustgo: 2 services (0 rust, 1 go, 1 review); findings: 0 error, 1 warning, 2 info; result: warn; report: target/rustgo-descriptors-only/audit.json"
true
