//! Words the feedback checklist warns against: generalisations („Zawsze się spóźniasz”) and
//! labels for a person's character instead of a described behaviour. Matched on lower-case
//! text without Polish diacritics, so the stems cover inflected forms.

/// Whole words or phrases that generalise instead of naming one situation.
pub const GENERALISATIONS: &[&str] = &[
    "zawsze",
    "nigdy",
    "ciagle",
    "wiecznie",
    "notorycznie",
    "jak zwykle",
    "za kazdym razem",
    "bez przerwy",
    "non stop",
    "stale",
];

/// Words that fold to a generalisation but, typed with their diacritics, are not one:
/// „stałe spotkania” (regular meetings) is not „stale” (constantly).
pub const NOT_GENERALISATIONS: &[&str] = &["stałe"];

/// Stems of character labels; any word starting with one is flagged („leniwy”, „leniwa”,
/// „leniwi”, „nieodpowiedzialnej”…).
pub const LABEL_STEMS: &[&str] = &[
    "leniw",
    "len ",
    "leniu",
    "nieodpowiedzialn",
    "niekompetentn",
    "beznadziejn",
    "nieogarniet",
    "niedbal",
    "nieslown",
    "balaganiar",
    "egoist",
    "arogan",
    "glup",
    "niekulturaln",
    "bezmysln",
    "niezdarn",
    "uparci",
    "uparty",
    "uparta",
    "nieporadn",
];
