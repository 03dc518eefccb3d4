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

/// How many limiter objects a clinic's per-address limits share. One object per address
/// meant a new Durable Object (its own SQLite database, table, alarm) at every visitor's
/// first contact: under the load bench twelve synchronous commits per address. A shard
/// holds many addresses' buckets, each still its own row, forgotten on its own schedule.
/// Sixteen keeps any one object far below a Durable Object's request rate even for a
/// burst of thousands of new visitors to one clinic.
pub const ADDRESS_SHARDS: u32 = 16;

/// The shard (0..`ADDRESS_SHARDS`) of an address key: FNV-1a of its bytes, stable across
/// isolates and versions, so every caller of one address finds the same bucket.
pub fn address_shard(address_key: &str) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in address_key.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash % ADDRESS_SHARDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_always_has_the_same_shard_and_addresses_spread() {
        // FNV-1a's published value for "a" (0xe40c292c), reduced: a changed hash would move
        // every live bucket to another object and reset its count.
        assert_eq!(address_shard("a"), 0xe40c_292c % ADDRESS_SHARDS);
        assert_eq!(address_shard("198.18.0.1"), address_shard("198.18.0.1"));
        let mut per_shard = [0u32; ADDRESS_SHARDS as usize];
        for n in 0..1600u32 {
            let key = address_key(&format!("198.18.{}.{}", n / 250, n % 250 + 1));
            per_shard[address_shard(&key) as usize] += 1;
        }
        // 100 each if perfectly even; no shard holds more than twice that or sits empty.
        assert!(
            per_shard.iter().all(|&n| (1..=200).contains(&n)),
            "{per_shard:?}"
        );
    }

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
