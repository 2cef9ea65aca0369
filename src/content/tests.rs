//! The content is a transcription: these tests hold it to the seed, word for word.

use super::*;

const SEED: &str = include_str!("../../tests/fixtures/seed.txt");

fn assert_in_seed(text: &str) {
    assert!(
        SEED.contains(text),
        "not found verbatim in the seed: {text:?}"
    );
}

#[test]
fn checklist_has_three_phases_of_4_7_3_items() {
    let counts: Vec<usize> = feedback::PHASES.iter().map(|p| p.items.len()).collect();
    assert_eq!(counts, [4, 7, 3]);
    let phases: Vec<feedback::Phase> = feedback::PHASES.iter().map(|p| p.phase).collect();
    assert_eq!(
        phases,
        [
            feedback::Phase::Before,
            feedback::Phase::During,
            feedback::Phase::After
        ]
    );
}

#[test]
fn checklist_items_are_the_seed_lines() {
    assert_in_seed(feedback::INTRO);
    for phase in feedback::PHASES {
        assert_in_seed(&format!("{}:\n", phase.title));
        for item in phase.items {
            assert_in_seed(&format!("  • {}: {}\n", item.title, item.explanation));
        }
    }
    let sbi = &feedback::PHASES[1].items[1];
    assert_eq!(sbi.title, "Stosuj model SBI (Situation-Behavior-Impact)");
    assert!(
        feedback::PHASES[1].items[2]
            .explanation
            .contains("Zawsze się spóźniasz")
    );
}

#[test]
fn question_bank_has_50_questions_10_per_category() {
    assert_eq!(questions::QUESTIONS.len(), 50);
    for category in questions::Category::ALL {
        let n = questions::QUESTIONS
            .iter()
            .filter(|q| q.category == category)
            .count();
        assert_eq!(n, 10, "{category:?}");
        assert_in_seed(&format!("{}\n", category.title()));
    }
}

#[test]
fn question_ids_are_1_to_50_in_seed_order_and_stable() {
    let ids: Vec<u16> = questions::QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(ids, (1..=50).collect::<Vec<u16>>());
    // Pinned samples: a changed id would silently re-point saved history.
    assert_eq!(
        questions::by_id(1).map(|q| q.text),
        Some("Co Cię sprowadza do mentoringu?")
    );
    assert_eq!(
        questions::by_id(25).map(|q| q.text),
        Some("Opowiedz o sytuacji, w której udało Ci się rozwiązać trudny problem.")
    );
    assert_eq!(
        questions::by_id(50).map(|q| q.text),
        Some("O co jeszcze nie zapytałem/am, a co jest ważne?")
    );
    assert_eq!(
        questions::by_id(50).map(|q| q.category),
        Some(questions::Category::Poglebiajace)
    );
    assert!(questions::by_id(0).is_none());
    assert!(questions::by_id(51).is_none());
}

#[test]
fn every_question_is_numbered_as_in_the_seed() {
    for (index, question) in questions::QUESTIONS.iter().enumerate() {
        let number_in_category = index % 10 + 1;
        assert_in_seed(&format!("  {number_in_category}. {}\n", question.text));
    }
    assert_in_seed(questions::INTRO);
}

#[test]
fn agenda_is_five_blocks_summing_to_70_minutes() {
    let minutes: Vec<u32> = agenda::BLOCKS.iter().map(|b| b.minutes).collect();
    assert_eq!(minutes, [15, 10, 25, 15, 5]);
    assert_eq!(agenda::total_minutes(), 70);
    for (index, block) in agenda::BLOCKS.iter().enumerate() {
        assert_in_seed(&format!(
            "{}. {} (ok. {} min)\n",
            index + 1,
            block.title,
            block.minutes
        ));
        assert!(!block.points.is_empty());
        for point in block.points {
            assert_in_seed(&format!("  • {point}\n"));
        }
    }
    assert_eq!(
        agenda::BLOCKS[3].title,
        "Ustalenie zasad współpracy (Kontrakt)"
    );
    assert_in_seed(agenda::INTRO);
}

#[test]
fn contract_template_has_three_sections_with_every_item() {
    let counts: Vec<usize> = contract::SECTIONS.iter().map(|s| s.items.len()).collect();
    assert_eq!(counts, [3, 4, 5]);
    for section in contract::SECTIONS {
        assert_in_seed(&format!("{}. {}\n", section.number, section.title));
        for item in section.items {
            assert_in_seed(&format!("  • {}\n", item.full_text()));
        }
    }
    assert_eq!(contract::SECTIONS[1].items[0].label, Some("Poufność"));
    assert_in_seed(contract::INTRO);
}

#[test]
fn crm_article_keeps_every_paragraph_and_drops_the_form_leftovers() {
    assert_in_seed(&format!("{}\n", crm::TITLE));
    for paragraph in crm::INTRO {
        assert_in_seed(paragraph);
    }
    assert_eq!(crm::SECTIONS.len(), 5);
    for section in crm::SECTIONS {
        assert_in_seed(&format!("\n{}\n", section.heading));
        for block in section.blocks {
            match block {
                crm::Block::Paragraph(text) => assert_in_seed(&format!("\n{text}\n")),
                crm::Block::List(items) => {
                    for item in *items {
                        assert_in_seed(&format!("  • {}: {}\n", item.lead, item.text));
                    }
                }
                crm::Block::PillarTable => {}
            }
        }
    }
    let mut all_text = String::new();
    for section in crm::SECTIONS {
        for block in section.blocks {
            if let crm::Block::Paragraph(text) = block {
                all_text.push_str(text);
            }
        }
    }
    assert!(!all_text.contains("politykę prywatności"));
}

#[test]
fn crm_pillar_table_has_six_rows_in_order() {
    assert_eq!(crm::PILLARS.len(), 6);
    assert_in_seed(&crm::PILLAR_TABLE_HEADERS.concat());
    for (index, pillar) in crm::PILLARS.iter().enumerate() {
        assert_eq!(usize::from(pillar.number), index + 1);
        assert_in_seed(&format!(
            "{}. {}{}\n",
            pillar.number, pillar.name, pillar.description
        ));
    }
    assert_eq!(crm::PILLARS[5].name, "Jakość danych i analityka");
    assert_eq!(crm::KPI_GROUPS.len(), 5);
    assert_eq!(crm::LD_TASKS.len(), 5);
}

#[test]
fn crm_author_note_is_the_attribution() {
    assert_eq!(crm::AUTHOR.name, "Klaudia Janecka");
    assert_eq!(crm::AUTHOR.bio.len(), 3);
    for paragraph in crm::AUTHOR.bio {
        assert_in_seed(paragraph);
    }
}

#[test]
fn follow_up_questions_are_paired_with_the_question_they_lean_on() {
    // A question opening with „A …” continues the one before it; each is in a pair.
    for q in questions::QUESTIONS {
        if q.text.starts_with("A ") {
            assert!(questions::is_follow_up(q.id), "{}", q.text);
        }
    }
    for (lead, follow_up) in questions::PAIRS {
        let (l, f) = (
            questions::by_id(*lead).unwrap(),
            questions::by_id(*follow_up).unwrap(),
        );
        assert_eq!(follow_up - lead, 1, "the seed's neighbours");
        assert_eq!(l.category, f.category);
        assert!(!questions::is_follow_up(*lead));
        assert_eq!(questions::card_of(*lead), (*lead, Some(*follow_up)));
        assert_eq!(questions::card_of(*follow_up), (*lead, Some(*follow_up)));
    }
    assert_eq!(
        questions::by_id(7).unwrap().text,
        "A co najbardziej Cię tej energii pozbawia?"
    );
    assert_eq!(questions::card_of(6), (6, Some(7)));
    assert_eq!(questions::card_of(8), (8, None));
}

/// The talking points the app ships are a stored format since agenda schema 3: a meeting's
/// record leaves them out and reads them back from here by the block's title
/// (`agenda_templates::shipped_points`). Changing one's wording, or a title, rewrites every
/// past meeting that followed it. A new wording is a new block title; this pins the released
/// ones.
#[test]
fn shipped_talking_points_never_change() {
    let mut all = String::new();
    for (title, points) in super::agenda::BLOCKS
        .iter()
        .map(|b| (b.title, b.points))
        .chain(
            super::agenda_templates::ALL
                .iter()
                .flat_map(|t| t.blocks)
                .map(|b| (b.title, b.points)),
        )
    {
        all.push_str(title);
        for point in points {
            all.push('\n');
            all.push_str(point);
        }
        all.push('\u{1e}');
    }
    assert_eq!(crate::store::fingerprint(&all), "75f989e8cc8abbd0", "{all}");
}
