package tools

import (
	"example.com/extra"
	"example.com/shade"
	"example.com/words"
)

var X = words.Hello() + string(rune(extra.X+shade.S))
