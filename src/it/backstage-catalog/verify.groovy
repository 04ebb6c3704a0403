// A Backstage catalog as teams keep it, audited end to end with the default includes: the root
// Location's glob targets are followed (components/notifier.yaml is found only through it), every
// annotated Component of spec.type service is a service, a service without rustgo.dev/ annotations
// (search) is scored on its language tag alone and is one service-not-described info, the
// gateway's instances come from the Deployment beside its catalog, and everything else (the
// Location, a Group, a Domain, Systems, an API, Resources, a website Component, Kubernetes manifests
// beside or inside the catalog files) passes silently. Fan-in comes from dependsOn and dependencyOf
// component references.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

// The four services, with the language from a tag (golang, typescript) or the annotation, and a
// namespaced name for the one outside the default namespace.
assert log.any { it ==~ /\[INFO\] checkout +go +go +1\.00 +keep +G-GOOD-ENOUGH p99LatencyMs 200/ }
assert log.any { it ==~ /\[INFO\] ledger +go +go +1\.00 +keep +.*/ }
assert log.any { it ==~ /\[INFO\] messaging\/notifier +node +go +1\.00 +keep +G-GOOD-ENOUGH peakRps 800/ }
assert log.any { it ==~ /\[INFO\] payments-gateway +go +rust +1\.00 +keep +R-TAIL p99LatencyMs 5; R-THROUGHPUT peakRps 300000; R-CONCURRENCY concurrency hard/ }
// The gateway stays in Go by a decision recorded in annotations: information, at the annotation's place.
hasLine '[INFO] systems/payments/catalog-info.yaml:27:35: [decision-recorded] payments-gateway has verdict rust and language go; decision recorded: go, docs/adr/0003-gateway-language.md, decided 2026-09-01, until 2027-09-01'
hasLine '[INFO] rustgo: 1 value of 1 service inferred from the repository (instances); rustgo:explain -Drustgo.service=NAME says where each came from, and -Drustgo.infer=false reads the descriptors only'
hasLine '[INFO] rustgo: 5 services (1 rust, 4 go, 0 review); findings: 0 error, 0 warning, 2 info; result: pass; report: target/rustgo/audit.json'
hasLine '[INFO] BUILD SUCCESS'
// The service nobody has described yet: scored on its java tag, one info at its name saying what to add.
assert !log.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
hasLine '[INFO] systems/storefront/catalog-info.yaml:51:9: [service-not-described] search is a Component of spec.type service without rustgo.dev/ annotations: it was scored on what is known (language java from its tags), its role and figures missing; add rustgo.dev/role and the figures you know to describe it (mvn rustgo:scaffold -Drustgo.service=search prints the annotations to add, with what the repository gives)'
assert log.any { it ==~ /\[INFO\] search +java +go +1\.00 +describe +G-DEFAULT Go is the default/ }
// Nothing about the entities that are not services, the manifests, the external references
// (component:default/fraud-scoring, resource:default/...) or the root file that holds no service.
// (team-payments is a Group entity, which passes silently too, but it is also the owner of two services,
// so the table of owners names it.)
['storefront-web', 'payments-api', 'payments-db', 'orders-db', 'fraud-scoring', 'deploy.yaml'].each { name ->
    assert !log.any { it.contains(name) } : "build.log mentions $name"
}

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.services.collect { [it.name, it.file, it.line, it.language, it.role, it.owner, it.verdict] } == [
        ['checkout', 'systems/storefront/catalog-info.yaml', 12, 'go', 'api', 'team-storefront', 'go'],
        ['ledger', 'systems/payments/catalog-info.yaml', 42, 'go', 'storage', 'team-payments', 'go'],
        // A reference without a namespace is in its entity's, as Backstage resolves it.
        ['messaging/notifier', 'components/notifier.yaml', 5, 'node', 'worker', 'messaging/team-messaging', 'go'],
        ['payments-gateway', 'systems/payments/catalog-info.yaml', 13, 'go', 'data-plane', 'team-payments', 'rust'],
        ['search', 'systems/storefront/catalog-info.yaml', 51, 'java', null, 'team-storefront', 'go'],
]
assert audit.services.find { it.name == 'search' }.described == false
// Each service's catalog entity as Backstage's stringifyEntityRef writes it, and its status: only infos here.
assert audit.services.collect { [it.name, it.entityRef, it.status] } == [
        ['checkout', 'component:default/checkout', 'pass'],
        ['ledger', 'component:default/ledger', 'pass'],
        ['messaging/notifier', 'component:messaging/notifier', 'pass'],
        ['payments-gateway', 'component:default/payments-gateway', 'pass'],
        ['search', 'component:default/search', 'pass'],
]
// What to do: describe the service scored without annotations first; keep the Node.js one where it is.
assert audit.services.find { it.name == 'search' }.action == [id: 'describe', text: 'describe it first: add rustgo.dev/role,'
        + ' then the figures you know (rustgo.dev/peak-rps, rustgo.dev/p99-latency-ms, rustgo.dev/memory-budget-mib,'
        + ' rustgo.dev/criticality); until then the verdict rests on its language and what the repository shows']
assert audit.services.find { it.name == 'messaging/notifier' }.action == [id: 'keep', text: 'keep; no requirement here'
        + ' asks for Rust (the guides weigh Rust against Go for new work; for a service already in Node.js, keep it'
        + ' unless a central requirement comes to demand Rust)']
assert audit.services.find { it.name == 'search' }.missing[0] == 'spec.role'
// The gateway's instances, left out of its annotations, from the Deployment beside its catalog.
assert audit.services.find { it.name == 'payments-gateway' }.inferred == [[field: 'spec.resources.instances', value: 12,
        file: 'systems/payments/deploy.yaml', line: 9, column: 13, source: 'Deployment payments-gateway replicas']]
def service = audit.services.collectEntries { [it.name, it] }
// Annotation values are read as the native fields, each reason pointing at its annotation's line.
assert service['payments-gateway'].reasons.findAll { it.direction == 'rust' }.collect { [it.criterion, it.evidence, it.line] } == [
        ['R-TAIL', 'p99LatencyMs 5', 21],
        ['R-THROUGHPUT', 'peakRps 300000', 20],
        ['R-CONCURRENCY', 'concurrency hard', 24],
        ['R-DEFECT-COST', 'criticality financial', 23],
        ['R-ROLE', 'criticality realtime', 23],
        ['R-ROLE', 'role data-plane', 19],
        ['R-MEMORY', 'memoryBudgetMiB 256', 22],
]
assert service['payments-gateway'].decision == [language: 'go', record: 'docs/adr/0003-gateway-language.md',
                                                decided: '2026-09-01', expires: '2027-09-01']
// Fan-in: the gateway, checkout and the namespaced notifier (component:default/ledger) depend on the
// ledger, whose own dependencyOf repeats the gateway's edge (counted once), plus 2 external dependents.
assert service['ledger'].reasons.find { it.evidence.startsWith('dependents ') }.subMap(['criterion', 'direction', 'strength', 'evidence']) ==
        [criterion: 'R-DEFECT-COST', direction: 'rust', strength: 'mild', evidence: 'dependents 5 (3 in the portfolio, 2 external)']
assert audit.findings.collect { [it.rule, it.severity, it.service, it.file, it.line, it.column] } == [
        ['decision-recorded', 'info', 'payments-gateway', 'systems/payments/catalog-info.yaml', 27, 35],
        ['service-not-described', 'info', 'search', 'systems/storefront/catalog-info.yaml', 51, 9],
]
// What checkout depends on outside the portfolio: a resource, as written, and a component of another catalog.
assert service['checkout'].externalDependencies == ['resource:default/orders-db', 'component:fraud-scoring']
assert service['ledger'].externalDependencies == ['resource:default/payments-db']
// search depends on checkout, but is no service of the portfolio: checkout's fan-in does not count it.
assert !service['checkout'].reasons.any { it.criterion == 'R-DEFECT-COST' }
assert audit.errors == []
// The root catalog, both system catalogs (found directly and through the Location, read once) and
// the component file found only through the Location; deploy.yaml is not a descriptor.
assert audit.files.read == 4
assert audit.files.failed == []
assert audit.summary.subMap(['services', 'rust', 'go', 'review', 'errors', 'result']) ==
        [services: 5, rust: 1, go: 4, review: 0, errors: 0, result: 'pass']
true
