//! Routes live in the URL hash (`#/agenda`), so one build works under any sub-path
//! (GitHub Pages' `/niezbednik/`) with no server rewrite rules.
//!
//! [`Route::parse`] and [`Route::to_hash`] are the one place where hashes are read and written.

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    Agenda,
    Pytania,
    Kontrakt,
    /// `conversation` opens one conversation (`#/feedback?rozmowa=3`), as the start page's
    /// follow-ups do; `None` opens the newest.
    Feedback {
        conversation: Option<u32>,
    },
    Crm,
    Dane,
    /// The whole programme with the active mentee (`#/przebieg`), or one meeting's record
    /// (`#/przebieg?spotkanie=3`). Not in the navigation bar: linked from the start page,
    /// the agenda's log and the mentee switcher's card.
    Przebieg {
        meeting: Option<u32>,
    },
    /// What was shared by link (`#/udostepnione`: the link's data itself never stays in the
    /// address, see [`crate::browser::share`]), and what the user kept from such links
    /// (`#/udostepnione?zapisane=2`: one saved item). Not in the navigation bar: reached by
    /// a shared link and from the start page.
    Udostepnione {
        saved: Option<u32>,
    },
    /// An unknown hash; keeps the path that was asked for, to show it back.
    NotFound(String),
}

impl Route {
    /// Every known route, in navigation order.
    pub const ALL: [Route; 7] = [
        Route::Start,
        Route::Agenda,
        Route::Pytania,
        Route::Kontrakt,
        Route::Feedback { conversation: None },
        Route::Crm,
        Route::Dane,
    ];

    /// Reads `location.hash` (with or without the leading `#`). Tolerates a missing or trailing
    /// slash, a query string and letter case, since people type and share these by hand.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let path = path.split('#').next().unwrap_or("");
        let trimmed = path.trim_matches('/');
        match trimmed.to_ascii_lowercase().as_str() {
            "" => Route::Start,
            "agenda" => Route::Agenda,
            "pytania" => Route::Pytania,
            "kontrakt" => Route::Kontrakt,
            "feedback" => Route::Feedback {
                conversation: number_param(query, CONVERSATION_PARAM),
            },
            "crm" => Route::Crm,
            "dane" => Route::Dane,
            "przebieg" => Route::Przebieg {
                meeting: number_param(query, MEETING_PARAM),
            },
            "udostepnione" => Route::Udostepnione {
                saved: number_param(query, SAVED_PARAM),
            },
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The canonical hash, including `#`, for links and `location.hash`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::NotFound(path) => {
                let path = path.trim_start_matches('/');
                format!("#/{path}")
            }
            Route::Feedback {
                conversation: Some(id),
            } => format!("#/{}?{CONVERSATION_PARAM}={id}", self.slug()),
            Route::Przebieg { meeting: Some(id) } => {
                format!("#/{}?{MEETING_PARAM}={id}", self.slug())
            }
            Route::Udostepnione { saved: Some(id) } => {
                format!("#/{}?{SAVED_PARAM}={id}", self.slug())
            }
            other => format!("#/{}", other.slug()),
        }
    }

    /// The screen without what it opens on it: the navigation bar marks `#/feedback` as
    /// current whichever conversation is open.
    pub fn screen(&self) -> Route {
        match self {
            Route::Feedback { .. } => Route::Feedback { conversation: None },
            Route::Przebieg { .. } => Route::Przebieg { meeting: None },
            Route::Udostepnione { .. } => Route::Udostepnione { saved: None },
            other => other.clone(),
        }
    }

    fn slug(&self) -> &'static str {
        match self {
            Route::Start => "",
            Route::Agenda => "agenda",
            Route::Pytania => "pytania",
            Route::Kontrakt => "kontrakt",
            Route::Feedback { .. } => "feedback",
            Route::Crm => "crm",
            Route::Dane => "dane",
            Route::Przebieg { .. } => "przebieg",
            Route::Udostepnione { .. } => "udostepnione",
            Route::NotFound(_) => "",
        }
    }

    /// Short label for the navigation bar.
    pub fn nav_label(&self) -> &'static str {
        match self {
            Route::Start => "Start",
            Route::Agenda => "Agenda",
            Route::Pytania => "Pytania",
            Route::Kontrakt => "Kontrakt",
            Route::Feedback { .. } => "Feedback",
            Route::Crm => "CRM",
            Route::Dane => "Dane",
            Route::Przebieg { .. } => "Przebieg",
            Route::Udostepnione { .. } => "Udostępnione",
            Route::NotFound(_) => "Nie znaleziono",
        }
    }

    /// The page title (document title and the page's heading).
    pub fn title(&self) -> &'static str {
        match self {
            Route::Start => "Niezbędnik mentora",
            Route::Agenda => "Agenda pierwszego spotkania",
            Route::Pytania => "Pytania otwarcia",
            Route::Kontrakt => "Kontrakt mentoringowy",
            Route::Feedback { .. } => "Feedback krok po kroku",
            Route::Crm => "Strategia CRM",
            Route::Dane => "Dane i ustawienia",
            Route::Przebieg { .. } => "Przebieg mentoringu",
            Route::Udostepnione { .. } => "Udostępnione",
            Route::NotFound(_) => "Nie ma takiej strony",
        }
    }

    /// One sentence on what the tool is for, shown on the start page.
    pub fn summary(&self) -> &'static str {
        match self {
            Route::Start => "Narzędzia na spotkanie mentoringowe w jednym miejscu.",
            Route::Agenda => "Timer pierwszego spotkania: pięć bloków, 70 minut, z podsumowaniem.",
            Route::Pytania => "50 pytań otwarcia w pięciu kategoriach, do losowania jak karty.",
            Route::Kontrakt => {
                "Kontrakt do wypełnienia razem, z wydrukiem i spotkaniami w kalendarzu."
            }
            Route::Feedback { .. } => {
                "Przygotuj, przeprowadź i sprawdź efekty rozmowy (SBI, komunikat „Ja”)."
            }
            Route::Crm => "Artykuł o strategii CRM, ocena sześciu filarów i kalkulator KPI.",
            Route::Dane => "Mentee, kopia zapasowa i stan pamięci przeglądarki.",
            Route::Przebieg { .. } => {
                "Cele i postępy, spotkania z zadaniami, plan spotkań i zamknięcie programu."
            }
            Route::Udostepnione { .. } => {
                "Kontrakt, spotkania i kroki od mentora oraz refleksje mentee, przekazane linkiem."
            }
            Route::NotFound(_) => "",
        }
    }
}

/// What a route's first screen says before its page has arrived: the heading and the opening
/// sentence. Painted from static HTML before the wasm has run (`public/boot/screens.json`,
/// written from these by a test, filled in by `public/boot/head.js` by the route) and by the
/// app while the tool's chunk loads (`pages::lazy_page`), so the page starts where they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstScreen {
    pub heading: &'static str,
    pub lead: &'static str,
    /// The opening line is a byline (the article's author), styled as one, not as a lead.
    pub byline: bool,
}

impl FirstScreen {
    /// The opening line's class, in the app and in the static shell alike.
    pub fn lead_class(&self) -> &'static str {
        if self.byline { "byline" } else { "lead" }
    }
}

/// The opening sentence of the programme's page (the mentee's name follows it).
pub const PRZEBIEG_LEAD: &str = "Cele i postępy, spotkania z zadaniami i plan całego programu w jednym miejscu — do przejrzenia przed spotkaniem, do uzupełnienia po nim i do podsumowania na koniec współpracy.";

/// The opening sentence of the data page.
pub const DANE_LEAD: &str = "Tu dodajesz mentee i przełączasz się między nimi, zapisujesz kopię zapasową wszystkiego, co wpisane, i ją przywracasz, a także sprawdzasz, ile miejsca zostało w pamięci tej przeglądarki.";

/// The opening sentence of the data page in the mentee's layout.
pub const DANE_MENTEE_LEAD: &str = "Tu zapisujesz kopię zapasową tego, co zapisano z linków od mentorów (razem z odhaczonymi zadaniami i szkicami refleksji), i ją przywracasz, a także sprawdzasz, ile miejsca zostało w pamięci tej przeglądarki.";

/// The opening sentence of the page of what came by links, in the mentee's layout.
pub const UDOSTEPNIONE_MENTEE_LEAD: &str = "Wszystko, co zapisano u Ciebie z linków od mentorów: kontrakt, spotkania z zadaniami i kolejne kroki. Niżej otworzysz nowy link albo plik.";

/// The opening sentence of the page of what came by links.
pub const UDOSTEPNIONE_LEAD: &str = "Tu otworzysz link od mentora lub mentee: kontrakt, spotkanie z zadaniami, kolejne kroki albo refleksję po spotkaniu.";

/// A shared link's first screen, before its data is read (what it holds is inside the
/// compressed, maybe encrypted, data).
pub const SHARED_LINK_SCREEN: FirstScreen = FirstScreen {
    heading: "Otwieram udostępniony link",
    lead: "Kontrakt, spotkanie z zadaniami, kolejne kroki albo refleksja — przesłane Ci linkiem. Nic nie zapisze się w tej przeglądarce, dopóki nie wybierzesz „Zapisz u mnie”.",
    byline: false,
};

/// The mentee's home (`#/` in the mentee's layout, see [`crate::model::audience`]): painted
/// by the static shell too (`start-mentee` in `public/boot/screens.json`).
pub const MENTEE_HOME_SCREEN: FirstScreen = FirstScreen {
    heading: "Mój mentoring",
    lead: "Najbliższe spotkanie, Twoje zadania i refleksja po spotkaniu, a niżej wszystko, co zapisano z linków od mentorów. Zostaje tylko w tej przeglądarce.",
    byline: false,
};

impl Route {
    /// The first screen of a tool's route; the start page paints its own. The strategy page
    /// opens with its article: the article's title and byline.
    pub fn first_screen(&self) -> Option<FirstScreen> {
        use crate::content::{agenda, contract, crm, feedback, questions};
        let lead = match self {
            Route::Start | Route::NotFound(_) => return None,
            Route::Crm => {
                return Some(FirstScreen {
                    heading: crm::TITLE,
                    lead: crm::BYLINE,
                    byline: true,
                });
            }
            Route::Agenda => agenda::INTRO,
            Route::Pytania => questions::INTRO,
            Route::Kontrakt => contract::INTRO,
            Route::Feedback { .. } => feedback::INTRO,
            Route::Dane => DANE_LEAD,
            Route::Przebieg { .. } => PRZEBIEG_LEAD,
            Route::Udostepnione { .. } => UDOSTEPNIONE_LEAD,
        };
        Some(FirstScreen {
            heading: self.title(),
            lead,
            byline: false,
        })
    }
}

impl Route {
    /// The first screen in the mentee's layout ([`crate::model::audience`]): the mentee's home
    /// on `#/`, the mentee's own opening line on „Od mentorów” and „Dane”, else the route's.
    pub fn mentee_first_screen(&self) -> Option<FirstScreen> {
        let lead = match self {
            Route::Start => return Some(MENTEE_HOME_SCREEN),
            Route::Udostepnione { .. } => UDOSTEPNIONE_MENTEE_LEAD,
            Route::Dane => DANE_MENTEE_LEAD,
            other => return other.first_screen(),
        };
        Some(FirstScreen {
            heading: self.title(),
            lead,
            byline: false,
        })
    }
}

/// The query parameter naming the feedback conversation to open: `#/feedback?rozmowa=3`.
const CONVERSATION_PARAM: &str = "rozmowa";

/// The query parameter naming the meeting to open: `#/przebieg?spotkanie=3`.
const MEETING_PARAM: &str = "spotkanie";

/// The query parameter naming a saved shared item: `#/udostepnione?zapisane=2`.
const SAVED_PARAM: &str = "zapisane";

/// A numeric parameter from a query string (`a=1&rozmowa=3`), if it is there and is a number.
fn number_param(query: &str, name: &str) -> Option<u32> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .and_then(|(_, value)| value.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_hash() {
        for route in Route::ALL {
            assert_eq!(Route::parse(&route.to_hash()), route, "{route:?}");
        }
    }

    fn feedback(conversation: Option<u32>) -> Route {
        Route::Feedback { conversation }
    }

    #[test]
    fn a_feedback_conversation_rides_in_the_route() {
        let route = feedback(Some(3));
        assert_eq!(route.to_hash(), "#/feedback?rozmowa=3");
        assert_eq!(Route::parse(&route.to_hash()), route);
        assert_eq!(feedback(None).to_hash(), "#/feedback");
        assert_eq!(route.screen(), feedback(None));
        assert_eq!(route.title(), feedback(None).title());
    }

    /// Links saved or shared before the conversation was part of the route still open it.
    #[test]
    fn earlier_conversation_links_still_open_the_conversation() {
        assert_eq!(Route::parse("#/feedback?rozmowa=3"), feedback(Some(3)));
        assert_eq!(Route::parse("#/feedback/?rozmowa=3"), feedback(Some(3)));
        assert_eq!(
            Route::parse("#/Feedback?a=1&rozmowa=12"),
            feedback(Some(12))
        );
    }

    #[test]
    fn a_meeting_rides_in_the_programme_route() {
        let meeting = Route::Przebieg { meeting: Some(4) };
        assert_eq!(meeting.to_hash(), "#/przebieg?spotkanie=4");
        assert_eq!(Route::parse("#/przebieg?spotkanie=4"), meeting);
        assert_eq!(
            Route::parse("#/Przebieg/"),
            Route::Przebieg { meeting: None }
        );
        assert_eq!(
            Route::parse("#/przebieg?spotkanie=x"),
            Route::Przebieg { meeting: None }
        );
        assert_eq!(meeting.screen(), Route::Przebieg { meeting: None });
        assert_eq!(Route::Przebieg { meeting: None }.to_hash(), "#/przebieg");
    }

    #[test]
    fn a_saved_item_rides_in_the_shared_route() {
        let saved = Route::Udostepnione { saved: Some(2) };
        assert_eq!(saved.to_hash(), "#/udostepnione?zapisane=2");
        assert_eq!(Route::parse(&saved.to_hash()), saved);
        // A link's data is not a saved item: the page takes it from the address bar.
        assert_eq!(
            Route::parse("#/udostepnione?d=AQAB"),
            Route::Udostepnione { saved: None }
        );
        assert_eq!(saved.screen().to_hash(), "#/udostepnione");
    }

    #[test]
    fn a_conversation_parameter_that_is_not_a_number_opens_the_newest() {
        for hash in [
            "#/feedback",
            "#/feedback?",
            "#/feedback?rozmowa=x",
            "#/feedback?rozmowa=-1",
            "#/feedback?rozmowy=3",
            "#/feedback?rozmowa",
        ] {
            assert_eq!(Route::parse(hash), feedback(None), "{hash:?}");
        }
        // Other screens take no parameters and ignore them.
        assert_eq!(Route::parse("#/kontrakt?rozmowa=3"), Route::Kontrakt);
        assert_eq!(Route::Kontrakt.screen(), Route::Kontrakt);
    }

    #[test]
    fn canonical_hashes() {
        assert_eq!(Route::Start.to_hash(), "#/");
        assert_eq!(Route::Agenda.to_hash(), "#/agenda");
        assert_eq!(Route::Pytania.to_hash(), "#/pytania");
        assert_eq!(Route::Kontrakt.to_hash(), "#/kontrakt");
        assert_eq!(feedback(None).to_hash(), "#/feedback");
        assert_eq!(Route::Crm.to_hash(), "#/crm");
        assert_eq!(Route::Dane.to_hash(), "#/dane");
    }

    #[test]
    fn empty_and_bare_hashes_are_the_start_page() {
        for hash in ["", "#", "#/", "/", "#//"] {
            assert_eq!(Route::parse(hash), Route::Start, "{hash:?}");
        }
    }

    #[test]
    fn hand_typed_variants_are_tolerated() {
        assert_eq!(Route::parse("#/agenda/"), Route::Agenda);
        assert_eq!(Route::parse("#agenda"), Route::Agenda);
        assert_eq!(Route::parse("#/Kontrakt"), Route::Kontrakt);
        assert_eq!(Route::parse("#/crm?x=1"), Route::Crm);
        assert_eq!(Route::parse("dane"), Route::Dane);
    }

    #[test]
    fn unknown_hashes_are_not_found_and_keep_their_path() {
        let route = Route::parse("#/nie-ma-mnie");
        assert_eq!(route, Route::NotFound("/nie-ma-mnie".to_string()));
        assert_eq!(route.to_hash(), "#/nie-ma-mnie");
        assert_eq!(Route::parse(&route.to_hash()), route);
        assert!(matches!(Route::parse("#/agenda/extra"), Route::NotFound(_)));
    }

    #[test]
    fn every_known_route_has_polish_labels() {
        for route in Route::ALL {
            assert!(!route.nav_label().is_empty());
            assert!(!route.title().is_empty());
            assert!(!route.summary().is_empty());
        }
    }

    /// The static first screens, as `public/boot/screens.json` holds them: each tool's route by
    /// its slug, the shared link's as `udostepnione-link`. `UPDATE_SCREENS=1 cargo test --lib
    /// route` writes the file; otherwise a stale file fails here.
    #[test]
    fn the_static_first_screens_are_the_routes_own() {
        let off_the_navigation = [
            Route::Przebieg { meeting: None },
            Route::Udostepnione { saved: None },
        ];
        let routes = Route::ALL[1..].iter().cloned().chain(off_the_navigation);
        let screen = |route: &Route, screen: FirstScreen| {
            serde_json::json!({
                "title": route.title(),
                "heading": screen.heading,
                "lead": screen.lead,
                "class": screen.lead_class(),
            })
        };
        let mut screens = serde_json::Map::new();
        for route in routes {
            let first = route
                .first_screen()
                .expect("a tool's route has a first screen");
            if route == Route::Crm {
                assert_eq!(first.heading, crate::content::crm::TITLE);
                assert!(first.lead.contains(crate::content::crm::AUTHOR.name));
            } else {
                assert_eq!(first.heading, route.title(), "{route:?}");
                assert!(first.lead.ends_with('.'), "{route:?}: {}", first.lead);
            }
            screens.insert(route.slug().to_string(), screen(&route, first));
        }
        let link = Route::Udostepnione { saved: None };
        screens.insert(
            "udostepnione-link".into(),
            screen(&link, SHARED_LINK_SCREEN),
        );
        // The mentee's own, by the slug with `-mentee` (`start-mentee` for the home); the
        // home's title is its heading.
        for route in [
            Route::Start,
            Route::Udostepnione { saved: None },
            Route::Dane,
        ] {
            let first = route.mentee_first_screen().expect("the mentee's own");
            let name = format!(
                "{}-mentee",
                if route == Route::Start {
                    "start"
                } else {
                    route.slug()
                }
            );
            let mut entry = screen(&route, first);
            if route == Route::Start {
                entry["title"] = first.heading.into();
            }
            screens.insert(name, entry);
        }
        assert_eq!(
            Route::Agenda.mentee_first_screen(),
            Route::Agenda.first_screen()
        );
        assert_eq!(Route::Start.first_screen(), None);
        let json = serde_json::to_string_pretty(&screens).unwrap() + "\n";
        crate::generated::check(
            "public/boot/screens.json",
            &json,
            "UPDATE_SCREENS",
            "cargo test --lib route",
        );
    }
}
