// A polyglot portfolio (Python, .NET, C++, Java, Rust, and two services not written yet): every service
// says what to do in the terms of its own language. The guides weigh Rust against Go for new work, so a
// verdict go keeps a Python, .NET or C++ service where it is and never reads as a move to Go; a Java Rust
// candidate is a move to consider, with its payback; a Rust service under review gets the question and
// what its answer decides. Then rustgo:explain on the Python service says the same.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

// The table: one ACTION per service, as a stable id.
hasLine '[INFO] SERVICE      LANGUAGE  VERDICT CONF  ACTION         TOP REASONS'
hasLine '[INFO] admin        rust      go      1.00  keep           G-CONTROL-PLANE role admin-api'
hasLine '[INFO] cart         dotnet    go      1.00  keep           G-GOOD-ENOUGH p99LatencyMs 200'
hasLine '[INFO] edge-filter  undecided rust    1.00  build-rust     R-TARGET deployment wasm'
hasLine '[INFO] ledger-core  rust      review  1.00  review         R-CONCURRENCY concurrency hard'
hasLine '[INFO] portal       undecided go      1.00  build-go       G-DEFAULT Go is the default; role api: general backend'
hasLine '[INFO] reports      python    go      1.00  keep           G-DEFAULT Go is the default; role batch: general backend'
hasLine '[INFO] search       java      rust    1.00  consider-rust  R-TAIL p99LatencyMs 5; R-THROUGHPUT peakRps 300000; R-SCALE-COST instances 900, and the move pays back within 12 months (2.5 at the low saving)'
hasLine '[INFO] thumbnails   cpp       go      1.00  keep           G-DEFAULT Go is the default'
hasLine '[INFO] rustgo: 8 services (2 rust, 5 go, 1 review); findings: 0 error, 3 warning, 2 info; result: warn; report: target/rustgo/audit.json'

// audit.json: the id and the sentence, on every service.
def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
def keepThird = { String language ->
    "keep; no requirement here asks for Rust (the guides weigh Rust against Go for new work; for a service already in $language, keep it unless a central requirement comes to demand Rust)".toString()
}
assert audit.services.collectEntries { [it.name, it.action] } == [
    'admin': [id: 'keep', text: 'keep; it is a strong Go fit, but it runs in Rust in production, so no rewrite is advised: new services of this kind default to Go'],
    'cart': [id: 'keep', text: keepThird('.NET')],
    'edge-filter': [id: 'build-rust', text: 'build it in Rust; its requirements demand it'],
    'ledger-core': [id: 'review', text: 'review: is concurrency correctness alone reason enough for Rust? nothing corroborates it; write what else applies (criticality, deployment, p99LatencyMs, peakRps, memoryBudgetMiB), or decide and record it in spec.decision (it runs in Rust in production, so no rewrite is advised: the answer is for the next service like it)'],
    'portal': [id: 'build-go', text: 'build it in Go; no requirement here asks for Rust'],
    'reports': [id: 'keep', text: keepThird('Python')],
    'search': [id: 'consider-rust', text: 'consider a move to Rust: it pays back in 1.5-2.5 months, within the 12-month horizon; the guides weigh Rust against Go, so for a service in Java this is a prompt to look at the case, not a settled one'],
    'thumbnails': [id: 'keep', text: keepThird('C++')],
]
// Nothing said of a service in a third language reads as a move to Go.
audit.services.findAll { it.language in ['python', 'dotnet', 'cpp'] }.each { s ->
    [s.summary, s.action.text].each { said ->
        assert !said.contains('Go fits') && !said.contains('move to Go') : "${s.name}: $said"
    }
}
assert audit.services.find { it.name == 'cart' }.summary == "no central requirement demands Rust (the guides' Go default is for new work, not a move from .NET)"

// rustgo:explain: the verdict, then what to do.
def start = log.indexOf('[INFO] rustgo explain: reports')
assert start >= 0 : 'no explanation for reports'
assert log[start + 2] == "[INFO]   verdict: go (confidence 1.00): no central requirement demands Rust (the guides' Go default is for new work, not a move from Python)"
assert log[start + 3] == "[INFO]   action (keep): ${keepThird('Python')}".toString()
true
