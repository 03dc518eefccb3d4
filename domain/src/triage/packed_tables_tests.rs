//! Tests for `packed_tables.rs`: the packed text and signals read back as the tables they
//! were packed from, entry for entry and in order.

use super::lexicon::Sig;
use super::{packed_tables, BUILT_IN_TABLES};

const SMALL: &[&[(Sig, &str)]] = &[
    &[
        (Sig::Floppy, "floppy\ngone|went limp"),
        (Sig::NoSocialResponse, ""),
    ],
    &[],
    &[(Sig::Floppy, "!wont look at me")],
];

fn unpacked<'a>(text: &'a [u8], signals: &'a [Sig]) -> Vec<(Sig, &'a str)> {
    let text = std::str::from_utf8(text).expect("packed from &strs");
    packed_tables::entries(text, signals).collect()
}

#[test]
fn a_small_set_of_tables_reads_back_entry_for_entry_with_an_empty_entry_kept() {
    const TEXT: [u8; packed_tables::text_len(SMALL)] = packed_tables::packed_text(SMALL);
    const SIGNALS: [Sig; packed_tables::entry_count(SMALL)] = packed_tables::signals(SMALL);
    assert_eq!(
        TEXT.as_slice(),
        b"floppy\ngone|went limp\0\0!wont look at me\0"
    );
    assert_eq!(
        unpacked(&TEXT, &SIGNALS),
        vec![
            (Sig::Floppy, "floppy\ngone|went limp"),
            (Sig::NoSocialResponse, ""),
            (Sig::Floppy, "!wont look at me"),
        ]
    );
}

#[test]
fn the_built_in_text_reads_back_as_every_table_in_order() {
    let tables: Vec<(Sig, &str)> = BUILT_IN_TABLES
        .iter()
        .flat_map(|table| table.iter().copied())
        .collect();
    let packed = unpacked(&packed_tables::TEXT, &packed_tables::SIGNALS);
    assert_eq!(packed.len(), tables.len());
    assert_eq!(packed, tables);
}
