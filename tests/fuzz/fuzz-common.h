/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <stdint.h>

/*
 * The entry points of every libFuzzer target here. LLVMFuzzerInitialize()
 * (fuzz-common.c, linked into each) makes a warning or a critical from GLib
 * or from DiploStudy a crash the fuzzer reports, and points GSettings at
 * memory and at the schema compiled in the build tree.
 */

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);
