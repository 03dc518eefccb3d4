//! The inbox hub's calls, written once for both sides: the client builds its URLs from
//! [`Call`] and the hub dispatches on it.

use worker::Method;

/// One call the inbox hub answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// A console's inbox socket (WebSocket upgrade; the owner in `X-Socket-Owner`).
    Live,
    /// A session has a socket in a conversation (`Registration`).
    Register,
    /// Close every socket of the revoked session(s) (`Revocation`).
    Revoke,
    /// A conversation changed (`InboxEntry`): tell every console.
    Broadcast,
}

impl Call {
    const ALL: [Call; 4] = [Call::Live, Call::Register, Call::Revoke, Call::Broadcast];

    /// The call's path on the hub.
    pub fn path(self) -> &'static str {
        match self {
            Call::Live => "/live",
            Call::Register => "/register",
            Call::Revoke => "/revoke",
            Call::Broadcast => "/broadcast",
        }
    }

    pub fn method(self) -> Method {
        match self {
            Call::Live => Method::Get,
            Call::Register | Call::Revoke | Call::Broadcast => Method::Post,
        }
    }

    /// The call a request makes, or `None` for an unknown path or method.
    pub fn parse(method: &Method, path: &str) -> Option<Call> {
        Call::ALL
            .into_iter()
            .find(|call| call.path() == path && call.method() == *method)
    }

    /// The URL the client sends the call to (the host is ignored by the hub).
    pub fn url(self) -> String {
        format!("https://inbox{}", self.path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_call_parses_back_from_its_own_path_and_method() {
        for call in Call::ALL {
            assert_eq!(Call::parse(&call.method(), call.path()), Some(call));
            assert!(call.url().ends_with(call.path()));
        }
    }

    #[test]
    fn unknown_paths_and_wrong_methods_are_no_call() {
        assert_eq!(Call::parse(&Method::Post, "/nope"), None);
        assert_eq!(Call::parse(&Method::Post, "/live"), None);
        assert_eq!(Call::parse(&Method::Get, "/broadcast"), None);
    }
}
