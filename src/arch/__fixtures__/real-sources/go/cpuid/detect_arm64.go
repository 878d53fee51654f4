// Copyright (c) 2015 Klaus Post, released under MIT License. See LICENSE file.

//go:build arm64 && !gccgo && !noasm && !appengine
// +build arm64,!gccgo,!noasm,!appengine

package cpuid

import "runtime"
