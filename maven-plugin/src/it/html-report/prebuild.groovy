// The project is a repository of its own: paths are relative to it, templates are looked for up to it.
new File(basedir, ".git").mkdirs()
return true
