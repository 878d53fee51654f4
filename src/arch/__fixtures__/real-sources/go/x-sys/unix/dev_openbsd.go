// Copyright 2017 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Functions to access/create device major and minor numbers matching the
// encoding used in OpenBSD's sys/types.h header.

package unix

// Major returns the major component of an OpenBSD device number.
