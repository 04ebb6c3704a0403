// The scorecard format for a Backstage catalog of two namespaces (default and messaging) and one native
// descriptor: every file's path and every field, checked against what each consumer documents.
//
// Where the field names come from:
// - score-card plugin (Oriflame/backstage-plugins, plugins/score-card): src/api/types.ts declares
//   EntityScore {entityRef: CompoundEntityRef, generatedDateTimeUtc, scorePercent, scoreLabel?, scoreSuccess,
//   scoringReviewer, scoringReviewDate, areaScores}, EntityScoreArea {id, title, scorePercent, scoreLabel?,
//   scoreSuccess, scoreEntries}, EntityScoreEntry {id, title, isOptional, scorePercent, scoreLabel?,
//   scoreSuccess, scoreHints, details} and ScoreSuccessEnum; src/api/ScoringDataJsonClient.ts fetches
//   `${jsonDataUrl}${namespace ?? 'default'}/${kind}/${name}.json`.toLowerCase() and `${jsonDataUrl}all.json`,
//   and joins a score to the entity whose metadata.name === entityRef.name.
// - CompoundEntityRef {kind, namespace, name} and stringifyEntityRef (kind:namespace/name, each part
//   lower-cased): @backstage/catalog-model, packages/catalog-model/src/entity/ref.ts.
// - Soundcheck's Facts API, POST /facts (backstage.spotify.com/docs/plugins/soundcheck/api-reference/facts/
//   submit-facts): {"facts": [{"factRef": {"source", "scope", "name"}, "entityRef", "data", "timestamp"}],
//   "cache"}, timestamp a date-time.
// - data's fields are ours: docs/report.md, "The scorecard format", field by field.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}
hasLine '[INFO] rustgo: 6 services (2 rust, 4 go, 0 review); findings: 1 error, 1 warning, 1 info, 1 waived; result: warn; report: target/rustgo/audit.json'
hasLine '[INFO] BUILD SUCCESS'

def dir = new File(basedir, 'target/rustgo')
def root = new File(dir, 'scorecard')
def json = new JsonSlurper()

// Every file, and no other: one per catalog entity, lower-case, under its namespace and kind; none for
// the native descriptor orders, which declares no entity.
def files = []
dir.eachFileRecurse(groovy.io.FileType.FILES) { files << dir.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert files.sort() == [
        'audit.json',
        'scorecard/all.json',
        'scorecard/default/component/admin.json',
        'scorecard/default/component/checkout.json',
        'scorecard/default/component/matcher.json',
        'scorecard/facts.json',
        'scorecard/messaging/component/notifier.json',
        'scorecard/messaging/component/router.json',
]

// audit.json: each service's entity reference (none for the native one) and its status against the policy.
def audit = json.parse(new File(dir, 'audit.json'), 'UTF-8')
assert audit.services.collect { [it.name, it.entityRef, it.action.id, it.status] } == [
        ['Checkout', 'component:default/checkout', 'keep', 'pass'],
        ['admin', 'component:default/admin', 'reconsider-rust', 'pass'],   // its warning is waived
        ['matcher', 'component:default/matcher', 'consider-rust', 'warn'], // an error, but failOn is never
        ['messaging/notifier', 'component:messaging/notifier', 'keep', 'pass'],
        ['messaging/router', 'component:messaging/router', 'keep', 'warn'], // its decision expires in 16 days
        ['orders', null, 'keep', 'pass'],
]

def ENTITY_SCORE = ['entityRef', 'generatedDateTimeUtc', 'scorePercent', 'scoreLabel', 'scoreSuccess',
                    'scoringReviewer', 'scoringReviewDate', 'areaScores'] as Set
def AREA = ['id', 'title', 'scorePercent', 'scoreLabel', 'scoreSuccess', 'scoreEntries'] as Set
def ENTRY = ['id', 'title', 'isOptional', 'scorePercent', 'scoreLabel', 'scoreSuccess', 'scoreHints', 'details'] as Set
def SUCCESS = ['success', 'almost-success', 'partial', 'almost-failure', 'failure'] as Set

// The entity files: name as metadata.name is written (Checkout), path lower-case, two areas, each entry
// with every EntityScoreEntry field; the headline and each area score their lowest part.
def expected = [
        'default/component/checkout.json'  : [name: 'Checkout', score: 100, success: 'success',
                                              language: ['keep', 100], policy: ['pass', 100],
                                              entries: [[200, 'No findings', 'pass', 100, 'success']]],
        'default/component/admin.json'     : [name: 'admin', score: 50, success: 'partial',
                                              language: ['reconsider-rust', 50], policy: ['pass', 75],
                                              entries: [['go-fit-in-rust', 'waived', 75, 'almost-success']]],
        'default/component/matcher.json'   : [name: 'matcher', score: 50, success: 'partial',
                                              language: ['consider-rust', 50], policy: ['warn', 50],
                                              entries: [['rust-candidate-in-go', 'error', 50, 'partial']]],
        'messaging/component/notifier.json': [name: 'notifier', score: 100, success: 'success',
                                              language: ['keep', 100], policy: ['pass', 100],
                                              entries: [[200, 'No findings', 'pass', 100, 'success']]],
        'messaging/component/router.json'  : [name: 'router', score: 50, success: 'partial',
                                              language: ['keep', 100], policy: ['warn', 50],
                                              entries: [['decision-expiring', 'warning', 50, 'partial'],
                                                        ['decision-recorded', 'info', 100, 'success']]],
]
expected.each { path, want ->
    def score = json.parse(new File(root, path), 'UTF-8')
    def (namespace, kind, file) = path.split('/')
    assert ENTITY_SCORE.containsAll(score.keySet()) : "$path: ${score.keySet()}"
    assert score.entityRef == [kind: kind, namespace: namespace, name: want.name]
    assert "${score.entityRef.namespace}/${score.entityRef.kind}/${score.entityRef.name}.json".toLowerCase() == path
    assert score.generatedDateTimeUtc == '2026-11-24T00:00:00Z'
    assert [score.scorePercent, score.scoreSuccess] == [want.score, want.success] : path
    assert score.areaScores.collect { [it.id, it.title] } == [[1, 'Language'], [2, 'Policy']]
    score.areaScores.each { area ->
        assert area.keySet() == AREA : "$path: ${area.keySet()}"
        assert area.scoreSuccess in SUCCESS
        assert area.scorePercent == area.scoreEntries*.scorePercent.min()
        area.scoreEntries.each { entry ->
            assert entry.keySet() == ENTRY : "$path: ${entry.keySet()}"
            assert entry.id instanceof Number && entry.id < 2L ** 53 // exact as a JavaScript number
            assert entry.isOptional == false
            assert entry.scoreSuccess in SUCCESS
            assert entry.scoreHints instanceof List
            assert entry.details instanceof String && !entry.details.isEmpty()
        }
    }
    assert score.scorePercent == score.areaScores*.scorePercent.min()
    def (language, policy) = score.areaScores
    assert [language.scoreLabel, language.scorePercent] == want.language : path
    assert [policy.scoreLabel, policy.scorePercent] == want.policy : path
    def action = language.scoreEntries[0]
    assert [action.id, action.title, action.scoreLabel] == [101, 'Verdict and action', want.language[0]]
    assert action.scoreHints.take(3) == ["verdict ${audit.services.find { it.entityRef == "component:$namespace/${want.name.toLowerCase()}" }.verdict}",
                                         "confidence ${audit.services.find { it.entityRef == "component:$namespace/${want.name.toLowerCase()}" }.confidence}",
                                         "language ${audit.services.find { it.entityRef == "component:$namespace/${want.name.toLowerCase()}" }.language}"]*.toString()
    assert policy.scoreEntries.collect { e -> e.id == 200 ? [e.id, e.title, e.scoreLabel, e.scorePercent, e.scoreSuccess] : [e.title, e.scoreLabel, e.scorePercent, e.scoreSuccess] } == want.entries : path
}
// A finding's entry says whether it fails the build and where it is; a waived one, until when and why.
def matcher = json.parse(new File(root, 'default/component/matcher.json'), 'UTF-8')
assert matcher.areaScores[1].scoreEntries[0].scoreHints == ['does not fail the build', 'shop/catalog-info.yaml:20:26']
def finding = audit.findings.find { it.rule == 'rust-candidate-in-go' }
assert matcher.areaScores[1].scoreEntries[0].id == Long.parseLong(finding.fingerprint.substring(0, 12), 16)
def admin = json.parse(new File(root, 'default/component/admin.json'), 'UTF-8')
assert admin.areaScores[1].scoreEntries[0].scoreHints[0] == 'waived until 2027-03-31'
assert admin.areaScores[1].scoreEntries[0].details.endsWith('**Waived** until 2027-03-31 by team\\-shop: Written before the guides; rewrite planned')

// all.json: every entity's headline, in audit.json's order, each area without its entries.
def all = json.parse(new File(root, 'all.json'), 'UTF-8')
assert all.collect { "${it.entityRef.namespace}/${it.entityRef.kind}/${it.entityRef.name}".toString() } ==
        ['default/component/Checkout', 'default/component/admin', 'default/component/matcher',
         'messaging/component/notifier', 'messaging/component/router']
all.each { row ->
    def full = json.parse(new File(root, "${row.entityRef.namespace}/${row.entityRef.kind}/${row.entityRef.name}.json".toLowerCase()), 'UTF-8')
    assert row.keySet() == full.keySet()
    assert row.subMap(['entityRef', 'generatedDateTimeUtc', 'scorePercent', 'scoreSuccess']) ==
            full.subMap(['entityRef', 'generatedDateTimeUtc', 'scorePercent', 'scoreSuccess'])
    assert row.areaScores == full.areaScores.collect { it.findAll { k, v -> k != 'scoreEntries' } }
}

// facts.json: the body of Soundcheck's POST /facts, one fact per entity.
def facts = json.parse(new File(root, 'facts.json'), 'UTF-8')
assert facts.keySet() == ['facts'] as Set
facts.facts.each { fact ->
    assert fact.keySet() == ['factRef', 'entityRef', 'data', 'timestamp'] as Set
    assert fact.factRef == [source: 'rustgo', scope: 'default', name: 'audit']
    assert java.time.Instant.parse(fact.timestamp) == java.time.Instant.parse('2026-11-24T00:00:00Z')
    assert fact.data.keySet() as List == ['service', 'language', 'verdict', 'confidence', 'action', 'actionText', 'status',
                                          'owner', 'ownerRustShare', 'findings', 'decision', 'waivers', 'waiverExpires']
    def service = audit.services.find { it.entityRef == fact.entityRef }
    assert [fact.data.service, fact.data.language, fact.data.verdict, fact.data.confidence, fact.data.action, fact.data.actionText, fact.data.status] ==
            [service.name, service.language, service.verdict, service.confidence, service.action.id, service.action.text, service.status]
    assert fact.data.findings == [error: 'error', warning: 'warning', info: 'info'].collectEntries { k, v ->
        [k, audit.findings.count { it.service == service.name && it.severity == v }]
    }
}
assert facts.facts*.entityRef == ['component:default/checkout', 'component:default/admin', 'component:default/matcher',
                                  'component:messaging/notifier', 'component:messaging/router']
def data = facts.facts.collectEntries { [it.entityRef, it.data] }
// The share of Rust in the owner's services (audit.json's owners[].share): team-shop has matcher (a
// candidate) and admin (in Rust) of four services, orders included; messaging's team router of two.
assert data.collectEntries { ref, d -> [ref, [d.owner, d.ownerRustShare]] } == [
        'component:default/checkout'  : ['team-shop', 0.5],
        'component:default/admin'     : ['team-shop', 0.5],
        'component:default/matcher'   : ['team-shop', 0.5],
        'component:messaging/notifier': ['messaging/team-messaging', 0.5],
        'component:messaging/router'  : ['messaging/team-messaging', 0.5],
]
assert audit.owners.collect { [it.owner, it.share] } == [['messaging/team-messaging', 0.5], ['team-shop', 0.5]]
assert data['component:messaging/router'].decision == [language: 'go', record: 'docs/adr/0002-router.md', decided: '2026-01-10', expires: '2026-12-10']
assert data['component:default/matcher'].decision == null
assert data['component:default/admin'].waivers == [[rule: 'go-fit-in-rust', owner: 'team-shop', reason: 'Written before the guides; rewrite planned', expires: '2027-03-31']]
assert data['component:default/admin'].waiverExpires == '2027-03-31'
assert data['component:default/matcher'].waivers == [] && data['component:default/matcher'].waiverExpires == null
assert data['component:default/matcher'].findings == [error: 1, warning: 0, info: 0]
