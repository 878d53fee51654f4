module github.com/klauspost/cpuid/v2

go 1.15

require golang.org/x/sys v0.0.0-20220704084225-05e143d24a9e
