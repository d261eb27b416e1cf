// sam init makes a repository whose root holds the template, above the function's pom.
new File(basedir, ".git").mkdirs()
return true
