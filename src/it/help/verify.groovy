// rustgo:help lists the goals; with -Ddetail -Dgoal=audit it lists audit's parameters and user properties.
def text = new File(basedir, 'build.log').text
def log = text.readLines()

assert log.count('[INFO] BUILD SUCCESS') == 2
assert text =~ /This plugin has \d+ goals:/
// The goal list of the first run, and the one goal of the second.
assert log.count('rustgo:audit') == 2
assert log.count('rustgo:help') == 1
assert log.contains('  Audits the service portfolio: loads the descriptors, scores every service')

// The detailed help of audit: every documented parameter, with its user property.
['skip', 'descriptorDirectory', 'includes', 'excludes', 'failOn', 'outputDirectory', 'formats', 'referenceDate'].each { p ->
    assert log.any { it ==~ /    ${p}( \(Default: .*\))?/ } : "parameter $p is not in the detailed help"
    assert log.contains("      User property: rustgo.${p}".toString())
}
assert log.contains('    failOn (Default: error)')
assert log.contains('    outputDirectory (Default: ${project.build.directory}/rustgo)')
assert !log.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
true
