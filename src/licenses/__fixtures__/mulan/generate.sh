#!/bin/sh
# Mulan fixtures. The text files here are copies of real files from public repositories (read from
# a stored copy of each repository; the network is not used in tests):
#   oceanbase-LICENSE-publ2   oceanbase/oceanbase@8934e025848a358ee46792572dbd27b5ca55ce24 LICENSE
#   oceanbase-header-publ1.h  header comment of oceanbase/oceanbase sources (Mulan PubL v1 era)
#   paraphrased-psl2.md       JuSanSuiYuan/freewindows@d9f6ecf24d77d2ccd0cfd97453907166e5085d08 LICENSE-MULAN.md
#                             (a paraphrase of Mulan PSL v2, not the official text: a near miss)
#   owl-by-header.c           header comment of a public project licensed under MulanOWL BY v1
#   owl-notices.md            license statement of a public blog licensed under MulanOWL BY-PL v1
#   owl-by-sa-readme.md       license sentence of a public README (MulanOWL BY-SA)
# This script derives the variants the tests need from those copies.
set -eu
cd "$(dirname "$0")"
# GB18030 copy (Chinese license files are often in a GBK-family encoding).
iconv -f UTF-8 -t GB18030 oceanbase-LICENSE-publ2 > publ2-gb18030.txt
# Chinese-only and English-only halves of the bilingual PubL v2 text.
awk '/^Mulan Public License，Version 2 \(Mulan PubL v2\)$/{exit} {print}' oceanbase-LICENSE-publ2 > publ2-zh.txt
awk 'f{print} /^Mulan Public License，Version 2 \(Mulan PubL v2\)$/{f=1; print}' oceanbase-LICENSE-publ2 > publ2-en.txt
