// Four bad descriptor files beside two good ones: every problem logged as file:line:column: message,
// the build fails with a MojoExecutionException whose message is one line, nothing leaks a stack
// trace, and audit.json still holds the two good services, the errors and the failed files.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

def problems = [
    // hostile: an alias bomb is refused at its first anchor, before anything is expanded
    "[ERROR] services/alias-bomb.yaml:6:16: anchors ('&a') are not allowed in descriptors; write the value out",
    // a YAML syntax error: the flow sequence opened at 5:10 is never closed
    "[ERROR] services/broken.yaml:6:5: invalid YAML: expected ',' or ']', but got : (while parsing a flow sequence started at line 5, column 10)",
    // hostile: a tag naming a Java class is refused, never constructed
    "[ERROR] services/custom-tag.yaml:8:9: tags ('tag:yaml.org,2002:javax.script.ScriptEngineManager') are not allowed in descriptors; write the value plainly, quoted if need be",
    // a wrong type
    "[ERROR] services/wrong-type.yaml:9:14: spec.traffic.peakRps must be a whole number of 0 or more; found 'lots'",
]
problems.each { hasLine it }
// The good services are still audited and listed.
assert log.any { it ==~ /\[INFO\] edge-proxy +rust +rust +.*/ }
assert log.any { it ==~ /\[INFO\] orders-api +go +go +.*/ }
hasLine '[INFO] rustgo: 2 services (1 rust, 1 go, 0 review); findings: 0 error, 0 warning, 0 info; 4 input problems; result: fail; report: target/rustgo/audit.json'
// Maven 3.10 logs BUILD FAILURE at ERROR, the others at INFO.
assert log.any { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ } : 'no BUILD FAILURE line'

def failures = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:audit \(default\) on project bad-descriptor: (.*) -> \[Help 1\]$/
assert m.matches()
assert m.group(1) == "rustgo: 4 problems in 4 descriptor files (first: services/alias-bomb.yaml:6:16: anchors ('&a') are not allowed in descriptors; write the value out); fix them and run again"
// Bad input, not a policy failure.
hasLine '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException'

// No stack trace from the plugin: up to Maven's BUILD FAILURE block nothing looks like one. After it,
// Maven (run with -e by the invoker's showErrors) prints its own trace of the Mojo's exception; that
// exception must have no cause from the YAML library or anywhere else.
def summaryStart = log.findIndexOf { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ }
def auditLines = log.subList(0, summaryStart)
def traces = auditLines.findAll { it ==~ /\s+at .*/ || it.contains('Exception') || it.startsWith('Caused by') }
assert traces.isEmpty() : "stack trace lines before Maven's summary:\n${traces.join('\n')}"
def causes = log.findAll { it.startsWith('Caused by:') }
assert causes.every { it.startsWith('Caused by: org.apache.maven.plugin.MojoExecutionException: rustgo: 4 problems') } : causes.join('\n')
assert !log.any { it.contains('snakeyaml') || it.contains('YAMLException') || it ==~ /\s+at dev\.rustgo\.(load|report|criteria|policy)\..*/ }

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.services.collect { it.name } == ['edge-proxy', 'orders-api']
assert audit.errors == [
    [file: 'services/alias-bomb.yaml', line: 6, column: 16, message: "anchors ('&a') are not allowed in descriptors; write the value out"],
    [file: 'services/broken.yaml', line: 6, column: 5, message: "invalid YAML: expected ',' or ']', but got : (while parsing a flow sequence started at line 5, column 10)"],
    [file: 'services/custom-tag.yaml', line: 8, column: 9, message: "tags ('tag:yaml.org,2002:javax.script.ScriptEngineManager') are not allowed in descriptors; write the value plainly, quoted if need be"],
    [file: 'services/wrong-type.yaml', line: 9, column: 14, message: "spec.traffic.peakRps must be a whole number of 0 or more; found 'lots'"],
]
assert audit.files.failed == ['services/alias-bomb.yaml', 'services/broken.yaml', 'services/custom-tag.yaml', 'services/wrong-type.yaml']
assert audit.files.read == 6
assert audit.summary.services == 2
assert audit.summary.errors == 4
assert audit.summary.result == 'fail'
true
