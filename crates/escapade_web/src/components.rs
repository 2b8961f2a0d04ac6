//! Leaf components: they take data and callbacks only, and never call the analysis.

pub mod code_line;
pub mod editor;
pub mod escape_pane;
pub mod gutter;
pub mod header;
pub mod panes;
pub mod problems;
pub mod share_panel;
pub mod shortcuts;
pub mod status_bar;
pub mod tooltip;
pub mod verdict_card;
