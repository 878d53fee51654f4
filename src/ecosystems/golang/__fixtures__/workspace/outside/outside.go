package outside

import "example.com/words"

var X = words.Hello()
