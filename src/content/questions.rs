//! Bank 50 „pytań otwarcia”: 5 categories × 10 questions.
//!
//! Question ids are stable forever (1–50 in the seed's order): saved history and favourites
//! refer to them, so never renumber; add new questions at the end with new ids.

/// A category of the question bank. Saved by its slug, so the names below are stable.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Relacja,
    Cele,
    MocneStrony,
    Wyzwania,
    Poglebiajace,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Relacja,
        Category::Cele,
        Category::MocneStrony,
        Category::Wyzwania,
        Category::Poglebiajace,
    ];

    /// The heading the seed gives the category.
    pub fn title(self) -> &'static str {
        match self {
            Category::Relacja => "Pytania na rozpoczęcie i budowanie relacji",
            Category::Cele => "Pytania o cele i aspiracje",
            Category::MocneStrony => "Pytania o mocne strony i zasoby",
            Category::Wyzwania => "Pytania o wyzwania i obszary do rozwoju",
            Category::Poglebiajace => "Pytania pogłębiające i refleksyjne",
        }
    }

    /// A short name for chips and card corners.
    pub fn short_name(self) -> &'static str {
        match self {
            Category::Relacja => "Relacja",
            Category::Cele => "Cele i aspiracje",
            Category::MocneStrony => "Mocne strony",
            Category::Wyzwania => "Wyzwania",
            Category::Poglebiajace => "Pogłębiające",
        }
    }

    /// A stable slug, used in CSS classes and saved filters.
    pub fn slug(self) -> &'static str {
        match self {
            Category::Relacja => "relacja",
            Category::Cele => "cele",
            Category::MocneStrony => "mocne-strony",
            Category::Wyzwania => "wyzwania",
            Category::Poglebiajace => "poglebiajace",
        }
    }
}

/// One opening question. `id` is stable forever.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: u16,
    pub category: Category,
    pub text: &'static str,
}

pub const TITLE: &str = "Bank 50 \"pytań otwarcia\"";

pub const INTRO: &str = "Użyj tych pytań, aby lepiej poznać mentee, zrozumieć jego motywacje i zdiagnozować potrzeby. Wybierz te, które najlepiej pasują do kontekstu rozmowy.";

pub const QUESTIONS: &[Question] = &[
    Question {
        id: 1,
        category: Category::Relacja,
        text: "Co Cię sprowadza do mentoringu?",
    },
    Question {
        id: 2,
        category: Category::Relacja,
        text: "Gdybyś miał/a opisać swoją dotychczasową karierę w trzech słowach, jakie by one były?",
    },
    Question {
        id: 3,
        category: Category::Relacja,
        text: "Jaka jest najcenniejsza lekcja, jakiej nauczyłeś/aś się w ostatnim roku?",
    },
    Question {
        id: 4,
        category: Category::Relacja,
        text: "Co robisz, żeby się zrelaksować i naładować baterie?",
    },
    Question {
        id: 5,
        category: Category::Relacja,
        text: "Z jakiego osiągnięcia (zawodowego lub prywatnego) jesteś najbardziej dumny/a?",
    },
    Question {
        id: 6,
        category: Category::Relacja,
        text: "Co daje Ci najwięcej energii w pracy?",
    },
    Question {
        id: 7,
        category: Category::Relacja,
        text: "A co najbardziej Cię tej energii pozbawia?",
    },
    Question {
        id: 8,
        category: Category::Relacja,
        text: "Jak wygląda Twój idealny dzień w pracy?",
    },
    Question {
        id: 9,
        category: Category::Relacja,
        text: "Gdybyś nie musiał/a pracować, czym byś się zajął/zajęła?",
    },
    Question {
        id: 10,
        category: Category::Relacja,
        text: "Kto jest dla Ciebie największą inspiracją i dlaczego?",
    },
    Question {
        id: 11,
        category: Category::Cele,
        text: "Gdzie widzisz siebie za 5 lat?",
    },
    Question {
        id: 12,
        category: Category::Cele,
        text: "Jak wygląda dla Ciebie sukces?",
    },
    Question {
        id: 13,
        category: Category::Cele,
        text: "Jaki jest Twój największy cel zawodowy na ten rok?",
    },
    Question {
        id: 14,
        category: Category::Cele,
        text: "Co musiałoby się stać, abyś uznał/a ten proces mentoringowy za udany?",
    },
    Question {
        id: 15,
        category: Category::Cele,
        text: "Jaka jest jedna rzecz, którą chciałbyś/chciałabyś zmienić w swoim życiu zawodowym?",
    },
    Question {
        id: 16,
        category: Category::Cele,
        text: "Jakie nowe umiejętności chciałbyś/chciałabyś zdobyć?",
    },
    Question {
        id: 17,
        category: Category::Cele,
        text: "Jaki wpływ chciałbyś/chciałabyś wywierać na swoje otoczenie/firmę?",
    },
    Question {
        id: 18,
        category: Category::Cele,
        text: "Co stoi na przeszkodzie w realizacji Twoich celów?",
    },
    Question {
        id: 19,
        category: Category::Cele,
        text: "Czego najbardziej się obawiasz w kontekście swojej kariery?",
    },
    Question {
        id: 20,
        category: Category::Cele,
        text: "Gdybyś miał/a nieograniczone zasoby, jaki projekt byś zrealizował/a?",
    },
    Question {
        id: 21,
        category: Category::MocneStrony,
        text: "W jakich sytuacjach czujesz się najbardziej kompetentny/a?",
    },
    Question {
        id: 22,
        category: Category::MocneStrony,
        text: "Jakie są Twoje trzy największe talenty?",
    },
    Question {
        id: 23,
        category: Category::MocneStrony,
        text: "Za co chwalą Cię inni?",
    },
    Question {
        id: 24,
        category: Category::MocneStrony,
        text: "Jakie zadania wykonujesz z łatwością, podczas gdy dla innych są one trudne?",
    },
    Question {
        id: 25,
        category: Category::MocneStrony,
        text: "Opowiedz o sytuacji, w której udało Ci się rozwiązać trudny problem.",
    },
    Question {
        id: 26,
        category: Category::MocneStrony,
        text: "Jakie masz nawyki, które wspierają Twój rozwój?",
    },
    Question {
        id: 27,
        category: Category::MocneStrony,
        text: "Kto w Twoim otoczeniu może Cię wspierać?",
    },
    Question {
        id: 28,
        category: Category::MocneStrony,
        text: "Z jakich swoich dotychczasowych doświadczeń możesz czerpać?",
    },
    Question {
        id: 29,
        category: Category::MocneStrony,
        text: "Co wiesz na pewno o sobie?",
    },
    Question {
        id: 30,
        category: Category::MocneStrony,
        text: "Jak dbasz o swój rozwój?",
    },
    Question {
        id: 31,
        category: Category::Wyzwania,
        text: "Z jakim wyzwaniem mierzysz się obecnie?",
    },
    Question {
        id: 32,
        category: Category::Wyzwania,
        text: "Jaka umiejętność, gdybyś ją opanował/a, miałaby największy wpływ na Twoją karierę?",
    },
    Question {
        id: 33,
        category: Category::Wyzwania,
        text: "W jakich sytuacjach tracisz pewność siebie?",
    },
    Question {
        id: 34,
        category: Category::Wyzwania,
        text: "Jaki feedback najczęściej otrzymujesz?",
    },
    Question {
        id: 35,
        category: Category::Wyzwania,
        text: "Co odkładasz na później?",
    },
    Question {
        id: 36,
        category: Category::Wyzwania,
        text: "Czego chciałbyś/chciałabyś się oduczyć?",
    },
    Question {
        id: 37,
        category: Category::Wyzwania,
        text: "Gdybyś mógł/mogła cofnąć czas, jaką decyzję zawodową podjąłbyś/podjęłabyś inaczej?",
    },
    Question {
        id: 38,
        category: Category::Wyzwania,
        text: "Jak radzisz sobie z porażką lub krytyką?",
    },
    Question {
        id: 39,
        category: Category::Wyzwania,
        text: "Co Cię frustruje w Twojej obecnej roli?",
    },
    Question {
        id: 40,
        category: Category::Wyzwania,
        text: "Jaka jest najtrudniejsza rozmowa, którą musisz przeprowadzić?",
    },
    Question {
        id: 41,
        category: Category::Poglebiajace,
        text: "Co to dla Ciebie znaczy?",
    },
    Question {
        id: 42,
        category: Category::Poglebiajace,
        text: "Jakie widzisz inne możliwości?",
    },
    Question {
        id: 43,
        category: Category::Poglebiajace,
        text: "Co by się stało, gdybyś nic nie zrobił/a w tej sprawie?",
    },
    Question {
        id: 44,
        category: Category::Poglebiajace,
        text: "Jaki mały krok możesz zrobić już jutro?",
    },
    Question {
        id: 45,
        category: Category::Poglebiajace,
        text: "Czego potrzebujesz, aby pójść do przodu?",
    },
    Question {
        id: 46,
        category: Category::Poglebiajace,
        text: "Jakie założenia przyjmujesz w tej sytuacji?",
    },
    Question {
        id: 47,
        category: Category::Poglebiajace,
        text: "Jak wyglądałaby ta sytuacja z perspektywy innej osoby?",
    },
    Question {
        id: 48,
        category: Category::Poglebiajace,
        text: "Co podpowiada Ci intuicja?",
    },
    Question {
        id: 49,
        category: Category::Poglebiajace,
        text: "Czego nauczyła Cię ta sytuacja?",
    },
    Question {
        id: 50,
        category: Category::Poglebiajace,
        text: "O co jeszcze nie zapytałem/am, a co jest ważne?",
    },
];

/// The seed's follow-up questions, each with the question it leans on: `(question, follow-up)`.
/// „A co najbardziej Cię tej energii pozbawia?” only makes sense right after „Co daje Ci
/// najwięcej energii w pracy?”, so the two are one card. No other question of the 50 leans on
/// the one before it: the „pogłębiające” ones („Co to dla Ciebie znaczy?”, „Czego nauczyła Cię
/// ta sytuacja?”) follow up the mentee's own answer, whichever question it was.
pub const PAIRS: &[(u16, u16)] = &[(6, 7)];

/// The card a question is on: its lead question and, for a pair, the follow-up.
pub fn card_of(id: u16) -> (u16, Option<u16>) {
    if let Some((lead, follow_up)) = PAIRS.iter().find(|(_, f)| *f == id) {
        return (*lead, Some(*follow_up));
    }
    (id, PAIRS.iter().find(|(l, _)| *l == id).map(|(_, f)| *f))
}

/// Whether the question is only ever drawn together with the one it follows.
pub fn is_follow_up(id: u16) -> bool {
    PAIRS.iter().any(|(_, f)| *f == id)
}

/// The question with this id, if there is one.
pub fn by_id(id: u16) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == id)
}
