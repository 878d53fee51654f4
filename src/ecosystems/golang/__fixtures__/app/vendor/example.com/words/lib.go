package words
func Hello() string { return "hello, fork" }
