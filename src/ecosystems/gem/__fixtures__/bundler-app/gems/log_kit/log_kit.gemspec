Gem::Specification.new do |s|
  s.name = "log_kit"
  s.version = "1.2.0"
  s.summary = "fixture"
  s.authors = ["fixture"]
  s.files = []
  s.license = "MIT"

end
