//! The incoming HTTP request, with Cloudflare's metadata read only when asked for.
//!
//! `worker::Request` reads `request.cf` as it is built, and workerd makes that object
//! from JSON on every read: about 0.2 ms of CPU per request in the ingest profile. Only
//! the widget config and urgent replies need it (the visitor's country, for the
//! emergency number), so this type reads it on demand.
//! It offers the few `worker::Request` methods the routes use, with the same meaning.

use worker::wasm_bindgen_futures::JsFuture;
use worker::worker_sys::ext::RequestExt;
use worker::worker_sys::IncomingRequestCfProperties;
use worker::{web_sys, Error, Headers, Method, Result, Url};

pub struct Request {
    raw: web_sys::Request,
    method: Method,
    path: String,
    headers: Headers,
    body_used: bool,
}

impl Request {
    pub fn new(raw: web_sys::Request) -> Request {
        let url = raw.url();
        Request {
            method: Method::from(raw.method()),
            path: path_of(&url).to_owned(),
            headers: Headers(raw.headers()),
            body_used: false,
            raw,
        }
    }

    pub fn method(&self) -> Method {
        self.method.clone()
    }

    /// The URL's path, without the query.
    pub fn path(&self) -> String {
        self.path.clone()
    }

    pub fn headers(&self) -> &Headers {
        &self.headers
    }

    pub fn url(&self) -> Result<Url> {
        Url::parse(&self.raw.url()).map_err(|e| Error::RustError(e.to_string()))
    }

    /// Cloudflare's metadata about the caller (country, colo, …), read now.
    pub fn cf(&self) -> Option<IncomingRequestCfProperties> {
        self.raw.cf()
    }

    /// The request as the runtime gave it.
    pub fn inner(&self) -> &web_sys::Request {
        &self.raw
    }

    pub async fn bytes(&mut self) -> Result<Vec<u8>> {
        let buffer = JsFuture::from(self.take_body()?.array_buffer()?).await?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    fn take_body(&mut self) -> Result<&web_sys::Request> {
        if self.body_used {
            return Err(Error::BodyUsed);
        }
        self.body_used = true;
        Ok(&self.raw)
    }
}

/// The path of an absolute URL as the runtime serializes it: from the first `/` after
/// the host up to `?` or `#` (which the serializer always escapes inside the path).
fn path_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let rest = &url[after_scheme..];
    let Some(start) = rest.find('/') else {
        return "/";
    };
    let path = &rest[start..];
    let end = path.find(['?', '#']).unwrap_or(path.len());
    &path[..end]
}

#[cfg(test)]
mod tests {
    use super::path_of;

    #[test]
    fn paths_come_from_serialized_urls() {
        for (url, path) in [
            ("https://example.com/", "/"),
            ("https://example.com", "/"),
            ("http://127.0.0.1:8787/v1/health", "/v1/health"),
            ("https://a.test/v1/x?after=3&b=/c", "/v1/x"),
            ("https://a.test/v1/x#frag/y", "/v1/x"),
        ] {
            assert_eq!(path_of(url), path, "{url}");
        }
    }
}
