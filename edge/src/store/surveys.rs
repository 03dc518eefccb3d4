//! After-treatment surveys: sending one, its answer, which conversations are due one,
//! and what the reports read.

use frontdesk_domain::fhir::RedFlag;
use serde::Deserialize;
use worker::Env;

use super::{all, batch, bind, db, decode, first, n, opt, run, s};
use crate::error::AppResult;
use crate::ids::ConversationId;

/// Records a survey sent into a conversation, and that the conversation has had one, in
/// one batch (one transaction).
pub async fn insert_survey(
    env: &Env,
    survey_id: &str,
    clinic_id: &str,
    conversation_id: &ConversationId,
    sent_by: Option<&str>,
    now: &str,
) -> AppResult<()> {
    let db = db(env)?;
    let insert = bind(
        db.prepare(
            "INSERT INTO surveys (id, clinic_id, conversation_id, sent_at, sent_by) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        ),
        &[
            s(survey_id),
            s(clinic_id),
            s(conversation_id.as_str()),
            s(now),
            opt(sent_by),
        ],
    )?;
    let mark = bind(
        db.prepare(
            "UPDATE conversations SET survey_sent_at = COALESCE(survey_sent_at, ?2) WHERE id = ?1",
        ),
        &[s(conversation_id.as_str()), s(now)],
    )?;
    batch(&db, vec![insert, mark], "insert survey").await?;
    Ok(())
}

/// A survey of a conversation as the answer call needs it.
#[derive(Debug, Clone, Copy)]
pub struct SurveyState {
    pub answered: bool,
}

/// The survey `survey_id` of `conversation_id`, if there is one.
pub async fn survey(
    env: &Env,
    survey_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<Option<SurveyState>> {
    #[derive(Deserialize)]
    struct Row {
        answered_at: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare("SELECT answered_at FROM surveys WHERE id = ?1 AND conversation_id = ?2"),
        &[s(survey_id), s(conversation_id.as_str())],
    )?;
    Ok(first::<Row>(statement, "load survey")
        .await?
        .map(|row| SurveyState {
            answered: row.answered_at.is_some(),
        }))
}

/// Stores a survey's answer once; a second answer changes nothing.
pub async fn answer_survey(
    env: &Env,
    survey_id: &str,
    rating: u8,
    problems: bool,
    red_flag: bool,
    now: &str,
) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE surveys SET answered_at = ?2, rating = ?3, problems = ?4, red_flag = ?5 \
             WHERE id = ?1 AND answered_at IS NULL",
        ),
        &[
            s(survey_id),
            s(now),
            n(u64::from(rating)),
            n(u64::from(problems)),
            n(u64::from(red_flag)),
        ],
    )?;
    run(statement, "answer survey").await?;
    Ok(())
}

/// The conversation's survey answers that raised a red flag, oldest first: the FHIR
/// export's Flags. One query; the clinic's index narrows it to the clinic's surveys.
pub async fn red_flags(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<Vec<RedFlag>> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
        answered_at: String,
        rating: f64,
        problems: f64,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, answered_at, rating, problems FROM surveys \
             WHERE clinic_id = ?1 AND conversation_id = ?2 AND red_flag = 1 \
               AND answered_at IS NOT NULL ORDER BY answered_at, id",
        ),
        &[s(clinic_id), s(conversation_id.as_str())],
    )?;
    let rows = all::<Row>(statement, "survey red flags").await?;
    Ok(rows
        .into_iter()
        .map(|row| RedFlag {
            survey_id: row.id,
            answered_at: row.answered_at,
            // The table's CHECK keeps an answer's rating within 1 to 5.
            rating: row.rating as u8,
            problems: row.problems > 0.0,
        })
        .collect())
}

/// Conversations resolved at or before `cutoff` that never had a survey, with their
/// language: the cron's survey round.
pub async fn resolved_without_survey(
    env: &Env,
    clinic_id: &str,
    cutoff: &str,
    limit: u32,
) -> AppResult<Vec<(ConversationId, Option<String>)>> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
        language: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, language FROM conversations \
             WHERE clinic_id = ?1 AND status = 'resolved' AND resolved_at <= ?2 \
               AND survey_sent_at IS NULL AND last_visitor_seq > 0 \
             ORDER BY resolved_at LIMIT ?3",
        ),
        &[s(clinic_id), s(cutoff), n(u64::from(limit))],
    )?;
    let rows = all::<Row>(statement, "surveys due").await?;
    rows.into_iter()
        .map(|row| {
            let id = decode(&row.id, ConversationId::parse, "conversation id")?;
            Ok((id, row.language))
        })
        .collect()
}

/// One survey as the reports see it.
#[derive(Debug, Deserialize)]
pub struct SurveyFactsRow {
    pub sent_at: String,
    pub rating: Option<f64>,
    pub problems: Option<f64>,
    pub red_flag: f64,
}

/// The clinic's surveys sent since `since`.
pub async fn survey_facts(
    env: &Env,
    clinic_id: &str,
    since: &str,
) -> AppResult<Vec<SurveyFactsRow>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT sent_at, rating, problems, red_flag FROM surveys \
             WHERE clinic_id = ?1 AND sent_at >= ?2 LIMIT 50000",
        ),
        &[s(clinic_id), s(since)],
    )?;
    all(statement, "survey facts").await
}
