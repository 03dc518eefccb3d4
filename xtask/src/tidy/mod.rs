//! Tidy checks that run inside `cargo test`: house rules no compiler enforces.

#[cfg(test)]
mod dependencies;
#[cfg(test)]
mod edge_rules;
#[cfg(test)]
mod layers;
#[cfg(test)]
mod lengths;
#[cfg(test)]
mod sources;
#[cfg(test)]
mod test_rules;
