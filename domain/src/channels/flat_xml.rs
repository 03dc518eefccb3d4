//! WeChat's XML: a well-formedness check and the root's child elements with their text.
//!
//! WeChat pushes one flat `<xml>` element whose children hold text or CDATA. roxmltree,
//! which read them before, was about 31 KB of the edge's wasm (BENCHMARKS.md, "Edge size,
//! session 19"); this reader keeps what the adapters asked of it: the document must be
//! well-formed (nesting, names, attributes, references, comments, processing
//! instructions), DTDs are refused (so no entity can be defined or expanded), references
//! and CDATA are decoded, line ends normalised, and names read without their namespace
//! prefix, whose declaration must be in scope. An element's text is what roxmltree's
//! `Node::text` gave: its first child, if that is text (adjacent text and CDATA joined).
//! The test `documents_read_as_roxmltree_reads_them` compares the two on generated bodies.
//!
//! Just over 500 lines because the reader is one state machine over one byte cursor;
//! split, its parts would share every field.

use std::fmt;

/// Why a body is not a well-formed document; the message names a construct and a byte
/// offset, never the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError {
    what: &'static str,
    offset: usize,
}

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.what, self.offset)
    }
}

/// A document's root element: its local name and its child elements, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    root: String,
    children: Vec<Child>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Child {
    name: String,
    /// The first child node's text, if the first child is text.
    text: Option<String>,
}

impl Document {
    pub fn parse(text: &str) -> Result<Self, XmlError> {
        Reader::new(text).document()
    }

    /// The root element's local name.
    pub fn root_name(&self) -> &str {
        &self.root
    }

    /// The first child element of the root named `name`: `Some` with its text (`None` when
    /// it does not start with text), or `None` when there is no such element.
    pub fn child_text(&self, name: &str) -> Option<Option<&str>> {
        self.children
            .iter()
            .find(|child| child.name == name)
            .map(|child| child.text.as_deref())
    }
}

/// The open elements: their qualified names, and how many namespace prefixes the
/// `prefixes` list held before each was opened.
struct Open<'a> {
    name: &'a str,
    prefixes_before: usize,
}

struct Reader<'a> {
    text: &'a str,
    pos: usize,
    open: Vec<Open<'a>>,
    /// Namespace prefixes declared (`xmlns:p`) on the open elements.
    prefixes: Vec<&'a str>,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text: text.strip_prefix('\u{feff}').unwrap_or(text),
            pos: 0,
            open: Vec::new(),
            prefixes: Vec::new(),
        }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn fail<T>(&self, what: &'static str) -> Result<T, XmlError> {
        Err(XmlError {
            what,
            offset: self.pos,
        })
    }

    fn eat(&mut self, prefix: &str) -> bool {
        let found = self.rest().starts_with(prefix);
        if found {
            self.pos += prefix.len();
        }
        found
    }

    fn expect(&mut self, prefix: &str, what: &'static str) -> Result<(), XmlError> {
        if self.eat(prefix) {
            Ok(())
        } else {
            self.fail(what)
        }
    }

    /// Skips XML white space; whether there was any.
    fn space(&mut self) -> bool {
        let rest = self.rest();
        let skipped = rest.len() - rest.trim_start_matches(is_space).len();
        self.pos += skipped;
        skipped > 0
    }

    /// The text before `end`, which is consumed too; each character must be one XML allows.
    fn until(&mut self, end: &str, what: &'static str) -> Result<&'a str, XmlError> {
        let rest = self.rest();
        let Some(len) = rest.find(end) else {
            return self.fail(what);
        };
        let inner = &rest[..len];
        if let Some(bad) = inner.find(|c| !is_xml_char(c)) {
            self.pos += bad;
            return self.fail("a character XML does not allow");
        }
        self.pos += len + end.len();
        Ok(inner)
    }

    fn name(&mut self) -> Result<&'a str, XmlError> {
        let rest = self.rest();
        let mut chars = rest.char_indices();
        match chars.next() {
            Some((_, c)) if is_name_start(c) => {}
            _ => return self.fail("a name expected"),
        }
        let len = chars
            .find(|&(_, c)| !is_name_char(c))
            .map_or(rest.len(), |(i, _)| i);
        self.pos += len;
        Ok(&rest[..len])
    }

    fn document(mut self) -> Result<Document, XmlError> {
        self.declaration()?;
        self.misc()?;
        if self.rest().starts_with("<!DOCTYPE") {
            return self.fail("a DTD (refused)");
        }
        self.expect("<", "no root element")?;
        let (root, _) = self.start_tag()?;
        let mut children: Vec<Child> = Vec::new();
        // Whether the newest child of the root has had no node but text so far.
        let mut text_run = false;
        while !self.open.is_empty() {
            let depth = self.open.len();
            if self.eat("</") {
                self.end_tag()?;
                text_run = false;
            } else if self.eat("<!--") {
                self.comment()?;
                text_run = false;
            } else if self.eat("<![CDATA[") {
                let data = self.until("]]>", "an unclosed CDATA section")?;
                if depth == 2 && text_run {
                    append(&mut children, &normalise_line_ends(data));
                }
            } else if self.rest().starts_with("<?") {
                self.processing_instruction()?;
                text_run = false;
            } else if self.eat("<") {
                let (name, child_empty) = self.start_tag()?;
                if depth == 1 {
                    children.push(Child {
                        name: local(name).to_owned(),
                        text: None,
                    });
                    text_run = !child_empty;
                } else {
                    text_run = false;
                }
            } else if self.rest().is_empty() {
                return self.fail("an unclosed element");
            } else {
                let decoded = self.char_data()?;
                if depth == 2 && text_run {
                    append(&mut children, &decoded);
                }
            }
        }
        self.misc()?;
        if !self.rest().is_empty() {
            return self.fail("content after the root element");
        }
        Ok(Document {
            root: local(root).to_owned(),
            children,
        })
    }

    /// The XML declaration, checked as roxmltree checked it: `version`, then optionally
    /// `encoding` and `standalone` (their values are not read).
    fn declaration(&mut self) -> Result<(), XmlError> {
        if !self.rest().starts_with("<?xml ") {
            return Ok(());
        }
        self.pos += 5;
        self.declaration_space()?;
        if !self.rest().starts_with("version") {
            return self.fail("`version` expected");
        }
        self.name()?;
        self.attribute_value()?;
        self.declaration_space()?;
        if self.rest().starts_with("encoding") {
            self.name()?;
            self.attribute_value()?;
            self.declaration_space()?;
        }
        if self.rest().starts_with("standalone") {
            self.name()?;
            self.attribute_value()?;
        }
        self.space();
        self.expect("?>", "`?>` expected")
    }

    fn declaration_space(&mut self) -> Result<(), XmlError> {
        if self.space() || self.rest().starts_with("?>") || self.rest().is_empty() {
            Ok(())
        } else {
            self.fail("a space expected")
        }
    }

    /// Comments, processing instructions and white space, before or after the root.
    fn misc(&mut self) -> Result<(), XmlError> {
        loop {
            self.space();
            if self.eat("<!--") {
                self.comment()?;
            } else if self.rest().starts_with("<?") {
                self.processing_instruction()?;
            } else {
                return Ok(());
            }
        }
    }

    fn comment(&mut self) -> Result<(), XmlError> {
        let start = self.pos;
        let body = self.until("-->", "an unclosed comment")?;
        if body.contains("--") || body.ends_with('-') {
            self.pos = start;
            return self.fail("`--` inside a comment");
        }
        Ok(())
    }

    /// At `<?`. As in roxmltree, only `<?xml ` is refused as a late declaration, and the
    /// target needs no space after it.
    fn processing_instruction(&mut self) -> Result<(), XmlError> {
        if self.rest().starts_with("<?xml ") {
            return self.fail("an XML declaration after the start");
        }
        self.pos += 2;
        self.name()?;
        self.space();
        self.until("?>", "an unclosed processing instruction")
            .map(drop)
    }

    /// `= "value"` (or single quotes), the value without `<`.
    fn attribute_value(&mut self) -> Result<(&'a str, usize), XmlError> {
        self.space();
        self.expect("=", "`=` expected")?;
        self.space();
        let quote = if self.eat("\"") {
            "\""
        } else if self.eat("'") {
            "'"
        } else {
            return self.fail("a quoted value expected");
        };
        let start = self.pos;
        let value = self.until(quote, "an unclosed attribute value")?;
        if value.contains('<') {
            self.pos = start;
            return self.fail("`<` in an attribute value");
        }
        Ok((value, start))
    }

    /// After `<`: the name, the attributes and `>` or `/>`. Opens the element unless it is
    /// empty; whether it is.
    fn start_tag(&mut self) -> Result<(&'a str, bool), XmlError> {
        let name = self.name()?;
        let prefixes_before = self.prefixes.len();
        let mut attributes: Vec<&'a str> = Vec::new();
        let empty = loop {
            let spaced = self.space();
            if self.eat("/>") {
                break true;
            }
            if self.eat(">") {
                break false;
            }
            if !spaced {
                return self.fail("a space expected between attributes");
            }
            let attribute = self.name()?;
            if attributes.contains(&attribute) {
                return self.fail("a duplicate attribute");
            }
            attributes.push(attribute);
            let (value, value_start) = self.attribute_value()?;
            check_references(value).map_err(|offset| XmlError {
                what: "an unknown or malformed reference",
                offset: value_start + offset,
            })?;
            if let Some(prefix) = attribute.strip_prefix("xmlns:") {
                self.prefixes.push(prefix);
            }
        };
        for qualified in std::iter::once(name).chain(attributes.iter().copied()) {
            if let Some((prefix, _)) = qualified.split_once(':') {
                let declared = prefix == "xml"
                    || (prefix == "xmlns" && qualified != name)
                    || self.prefixes.contains(&prefix);
                if !declared {
                    return self.fail("an undeclared namespace prefix");
                }
            }
        }
        if empty {
            self.prefixes.truncate(prefixes_before);
        } else {
            self.open.push(Open {
                name,
                prefixes_before,
            });
        }
        Ok((name, empty))
    }

    /// After `</`: the name, which must close the open element, and `>`.
    fn end_tag(&mut self) -> Result<(), XmlError> {
        let name = self.name()?;
        self.space();
        self.expect(">", "`>` expected")?;
        match self.open.pop() {
            Some(open) if open.name == name => {
                self.prefixes.truncate(open.prefixes_before);
                Ok(())
            }
            _ => self.fail("an end tag that does not match"),
        }
    }

    /// Text up to the next `<`, with its references decoded and line ends normalised.
    fn char_data(&mut self) -> Result<String, XmlError> {
        let rest = self.rest();
        let len = rest.find('<').unwrap_or(rest.len());
        let raw = &rest[..len];
        if let Some(bad) = raw.find(|c| !is_xml_char(c)) {
            self.pos += bad;
            return self.fail("a character XML does not allow");
        }
        if let Some(bad) = raw.find("]]>") {
            self.pos += bad;
            return self.fail("`]]>` in text");
        }
        let decoded = text_with_references(raw).map_err(|offset| XmlError {
            what: "an unknown or malformed reference",
            offset: self.pos + offset,
        })?;
        self.pos += len;
        Ok(decoded)
    }
}

fn append(children: &mut [Child], text: &str) {
    if let Some(child) = children.last_mut() {
        child.text.get_or_insert_with(String::new).push_str(text);
    }
}

/// A name without its namespace prefix.
fn local(name: &str) -> &str {
    name.split_once(':').map_or(name, |(_, local)| local)
}

/// Text with its references decoded and its line ends normalised as roxmltree did it:
/// `\r\n` and a lone `\r` read as `\n`, except that the character right after a reference
/// is kept as it is (so `&amp;\r` keeps its `\r`), and a `&#13;` stays a carriage return.
/// The offset of a bad reference.
fn text_with_references(raw: &str) -> Result<String, usize> {
    if !raw.contains(['&', '\r']) {
        return Ok(raw.to_owned());
    }
    let mut out = String::with_capacity(raw.len());
    let mut as_is = false;
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        if c == '&' {
            let offset = raw.len() - rest.len();
            let (decoded, len) = reference(rest).ok_or(offset)?;
            out.push(decoded);
            as_is = true;
            rest = &rest[len..];
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if as_is {
            as_is = false;
            out.push(c);
        } else if out.ends_with('\r') {
            out.pop();
            out.push('\n');
            if c == '\r' && rest.is_empty() {
                out.push('\n');
            } else if c != '\n' {
                out.push(c);
            }
        } else if c == '\r' && rest.is_empty() {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// Checks an attribute value's references (the value itself is not kept).
fn check_references(raw: &str) -> Result<(), usize> {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        rest = &rest[amp..];
        let offset = raw.len() - rest.len();
        let (_, len) = reference(rest).ok_or(offset)?;
        rest = &rest[len..];
    }
    Ok(())
}

/// The reference `text` starts with (at its `&`): one of the five predefined entities or a
/// character reference, and its length.
fn reference(text: &str) -> Option<(char, usize)> {
    let after = text.strip_prefix('&')?;
    let semi = after.find(';')?;
    let decoded = match &after[..semi] {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        reference => {
            let number = reference.strip_prefix('#')?;
            let (digits, radix) = match number.strip_prefix('x') {
                Some(hex) => (hex, 16),
                None => (number, 10),
            };
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            // A code point that is not a character reads as U+FFFD, as in roxmltree.
            u32::from_str_radix(digits, radix)
                .ok()
                .map(|n| char::from_u32(n).unwrap_or('\u{FFFD}'))
                .filter(|&c| is_xml_char(c))?
        }
    };
    Some((decoded, semi + 2))
}

/// `\r\n` and a lone `\r` read as `\n`, as XML requires of a parser.
fn normalise_line_ends(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// XML 1.0's `NameStartChar`.
fn is_name_start(c: char) -> bool {
    matches!(c,
        ':' | 'A'..='Z' | '_' | 'a'..='z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

/// XML 1.0's `NameChar`.
fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

#[cfg(test)]
mod tests;
