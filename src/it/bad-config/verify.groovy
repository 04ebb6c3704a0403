// Bad configuration values: each run fails with a MojoExecutionException whose message is one line
// naming the property, the allowed values and the value found; no report is written.
def log = new File(basedir, 'build.log').readLines()

def messages = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }.collect {
    def m = it =~ /^\[ERROR\] Failed to execute goal \S+:audit \(default\) on project bad-config: (.*) -> \[Help 1\]$/
    assert m.matches() : it
    m.group(1)
}
assert messages == [
    "rustgo.failOn must be one of error, warning, never; found 'sometimes'",
    "rustgo.formats: unknown format 'pdf'; known formats are codequality, html, json, junit, markdown, sarif, scorecard",
    "rustgo.referenceDate must be an ISO date (yyyy-mm-dd) or today; found '24/11/2026'",
]
assert log.count('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException') == 3
// Nothing was audited.
assert !log.any { it.startsWith('[INFO] rustgo: ') || it.startsWith('[INFO] SERVICE ') }
assert !new File(basedir, 'target/rustgo').exists()
true
