// What a hostile pull request or a careless repository brings, made here because the invoker copies
// neither links nor .git folders: files outside the project (a "netrc" and a values.yaml), a link to
// one, and a git repository whose configuration runs a program (a fake gpg that signs, verifies and
// leaves a line in ran.txt, outside the project, each time it runs).
def outside = new File(basedir.parentFile, 'hostile-repository-outside')
outside.deleteDir()
outside.mkdirs()
new File(outside, 'netrc').text = 'machine ci.example.org login bot password IT-SECRET-DO-NOT-PRINT\n'
new File(outside, 'values.yaml').text = 'replicaCount: 4000\nresources:\n  limits:\n    memory: 64Gi\n'
java.nio.file.Files.createSymbolicLink(
        new File(basedir, 'services/matcher/chart/values.yaml').toPath(), new File(outside, 'values.yaml').toPath())

def ran = new File(outside, 'ran.txt')
def gpg = new File(outside, 'gpg')
gpg.text = """#!/bin/sh
echo "\$*" >> '${ran}'
cat > /dev/null
case "\$*" in
  *--verify*) echo "[GNUPG:] GOODSIG 0 fake"; exit 0;;
  *) printf '[GNUPG:] BEGIN_SIGNING\\n[GNUPG:] SIG_CREATED \\n' >&2
     printf -- '-----BEGIN PGP SIGNATURE-----\\n\\nfake\\n-----END PGP SIGNATURE-----\\n';;
esac
"""
gpg.setExecutable(true)

def env = System.getenv().collect { k, v -> "$k=$v" }
def git = { String date, String... args ->
    def command = ['git', '-c', 'user.name=rustgo IT', '-c', 'user.email=it@rustgo.dev'] + (args as List)
    def process = command.execute(env + ["GIT_AUTHOR_DATE=${date}T12:00:00Z", "GIT_COMMITTER_DATE=${date}T12:00:00Z"], basedir)
    def out = new StringBuilder()
    process.consumeProcessOutput(out, out)
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed:\n${out}"
}
git '2026-03-01', 'init', '-q', '-b', 'main'
git '2026-03-01', 'config', 'gpg.program', gpg.path
git '2026-03-01', 'config', 'commit.gpgsign', 'true'
git '2026-03-01', 'add', 'pom.xml', 'services/orders.yaml'
git '2026-03-01', 'commit', '-q', '-m', 'orders'
git '2026-06-01', 'add', 'services'
git '2026-06-01', 'commit', '-q', '-m', 'matcher, with a chart whose values link out'
git '2026-06-01', 'config', 'log.showSignature', 'true'
git '2026-06-01', 'config', 'core.fsmonitor', gpg.path
git '2026-06-01', 'config', 'diff.external', gpg.path
// The repository as configured runs the program on git log: the check below would see it.
git '2026-06-01', 'log', '-1'
assert ran.exists() : 'the fake gpg did not run on git log; the IT would prove nothing'
ran.delete()
true
