// Copyright 2022 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

//go:build openbsd && !mips64
// +build openbsd,!mips64

package unix

import _ "unsafe"

// Implemented in the runtime package (runtime/sys_openbsd3.go)
