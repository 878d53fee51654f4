package main

import (
	"fmt"

	"example.com/color"
	"example.com/greet"
	"example.com/ws/lib"
)

func main() { fmt.Println(greet.Greet(), color.Name, lib.Name) }
