module example.com/ws/tools

go 1.19

require (
	example.com/extra v1.0.0
	example.com/shade v1.0.0
	example.com/words v0.3.1
)
