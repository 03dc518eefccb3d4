//! Runs the triage classifier over the labelled corpus and holds it to the safety bar.
//!
//! The bar: no emergency line may be classified below emergency, urgency accuracy of
//! at least 90% and department accuracy of at least 85%. The confusion matrices
//! print with `cargo test -p frontdesk-domain --test triage_corpus -- --nocapture`.

use frontdesk_domain::triage::{assess, TriageRules};
use frontdesk_protocol::{Department, Urgency};

const CORPUS: &str = include_str!("triage_corpus.tsv");

struct Line {
    number: usize,
    urgency: Urgency,
    department: Department,
    language: String,
    text: String,
}

fn corpus() -> Vec<Line> {
    CORPUS
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty())
        .map(|(index, line)| {
            let fields: Vec<&str> = line.splitn(4, '\t').collect();
            assert_eq!(
                fields.len(),
                4,
                "line {}: four tab-separated fields",
                index + 1
            );
            Line {
                number: index + 1,
                urgency: Urgency::parse(fields[0])
                    .unwrap_or_else(|| panic!("line {}: urgency {:?}", index + 1, fields[0])),
                department: Department::parse(fields[1])
                    .unwrap_or_else(|| panic!("line {}: department {:?}", index + 1, fields[1])),
                language: fields[2].to_owned(),
                text: fields[3].to_owned(),
            }
        })
        .collect()
}

const URGENCIES: [Urgency; 3] = [Urgency::Emergency, Urgency::Urgent, Urgency::Routine];

#[test]
fn corpus_meets_the_safety_bar() {
    let rules = TriageRules::default();
    let lines = corpus();
    assert!(
        lines.len() >= 300,
        "the corpus should have hundreds of lines"
    );
    let mut urgency_matrix = [[0usize; 3]; 3];
    let mut department_matrix = [[0usize; 4]; 4];
    let (mut urgency_right, mut department_right) = (0, 0);
    let mut under_triaged_emergencies = Vec::new();
    let mut misses = Vec::new();
    let mut by_language: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for line in &lines {
        let got = assess(&rules, &line.text);
        let want_u = URGENCIES
            .iter()
            .position(|&u| u == line.urgency)
            .unwrap_or(0);
        let got_u = URGENCIES
            .iter()
            .position(|&u| u == got.urgency)
            .unwrap_or(0);
        urgency_matrix[want_u][got_u] += 1;
        let want_d = Department::ALL
            .iter()
            .position(|&d| d == line.department)
            .unwrap_or(0);
        let got_d = Department::ALL
            .iter()
            .position(|&d| d == got.department)
            .unwrap_or(0);
        department_matrix[want_d][got_d] += 1;
        let entry = by_language.entry(line.language.as_str()).or_default();
        entry.1 += 1;
        if got.urgency == line.urgency {
            urgency_right += 1;
            entry.0 += 1;
        }
        if got.department == line.department {
            department_right += 1;
        }
        if line.urgency == Urgency::Emergency && got.urgency != Urgency::Emergency {
            under_triaged_emergencies.push(format!("line {}: {}", line.number, line.text));
        }
        if got.urgency != line.urgency || got.department != line.department {
            misses.push(format!(
                "line {} [{}] want {}/{} got {}/{}: {}  -- {}",
                line.number,
                line.language,
                line.urgency.as_str(),
                line.department.as_str(),
                got.urgency.as_str(),
                got.department.as_str(),
                line.text,
                got.reason
            ));
        }
    }

    println!("urgency (rows: labelled, columns: classified)");
    println!(
        "{:>10} {:>9} {:>7} {:>7}",
        "", "emergency", "urgent", "routine"
    );
    for (index, row) in urgency_matrix.iter().enumerate() {
        println!(
            "{:>10} {:>9} {:>7} {:>7}",
            URGENCIES[index].as_str(),
            row[0],
            row[1],
            row[2]
        );
    }
    println!("department (rows: labelled, columns: classified)");
    println!(
        "{:>13} {:>8} {:>12} {:>7} {:>10}",
        "", "clinical", "appointments", "billing", "front-desk"
    );
    for (index, row) in department_matrix.iter().enumerate() {
        println!(
            "{:>13} {:>8} {:>12} {:>7} {:>10}",
            Department::ALL[index].as_str(),
            row[0],
            row[1],
            row[2],
            row[3]
        );
    }
    for (language, (right, total)) in &by_language {
        println!("urgency accuracy {language}: {right}/{total}");
    }
    let total = lines.len() as f64;
    let urgency_accuracy = urgency_right as f64 / total;
    let department_accuracy = department_right as f64 / total;
    println!(
        "{} lines; urgency accuracy {:.1}%, department accuracy {:.1}%",
        lines.len(),
        urgency_accuracy * 100.0,
        department_accuracy * 100.0
    );
    println!("misses:\n{}", misses.join("\n"));

    assert!(
        under_triaged_emergencies.is_empty(),
        "emergencies classified lower:\n{}",
        under_triaged_emergencies.join("\n")
    );
    assert!(
        urgency_accuracy >= 0.90,
        "urgency accuracy {urgency_accuracy:.3}"
    );
    assert!(
        department_accuracy >= 0.85,
        "department accuracy {department_accuracy:.3}"
    );
}

#[test]
fn every_language_is_in_the_corpus() {
    let lines = corpus();
    for language in ["en", "es", "fr", "de"] {
        for urgency in URGENCIES {
            assert!(
                lines
                    .iter()
                    .any(|l| l.language == language && l.urgency == urgency),
                "no {} line in {language}",
                urgency.as_str()
            );
        }
    }
}
