#!/bin/sh
# cc-rs runs this inside the build script's environment. Cargo sets
# DEP_TREE_SITTER_LANGUAGE_WASM_HEADERS for build scripts of direct dependents of
# tree-sitter-language (tree-sitter, tree-sitter-go), so tree-sitter-go's parser.c finds stdlib.h.
exec "${WASM_CLANG:-clang}" ${DEP_TREE_SITTER_LANGUAGE_WASM_HEADERS:+-isystem "$DEP_TREE_SITTER_LANGUAGE_WASM_HEADERS"} "$@"
