// Nothing outside the project is read and no program runs, whatever the repository says; each refusal
// is named by its path, and no byte of the outside files reaches the log or a report.
import groovy.json.JsonSlurper

def text = new File(basedir, 'build.log').getText('UTF-8')
def log = text.readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}
def outside = new File(basedir.parentFile, 'hostile-repository-outside').canonicalFile

// 1. The policy that climbs out.
hasLine "[ERROR] escaping-policy.yaml:3:10: extends ../hostile-repository-outside/netrc, which is outside the project; a policy extends a file inside the project, or classpath:company/rustgo-policy.yaml from a jar of the plugin's dependencies"
assert !text.contains('IT-SECRET')

// 2. The values.yaml that links out: one warning, and no figure from it.
def linked = "[WARNING] services/matcher/chart/values.yaml:1:1: [link-outside-project] symbolic link to a place outside the project (${new File(outside, 'values.yaml')}); not followed"
hasLine linked
def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
def matcher = audit.services.find { it.name == 'matcher' }
assert matcher != null
assert !matcher.containsKey('inferred') || matcher.inferred.every { !it.value.toString().contains('4000') }
assert !new File(basedir, 'target/rustgo/audit.json').text.contains('4000')

// 3. and 4. History and the comparison read git, and the repository's gpg never ran.
hasLine '[INFO] rustgo: history of 2 commits, 2026-03-01 to 2026-06-01: Rust share 0.0% -> 0.0%, Rust candidates in Go 0 -> 0; written to target/rustgo/history.json and history.html'
assert new File(basedir, 'target/rustgo-compared/audit.json').isFile()
assert !new File(outside, 'ran.txt').exists() : "the audit ran the repository's gpg.program:\n" + new File(outside, 'ran.txt').text
return true
