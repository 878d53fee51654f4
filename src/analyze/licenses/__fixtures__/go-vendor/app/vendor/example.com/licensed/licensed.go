package licensed

// Hello greets.
func Hello() string { return "hello" }
