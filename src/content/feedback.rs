//! Checklista „Dobre praktyki w feedbacku”: three phases, 4 + 7 + 3 items.

/// One line of the checklist: a short instruction and the seed's explanation of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChecklistItem {
    pub title: &'static str,
    pub explanation: &'static str,
}

/// When in the conversation a group of items applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    Before,
    During,
    After,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChecklistPhase {
    pub phase: Phase,
    pub title: &'static str,
    pub items: &'static [ChecklistItem],
}

pub const TITLE: &str = "Dobre praktyki w feedbacku";

pub const INTRO: &str = "Konstruktywny feedback to dar. Użyj tej checklisty, aby upewnić się, że Twoja informacja zwrotna jest wartościowa, motywująca i wspierająca rozwój mentee.";

pub const PHASES: &[ChecklistPhase] = &[
    ChecklistPhase {
        phase: Phase::Before,
        title: "Przed rozmową",
        items: &[
            ChecklistItem {
                title: "Zbierz konkretne przykłady",
                explanation: "Unikaj ogólników. Odwołuj się do konkretnych sytuacji i zachowań, a nie do cech osobowości.",
            },
            ChecklistItem {
                title: "Określ cel feedbacku",
                explanation: "Co chcesz osiągnąć? Jaka zmiana w zachowaniu mentee byłaby pożądana?",
            },
            ChecklistItem {
                title: "Sprawdź swoje intencje",
                explanation: "Upewnij się, że Twoim celem jest pomoc i wsparcie, a nie krytyka czy udowodnienie racji.",
            },
            ChecklistItem {
                title: "Wybierz odpowiedni czas i miejsce",
                explanation: "Zapewnij prywatność i wystarczającą ilość czasu na spokojną rozmowę.",
            },
        ],
    },
    ChecklistPhase {
        phase: Phase::During,
        title: "W trakcie rozmowy",
        items: &[
            ChecklistItem {
                title: "Zacznij od pytania o zgodę",
                explanation: "\"Czy to dobry moment, abyśmy porozmawiali o...?\" / \"Czy jesteś otwarty/a na informację zwrotną na temat...?\".",
            },
            ChecklistItem {
                title: "Stosuj model SBI (Situation-Behavior-Impact)",
                explanation: "Opisz Sytuację, konkretne Zachowanie i jego Wpływ na Ciebie/zespół/projekt.",
            },
            ChecklistItem {
                title: "Mów w pierwszej osobie (\"Komunikat Ja\")",
                explanation: "Zamiast \"Zawsze się spóźniasz\", powiedz \"Kiedy spóźniłeś się na spotkanie, poczułem, że mój czas nie jest szanowany\".",
            },
            ChecklistItem {
                title: "Oddziel fakty od interpretacji",
                explanation: "Przedstaw to, co zaobserwowałeś, a następnie zapytaj o perspektywę mentee (\"Zauważyłem, że... Jak to wygląda z Twojej strony?\").",
            },
            ChecklistItem {
                title: "Skup się na przyszłości",
                explanation: "Po omówieniu przeszłości, skoncentrujcie się na tym, co można zrobić inaczej w przyszłości.",
            },
            ChecklistItem {
                title: "Słuchaj aktywnie",
                explanation: "Daj mentee przestrzeń na odpowiedź. Zadawaj pytania, aby upewnić się, że dobrze go rozumiesz.",
            },
            ChecklistItem {
                title: "Zakończ pozytywnym akcentem",
                explanation: "Podkreśl mocne strony mentee i wyraź wiarę w jego/jej zdolność do rozwoju.",
            },
        ],
    },
    ChecklistPhase {
        phase: Phase::After,
        title: "Po rozmowie",
        items: &[
            ChecklistItem {
                title: "Zaplanujcie kolejne kroki",
                explanation: "Wspólnie ustalcie, co mentee może zrobić w związku z otrzymanym feedbackiem.",
            },
            ChecklistItem {
                title: "Zaoferuj wsparcie",
                explanation: "\"Jak mogę Ci pomóc w realizacji tego planu?\".",
            },
            ChecklistItem {
                title: "Sprawdź efekty",
                explanation: "Wróć do tematu na kolejnym spotkaniu, aby zobaczyć, jakie postępy poczynił mentee.",
            },
        ],
    },
];
