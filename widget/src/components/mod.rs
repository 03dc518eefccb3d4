//! The panel's parts, one file per region.

mod composer;
mod footer;
mod message_list;
mod panel_header;
mod survey;

pub use composer::Composer;
pub use footer::Footer;
pub use message_list::MessageList;
pub use panel_header::{PanelHeader, ScopeNotice};
pub use survey::SurveyCard;
