module example.com/ws/outside

go 1.19

require example.com/words v0.4.0
