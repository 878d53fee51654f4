package lib

import "example.com/color"

const Name = "lib-" + color.Name
