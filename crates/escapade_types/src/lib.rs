//! Go front end: resolves names and type-checks the AST into typed IR (not implemented yet; the
//! crate currently holds the generated standard-library tables and the checker's test corpora).
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]
