//! Agendas for the meetings after the first: the app's own templates, not the seed's. The seed
//! plans only the first meeting ([`super::agenda`]); these are written for this app and the
//! agenda page marks them „szablon aplikacji”, so nobody takes them for the materials' text.
//!
//! Each opens with a review of the action items since the last meeting (the running meeting
//! lists them in its first block) and has one block about the goals, marked `goals`, where
//! the running meeting offers the progress scale.

/// One block of an app template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateBlock {
    pub title: &'static str,
    pub minutes: u32,
    pub points: &'static [&'static str],
    /// The block where progress on the goals is recorded.
    pub goals: bool,
    /// The block about the contract: the running meeting links to the contract page.
    pub contract: bool,
}

/// An agenda the app ships for later meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppTemplate {
    /// The name the template is offered and its meetings recorded under.
    pub name: &'static str,
    /// The agenda page's heading while this template is the agenda.
    pub heading: &'static str,
    /// The sentence under the heading: what this meeting is for.
    pub intro: &'static str,
    pub blocks: &'static [TemplateBlock],
}

impl AppTemplate {
    pub fn total_minutes(&self) -> u32 {
        self.blocks.iter().map(|b| b.minutes).sum()
    }
}

/// How the picker marks these templates: the app's, not the materials'.
pub const MARK: &str = "szablon aplikacji";

pub const REGULAR: AppTemplate = AppTemplate {
    name: "Spotkanie bieżące",
    heading: "Agenda spotkania bieżącego",
    intro: "Kolejne spotkanie: przegląd zadań od ostatniej rozmowy, postęp w celach, temat na dziś i plan do następnego spotkania.",
    blocks: &[
        TemplateBlock {
            title: "Zadania od ostatniego spotkania",
            minutes: 10,
            points: &[
                "Co udało się zrobić, co jest w toku, a co utknęło i dlaczego?",
                "Najważniejsze wydarzenia i obserwacje od naszej ostatniej rozmowy.",
            ],
            goals: false,
            contract: false,
        },
        TemplateBlock {
            title: "Postęp w realizacji celów",
            minutes: 10,
            points: &[
                "Ocena postępu w każdym celu w skali 0–10, z krótkim uzasadnieniem.",
                "Co pomogło, a co przeszkadzało?",
            ],
            goals: true,
            contract: false,
        },
        TemplateBlock {
            title: "Temat główny spotkania",
            minutes: 30,
            points: &[
                "Sytuacja, wyzwanie lub decyzja, którą mentee chce dziś omówić.",
                "Pytania pogłębiające, możliwe rozwiązania, doświadczenia mentora.",
            ],
            goals: false,
            contract: false,
        },
        TemplateBlock {
            title: "Zadania i plan na kolejne spotkanie",
            minutes: 10,
            points: &[
                "Konkretne zadania: co, kto i do kiedy.",
                "Termin i temat kolejnego spotkania.",
            ],
            goals: false,
            contract: false,
        },
    ],
};

pub const MIDPOINT: AppTemplate = AppTemplate {
    name: "Przegląd w połowie programu",
    heading: "Agenda przeglądu w połowie programu",
    intro: "Półmetek współpracy: co już za Wami, czy cele są nadal aktualne i co zaplanować na drugą połowę programu.",
    blocks: &[
        TemplateBlock {
            title: "Zadania od ostatniego spotkania",
            minutes: 10,
            points: &["Co udało się zrobić, co jest w toku, a co utknęło i dlaczego?"],
            goals: false,
            contract: false,
        },
        TemplateBlock {
            title: "Co już za nami",
            minutes: 15,
            points: &[
                "Najważniejsze osiągnięcia i lekcje od początku współpracy.",
                "Co w naszej współpracy działa dobrze, a co warto zmienić?",
            ],
            goals: false,
            contract: false,
        },
        TemplateBlock {
            title: "Cele: postęp i korekta kursu",
            minutes: 20,
            points: &[
                "Ocena postępu w każdym celu (0–10) w porównaniu z punktem wyjścia.",
                "Czy cele są nadal aktualne? Co doprecyzować, dodać lub zamknąć?",
            ],
            goals: true,
            contract: false,
        },
        TemplateBlock {
            title: "Zasady współpracy i kontrakt",
            minutes: 10,
            points: &[
                "Czy częstotliwość, forma spotkań i sposób kontaktu nadal nam służą?",
                "Zmiany, które warto wprowadzić do kontraktu.",
            ],
            goals: false,
            contract: true,
        },
        TemplateBlock {
            title: "Plan na drugą połowę programu",
            minutes: 15,
            points: &[
                "Priorytety na kolejne miesiące.",
                "Konkretne zadania: co, kto i do kiedy; termin kolejnego spotkania.",
            ],
            goals: false,
            contract: false,
        },
    ],
};

pub const CLOSING: AppTemplate = AppTemplate {
    name: "Spotkanie zamykające",
    heading: "Agenda spotkania zamykającego",
    intro: "Ostatnie spotkanie programu: postęp w celach wobec punktu wyjścia, najważniejsze wnioski, wzajemna informacja zwrotna i dalsza droga.",
    blocks: &[
        TemplateBlock {
            title: "Ostatni przegląd zadań",
            minutes: 10,
            points: &["Co z ustaleń zostało zrobione, a co zostaje na dalszą drogę?"],
            goals: false,
            contract: false,
        },
        TemplateBlock {
            title: "Cele: skąd wyszliśmy, gdzie jesteśmy",
            minutes: 20,
            points: &[
                "Końcowa ocena postępu w każdym celu (0–10) wobec punktu wyjścia.",
                "Które wskaźniki sukcesu udało się osiągnąć?",
            ],
            goals: true,
            contract: false,
        },
        TemplateBlock {
            title: "Najważniejsze wnioski",
            minutes: 15,
            points: &[
                "Co w tym procesie było najcenniejsze?",
                "Jakie nawyki, narzędzia i wnioski zostają na dalszą drogę?",
            ],
            goals: false,
            contract: false,
        },
        TemplateBlock {
            title: "Informacja zwrotna o współpracy",
            minutes: 10,
            points: &[
                "Co w mentoringu pomogło najbardziej, a co można było zrobić inaczej?",
                "Wzajemna informacja zwrotna: od mentee dla mentora i od mentora dla mentee.",
            ],
            goals: false,
            contract: false,
        },
        TemplateBlock {
            title: "Dalsza droga i zamknięcie",
            minutes: 10,
            points: &[
                "Plan samodzielnego rozwoju na najbliższe miesiące.",
                "Czy i jak pozostajemy w kontakcie? Podziękowania i zamknięcie współpracy.",
            ],
            goals: false,
            contract: false,
        },
    ],
};

/// The app's templates, in the order the picker offers them.
pub const ALL: &[AppTemplate] = &[REGULAR, MIDPOINT, CLOSING];

/// The talking points the app ships under a block title: the seed's first meeting first, then
/// these templates in order; the first block with the title gives them.
///
/// A stored format: a meeting's record leaves out talking points equal to these
/// ([`crate::model::journal::BlockRecord`]) and reads them back from here, so a shipped
/// block's points never change wording — a new wording is a new block title.
pub fn shipped_points(title: &str) -> Option<&'static [&'static str]> {
    super::agenda::BLOCKS
        .iter()
        .find(|block| block.title == title)
        .map(|block| block.points)
        .or_else(|| {
            ALL.iter()
                .flat_map(|template| template.blocks)
                .find(|block| block.title == title)
                .map(|block| block.points)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_template_takes_45_to_70_minutes_with_one_goals_block_after_the_review() {
        for template in ALL {
            let total = template.total_minutes();
            assert!((45..=70).contains(&total), "{}: {total} min", template.name);
            assert_eq!(
                template.blocks.iter().filter(|b| b.goals).count(),
                1,
                "{}",
                template.name
            );
            assert!(!template.blocks[0].goals, "{}", template.name);
            // A later meeting does not call itself the first.
            for text in [template.heading, template.intro] {
                assert!(!text.contains("pierwsze"), "{}: {text}", template.name);
                assert!(!text.contains('"'), "Polish quotation marks only");
            }
            assert!(template.heading.starts_with("Agenda "), "{}", template.name);
            assert!(
                template.blocks[0].title.to_lowercase().contains("zada"),
                "{}: the first block reviews the action items",
                template.name
            );
            for block in template.blocks {
                assert!(!block.points.is_empty(), "{}", block.title);
                assert!(
                    !block.title.contains('"') && block.points.iter().all(|p| !p.contains('"')),
                    "Polish quotation marks only"
                );
            }
        }
        let names: Vec<&str> = ALL.iter().map(|t| t.name).collect();
        assert_eq!(
            names,
            [
                "Spotkanie bieżące",
                "Przegląd w połowie programu",
                "Spotkanie zamykające"
            ]
        );
        assert!(
            !names.contains(&crate::model::journal::SEED_AGENDA),
            "not the seed's name"
        );
    }
}
