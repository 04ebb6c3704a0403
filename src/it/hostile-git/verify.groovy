// compareTo and history read the repository made in prebuild.groovy as data: the object git cannot
// read is a warning at its path and the rest is read, the file name with a line break shifts no
// other file, the path that changed kind is followed, the README-only commit is no point, the
// descriptor never committed is said, and no tree read from git is left in target/.
import groovy.json.JsonSlurper

def text = new File(basedir, 'build.log').getText('UTF-8')
def log = text.readLines()
def hasLine = { String expected ->
    assert log.contains(expected) : "build.log has no line\n  ${expected}\nbut:\n  ${log.findAll { it ==~ /\[(INFO|WARNING|ERROR)\] .*/ }.join('\n  ')}"
}
def unread = /\[WARNING\] services\/a\.yaml:1:1: cannot be read from git at (\S+) \(object [0-9a-f]{12} is missing or corrupt\); left out/
assert !text.contains('For input string')
assert !text.contains('FileSystemException')

// 1. History: two points (the README commit is none), a read at neither, and the warnings.
hasLine '[WARNING] rustgo: the working tree has 1 descriptor file that the last commit does not hold; history reads only what is committed'
def atCommit = log.findAll { it ==~ unread }.collect { (it =~ unread)[0][1] }
assert atCommit.size() == 2 : log.join('\n') // once by history, once by the comparison
assert atCommit[0] ==~ /[0-9a-f]{40}/
hasLine '[INFO] rustgo: history of 2 commits, 2026-01-10 to 2026-03-10: Rust share 0.0% -> 0.0%, Rust candidates in Go 0 -> 0; written to target/rustgo/history.json and history.html'
def history = new JsonSlurper().parse(new File(basedir, 'target/rustgo/history.json'))
// b, weird, c; then b, weird, x, z (a was never read, c went with the directory)
assert history.points.collect { it.services } == [3, 4]
assert !new File(basedir, 'target/rustgo/history-tree').exists()

// 2. The comparison with main~1 (the README commit, whose tree is the first commit's).
assert atCommit[1] == 'main~1'
def audit = new JsonSlurper().parse(new File(basedir, 'target/rustgo-compared/audit.json'))
assert audit.compare.unread.collect { it.file } == ['services/a.yaml']
assert audit.compare.added == ['a', 'fresh', 'x', 'z']
assert audit.compare.removed == ['c']
assert !new File(basedir, 'target/rustgo-compared/compare').exists()
true
