// An invalid policy is bad input: every problem at its place, one MojoExecutionException, no stack
// trace, and the report still written for the services.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def hasLine = { String expected -> assert log.contains(expected + '\n') || log.contains(expected + '\r\n'), "build.log has no line\n  ${expected}" }
hasLine "[ERROR] rustgo-policy.yaml:4:3: unknown rule 'rust-candidate-in-goo'; did you mean 'rust-candidate-in-go'?; docs/rules.md lists them all"
hasLine "[ERROR] rustgo-policy.yaml:5:19: rules.go-fit-in-rust must be one of off, info, warning, error; found 'fatal'"
hasLine "[ERROR] rustgo-policy.yaml:7:5: a waiver needs reason"
assert log.contains("rustgo: 3 problems in 1 descriptor file (first: rustgo-policy.yaml:4:3:")
assert log.contains('MojoExecutionException')
assert !(log.substring(0, log.indexOf('BUILD FAILURE')) =~ /\tat |Exception:/)
def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'), 'UTF-8')
assert audit.services*.name == ['orders']
assert audit.files.failed == ['rustgo-policy.yaml']
return true
