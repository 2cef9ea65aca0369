//! The mentor's own agenda settings, shared by all mentees: saved templates, the signals that
//! mark a block's end, and whether the timer moves on by itself.

use serde::{Deserialize, Serialize};

use super::{Agenda, AgendaTemplate};

/// Which signals mark a block's end and overtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalSettings {
    pub sound: bool,
    pub vibration: bool,
    pub flash: bool,
    pub announce: bool,
}

impl Default for SignalSettings {
    fn default() -> SignalSettings {
        SignalSettings {
            sound: true,
            vibration: true,
            flash: true,
            announce: true,
        }
    }
}

/// The mentor's own agenda settings, shared by all mentees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AgendaPrefs {
    pub templates: Vec<AgendaTemplate>,
    pub signals: SignalSettings,
    /// Move on to the next block when time is up. Off unless the mentor chooses it: a mentor
    /// in mid-sentence should not be moved on silently, so a block runs into overtime.
    ///
    /// Saved under a new name: builds before December 2026 saved `auto_advance: true` as their
    /// default for everyone, which cannot be told from a choice. Those settings now read as
    /// off (the old field is ignored), once; the box in „Ustawienia timera” turns it back on.
    #[serde(rename = "auto_advance_chosen", default)]
    pub auto_advance: bool,
}

/// The part of the stored [`AgendaPrefs`] that the shell reads: the signal settings alone,
/// without the saved templates.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
pub struct SignalPrefs {
    pub signals: SignalSettings,
}

impl AgendaPrefs {
    /// The longest template name, as for a mentee's name: it has to fit one line on a phone.
    pub const MAX_TEMPLATE_NAME_CHARS: usize = 60;

    /// Saves `agenda` as a template under `name` (trimmed), replacing one of the same name.
    pub fn save_template(&mut self, name: &str, agenda: Agenda) -> Result<(), TemplateError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(TemplateError::NoName);
        }
        if name.chars().count() > Self::MAX_TEMPLATE_NAME_CHARS {
            return Err(TemplateError::TooLong);
        }
        self.templates.retain(|t| t.name != name);
        self.templates.push(AgendaTemplate {
            name: name.to_string(),
            agenda,
        });
        Ok(())
    }
}

/// Why a template was not saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateError {
    NoName,
    TooLong,
}

impl TemplateError {
    /// What to tell the mentor, in Polish.
    pub fn message(self) -> String {
        match self {
            TemplateError::NoName => "Nazwij szablon, np. „Spotkanie kontrolne”.".to_string(),
            TemplateError::TooLong => format!(
                "Nazwa szablonu może mieć najwyżej {} znaków.",
                AgendaPrefs::MAX_TEMPLATE_NAME_CHARS
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_needs_a_name_that_fits_and_replaces_one_of_the_same_name() {
        let mut prefs = AgendaPrefs::default();
        let agenda = Agenda::from_seed();
        assert_eq!(
            prefs.save_template("   ", agenda.clone()),
            Err(TemplateError::NoName)
        );
        let long = "x".repeat(AgendaPrefs::MAX_TEMPLATE_NAME_CHARS + 1);
        assert_eq!(
            prefs.save_template(&long, agenda.clone()),
            Err(TemplateError::TooLong)
        );
        assert!(TemplateError::TooLong.message().contains("60\u{a0}znaków"));
        assert!(prefs.templates.is_empty(), "a refused name saves nothing");
        let longest = "ż".repeat(AgendaPrefs::MAX_TEMPLATE_NAME_CHARS);
        assert_eq!(prefs.save_template(&longest, agenda.clone()), Ok(()));
        prefs.save_template(" Kontrolne ", agenda.clone()).unwrap();
        let mut shorter = agenda.clone();
        shorter.blocks.truncate(2);
        prefs.save_template("Kontrolne", shorter.clone()).unwrap();
        assert_eq!(prefs.templates.len(), 2, "same name replaces");
        assert_eq!(prefs.templates[1].name, "Kontrolne");
        assert_eq!(prefs.templates[1].agenda, shorter);
    }

    #[test]
    fn prefs_default_to_every_signal_and_no_auto_advance() {
        let prefs: AgendaPrefs = serde_json::from_str(r#"{"templates":[],"signals":{"sound":true,"vibration":false,"flash":true,"announce":true}}"#).unwrap();
        assert!(!prefs.auto_advance);
        assert!(!prefs.signals.vibration);
        assert!(AgendaPrefs::default().signals.sound);
        assert!(!AgendaPrefs::default().auto_advance);
    }

    #[test]
    fn auto_advance_saved_by_older_builds_as_their_default_reads_as_off_once() {
        // Older builds wrote the default `true` for everyone.
        let old: AgendaPrefs = serde_json::from_str(r#"{"templates":[],"signals":{"sound":true,"vibration":true,"flash":true,"announce":true},"auto_advance":true}"#).unwrap();
        assert!(!old.auto_advance);
        assert!(old.signals.sound, "the rest of the settings stay");
        // A choice made in this build is kept.
        let chosen = AgendaPrefs {
            auto_advance: true,
            ..AgendaPrefs::default()
        };
        let json = serde_json::to_string(&chosen).unwrap();
        assert!(json.contains(r#""auto_advance_chosen":true"#));
        let back: AgendaPrefs = serde_json::from_str(&json).unwrap();
        assert!(back.auto_advance);
    }
}
