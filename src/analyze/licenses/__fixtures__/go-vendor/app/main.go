package main

import (
	"fmt"

	"example.com/licensed"
)

func main() { fmt.Println(licensed.Hello()) }
