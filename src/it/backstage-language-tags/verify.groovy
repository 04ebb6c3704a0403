// The language of a Backstage service comes from the rustgo.dev/language annotation, else from its one
// language tag (golang and go are one language). Two language tags without the annotation are bad
// input, reported at metadata.tags; with the annotation they are not. The annotation wins over a tag.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}

def problem = 'catalog-info.yaml:6:9: metadata.tags name 2 languages (go, rust); keep one language tag, or set the annotation rustgo.dev/language'
assert log.findAll { it.startsWith('[ERROR] catalog-info.yaml') } == ["[ERROR] $problem".toString()]
// The language column: rust from the annotation (over a java tag, and over go and rust tags), go from the tags.
assert log.any { it ==~ /\[INFO\] image-resizer +rust +go +.*/ }
assert log.any { it ==~ /\[INFO\] media-proxy +rust +rust +.*/ }
assert log.any { it ==~ /\[INFO\] search-indexer +go +go +.*/ }
assert !log.any { it.contains('polyglot-gateway') }
hasLine '[INFO] rustgo: 3 services (1 rust, 2 go, 0 review); findings: 0 error, 0 warning, 0 info; 1 input problem; result: fail; report: target/rustgo/audit.json'
// Maven 3.10 logs BUILD FAILURE at ERROR, the others at INFO.
assert log.any { it ==~ /\[(INFO|ERROR)\] BUILD FAILURE/ } : 'no BUILD FAILURE line'
assert !log.any { it.startsWith('[WARNING]') }

def failures = log.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert failures.size() == 1
def m = failures[0] =~ /^\[ERROR\] Failed to execute goal \S+:audit \(default\) on project backstage-language-tags: (.*) -> \[Help 1\]$/
assert m.matches() : failures[0]
assert m.group(1) == "rustgo: 1 problem in 1 descriptor file (first: $problem); fix them and run again".toString()
hasLine '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException'

def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo/audit.json'))
assert audit.services.collect { [it.name, it.line, it.language] } == [
        ['image-resizer', 29, 'rust'],
        ['media-proxy', 42, 'rust'],
        ['search-indexer', 17, 'go'],
]
assert audit.errors == [[file: 'catalog-info.yaml', line: 6, column: 9,
        message: 'metadata.tags name 2 languages (go, rust); keep one language tag, or set the annotation rustgo.dev/language']]
assert audit.files.failed == ['catalog-info.yaml']
assert audit.summary.result == 'fail'
true
