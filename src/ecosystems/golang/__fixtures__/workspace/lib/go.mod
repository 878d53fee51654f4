module example.com/ws/lib

go 1.19

require example.com/color v1.1.0
