//! Artykuł „CRM to nie tylko technologia…”: intro, sections, the six-pillar table, KPI groups,
//! L&D tasks and the author note used as attribution. The web form's leftovers (the
//! privacy-policy checkbox) are left out on purpose.

/// A bullet that starts with a bold lead-in: „Lead: text”.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeadItem {
    pub lead: &'static str,
    pub text: &'static str,
}

/// One row of the six-pillar table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pillar {
    pub number: u8,
    pub name: &'static str,
    pub description: &'static str,
}

/// A piece of an article section, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    Paragraph(&'static str),
    /// The six-pillar table ([`PILLARS`]).
    PillarTable,
    List(&'static [LeadItem]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Anchor for the table of contents; stable.
    pub id: &'static str,
    pub heading: &'static str,
    pub blocks: &'static [Block],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Author {
    pub name: &'static str,
    pub bio: &'static [&'static str],
}

/// The article's byline, under its title (also its first screen, src/route.rs).
pub const BYLINE: &str = "Autorka: Klaudia Janecka · materiały EITT";

pub const TITLE: &str = "CRM to nie tylko technologia: jak zbudować strategię zarządzania relacjami z klientem, która działa?";

pub const INTRO: &[&str] = &[
    "W dzisiejszym konkurencyjnym świecie biznesu, gdzie pozyskanie nowego klienta jest znacznie droższe niż utrzymanie istniejącego, efektywne zarządzanie relacjami z klientem (Customer Relationship Management – CRM) staje się absolutnie kluczowe dla długoterminowego sukcesu firmy. Wiele organizacji inwestuje w zaawansowane systemy CRM, oczekując, że sama technologia rozwiąże wszystkie problemy związane ze sprzedażą, marketingiem i obsługą klienta. Jednak, jak pokazuje praktyka, wdrożenie oprogramowania CRM to tylko wierzchołek góry lodowej. Prawdziwy sukces w zarządzaniu relacjami z klientem zależy od posiadania przemyślanej strategii CRM, która obejmuje nie tylko technologię, ale przede wszystkim procesy biznesowe, kulturę organizacyjną i kompetencje ludzi. Zrozumienie, że CRM to filozofia działania skoncentrowana na kliencie, a nie tylko narzędzie IT, jest niezbędne dla liderów i decydentów dążących do budowania trwałych przewag konkurencyjnych. Ten artykuł wyjaśni, dlaczego podejście strategiczne jest tak ważne i jakie elementy należy uwzględnić, budując system CRM, który realnie wspiera rozwój biznesu.",
];

pub const PILLAR_TABLE_HEADERS: [&str; 2] = [
    "Kluczowy filar strategii CRM",
    "Opis kluczowych zagadnień i działań do rozważenia",
];

pub const PILLARS: &[Pillar] = &[
    Pillar {
        number: 1,
        name: "Wizja i cele strategiczne",
        description: "Zdefiniowanie, jak CRM ma wspierać ogólną strategię firmy i jakie konkretne, mierzalne cele biznesowe (np. wzrost lojalności, zwiększenie wartości klienta, poprawa efektywności sprzedaży) ma pomóc osiągnąć. Niezbędne jest jasne określenie „dlaczego” wdrażamy CRM.",
    },
    Pillar {
        number: 2,
        name: "Orientacja na klienta i jego doświadczenia (Customer centricity)",
        description: "Zrozumienie potrzeb, oczekiwań i ścieżki zakupowej (customer journey) docelowych klientów. Projektowanie procesów i interakcji z perspektywy klienta, dążąc do zapewnienia spójnych i pozytywnych doświadczeń we wszystkich punktach styku.",
    },
    Pillar {
        number: 3,
        name: "Zoptymalizowane procesy biznesowe",
        description: "Analiza i przeprojektowanie (jeśli to konieczne) procesów sprzedaży, marketingu i obsługi klienta, tak aby były one efektywne, spójne i wspierane przez system CRM. Automatyzacja odpowiednich fragmentów tych procesów.",
    },
    Pillar {
        number: 4,
        name: "Zaangażowani i kompetentni ludzie",
        description: "Budowanie kultury organizacyjnej skoncentrowanej na kliencie. Zapewnienie pracownikom (sprzedawcom, marketerom, obsłudze) odpowiednich szkoleń z obsługi systemu CRM oraz, co ważniejsze, z zasad budowania relacji i rozumienia potrzeb klienta. Kluczowe jest zaangażowanie użytkowników od początku.",
    },
    Pillar {
        number: 5,
        name: "Odpowiednia technologia CRM",
        description: "Wybór platformy CRM dopasowanej do skali, potrzeb i możliwości firmy. Zapewnienie odpowiedniej konfiguracji, integracji z innymi systemami oraz łatwości użytkowania. Technologia jest narzędziem wspierającym strategię, a nie strategią samą w sobie.",
    },
    Pillar {
        number: 6,
        name: "Jakość danych i analityka",
        description: "Wdrożenie procesów zapewniających gromadzenie kompletnych, dokładnych i aktualnych danych o klientach. Wykorzystanie możliwości analitycznych systemu CRM do monitorowania wskaźników, segmentacji klientów i podejmowania decyzji opartych na danych.",
    },
];

/// KPI groups from „Jak zmierzyć sukces strategii CRM?”.
pub const KPI_GROUPS: &[LeadItem] = &[
    LeadItem {
        lead: "Wskaźniki dotyczące pozyskiwania klientów",
        text: "Koszt pozyskania klienta (CAC), wskaźnik konwersji leadów na klientów, czas cyklu sprzedaży.",
    },
    LeadItem {
        lead: "Wskaźniki dotyczące utrzymania klientów",
        text: "Wskaźnik retencji klientów, wskaźnik rezygnacji (churn rate), wartość życiowa klienta (CLV – Customer Lifetime Value).",
    },
    LeadItem {
        lead: "Wskaźniki dotyczące satysfakcji klienta",
        text: "Wyniki badań satysfakcji (np. NPS – Net Promoter Score, CSAT), liczba reklamacji, czas rozwiązania zgłoszenia.",
    },
    LeadItem {
        lead: "Wskaźniki dotyczące efektywności sprzedaży",
        text: "Wartość sprzedaży na handlowca, średnia wartość transakcji, wskaźnik realizacji celów sprzedażowych.",
    },
    LeadItem {
        lead: "Wskaźniki adopcji systemu CRM",
        text: "Odsetek aktywnych użytkowników, kompletność danych w systemie, liczba zarejestrowanych interakcji.",
    },
];

/// Zadania L&D w kontekście strategii CRM.
pub const LD_TASKS: &[LeadItem] = &[
    LeadItem {
        lead: "Szkolenia z obsługi systemu CRM",
        text: "Zapewnienie, że wszyscy użytkownicy potrafią efektywnie korzystać z funkcji systemu istotnych dla ich roli.",
    },
    LeadItem {
        lead: "Szkolenia procesowe",
        text: "Wyjaśnienie pracownikom nowych lub zmienionych procesów sprzedaży, marketingu i obsługi klienta, które są wspierane przez CRM.",
    },
    LeadItem {
        lead: "Rozwój umiejętności miękkich",
        text: "Budowanie kompetencji w zakresie komunikacji, budowania relacji, aktywnego słuchania, negocjacji czy rozwiązywania problemów – kluczowych dla pracy z klientem.",
    },
    LeadItem {
        lead: "Wsparcie adopcji użytkowników",
        text: "Tworzenie materiałów pomocniczych, organizowanie sesji Q&A, wspieranie „superużytkowników” lub wewnętrznych trenerów.",
    },
    LeadItem {
        lead: "Budowanie kultury Customer Centricity",
        text: "Wspieranie inicjatyw promujących orientację na klienta w całej organizacji.",
    },
];

/// The training offer described in the last section.
pub const EITT_OFFER: &[LeadItem] = &[
    LeadItem {
        lead: "Szkolenia z zakresu procesów sprzedaży i obsługi klienta",
        text: "Pomagamy zespołom zrozumieć i wdrożyć najlepsze praktyki w zakresie budowania relacji, zarządzania lejkiem sprzedażowym i zapewniania wysokiej jakości obsługi.",
    },
    LeadItem {
        lead: "Szkolenia z umiejętności miękkich",
        text: "Oferujemy szeroki wachlarz programów rozwijających kompetencje komunikacyjne, negocjacyjne, asertywność, inteligencję emocjonalną – kluczowe w pracy z klientem.",
    },
    LeadItem {
        lead: "Szkolenia z zarządzania zmianą",
        text: "Wspieramy liderów i zespoły we wdrażaniu zmian procesowych i technologicznych związanych z CRM.",
    },
    LeadItem {
        lead: "Szkolenia z efektywnego wykorzystania narzędzi",
        text: "Możemy (po uzgodnieniu) przygotować dedykowane warsztaty z efektywnego wykorzystania konkretnych platform CRM w codziennej pracy.",
    },
];

pub const SECTIONS: &[Section] = &[
    Section {
        id: "dlaczego-system-nie-wystarcza",
        heading: "Dlaczego samo wdrożenie systemu CRM często nie wystarcza?",
        blocks: &[
            Block::Paragraph(
                "Na rynku dostępnych jest wiele zaawansowanych systemów CRM, oferujących bogactwo funkcji. Jednak statystyki i doświadczenia wielu firm pokazują, że znaczący odsetek wdrożeń CRM nie przynosi oczekiwanych rezultatów lub wręcz kończy się porażką. Główne przyczyny tego stanu rzeczy leżą zazwyczaj poza samą technologią. Często brakuje jasnej strategii, która definiowałaby, jakie konkretne cele biznesowe firma chce osiągnąć dzięki lepszemu zarządzaniu relacjami (np. poprawa retencji, skrócenie cyklu sprzedaży). System bywa wdrażany bez wcześniejszej analizy i optymalizacji procesów sprzedaży, marketingu czy obsługi, co prowadzi do utrwalenia nieefektywności w nowym narzędziu.",
            ),
            Block::Paragraph(
                "Kluczowym problemem jest również niska adopcja przez użytkowników – pracownicy nie widzą wartości w korzystaniu z systemu, uważają go za zbyt skomplikowany lub postrzegają jako narzędzie kontroli, a brak odpowiednich szkoleń i wsparcia tylko pogłębia ten stan. Dodatkowo, system zasilany niekompletnymi lub niespójnymi danymi nie może efektywnie wspierać analizy czy personalizacji. Wreszcie, brak integracji CRM z innymi kluczowymi systemami (np. ERP) utrudnia uzyskanie pełnego obrazu klienta. Aby uniknąć tych problemów, wdrożenie technologii CRM musi być częścią szerszej, kompleksowej strategii CRM.",
            ),
        ],
    },
    Section {
        id: "filary-strategii",
        heading: "Jakie są kluczowe filary skutecznej strategii CRM?",
        blocks: &[
            Block::Paragraph(
                "Budowanie strategii CRM, która realnie wspiera biznes, wymaga uwzględnienia kilku wzajemnie powiązanych filarów. Koncentracja wyłącznie na technologii, z pominięciem pozostałych elementów, jest prostą drogą do niepowodzenia. Skuteczna strategia powinna opierać się na solidnych podstawach w następujących obszarach:",
            ),
            Block::PillarTable,
            Block::Paragraph(
                "Dopiero harmonijne połączenie tych sześciu filarów pozwala na zbudowanie systemu CRM, który staje się realnym motorem wzrostu i efektywności organizacji.",
            ),
        ],
    },
    Section {
        id: "mierzenie-sukcesu",
        heading: "Jak zmierzyć sukces strategii CRM?",
        blocks: &[
            Block::Paragraph(
                "Aby ocenić skuteczność wdrożonej strategii CRM i móc ją doskonalić, konieczne jest zdefiniowanie i regularne monitorowanie odpowiednich kluczowych wskaźników efektywności (KPIs). Powinny one odzwierciedlać cele biznesowe postawione przed strategią CRM. Przykładowe KPIs mogą obejmować:",
            ),
            Block::List(KPI_GROUPS),
            Block::Paragraph(
                "Regularna analiza tych wskaźników pozwala nie tylko ocenić ROI z inwestycji w CRM, ale także identyfikować obszary wymagające usprawnień w strategii, procesach lub narzędziach.",
            ),
        ],
    },
    Section {
        id: "rola-l-and-d",
        heading: "Jaką rolę odgrywa L&D w budowaniu skutecznej strategii CRM?",
        blocks: &[
            Block::Paragraph(
                "Dział L&D odgrywa kluczową, choć często niedocenianą, rolę w sukcesie strategii CRM. To właśnie L&D jest odpowiedzialne za zapewnienie, że pracownicy posiadają niezbędne kompetencje do efektywnego wykorzystania zarówno technologii CRM, jak i do budowania relacji z klientami w ramach przeprojektowanych procesów.",
            ),
            Block::Paragraph("Zadania L&D w kontekście strategii CRM obejmują:"),
            Block::List(LD_TASKS),
            Block::Paragraph(
                "Bez aktywnego zaangażowania L&D, nawet najlepsza strategia i technologia CRM mogą pozostać niewykorzystane z powodu braku odpowiednich kompetencji i zaangażowania pracowników.",
            ),
        ],
    },
    Section {
        id: "wsparcie-eitt",
        heading: "Jak EITT może wesprzeć rozwój kompetencji wspierających strategię CRM?",
        blocks: &[
            Block::Paragraph(
                "W EITT rozumiemy, że skuteczny CRM to synergia procesów, ludzi i technologii. Nasza oferta szkoleniowa może wesprzeć Państwa organizację w budowaniu kompetencji niezbędnych do sukcesu strategii CRM:",
            ),
            Block::List(EITT_OFFER),
            Block::Paragraph(
                "Pomagamy organizacjom spojrzeć na CRM w sposób holistyczny, koncentrując się na rozwoju kompetencji, które pozwolą w pełni wykorzystać potencjał tej strategicznej inwestycji.",
            ),
            Block::Paragraph(
                "Budowa skutecznej strategii CRM to inwestycja w najważniejszy zasób firmy – relacje z klientami. Jeśli chcą Państwo wzmocnić kompetencje swoich zespołów w tym obszarze i zapewnić, że wdrożenie systemu CRM przełoży się na realne wyniki biznesowe, zapraszamy do kontaktu. EITT jest gotowe wspierać Państwa w budowaniu organizacji prawdziwie skoncentrowanej na kliencie.",
            ),
        ],
    },
];

pub const AUTHOR: Author = Author {
    name: "Klaudia Janecka",
    bio: &[
        "Klaudia to doświadczona specjalistka z ponad 10-letnim stażem w obszarze zarządzania relacjami z klientami i sprzedaży, obecnie pełniąca funkcję Key Account Managera w EITT. Jej unikalne połączenie wykształcenia w dziedzinie dziennikarstwa i komunikacji społecznej z bogatym doświadczeniem w obszarze technologii pozwala jej skutecznie łączyć świat IT z biznesem, dostarczając klientom dopasowane rozwiązania rozwojowe.",
        "W swojej pracy Klaudia kieruje się głębokim zrozumieniem potrzeb klientów i profesjonalnym podejściem do budowania relacji biznesowych. Jej doświadczenie w obszarach programowania, AI i cyberbezpieczeństwa, połączone z wiedzą o projektach dofinansowanych do szkoleń, pozwala jej skutecznie wspierać organizacje w maksymalizacji korzyści z inwestycji szkoleniowych przy jednoczesnym zachowaniu zgodności z ich celami strategicznymi.",
        "Aktywnie angażuje się w rozwój osobisty i zawodowy, śledząc najnowsze trendy w branży technologicznej. Wierzy, że w dynamicznie zmieniającym się świecie IT kluczem do sukcesu jest nieustanne poszerzanie horyzontów oraz elastyczność w dostosowywaniu się do ewoluujących wymagań rynkowych, co znajduje odzwierciedlenie w strategiach rozwoju EITT.",
    ],
};
