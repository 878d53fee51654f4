package words

func Hello() string { return "forked" }
