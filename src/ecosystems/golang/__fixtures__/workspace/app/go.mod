module example.com/ws/app

go 1.19

replace example.com/ws/lib => ../lib

replace example.com/words v0.3.1 => example.com/words v0.4.0

require (
	example.com/color v1.1.0
	example.com/greet v1.2.0
	example.com/ws/lib v0.0.0
)

require example.com/words v0.3.1 // indirect
