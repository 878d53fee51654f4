package main

import (
	"fmt"

	"example.com/greet"
	"example.com/localmod"
)

func main() { fmt.Println(greet.Greet(), localmod.Name) }
