package localmod

const Name = "local"
