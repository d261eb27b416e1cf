// A module with handlers and no template above it: lambdalint says where it looked, not nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] lambdalint: no template describes this module: looked in . for one whose CodeUri points into it') : 'the module without a template is named'
assert log.contains('in 0 templates and 1 Java file')
assert log.contains('BUILD SUCCESS')
return true
