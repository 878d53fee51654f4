package greet
import "example.com/words"
func Greet() string { return words.Hello() }
