// rustgo.skip=true: one line, nothing read (services/broken.yaml would fail the build), no report.
def log = new File(basedir, 'build.log').readLines()

assert log.count('[INFO] rustgo: skipped (rustgo.skip=true)') == 1
assert log.contains('[INFO] BUILD SUCCESS')
assert log.findAll { it.startsWith('[INFO] rustgo') } == ['[INFO] rustgo: skipped (rustgo.skip=true)']
assert !log.any { it.startsWith('[INFO] SERVICE ') }
assert !log.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
assert !new File(basedir, 'target/rustgo').exists()
true
