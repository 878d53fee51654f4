Gem::Specification.new do |s|
  s.name = "spec_kit"
  s.version = "0.3.0"
  s.summary = "fixture"
  s.authors = ["fixture"]
  s.files = []
  s.license = "MIT"
  s.add_dependency "log_kit", ">= 1.0"
end
