module example.com/app

go 1.19

require (
	example.com/greet v1.2.0
	example.com/localmod v0.0.0
)

require example.com/words v0.3.1 // indirect

exclude example.com/words v0.2.0

replace example.com/localmod => ./localmod

replace example.com/words v0.3.1 => example.com/words v0.4.0

retract v0.9.0 // published by mistake
