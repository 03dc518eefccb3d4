//! Which caller a limit counts: an IPv4 address on its own, an IPv6 address by its /64.
//!
//! One IPv6 subscriber usually holds a whole /64 and can pick any address in it, so
//! counting single IPv6 addresses would let a caller rotate past every per-address limit.

use std::net::IpAddr;

/// The rate-limit key of a caller's address: IPv4 (and IPv4 mapped into IPv6) as the
/// address, IPv6 as its /64 prefix (`2001:db8:1:2::/64`), and anything that doesn't
/// parse as an address as `unknown`, so junk in the header can't mint fresh keys.
pub fn address_key(raw: &str) -> String {
    match raw.trim().parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let [a, b, c, d, ..] = v6.segments();
                format!("{a:x}:{b:x}:{c:x}:{d:x}::/64")
            }
        },
        Err(_) => "unknown".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_key_as_the_table_says() {
        let cases = [
            ("IPv4 as it is", "198.18.3.4", "198.18.3.4"),
            ("IPv4 with spaces", " 198.18.3.4 ", "198.18.3.4"),
            (
                "IPv6 by its /64",
                "2001:db8:1:2:3:4:5:6",
                "2001:db8:1:2::/64",
            ),
            (
                "another address in the same /64",
                "2001:0db8:0001:0002:ffff:eeee:dddd:cccc",
                "2001:db8:1:2::/64",
            ),
            (
                "a compressed IPv6 address",
                "2001:db8::1",
                "2001:db8:0:0::/64",
            ),
            ("upper case hex", "2001:DB8:A:B::1", "2001:db8:a:b::/64"),
            ("IPv4 mapped into IPv6", "::ffff:198.18.3.4", "198.18.3.4"),
            ("loopback", "::1", "0:0:0:0::/64"),
            ("not an address", "not-an-ip", "unknown"),
            ("empty", "", "unknown"),
            ("an address with a port", "198.18.3.4:80", "unknown"),
        ];
        for (name, raw, expected) in cases {
            assert_eq!(address_key(raw), expected, "{name}");
        }
    }

    #[test]
    fn a_caller_rotating_inside_its_64_keeps_one_key() {
        let keys: std::collections::HashSet<String> = (0..50u32)
            .map(|i| address_key(&format!("2001:db8:aa:bb:{i:x}:{:x}::{i:x}", i * 7)))
            .collect();
        assert_eq!(keys.len(), 1);
        assert_ne!(
            address_key("2001:db8:aa:bc::1"),
            address_key("2001:db8:aa:bb::1")
        );
    }
}
