//! `flat_xml` against roxmltree on generated WeChat bodies, and its refusals one by one.

use super::*;

/// The child names the generated documents use, looked up in both readers.
const NAMES: [&str; 4] = ["Content", "MsgType", "b", "Encrypt"];

/// Pieces of well-formed and malformed XML, joined at random into bodies.
const PIECES: [&str; 56] = [
    "<Content>",
    "</Content>",
    "<MsgType>",
    "</MsgType>",
    "<b/>",
    "<b >",
    "</b >",
    "<Encrypt>",
    "</Encrypt>",
    "text",
    "  ",
    "\r\n",
    "\r",
    "<![CDATA[ x\r\ny ]]>",
    "<![CDATA[]]>",
    "<![CDATA[<a>&amp;]]>",
    "&amp;&lt;&gt;&apos;&quot;",
    "&#13;&#x41;&#169;",
    "&#0;",
    "&#xD800;",
    "&bad;",
    "& ",
    "<!-- c -->",
    "<!-- a -- b -->",
    "<!--->",
    "<?pi data?>",
    "<?xml version=\"1.0\"?>",
    "<?xml-stylesheet x?>",
    "<!DOCTYPE xml>",
    "<a:Content xmlns:a=\"urn:a\">",
    "</a:Content>",
    "<c:Content>",
    "<Content a='1' b=\"2\">",
    "<Content a='1' a='2'>",
    "<Content a=\"<\">",
    "<Content a=\"&amp;\" xml:lang=\"en\">",
    "<Content a=1>",
    "\u{1}",
    "é中",
    "]]>",
    "<",
    ">",
    "<1a>",
    "</xml>",
    "<Content a='1'b='2'>",
    "<xml xmlns=\"urn:x\">",
    "<x:xml xmlns:x='urn:x'>",
    "</x:xml>",
    "<xml >",
    "<![CDATA[ open",
    "<Content xmlns:c=\"\">",
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<?xml?>",
    "<?xml encoding='UTF-8'?>",
    "<?xml version='1.0' standalone='maybe'?>",
    "<?xml version=\"1.0\"",
];

/// What roxmltree read: the root's local name and each name's first child element's text.
fn roxmltree_reading(body: &str) -> Option<(String, Vec<Option<Option<String>>>)> {
    let document = roxmltree::Document::parse(body).ok()?;
    let root = document.root_element();
    let texts = NAMES
        .iter()
        .map(|name| {
            root.children()
                .find(|node| node.is_element() && node.tag_name().name() == *name)
                .map(|node| node.text().map(str::to_owned))
        })
        .collect();
    Some((root.tag_name().name().to_owned(), texts))
}

fn reading(body: &str) -> Option<(String, Vec<Option<Option<String>>>)> {
    let document = Document::parse(body).ok()?;
    let texts = NAMES
        .iter()
        .map(|name| {
            document
                .child_text(name)
                .map(|text| text.map(str::to_owned))
        })
        .collect();
    Some((document.root_name().to_owned(), texts))
}

#[test]
fn documents_read_as_roxmltree_reads_them() {
    let mut seed: u64 = 0x5eed_1900;
    let mut next = |bound: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % bound
    };
    let mut accepted = 0;
    for case in 0..40_000 {
        let mut body = String::new();
        let prolog = next(4);
        if prolog == 0 {
            body.push_str(PIECES[next(PIECES.len())]);
        }
        let wrapped = case % 4 != 0;
        if wrapped {
            body.push_str("<xml>");
        }
        for _ in 0..next(7) {
            // Mostly matched child elements, so that many bodies are well-formed.
            if next(2) == 0 {
                let (open, close) = [
                    ("<Content>", "</Content>"),
                    ("<MsgType>", "</MsgType>"),
                    ("<Encrypt>", "</Encrypt>"),
                    ("<a:Content xmlns:a=\"urn:a\">", "</a:Content>"),
                ][next(4)];
                body.push_str(open);
                for _ in 0..next(3) {
                    body.push_str(PIECES[9 + next(17)]);
                }
                body.push_str(close);
            } else {
                body.push_str(PIECES[next(PIECES.len())]);
            }
        }
        if wrapped {
            body.push_str("</xml>");
        }
        if next(4) == 0 {
            body.push_str(PIECES[next(PIECES.len())]);
        }
        let expected = roxmltree_reading(&body);
        accepted += usize::from(expected.is_some());
        assert_eq!(reading(&body), expected, "{body:?}");
    }
    // The comparison means little unless both accept a good share (5,934 of 40,000 now).
    assert!(accepted > 4_000, "{accepted} accepted");
}

#[test]
fn a_wechat_push_reads_its_fields() {
    let body = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName>\n\
                <CreateTime>1348831860</CreateTime>\
                <Content><![CDATA[a &lt; b]]> &amp; c</Content></xml>";
    let document = Document::parse(body).unwrap();
    assert_eq!(document.root_name(), "xml");
    assert_eq!(document.child_text("ToUserName"), Some(Some("gh_1")));
    assert_eq!(document.child_text("Content"), Some(Some("a &lt; b & c")));
    assert_eq!(document.child_text("MsgId"), None);
}

#[test]
fn dtds_and_unknown_entities_are_refused() {
    for body in [
        "<!DOCTYPE xml [<!ENTITY e \"x\">]><xml>&e;</xml>",
        "<xml>&e;</xml>",
        "<xml><a></b></xml>",
        "<xml>",
        "<xml></xml><xml></xml>",
    ] {
        assert!(Document::parse(body).is_err(), "{body:?}");
    }
}
