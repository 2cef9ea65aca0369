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
    Feedback,
    Crm,
    Dane,
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
        Route::Feedback,
        Route::Crm,
        Route::Dane,
    ];

    /// Reads `location.hash` (with or without the leading `#`). Tolerates a missing or trailing
    /// slash, a query string and letter case, since people type and share these by hand.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split(['?', '#']).next().unwrap_or("");
        let trimmed = path.trim_matches('/');
        match trimmed.to_ascii_lowercase().as_str() {
            "" => Route::Start,
            "agenda" => Route::Agenda,
            "pytania" => Route::Pytania,
            "kontrakt" => Route::Kontrakt,
            "feedback" => Route::Feedback,
            "crm" => Route::Crm,
            "dane" => Route::Dane,
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
            other => format!("#/{}", other.slug()),
        }
    }

    /// A route's hash with one numeric parameter, e.g. `#/feedback?rozmowa=3`; the route
    /// itself still parses as before, and [`Route::number_param`] reads the number back.
    pub fn to_hash_with(&self, name: &str, value: u32) -> String {
        format!("{}?{name}={value}", self.to_hash())
    }

    /// A numeric parameter from a hash's query string, if it is there and is a number.
    pub fn number_param(hash: &str, name: &str) -> Option<u32> {
        let (_, query) = hash.split_once('?')?;
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .and_then(|(_, value)| value.parse().ok())
    }

    fn slug(&self) -> &'static str {
        match self {
            Route::Start => "",
            Route::Agenda => "agenda",
            Route::Pytania => "pytania",
            Route::Kontrakt => "kontrakt",
            Route::Feedback => "feedback",
            Route::Crm => "crm",
            Route::Dane => "dane",
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
            Route::Feedback => "Feedback",
            Route::Crm => "CRM",
            Route::Dane => "Dane",
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
            Route::Feedback => "Feedback krok po kroku",
            Route::Crm => "Strategia CRM",
            Route::Dane => "Dane i ustawienia",
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
            Route::Feedback => {
                "Przygotuj, przeprowadź i sprawdź efekty rozmowy (SBI, komunikat „Ja”)."
            }
            Route::Crm => "Artykuł o strategii CRM, ocena sześciu filarów i kalkulator KPI.",
            Route::Dane => "Mentee, kopia zapasowa i stan pamięci przeglądarki.",
            Route::NotFound(_) => "",
        }
    }
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

    #[test]
    fn a_numeric_parameter_rides_along_without_changing_the_route() {
        let hash = Route::Feedback.to_hash_with("rozmowa", 3);
        assert_eq!(hash, "#/feedback?rozmowa=3");
        assert_eq!(Route::parse(&hash), Route::Feedback);
        assert_eq!(Route::number_param(&hash, "rozmowa"), Some(3));
        assert_eq!(
            Route::number_param("#/feedback?a=1&rozmowa=12", "rozmowa"),
            Some(12)
        );
        assert_eq!(Route::number_param("#/feedback", "rozmowa"), None);
        assert_eq!(Route::number_param("#/feedback?rozmowa=x", "rozmowa"), None);
        assert_eq!(Route::number_param("#/feedback?rozmowy=3", "rozmowa"), None);
    }

    #[test]
    fn canonical_hashes() {
        assert_eq!(Route::Start.to_hash(), "#/");
        assert_eq!(Route::Agenda.to_hash(), "#/agenda");
        assert_eq!(Route::Pytania.to_hash(), "#/pytania");
        assert_eq!(Route::Kontrakt.to_hash(), "#/kontrakt");
        assert_eq!(Route::Feedback.to_hash(), "#/feedback");
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
}
