//! Szablon „Kontraktu mentoringowego”: three sections with every item.

/// One bullet of the template. `label` is the part before the colon where the seed has one
/// („Poufność: …”); section 1 has plain bullets without a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContractItem {
    pub label: Option<&'static str>,
    pub text: &'static str,
}

impl ContractItem {
    /// The bullet as the seed prints it.
    pub fn full_text(&self) -> String {
        match self.label {
            Some(label) => format!("{label}: {}", self.text),
            None => self.text.to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContractSection {
    pub number: u8,
    pub title: &'static str,
    pub items: &'static [ContractItem],
}

pub const TITLE: &str = "Kontrakt mentoringowy";

pub const INTRO: &str = "Kontrakt mentoringowy to umowa między mentorem a mentee, która formalizuje ich współpracę i ustala wspólne oczekiwania. Skorzystaj z poniższego szablonu jako punktu wyjścia.";

pub const SECTIONS: &[ContractSection] = &[
    ContractSection {
        number: 1,
        title: "Cele i oczekiwane rezultaty",
        items: &[
            ContractItem {
                label: None,
                text: "Główny cel współpracy (np. rozwój kompetencji liderskich, przygotowanie do nowej roli).",
            },
            ContractItem {
                label: None,
                text: "Kluczowe obszary do rozwoju dla mentee.",
            },
            ContractItem {
                label: None,
                text: "Mierzalne wskaźniki sukcesu (po czym poznamy, że cel został osiągnięty?).",
            },
        ],
    },
    ContractSection {
        number: 2,
        title: "Zasady współpracy",
        items: &[
            ContractItem {
                label: Some("Poufność"),
                text: "Wszystkie rozmowy są poufne i pozostają między mentorem a mentee.",
            },
            ContractItem {
                label: Some("Szczerość i otwartość"),
                text: "Zobowiązujemy się do otwartej komunikacji i konstruktywnego feedbacku.",
            },
            ContractItem {
                label: Some("Zaangażowanie"),
                text: "Obie strony zobowiązują się do aktywnego udziału i przygotowania do spotkań.",
            },
            ContractItem {
                label: Some("Odpowiedzialność"),
                text: "Mentee jest odpowiedzialny za swój rozwój, a mentor za wspieranie tego procesu.",
            },
        ],
    },
    ContractSection {
        number: 3,
        title: "Logistyka spotkań",
        items: &[
            ContractItem {
                label: Some("Częstotliwość"),
                text: "Spotkania będą odbywać się (np. raz na dwa tygodnie, raz w miesiącu).",
            },
            ContractItem {
                label: Some("Czas trwania"),
                text: "Każde spotkanie potrwa (np. 60-90 minut).",
            },
            ContractItem {
                label: Some("Forma"),
                text: "Spotkania będą (np. online, na żywo, hybrydowo).",
            },
            ContractItem {
                label: Some("Odwoływanie spotkań"),
                text: "Spotkanie należy odwołać z co najmniej 24-godzinnym wyprzedzeniem.",
            },
            ContractItem {
                label: Some("Czas trwania procesu"),
                text: "Współpraca jest zaplanowana na okres (np. 6 miesięcy).",
            },
        ],
    },
];
