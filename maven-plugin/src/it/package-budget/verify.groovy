def log = new File(basedir, 'build.log').text
// The plugin states what it packaged (out/, where no folder heuristic looks) and the build's budget
// as build facts; LL401 measures that jar against the plugin's 1 %, not the file's 90 %.
def line = log.readLines().find { it.contains('LL401 ') }
assert line != null : 'LL401 reports the packaged jar'
assert line.contains('[WARNING] template.yaml:8:7: LL401 ') : line
assert line.contains("BudgetFunction's package out/package-budget-1.0.jar is ") : line
assert line.contains("zipped, 2% of Lambda's 50 MB limit (budget 1%)") : line
return true
