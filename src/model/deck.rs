//! The question deck: draw the opening questions at random, none twice until the deck is
//! used up, remembering per mentee what was already asked. A seed question and its follow-up
//! („A co najbardziej…”) are one card, so the follow-up never comes alone.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::content::questions::{self, Category, Question};

use super::text;

/// A small seeded random generator (SplitMix64): deterministic for tests, and its state is
/// saved with the deck so a reload continues the same sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0), without modulo bias.
    pub fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let value = self.next_u64();
            if value < zone {
                return (value % n) as usize;
            }
        }
    }
}

/// A question asked to a mentee, with the day and an optional one-line note of the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asked {
    pub id: u16,
    #[serde(with = "crate::model::date::iso")]
    pub date: NaiveDate,
    pub note: String,
}

/// The question tool's document for one mentee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionsDoc {
    /// Cards drawn in this deck, in order.
    pub drawn: Vec<u16>,
    /// Which drawn card is shown (an index into `drawn`).
    pub position: usize,
    /// Categories in the deck; all five when none is switched off.
    pub categories: BTreeSet<Category>,
    /// Leave out questions already asked to this mentee (on by default).
    pub skip_asked: bool,
    pub rng: Rng,
    pub favourites: BTreeSet<u16>,
    /// What was asked, oldest first.
    pub history: Vec<Asked>,
}

impl Default for QuestionsDoc {
    fn default() -> QuestionsDoc {
        QuestionsDoc {
            drawn: Vec::new(),
            position: 0,
            categories: Category::ALL.into_iter().collect(),
            skip_asked: true,
            rng: Rng(0x5EED_0FC0_FFEE),
            favourites: BTreeSet::new(),
            history: Vec::new(),
        }
    }
}

/// What a draw gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Draw {
    Card(u16),
    /// Every eligible card has been drawn: tell the mentor, offer a reshuffle.
    DeckUsedUp,
}

impl QuestionsDoc {
    pub fn is_asked(&self, id: u16) -> bool {
        self.history.iter().any(|asked| asked.id == id)
    }

    /// Questions of the chosen categories (the deck's size).
    pub fn in_deck(&self) -> impl Iterator<Item = &'static Question> + '_ {
        questions::QUESTIONS
            .iter()
            .filter(|q| self.categories.contains(&q.category))
    }

    /// The questions on the card that holds `id`, lead first.
    pub fn card(id: u16) -> impl Iterator<Item = u16> {
        let (lead, follow_up) = questions::card_of(id);
        std::iter::once(lead).chain(follow_up)
    }

    /// Whether every question on the card that holds `id` was asked to this mentee.
    pub fn card_asked(&self, id: u16) -> bool {
        QuestionsDoc::card(id).all(|q| self.is_asked(q))
    }

    /// Cards a draw may still give, by their lead question: a pair is one card, drawn once.
    pub fn eligible(&self) -> Vec<u16> {
        self.in_deck()
            .filter(|q| !questions::is_follow_up(q.id))
            .filter(|q| !QuestionsDoc::card(q.id).any(|id| self.drawn.contains(&id)))
            .filter(|q| !(self.skip_asked && self.card_asked(q.id)))
            .map(|q| q.id)
            .collect()
    }

    /// The card on show, if any.
    pub fn current(&self) -> Option<u16> {
        self.drawn.get(self.position).copied()
    }

    /// Cards of the deck drawn so far, for the "12 / 50" counter.
    pub fn drawn_in_deck(&self) -> usize {
        self.drawn
            .iter()
            .filter(|id| {
                questions::by_id(**id).is_some_and(|q| self.categories.contains(&q.category))
            })
            .count()
    }

    /// The counter on the card, "3 / 10": the place of the card on show among this deck's
    /// cards (`None` when the card is from a category no longer chosen), and how many cards
    /// the deck holds: those drawn from the chosen categories plus those it can still give.
    pub fn counter(&self) -> (Option<usize>, usize) {
        let total = self.drawn_in_deck() + self.eligible().len();
        let chosen =
            |id: u16| questions::by_id(id).is_some_and(|q| self.categories.contains(&q.category));
        let place = self.current().filter(|id| chosen(*id)).map(|_| {
            self.drawn[..=self.position]
                .iter()
                .filter(|id| chosen(**id))
                .count()
        });
        (place, total)
    }

    /// The counter as a screen reader says it: „Karta 3 z 10”; for a card from a category no
    /// longer chosen, „Karta spoza wybranych kategorii; w talii: 10 kart”.
    pub fn counter_spoken(&self) -> String {
        match self.counter() {
            (Some(place), total) => format!("Karta {place} z\u{a0}{total}"),
            (None, total) => format!(
                "Karta spoza wybranych kategorii; w\u{a0}talii: {}",
                text::count_noun(total, "karta", "karty", "kart")
            ),
        }
    }

    /// Why "next" can give nothing, if it can't.
    pub fn used_up(&self) -> Option<UsedUp> {
        if self.position + 1 < self.drawn.len() || !self.eligible().is_empty() {
            None
        } else if self.drawn_in_deck() > 0 {
            Some(UsedUp::AllDrawn)
        } else {
            Some(UsedUp::AllAsked)
        }
    }

    /// Shows the next card: the following one already drawn (after going back), or a new
    /// one drawn uniformly from the eligible cards.
    pub fn draw(&mut self) -> Draw {
        if self.position + 1 < self.drawn.len() {
            self.position += 1;
            return Draw::Card(self.drawn[self.position]);
        }
        let eligible = self.eligible();
        if eligible.is_empty() {
            return Draw::DeckUsedUp;
        }
        let id = eligible[self.rng.below(eligible.len())];
        self.drawn.push(id);
        self.position = self.drawn.len() - 1;
        Draw::Card(id)
    }

    /// Back to the previous card; false on the first.
    pub fn previous(&mut self) -> bool {
        if self.position > 0 && self.position < self.drawn.len() {
            self.position -= 1;
            true
        } else {
            false
        }
    }

    /// Starts a fresh deck (the history of asked questions stays).
    pub fn reshuffle(&mut self) {
        self.drawn.clear();
        self.position = 0;
    }

    /// Switches a category in or out; the last one cannot be switched off.
    pub fn toggle_category(&mut self, category: Category) -> bool {
        if self.categories.contains(&category) {
            if self.categories.len() == 1 {
                return false;
            }
            self.categories.remove(&category);
        } else {
            self.categories.insert(category);
        }
        true
    }

    pub fn toggle_favourite(&mut self, id: u16) {
        if !self.favourites.remove(&id) {
            self.favourites.insert(id);
        }
    }

    /// Marks every question on the card as asked today, or, when all were, takes the marks back.
    pub fn toggle_card_asked(&mut self, id: u16, today: NaiveDate) {
        if self.card_asked(id) {
            for question in QuestionsDoc::card(id) {
                self.toggle_asked(question, today);
            }
        } else {
            for question in QuestionsDoc::card(id) {
                if !self.is_asked(question) {
                    self.toggle_asked(question, today);
                }
            }
        }
    }

    /// Marks a question as asked today, or takes the mark back.
    pub fn toggle_asked(&mut self, id: u16, today: NaiveDate) {
        if self.is_asked(id) {
            self.history.retain(|asked| asked.id != id);
        } else {
            self.history.push(Asked {
                id,
                date: today,
                note: String::new(),
            });
        }
    }

    pub fn set_note(&mut self, id: u16, note: &str) {
        if let Some(asked) = self.history.iter_mut().find(|asked| asked.id == id) {
            asked.note = note.trim().to_string();
        }
    }
}

/// Why a deck has no next card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsedUp {
    /// Every card of the chosen categories was drawn: reshuffle.
    AllDrawn,
    /// Every question of the chosen categories was already asked to this mentee and is
    /// skipped: choose other categories or stop skipping.
    AllAsked,
}

/// Questions whose text contains every word of `query`, ignoring case and Polish diacritics
/// („sie” finds „się”).
pub fn search(query: &str) -> Vec<&'static Question> {
    let words: Vec<String> = text::fold(query)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    questions::QUESTIONS
        .iter()
        .filter(|q| {
            let folded = text::fold(q.text);
            words.iter().all(|word| folded.contains(word.as_str()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
    }

    fn draw_all(doc: &mut QuestionsDoc) -> Vec<u16> {
        let mut ids = Vec::new();
        while let Draw::Card(id) = doc.draw() {
            ids.push(id);
        }
        ids
    }

    #[test]
    fn the_counter_is_read_out_with_the_deck_counted_in_cards() {
        let mut doc = QuestionsDoc::default();
        doc.draw();
        assert_eq!(doc.counter_spoken(), "Karta 1 z\u{a0}49");
        let shown = questions::by_id(doc.current().unwrap()).unwrap().category;
        doc.toggle_category(shown);
        let (place, total) = doc.counter();
        assert_eq!(place, None);
        assert_eq!(
            doc.counter_spoken(),
            format!("Karta spoza wybranych kategorii; w\u{a0}talii: {total}\u{a0}kart")
        );
    }

    #[test]
    fn the_counter_follows_the_chosen_categories_and_the_skipped_questions() {
        // 50 questions on 49 cards: a question and its follow-up share one.
        let cards = |category: Category| {
            questions::QUESTIONS
                .iter()
                .filter(|q| q.category == category && !questions::is_follow_up(q.id))
                .count()
        };
        let mut doc = QuestionsDoc::default();
        assert_eq!(doc.counter(), (None, 49));
        doc.draw();
        doc.draw();
        assert_eq!(doc.counter(), (Some(2), 49));
        doc.previous();
        assert_eq!(doc.counter(), (Some(1), 49));
        doc.draw();
        // Down to one category mid-deck: the counter counts that category only.
        let shown = questions::by_id(doc.current().unwrap()).unwrap().category;
        for category in Category::ALL {
            if category != shown {
                doc.toggle_category(category);
            }
        }
        let earlier_same = questions::by_id(doc.drawn[0]).unwrap().category == shown;
        let place = if earlier_same { 2 } else { 1 };
        assert_eq!(doc.counter(), (Some(place), cards(shown)));
        // Another category only: the card on show is outside the deck.
        let other = Category::ALL.into_iter().find(|c| *c != shown).unwrap();
        doc.toggle_category(other);
        doc.toggle_category(shown);
        assert_eq!(doc.counter(), (None, cards(other)));

        // Questions already asked and skipped are not in the deck's total.
        let mut fresh = QuestionsDoc::default();
        for id in 1..=45 {
            fresh.toggle_asked(id, day());
        }
        assert_eq!(fresh.counter(), (None, 5));
        fresh.draw();
        assert_eq!(fresh.counter(), (Some(1), 5));
    }

    #[test]
    fn a_deck_says_why_it_has_no_next_card() {
        let mut doc = QuestionsDoc::default();
        assert_eq!(doc.used_up(), None);
        draw_all(&mut doc);
        assert_eq!(doc.used_up(), Some(UsedUp::AllDrawn));
        doc.previous();
        assert_eq!(doc.used_up(), None, "a card ahead can still be shown");
        doc.reshuffle();
        let relacja: Vec<u16> = questions::QUESTIONS
            .iter()
            .filter(|q| q.category == Category::ALL[0])
            .map(|q| q.id)
            .collect();
        for category in &Category::ALL[1..] {
            doc.toggle_category(*category);
        }
        for id in &relacja {
            doc.toggle_asked(*id, day());
        }
        assert_eq!(doc.used_up(), Some(UsedUp::AllAsked));
        assert_eq!(doc.draw(), Draw::DeckUsedUp);
        doc.skip_asked = false;
        assert_eq!(doc.used_up(), None);
    }

    #[test]
    fn a_deck_gives_all_50_questions_once_on_49_cards_then_says_it_is_used_up() {
        let mut doc = QuestionsDoc::default();
        let ids = draw_all(&mut doc);
        assert_eq!(ids.len(), 49);
        let questions: Vec<u16> = ids.iter().flat_map(|id| QuestionsDoc::card(*id)).collect();
        let unique: BTreeSet<u16> = questions.iter().copied().collect();
        assert_eq!((questions.len(), unique.len()), (50, 50), "no repeats");
        assert_eq!(doc.draw(), Draw::DeckUsedUp);
        assert_eq!(doc.drawn_in_deck(), 49);
        assert_eq!(doc.counter(), (Some(49), 49));
        doc.reshuffle();
        assert_eq!(draw_all(&mut doc).len(), 49);
    }

    #[test]
    fn a_follow_up_is_never_drawn_alone() {
        let mut seeds = Rng(99);
        for _ in 0..200 {
            let mut doc = QuestionsDoc {
                rng: Rng(seeds.next_u64()),
                ..QuestionsDoc::default()
            };
            let ids = draw_all(&mut doc);
            assert!(!ids.contains(&7), "7 comes only on the card of 6");
            assert!(ids.contains(&6));
            assert_eq!(QuestionsDoc::card(6).collect::<Vec<_>>(), [6, 7]);
        }
        // Only the energy questions' category, with everything else asked: the pair still
        // comes as one card, and once.
        let mut doc = QuestionsDoc::default();
        for category in &Category::ALL[1..] {
            doc.toggle_category(*category);
        }
        for id in (1..=10).filter(|id| *id != 6 && *id != 7) {
            doc.toggle_asked(id, day());
        }
        assert_eq!(doc.counter(), (None, 1));
        assert_eq!(doc.draw(), Draw::Card(6));
        assert_eq!(doc.draw(), Draw::DeckUsedUp);
    }

    #[test]
    fn a_pair_is_asked_together_and_skipped_only_when_both_were_asked() {
        let mut doc = QuestionsDoc::default();
        doc.toggle_card_asked(6, day());
        assert!(doc.is_asked(6) && doc.is_asked(7));
        assert!(doc.card_asked(7));
        assert!(!doc.eligible().contains(&6));
        assert_eq!(doc.counter(), (None, 48));
        // One of the two taken out of the history: the card comes back for the other.
        doc.toggle_asked(7, day());
        assert!(doc.is_asked(6) && !doc.card_asked(6));
        assert!(doc.eligible().contains(&6));
        doc.toggle_card_asked(6, day());
        assert!(doc.card_asked(6));
        doc.toggle_card_asked(7, day());
        assert!(!doc.is_asked(6) && !doc.is_asked(7));
        // A deck saved before pairs, holding 7 on its own, never gives the pair again.
        let mut old = QuestionsDoc {
            drawn: vec![7],
            ..QuestionsDoc::default()
        };
        let ids = draw_all(&mut old);
        assert_eq!(ids.len(), 48);
        assert!(!ids.contains(&6) && !ids.contains(&7));
    }

    #[test]
    fn the_first_draw_is_uniform_chi_square() {
        // 5000 decks from a seeded generator: each card expected 100 times as the first draw.
        let mut seeds = Rng(42);
        let mut counts = [0u32; 51];
        let trials = 5000;
        for _ in 0..trials {
            let mut doc = QuestionsDoc {
                rng: Rng(seeds.next_u64()),
                ..QuestionsDoc::default()
            };
            let Draw::Card(id) = doc.draw() else { panic!() };
            counts[usize::from(id)] += 1;
        }
        // 49 cards: question 7 rides on the card of question 6.
        assert_eq!((counts[0], counts[7]), (0, 0));
        let expected = f64::from(trials) / 49.0;
        let chi_square: f64 = counts[1..]
            .iter()
            .enumerate()
            .filter(|(i, _)| *i + 1 != 7)
            .map(|(_, &observed)| (f64::from(observed) - expected).powi(2) / expected)
            .sum();
        // 48 degrees of freedom: p = 0.001 at 84.04.
        assert!(chi_square < 84.04, "chi-square {chi_square}");
    }

    #[test]
    fn every_position_of_the_deck_is_uniform_too() {
        // The 25th card drawn, over many decks, is also spread evenly.
        let mut seeds = Rng(7);
        let mut counts = [0u32; 51];
        let trials = 2000;
        for _ in 0..trials {
            let mut doc = QuestionsDoc {
                rng: Rng(seeds.next_u64()),
                ..QuestionsDoc::default()
            };
            let ids = draw_all(&mut doc);
            counts[usize::from(ids[24])] += 1;
        }
        assert_eq!(counts[7], 0);
        let expected = f64::from(trials) / 49.0;
        let chi_square: f64 = counts[1..]
            .iter()
            .enumerate()
            .filter(|(i, _)| *i + 1 != 7)
            .map(|(_, &o)| (f64::from(o) - expected).powi(2) / expected)
            .sum();
        assert!(chi_square < 84.04, "chi-square {chi_square}");
    }

    #[test]
    fn filters_combine_and_counters_follow() {
        let mut doc = QuestionsDoc::default();
        for category in [Category::Cele, Category::MocneStrony, Category::Wyzwania] {
            assert!(doc.toggle_category(category));
        }
        assert_eq!(doc.in_deck().count(), 20);
        let ids = draw_all(&mut doc);
        assert_eq!(ids.len(), 19, "20 questions on 19 cards");
        assert!(ids.iter().all(|id| {
            let category = questions::by_id(*id).unwrap().category;
            category == Category::Relacja || category == Category::Poglebiajace
        }));
        assert!(doc.toggle_category(Category::Relacja));
        assert!(
            !doc.toggle_category(Category::Poglebiajace),
            "the last category stays"
        );
        assert_eq!(doc.in_deck().count(), 10);
        assert_eq!(doc.drawn_in_deck(), 10);
    }

    #[test]
    fn asked_questions_are_skipped_unless_the_mentor_says_otherwise() {
        let mut doc = QuestionsDoc::default();
        for id in 1..=45 {
            doc.toggle_asked(id, day());
        }
        let left: BTreeSet<u16> = draw_all(&mut doc).into_iter().collect();
        assert_eq!(left, (46..=50).collect());
        let mut fresh = QuestionsDoc {
            history: doc.history.clone(),
            ..QuestionsDoc::default()
        };
        let ids: BTreeSet<u16> = draw_all(&mut fresh).into_iter().collect();
        assert_eq!(ids, (46..=50).collect());
        fresh.skip_asked = false;
        fresh.reshuffle();
        assert_eq!(draw_all(&mut fresh).len(), 49);
    }

    #[test]
    fn going_back_and_forth_never_draws_again() {
        let mut doc = QuestionsDoc::default();
        let Draw::Card(a) = doc.draw() else { panic!() };
        let Draw::Card(b) = doc.draw() else { panic!() };
        assert!(doc.previous());
        assert_eq!(doc.current(), Some(a));
        assert!(!doc.previous());
        assert_eq!(doc.draw(), Draw::Card(b));
        assert_eq!(doc.drawn.len(), 2);
    }

    #[test]
    fn categories_are_saved_by_their_slugs() {
        let json = serde_json::to_string(&[Category::MocneStrony, Category::Poglebiajace]).unwrap();
        assert_eq!(json, r#"["mocne-strony","poglebiajace"]"#);
        for category in Category::ALL {
            assert_eq!(
                serde_json::to_string(&category).unwrap(),
                format!("\"{}\"", category.slug())
            );
        }
    }

    #[test]
    fn history_and_the_deck_survive_serialisation() {
        let mut doc = QuestionsDoc::default();
        doc.draw();
        doc.toggle_asked(7, day());
        doc.set_note(7, "  Chce prowadzić zespół. ");
        doc.toggle_favourite(12);
        let json = serde_json::to_string(&doc).unwrap();
        let mut back: QuestionsDoc = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc);
        assert_eq!(back.history[0].note, "Chce prowadzić zespół.");
        // The saved generator continues the same sequence.
        assert_eq!(back.draw(), doc.clone().draw());
        back.toggle_asked(7, day());
        assert!(!back.is_asked(7));
        back.toggle_favourite(12);
        assert!(back.favourites.is_empty());
    }

    #[test]
    fn search_ignores_case_and_polish_diacritics() {
        let found = search("sie");
        assert!(found.iter().any(|q| q.text.contains("się")));
        assert!(found.iter().all(|q| text::fold(q.text).contains("sie")));
        let both = search("CEL zawodowy");
        assert_eq!(both.len(), 1);
        assert_eq!(both[0].id, 13);
        assert_eq!(search("").len(), 50);
        assert!(search("żyrafa").is_empty());
    }
}
