//! Szablon agendy pierwszego spotkania: five blocks, 15 + 10 + 25 + 15 + 5 = 70 minutes.

/// One block of the first meeting as the seed plans it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedBlock {
    pub title: &'static str,
    /// The seed's approximate duration ("ok. 15 min").
    pub minutes: u32,
    pub points: &'static [&'static str],
    /// The block about the contract: the running meeting links to the contract page.
    pub contract: bool,
}

pub const TITLE: &str = "Szablon agendy pierwszego spotkania";

/// The agenda page's heading over this agenda.
pub const HEADING: &str = "Agenda pierwszego spotkania";

pub const INTRO: &str = "Pierwsze spotkanie jest kluczowe dla zbudowania relacji i nadania tonu całej współpracy. Poniższa agenda pomoże Ci w jego uporządkowaniu.";

pub const BLOCKS: &[SeedBlock] = &[
    SeedBlock {
        title: "Przełamanie lodów i wzajemne poznanie się",
        minutes: 15,
        points: &[
            "Przedstawienie się (ścieżka kariery, zainteresowania, co Cię inspiruje).",
            "Podzielenie się swoimi oczekiwaniami wobec procesu mentoringu.",
        ],
        contract: false,
    },
    SeedBlock {
        title: "Omówienie roli mentora i mentee",
        minutes: 10,
        points: &[
            "Co mentor może zaoferować? Czym jest, a czym nie jest mentoring?",
            "Jaka jest rola i odpowiedzialność mentee?",
        ],
        contract: false,
    },
    SeedBlock {
        title: "Wstępna diagnoza potrzeb i celów mentee",
        minutes: 25,
        points: &[
            "Gdzie jesteś teraz? Jakie są Twoje największe wyzwania?",
            "Gdzie chcesz być za 6-12 miesięcy? Co chcesz osiągnąć?",
            "Wspólne zdefiniowanie 1-3 głównych celów na proces mentoringowy.",
        ],
        contract: false,
    },
    SeedBlock {
        title: "Ustalenie zasad współpracy (Kontrakt)",
        minutes: 15,
        points: &[
            "Omówienie i akceptacja kontraktu (poufność, częstotliwość, forma spotkań).",
            "Ustalenie preferowanych form komunikacji między spotkaniami.",
        ],
        contract: true,
    },
    SeedBlock {
        title: "Podsumowanie i plan na kolejne spotkanie",
        minutes: 5,
        points: &[
            "Podsumowanie kluczowych ustaleń.",
            "Ustalenie terminu i tematu kolejnego spotkania.",
        ],
        contract: false,
    },
];

/// Planned length of the whole first meeting, in minutes.
pub fn total_minutes() -> u32 {
    BLOCKS.iter().map(|block| block.minutes).sum()
}
