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

/// One screen of the app in the table of pages: everything the app, the build and the tests
/// know about it, in one row. The JavaScript side (the size report's budgets, the e2e harness,
/// the benches) reads the same rows from `public/boot/routes.json`, written from [`PAGES`] by
/// a native test (`UPDATE_ROUTES=1 cargo test --lib route`), which fails when the file is stale.
#[derive(Debug)]
pub struct Page {
    /// The screen with nothing opened on it.
    pub route: Route,
    /// The hash's path (`agenda` for `#/agenda`; empty for the start page), also the page's
    /// name in the build's reports and the tests.
    pub slug: &'static str,
    /// The query parameter that opens one thing on the screen (`#/feedback?rozmowa=3`).
    pub param: Option<&'static str>,
    /// The page title (document title and the page's heading).
    pub title: &'static str,
    /// Short label in the navigation bar; `None`: not in the bar.
    pub nav: Option<&'static str>,
    /// The navigation's icon, an SVG path in a 24×24 box (empty when in no bar). Short paths
    /// stay crisp and tiny; the mentee's bar draws the shared page's (an envelope).
    pub icon: &'static str,
    /// One sentence on what the tool is for, shown on the start page.
    pub summary: &'static str,
    /// The wasm split point the page lives in (`split_<chunk>.wasm`); `None`: in the shell.
    /// The split points themselves are code (`src/pages/mod.rs`), checked against this.
    pub chunk: Option<&'static str>,
    /// The last part of the mentee's document the tool keeps (`niezbednik/mentee/<id>/<key>`,
    /// `crate::store::documents::MenteeDoc::tool`), if it keeps one.
    pub stored: Option<&'static str>,
}

/// Every screen, the navigation bar's in its order first, then those reached from pages.
pub static PAGES: [Page; 9] = [
    Page {
        route: Route::Start,
        slug: "",
        param: None,
        title: "Niezbędnik mentora",
        nav: Some("Start"),
        icon: "M3 11 12 3l9 8v10h-6v-6H9v6H3z",
        summary: "Narzędzia na spotkanie mentoringowe w jednym miejscu.",
        chunk: None,
        stored: None,
    },
    Page {
        route: Route::Agenda,
        slug: "agenda",
        param: None,
        title: "Agenda pierwszego spotkania",
        nav: Some("Agenda"),
        icon: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm1 4v5l4 2-1 2-5-3V7z",
        summary: "Timer pierwszego spotkania: pięć bloków, 70 minut, z podsumowaniem.",
        chunk: Some("agenda"),
        stored: Some("agenda"),
    },
    Page {
        route: Route::Pytania,
        slug: "pytania",
        param: None,
        title: "Pytania otwarcia",
        nav: Some("Pytania"),
        icon: "M4 4h16v12H8l-4 4zm7 9h2v-2h-2zm1-7a3 3 0 0 0-3 3h2a1 1 0 1 1 1 1h-1v2h2v-.2A3 3 0 0 0 12 6z",
        summary: "50 pytań otwarcia w pięciu kategoriach, do losowania jak karty.",
        chunk: Some("pytania"),
        stored: Some("pytania"),
    },
    Page {
        route: Route::Kontrakt,
        slug: "kontrakt",
        param: None,
        title: "Kontrakt mentoringowy",
        nav: Some("Kontrakt"),
        icon: "M6 2h9l5 5v15H6zm8 1v5h5M9 12h8v2H9zm0 4h8v2H9z",
        summary: "Kontrakt do wypełnienia razem, z wydrukiem i spotkaniami w kalendarzu.",
        chunk: Some("kontrakt"),
        stored: Some("kontrakt"),
    },
    Page {
        route: Route::Feedback { conversation: None },
        slug: "feedback",
        param: Some(CONVERSATION_PARAM),
        title: "Feedback krok po kroku",
        nav: Some("Feedback"),
        icon: "M4 4h16v11H9l-5 5zm4 4v2h8V8zm0 3v2h5v-2z",
        summary: "Przygotuj, przeprowadź i sprawdź efekty rozmowy (SBI, komunikat „Ja”).",
        chunk: Some("feedback"),
        stored: Some("feedback"),
    },
    Page {
        route: Route::Crm,
        slug: "crm",
        param: None,
        title: "Strategia CRM",
        nav: Some("CRM"),
        icon: "M4 20V10h3v10zm6 0V4h3v16zm6 0v-7h3v7z",
        summary: "Artykuł o\u{a0}strategii CRM, samoocena sześciu filarów i\u{a0}kalkulator KPI.",
        chunk: Some("crm"),
        stored: Some("crm"),
    },
    Page {
        route: Route::Dane,
        slug: "dane",
        param: None,
        title: "Dane i ustawienia",
        nav: Some("Dane"),
        icon: "M12 3C7 3 4 4.5 4 6.5v11C4 19.5 7 21 12 21s8-1.5 8-3.5v-11C20 4.5 17 3 12 3Zm0 2c4 0 6 1 6 1.5S16 8 12 8 6 7 6 6.5 8 5 12 5Z",
        summary: "Mentee, kopia zapasowa i stan pamięci przeglądarki.",
        chunk: Some("dane"),
        stored: None,
    },
    Page {
        route: Route::Przebieg { meeting: None },
        slug: "przebieg",
        param: Some(MEETING_PARAM),
        title: "Przebieg mentoringu",
        nav: None,
        icon: "",
        summary: "Cele i postępy, spotkania z zadaniami, plan spotkań i zamknięcie programu.",
        chunk: Some("przebieg"),
        stored: Some("przebieg"),
    },
    Page {
        route: Route::Udostepnione { saved: None },
        slug: "udostepnione",
        param: Some(SAVED_PARAM),
        title: "Udostępnione",
        nav: None,
        icon: "M3 5h18v14H3zm2 2v.5l7 5 7-5V7zm0 3v7h14v-7l-7 5z",
        summary: "Kontrakt, spotkania i kroki od mentora oraz refleksje mentee, przekazane linkiem.",
        chunk: Some("udostepnione"),
        stored: None,
    },
];

/// The split points that are no page's own, fetched later on a page: the share panel
/// (`src/components/share_panel.rs`) and the start page's follow-ups (`src/pages/mod.rs`).
pub const LATER_CHUNKS: [&str; 2] = ["share", "follow_ups"];

impl Route {
    /// Reads `location.hash` (with or without the leading `#`). Tolerates a missing or trailing
    /// slash, a query string and letter case, since people type and share these by hand.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let path = path.split('#').next().unwrap_or("");
        let slug = path.trim_matches('/').to_ascii_lowercase();
        match PAGES.iter().find(|page| page.slug == slug) {
            Some(page) => page
                .route
                .opened(page.param.and_then(|name| number_param(query, name))),
            None => Route::NotFound(path.to_string()),
        }
    }

    /// The canonical hash, including `#`, for links and `location.hash`.
    pub fn to_hash(&self) -> String {
        let Some(page) = self.page() else {
            let path = match self {
                Route::NotFound(path) => path.trim_start_matches('/'),
                _ => "",
            };
            return format!("#/{path}");
        };
        match (page.param, self.opens()) {
            (Some(name), Some(id)) => format!("#/{}?{name}={id}", page.slug),
            _ => format!("#/{}", page.slug),
        }
    }

    /// The screen without what it opens on it: the navigation bar marks `#/feedback` as
    /// current whichever conversation is open.
    pub fn screen(&self) -> Route {
        self.opened(None)
    }

    /// What the route opens on its screen (its query parameter's number), if anything. With
    /// [`Route::opened`], the one place that knows which variants carry one.
    fn opens(&self) -> Option<u32> {
        match *self {
            Route::Feedback { conversation: id }
            | Route::Przebieg { meeting: id }
            | Route::Udostepnione { saved: id } => id,
            _ => None,
        }
    }

    /// The same screen with `id` opened on it (nothing for a screen that opens nothing).
    fn opened(&self, id: Option<u32>) -> Route {
        match self {
            Route::Feedback { .. } => Route::Feedback { conversation: id },
            Route::Przebieg { .. } => Route::Przebieg { meeting: id },
            Route::Udostepnione { .. } => Route::Udostepnione { saved: id },
            other => other.clone(),
        }
    }

    /// The route's row in [`PAGES`]; `None` for an unknown hash.
    pub fn page(&self) -> Option<&'static Page> {
        let screen = self.screen();
        PAGES.iter().find(|page| page.route == screen)
    }

    /// The screens in the navigation bar, in its order, with their labels.
    pub fn navigation() -> impl Iterator<Item = (Route, &'static str)> {
        PAGES
            .iter()
            .filter_map(|page| Some((page.route.clone(), page.nav?)))
    }

    /// The page title (document title and the page's heading).
    pub fn title(&self) -> &'static str {
        self.page()
            .map_or("Nie ma takiej strony", |page| page.title)
    }

    /// One sentence on what the tool is for, shown on the start page.
    pub fn summary(&self) -> &'static str {
        self.page().map_or("", |page| page.summary)
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
pub const PRZEBIEG_LEAD: &str = "Cele i postępy, spotkania z zadaniami i plan całego programu w jednym miejscu – do przejrzenia przed spotkaniem, do uzupełnienia po nim i do podsumowania na koniec współpracy.";

/// The opening sentence of the data page.
pub const DANE_LEAD: &str = "Tu dodajesz mentee i przełączasz się między nimi, zapisujesz kopię zapasową wszystkiego, co wpisane, i ją przywracasz, a także sprawdzasz, ile miejsca zostało w pamięci tej przeglądarki.";

/// The opening sentence of the data page in the mentee's layout.
pub const DANE_MENTEE_LEAD: &str = "Tu zapisujesz kopię zapasową tego, co zapisano z linków od mentorów (razem z odhaczonymi zadaniami i szkicami refleksji), i ją przywracasz, a także sprawdzasz, ile miejsca zostało w pamięci tej przeglądarki.";

/// The opening sentence of the page of what came by links, in the mentee's layout.
pub const UDOSTEPNIONE_MENTEE_LEAD: &str = "Wszystko, co zapisano u Ciebie z linków od mentorów: kontrakt, spotkania z zadaniami i kolejne kroki. Niżej otworzysz nowy link albo plik.";

/// The opening sentence of the page of what came by links.
pub const UDOSTEPNIONE_LEAD: &str = "Tu otworzysz link od mentora lub mentee: kontrakt, spotkanie z zadaniami, kolejne kroki albo refleksję po spotkaniu.";

/// A shared link's first screen, before its data is read (what it holds is inside the
/// compressed, maybe encrypted, data).
pub const SHARED_LINK_SCREEN: FirstScreen = FirstScreen {
    heading: "Otwieram udostępniony link",
    lead: "Kontrakt, spotkanie z zadaniami, kolejne kroki albo refleksja – przesłane Ci linkiem. Nic nie zapisze się w tej przeglądarce, dopóki nie wybierzesz „Zapisz u mnie”.",
    byline: false,
};

/// The mentee's home (`#/` in the mentee's layout, see [`crate::model::audience`]): painted
/// by the static shell too (`start-mentee` in `public/boot/screens.json`).
pub const MENTEE_HOME_SCREEN: FirstScreen = FirstScreen {
    heading: "Mój mentoring",
    lead: "Najbliższe spotkanie, Twoje zadania i refleksja po spotkaniu, a niżej wszystko, co zapisano z linków od mentorów. Zostaje tylko w tej przeglądarce.",
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
        for route in PAGES.iter().map(|page| page.route.clone()) {
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
        for page in &PAGES {
            assert!(page.nav.is_none_or(|label| !label.is_empty()));
            assert!(!page.title.is_empty());
            assert!(!page.summary.is_empty());
            assert_eq!(page.route.page().map(|p| p.slug), Some(page.slug));
            assert_eq!(page.route, page.route.screen(), "{page:?}");
        }
        let slugs: std::collections::BTreeSet<_> = PAGES.iter().map(|page| page.slug).collect();
        assert_eq!(slugs.len(), PAGES.len(), "one row a slug");
        let navigation: Vec<_> = Route::navigation().map(|(route, _)| route).collect();
        assert_eq!(navigation[0], Route::Start);
        assert_eq!(navigation.len(), 7);
    }

    /// A page's stored document is one of the mentee's documents, and each of those is one
    /// page's.
    #[test]
    fn every_stored_document_is_one_page_s() {
        use crate::store::documents::MenteeDoc;
        let stored: Vec<&str> = PAGES.iter().filter_map(|page| page.stored).collect();
        for key in &stored {
            assert!(MenteeDoc::from_tool(key).is_some(), "{key}");
        }
        for doc in MenteeDoc::ALL {
            assert!(stored.contains(&doc.tool()), "{doc:?}");
        }
    }

    /// The table for the JavaScript side (`public/boot/routes.json`): the size report keys its
    /// budgets by these names, the e2e harness and the benches walk these routes.
    /// `UPDATE_ROUTES=1 cargo test --lib route` writes the file; otherwise a stale file fails.
    #[test]
    fn the_route_table_for_the_scripts_is_the_apps_own() {
        let routes: Vec<_> = PAGES
            .iter()
            .map(|page| {
                let heading = page
                    .route
                    .first_screen()
                    .map_or(page.title, |screen| screen.heading);
                serde_json::json!({
                    "name": if page.slug.is_empty() { "start" } else { page.slug },
                    "hash": page.route.to_hash(),
                    "title": page.title,
                    "heading": heading,
                    "nav": page.nav,
                    "chunk": page.chunk,
                    "stored": page.stored,
                })
            })
            .collect();
        let table = serde_json::json!({ "routes": routes, "laterChunks": LATER_CHUNKS });
        let json = serde_json::to_string_pretty(&table).unwrap() + "\n";
        crate::generated::check(
            "public/boot/routes.json",
            &json,
            "UPDATE_ROUTES",
            "cargo test --lib route",
        );
    }

    /// The static first screens, as `public/boot/screens.json` holds them: each tool's route by
    /// its slug, the shared link's as `udostepnione-link`. `UPDATE_SCREENS=1 cargo test --lib
    /// route` writes the file; otherwise a stale file fails here.
    #[test]
    fn the_static_first_screens_are_the_routes_own() {
        let routes = PAGES[1..].iter().map(|page| page.route.clone());
        let screen = |route: &Route, screen: FirstScreen| {
            serde_json::json!({
                "title": route.title(),
                // As the page shows them (the seed's texts typeset when shown), so the
                // static screen and the page that replaces it are the same text.
                "heading": crate::model::typography::typeset(screen.heading),
                "lead": crate::model::typography::typeset(screen.lead),
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
            screens.insert(
                route.page().map_or("", |page| page.slug).to_string(),
                screen(&route, first),
            );
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
                    route.page().map_or("", |page| page.slug)
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
