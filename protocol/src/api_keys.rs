//! API keys (`/v1/admin/api-keys`): a clinic's other systems call the Staff API with
//! `Authorization: Bearer fdk_…`, limited to the key's scopes.

use serde::{Deserialize, Serialize};

/// What an API key may do. The wire names (`conversations:read`, …) are what the OpenAPI
/// document's `x-frontdesk-scope` and a `missing_scope` error name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ApiScope {
    #[serde(rename = "conversations:read")]
    ConversationsRead,
    #[serde(rename = "messages:write")]
    MessagesWrite,
    #[serde(rename = "surveys:write")]
    SurveysWrite,
    #[serde(rename = "reports:read")]
    ReportsRead,
}

impl ApiScope {
    pub const ALL: [ApiScope; 4] = [
        ApiScope::ConversationsRead,
        ApiScope::MessagesWrite,
        ApiScope::SurveysWrite,
        ApiScope::ReportsRead,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ApiScope::ConversationsRead => "conversations:read",
            ApiScope::MessagesWrite => "messages:write",
            ApiScope::SurveysWrite => "surveys:write",
            ApiScope::ReportsRead => "reports:read",
        }
    }

    pub fn parse(raw: &str) -> Option<ApiScope> {
        ApiScope::ALL
            .into_iter()
            .find(|scope| scope.as_str() == raw)
    }
}

/// `POST /v1/admin/api-keys`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateApiKeyRequest {
    /// What the key is for, e.g. "Practice software".
    pub name: String,
    /// Scope names, e.g. `conversations:read`.
    pub scopes: Vec<String>,
}

/// One API key; `secret` only in the answer that created it (only its hash is stored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    /// The secret's first characters, to tell keys apart (`fdk_1a2b3c4d`).
    pub prefix: String,
    pub scopes: Vec<ApiScope>,
    pub created_at: String,
    pub created_by: String,
    pub last_used_at: Option<String>,
    /// Set once revoked; a revoked key is refused at once.
    pub revoked_at: Option<String>,
    /// The `fdk_…` secret, shown once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}

/// `GET /v1/admin/api-keys`, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeysResponse {
    pub api_keys: Vec<ApiKey>,
}

/// `DELETE /v1/admin/api-keys/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevokedApiKey {
    pub id: String,
    pub revoked: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_keep_their_wire_names() {
        for scope in ApiScope::ALL {
            assert_eq!(ApiScope::parse(scope.as_str()), Some(scope));
            assert_eq!(
                serde_json::to_value(scope).unwrap(),
                serde_json::json!(scope.as_str())
            );
        }
        assert_eq!(ApiScope::parse("conversations:write"), None);
        assert_eq!(ApiScope::parse("Reports:Read"), None);
    }
}
