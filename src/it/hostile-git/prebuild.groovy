// A git history that a careless repository or a hostile pull request makes, made here because the
// invoker copies no .git folder:
//   2026-01-10  a, b, "we<line break>ird" (a file name with a line break), and x.yaml/c.yaml (x.yaml a directory)
//   2026-02-10  a README beside the descriptors, nothing else: no point of the history
//   2026-03-10  x.yaml turns into a file, "we<line break>ird" changes, z.yaml is added (after it in git's order)
// then a's object is deleted from .git/objects (git can no longer read it: ls-tree prints its size as
// BAD), and services/new.yaml is left in the working tree, never committed.
def env = System.getenv().collect { k, v -> "$k=$v" }
def git = { String date, String... args ->
    def command = ['git', '-c', 'user.name=rustgo IT', '-c', 'user.email=it@rustgo.dev', '-c', 'commit.gpgsign=false'] + (args as List)
    def process = command.execute(env + ["GIT_AUTHOR_DATE=${date}T12:00:00Z", "GIT_COMMITTER_DATE=${date}T12:00:00Z"], basedir)
    def out = new StringBuilder()
    def err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : "git ${args.join(' ')} failed:\n${out}${err}"
    out.toString()
}
def services = new File(basedir, 'services')
def service = { String path, String name, int peakRps = 900 ->
    def file = new File(services, path)
    file.parentFile.mkdirs()
    file.text = "apiVersion: rustgo.dev/v1\nkind: Service\nmetadata: {name: ${name}, owner: shop}\n" +
            "spec: {language: go, role: api, traffic: {peakRps: ${peakRps}, p99LatencyMs: 150}}\n"
}
service 'a.yaml', 'a'
service 'b.yaml', 'b'
service 'we\nird.yaml', 'weird'
service 'x.yaml/c.yaml', 'c'
git '2026-01-10', 'init', '-q', '-b', 'main'
git '2026-01-10', 'add', 'pom.xml', 'services'
git '2026-01-10', 'commit', '-q', '-m', 'four services'
new File(services, 'README.md').text = '# Services\n'
git '2026-02-10', 'add', 'services'
git '2026-02-10', 'commit', '-q', '-m', 'a README beside them'
new File(services, 'x.yaml').deleteDir()
service 'x.yaml', 'x'
service 'we\nird.yaml', 'weird', 1200
service 'z.yaml', 'z'
git '2026-03-10', 'add', '-A', 'services'
git '2026-03-10', 'commit', '-q', '-m', 'x.yaml a file, weird changed, z'
def object = git('2026-03-10', 'rev-parse', 'HEAD:services/a.yaml').trim()
assert new File(basedir, ".git/objects/${object.substring(0, 2)}/${object.substring(2)}").delete()
service 'new.yaml', 'fresh'
true
