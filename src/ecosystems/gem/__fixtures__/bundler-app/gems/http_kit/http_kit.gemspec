Gem::Specification.new do |s|
  s.name = "http_kit"
  s.version = "2.0.0"
  s.summary = "fixture"
  s.authors = ["fixture"]
  s.files = []
  s.license = "MIT"
  s.add_dependency "log_kit", "~> 1.2"
end
