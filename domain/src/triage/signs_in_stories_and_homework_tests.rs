//! Tests for `signs_in_stories_and_homework.rs`: a stroke, a heart attack or a fit in a
//! show, a book or a child's homework, in seven languages and other words than the
//! batches, with the emergencies these must not hide.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// A sign that happens in a story or a school subject is not the writer's.
#[test]
fn a_sign_in_a_story_or_homework_is_routine() {
    check(&[
        (
            "we watched a series last night where an old man had a stroke, can I book my BP check?",
            Routine,
        ),
        (
            "my son's school project is about strokes, do you have a leaflet he could use?",
            Routine,
        ),
        (
            "vimos una serie donde el padre tiene un ictus, ¿puedo pedir análisis de colesterol?",
            Routine,
        ),
        (
            "j'ai regardé un documentaire sur l'AVC, je voudrais faire vérifier ma tension",
            Routine,
        ),
        (
            "meine Tochter schreibt ein Referat über Schlaganfall, haben Sie Infomaterial?",
            Routine,
        ),
        (
            "ho visto un film dove il padre ha un infarto, vorrei fare un elettrocardiogramma di controllo",
            Routine,
        ),
        (
            "vi um filme onde um homem tem um AVC, queria marcar uma consulta de rotina",
            Routine,
        ),
        (
            "mijn dochter houdt een spreekbeurt over beroerte, heeft u folders?",
            Routine,
        ),
    ]);
}

/// What these must not hide: a stroke while a film was on, a sign of the writer's own
/// told after the story.
#[test]
fn a_real_sign_beside_a_story_still_reads() {
    check(&[
        (
            "we were watching a film and my husband's face dropped on one side, he can't lift his arm",
            Emergency,
        ),
        (
            "watched a documentary about strokes and now my own arm is weak and my speech is slurred",
            Emergency,
        ),
        (
            "estábamos viendo una serie y a mi padre se le ha torcido la boca, no puede hablar",
            Emergency,
        ),
        (
            "on regardait un film quand ma mère a fait un AVC, elle ne parle plus",
            Emergency,
        ),
    ]);
}
