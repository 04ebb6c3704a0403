// rustgo:explain on a three-service portfolio prints the whole reasoning for risk-engine: the verdict,
// what to do about it, every rule with the strength of its evidence and its place (or what it found nothing in), the pressure
// scores, what would change the verdict, the ownership economics of a move and the findings; it writes nothing and does not fail on findings.
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
    '[INFO]   verdict: rust (confidence 1.00): Rust is demanded (tail latency, concurrency correctness), corroborated by R-DEFECT-COST criticality financial; nothing presses for Go; for a service running in Go, its defect or safety cost makes the move worth it (R-DEFECT-COST criticality financial)',
    // what to do about it: a move to consider, whose case rests on the defect cost, not the payback
    '[INFO]   action (consider-rust): consider a move to Rust: it pays back in 19.3-33 months, beyond the 12-month horizon, so the case rests on its defect cost',
    // what the verdict rests on (no mild figure), and whether it holds across its assumptions' ranges
    '[INFO]   rests on: R-TAIL p99LatencyMs 5, R-CONCURRENCY concurrency hard, R-DEFECT-COST criticality financial',
    "[INFO]   robustness: holds across the 24 points of its assumptions' ranges (the verdict recomputed with each assumed threshold at the ends of its reasoned range, one at a time; the confidence is the share that agrees)",
    // the rule, step by step
    '[INFO]   how:',
    '[INFO]     - a corroboration counts only beside a requirement it supports (defect cost: concurrency correctness, strict safety, ownership cost; a hot-path role: tail latency, throughput, memory efficiency; a replacement: what the surface fails)',
    '[INFO]   rules:',
    '[INFO]     G-DEFAULT        (prior)             go prior          Go is the default',
    // rules that found evidence: its strength, the evidence and the place it was read from
    '[INFO]     R-TAIL           tail-latency        rust demand       p99LatencyMs 5  (services/risk-engine.yaml:12:19)',
    '[INFO]     R-THROUGHPUT     throughput          rust mild         peakRps 60000  (services/risk-engine.yaml:11:14)',
    // a rule that found nothing says which of its fields were missing
    '[INFO]     R-MEMORY         memory-budget       -                 no evidence (missing: memoryBudgetMiB)',
    '[INFO]     R-SCALE-COST     scale-cost          rust mild         monthlyCost 12000  (services/risk-engine.yaml:15:18)',
    '[INFO]     R-DEFECT-COST    defect-cost         rust corroborates criticality financial (supports concurrency correctness, strict safety, ownership cost)  (services/risk-engine.yaml:16:16)',
    '[INFO]     R-CONCURRENCY    hard-concurrency    rust demand       concurrency hard  (services/risk-engine.yaml:17:16)',
    // or what it read and found nothing in
    '[INFO]     R-ROLE           hot-path-role       -                 nothing in role worker, criticality [financial]',
    // no Rust experience, but no deadline it has to be learnt before: mild, a cost in the estimate
    '[INFO]     G-TEAM           team-readiness      go mild           rustExperience none  (services/risk-engine.yaml:20:21)',
    '[INFO]   pressure: Rust 5, Go 1 (mild 0, corroborates 1, demand 2, strong 3, each requirement once; Go: prior and pressure 1)',
    '[INFO]   missing evidence: spec.resources.memoryBudgetMiB, spec.deployment, spec.delivery.firstMilestone',
    // the single change that flips it: an MVP weighs against every requirement; a relaxed target or a
    // modest load answers only the speed requirements, and hard concurrency in a financial service stands
    '[INFO]   what would change it:',
    '[INFO]     - firstMilestone: mvp would make this review',
    // the ownership economics, with the rewrite of the Go code it runs on today
    '[INFO]   ownership economics of a move to Rust: saves 2000-3429 a month against 36000 of onboarding and 30000 of rewrite: pays back in 19.3-33 months, beyond the 12-month horizon',
    '[INFO]     - run cost: monthlyCost 12000',
    '[INFO]     - team: size 4',
    '[INFO]     - rewrite: 10000 lines of go assumed for a worker service (cost.assumedLines.worker), as codeLines is missing, at 1000 lines per engineer-week (cost.rewriteLinesPerWeek)',
    '[INFO]   findings:',
    // a financial service: its defect cost is high, so the verdict stands without a payback
    '[INFO]     - error [rust-candidate-in-go] risk-engine is a Rust candidate (R-TAIL p99LatencyMs 5, R-CONCURRENCY concurrency hard, R-DEFECT-COST criticality financial) but is written in go; record the decision to stay on Go in spec.decision (with its record), or plan the move to Rust',
    '[INFO]     - warning [rust-candidate-without-rust-experience] risk-engine is a Rust candidate but its team has no Rust experience (onboarding about 36000; the move saves 2000-3429 a month against 36000 of onboarding and 30000 of rewrite: pays back in 19.3-33 months, beyond the 12-month horizon); plan the onboarding (about a month for Rust async) or pair the team with Rust-experienced engineers',
]
int at = -1
expectInOrder.each { line ->
    int found = explanation.indexOf(line)
    assert found >= 0 : "the explanation has no line\n  ${line}\nbut:\n  ${explanation.join('\n  ')}"
    assert found > at : "the line\n  ${line}\nis out of order in:\n  ${explanation.join('\n  ')}"
    at = found
}
// Every rule has a row (the prior, 11 toward Rust, 4 toward Go), with its criterion id, rule name and strength.
def rows = explanation.findAll { it ==~ /\[INFO\]     [RG]-[A-Z-]+ +\S+ +(-|rust \S+|go \S+) .*/ }
assert rows.size() == 16 : rows.join('\n')
// Only risk-engine is explained; no audit table, no summary line.
assert !log.any { it.startsWith('[INFO] rustgo explain: ') && it != '[INFO] rustgo explain: risk-engine' }
assert !log.any { it.startsWith('[INFO] SERVICE ') || it.startsWith('[INFO] rustgo: ') }
// Findings do not fail explain, and nothing is written.
assert !log.any { it.startsWith('[WARNING]') }
assert !new File(basedir, 'target/rustgo').exists()

// The second run: a misspelt name fails with one line, as bad configuration does.
hasLine '[INFO] BUILD SUCCESS'
// Maven 3.10 logs BUILD FAILURE at ERROR, the others at INFO.
assert log.any { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ } : 'no BUILD FAILURE line'
def failures = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:explain \(default-cli\) on project explain: (.*) -> \[Help 1\]$/
assert m.matches() : failures[0]
assert m.group(1) == "rustgo.service: no service named 'risk-engin' in the portfolio; did you mean 'risk-engine'?"
hasLine '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException'
true
