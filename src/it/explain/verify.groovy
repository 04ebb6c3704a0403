// rustgo:explain on a three-service portfolio prints the whole reasoning for risk-engine: the verdict,
// every rule with its evidence and place (or what it found nothing in), the scores, what would change
// the verdict, the cost of the move and the findings; it writes nothing and does not fail on findings.
// A misspelt service name then fails the build with one line that names the closest service.
def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

// The first run: the explanation, in order.
def start = log.indexOf('[INFO] rustgo explain: risk-engine')
assert start >= 0 : 'no explanation for risk-engine'
def explanation = log.subList(start, log.indexOf('[INFO] BUILD SUCCESS'))
def expectInOrder = [
    '[INFO] rustgo explain: risk-engine',
    '[INFO]   descriptor: services/risk-engine.yaml:5:9; language go, role worker, owner risk-team',
    '[INFO]   verdict: rust (confidence 0.71): Rust pressure 8 outweighs Go 4',
    '[INFO]   how: rust needs Rust >= 6, a lead of 3 over Go, and two criteria or a hard target; Go starts at 2 (G-DEFAULT)',
    '[INFO]   rules:',
    '[INFO]     G-DEFAULT        (prior)             go +2     Go is the default',
    // rules that found evidence: weight, evidence and the place it was read from
    '[INFO]     R-TAIL           tail-latency        rust +3   p99LatencyMs 5  (services/risk-engine.yaml:12:19)',
    '[INFO]     R-THROUGHPUT     throughput          rust +1   peakRps 60000  (services/risk-engine.yaml:11:14)',
    // a rule that found nothing says which of its fields were missing
    '[INFO]     R-MEMORY         memory-budget       0         no evidence (missing: memoryBudgetMiB)',
    '[INFO]     R-SCALE-COST     scale-cost          rust +1   instances 40  (services/risk-engine.yaml:14:16)',
    '[INFO]     R-DEFECT-COST    defect-cost         rust +1   criticality financial  (services/risk-engine.yaml:16:16)',
    '[INFO]     R-CONCURRENCY    hard-concurrency    rust +2   concurrency hard  (services/risk-engine.yaml:17:16)',
    // or what it read and found nothing in
    '[INFO]     R-ROLE           hot-path-role       0         nothing in role worker, criticality [financial]',
    '[INFO]     G-TEAM           team-readiness      go +2     rustExperience none  (services/risk-engine.yaml:20:21)',
    '[INFO]     G-GOOD-ENOUGH    good-enough         0         nothing in p99LatencyMs 5, peakRps 60000',
    '[INFO]   score: Rust 8, Go 4',
    '[INFO]   missing evidence: spec.resources.memoryBudgetMiB, spec.deployment, spec.delivery.firstMilestone',
    // a lead of 4 is under whatIf.borderlineMargin (6): the single changes that flip it are listed
    '[INFO]   what would change it:',
    '[INFO]     - firstMilestone: mvp would make this review',
    '[INFO]     - a p99LatencyMs of 100 or more would make this review',
    '[INFO]     - a peakRps under 5000 would make this review',
    '[INFO]   cost of ownership of the move to Rust: saves 2000-3429 a month against 36000 of onboarding: pays back in 10.5-18 months',
    '[INFO]     - run cost: monthlyCost 12000',
    '[INFO]     - team: size 4',
    '[INFO]   findings:',
    '[INFO]     - error [rust-candidate-in-go] risk-engine is a Rust candidate (R-TAIL p99LatencyMs 5, R-CONCURRENCY concurrency hard, R-THROUGHPUT peakRps 60000) but is written in go; record the decision to stay on Go in spec.decision (with its record), or plan the move to Rust',
    '[INFO]     - warning [rust-candidate-without-rust-experience] risk-engine is a Rust candidate but its team has no Rust experience (onboarding about 36000; the move saves 2000-3429 a month against 36000 of onboarding: pays back in 10.5-18 months); plan the onboarding (about a month for Rust async) or pair the team with Rust-experienced engineers',
]
int at = -1
expectInOrder.each { line ->
    int found = explanation.indexOf(line)
    assert found >= 0 : "the explanation has no line\n  ${line}\nbut:\n  ${explanation.join('\n  ')}"
    assert found > at : "the line\n  ${line}\nis out of order in:\n  ${explanation.join('\n  ')}"
    at = found
}
// Every rule has a row (the prior, 11 toward Rust, 4 toward Go), with its criterion id, rule name and weight.
def rows = explanation.findAll { it ==~ /\[INFO\]     [RG]-[A-Z-]+ +\S+ +(0|rust \+\S+|go \+\S+) .*/ }
assert rows.size() == 16 : rows.join('\n')
// Only risk-engine is explained; no audit table, no summary line.
assert !log.any { it.startsWith('[INFO] rustgo explain: ') && it != '[INFO] rustgo explain: risk-engine' }
assert !log.any { it.startsWith('[INFO] SERVICE ') || it.startsWith('[INFO] rustgo: ') }
// Findings do not fail explain, and nothing is written.
assert !log.any { it.startsWith('[WARNING]') }
assert !new File(basedir, 'target/rustgo').exists()

// The second run: a misspelt name fails with one line, as bad configuration does.
hasLine '[INFO] BUILD SUCCESS'
hasLine '[INFO] BUILD FAILURE'
def failures = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:explain \(default-cli\) on project explain: (.*) -> \[Help 1\]$/
assert m.matches() : failures[0]
assert m.group(1) == "rustgo.service: no service named 'risk-engin' in the portfolio; did you mean 'risk-engine'?"
hasLine '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException'
true
