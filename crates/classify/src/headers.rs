//! What a field's name says it holds, for the column path: the header words of
//! `classifiers/dictionaries/column_headers.toml` (15 kinds, 33 languages; compiled into the
//! binary and parsed once), a few kinds of our own (company, person roles), and each rule's own
//! `columns`.
//!
//! Headers are compared normalised (lowercase, without `_ - . space`, see
//! [`normalize_header`]): whole (`First Name` = `firstname`), without a trailing number
//! (`phone2`, `住所1`), as the end of a longer header (`customer_phone`, `CustomerPhone`,
//! `Kundenname`, `顧客氏名`) or its start where languages put the head word first
//! (`nombre_cliente`, `ชื่อลูกค้า`). A qualifier that says the field is about something else
//! defeats a match: `hotel_name`, `username`, `filename` are not person names, `ip_address` is
//! not a postal address, `phone_verified` is not a phone number. Words shorter than three letters
//! (`ad`, `by`, `名`, `市`) only match a whole header.

use crate::dictionaries::{contains_lower, COMMON_WORDS};
use crate::rules::{normalize_header, Rule};
use piimap_model::Category;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a header names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeaderKind {
    /// A whole person name, or a person in a role (`customer`, `account manager`, `担当者`).
    Name,
    FirstName,
    MiddleName,
    LastName,
    /// A Japanese reading of a name in kana (`フリガナ`, `name_kana`).
    NameReading,
    Address,
    Street,
    City,
    Region,
    Postcode,
    Phone,
    Email,
    Lat,
    Lon,
    /// Coordinates of any form (`coordinates`, `latlon`), from the location rules' columns.
    Coordinates,
    DateOfBirth,
    Company,
    /// A thing or its name (`model`, `product_name`, `hotel_name`, `username`).
    Thing,
    Vin,
}

impl HeaderKind {
    /// The category a header of this kind names, if it names one.
    pub fn category(self) -> Option<Category> {
        use HeaderKind::*;
        match self {
            Name | FirstName | MiddleName | LastName | NameReading => Some(Category::Name),
            Address | Street => Some(Category::Address),
            Phone => Some(Category::Phone),
            Email => Some(Category::Email),
            Lat | Lon | Coordinates => Some(Category::Location),
            Vin => Some(Category::Vin),
            City | Region | Postcode | DateOfBirth | Company | Thing => None,
        }
    }

    /// Whether this header contradicts value-level evidence of `category`: a street, city or
    /// company column is not a name or phone column because some of its values look like one,
    /// a phone column is not an address column. Exact detectors (e-mail, VIN) and locations are
    /// never contradicted by a header.
    pub fn against(self, category: Category) -> bool {
        use HeaderKind::*;
        let name_like = matches!(self, Name | FirstName | MiddleName | LastName | NameReading);
        match category {
            Category::Name => matches!(self, Address | Street | City | Region | Postcode | Phone | Email | Lat | Lon | Coordinates | DateOfBirth | Company | Thing | Vin),
            Category::Phone => name_like || matches!(self, Address | Street | City | Region | Postcode | Email | Lat | Lon | Coordinates | DateOfBirth | Company | Vin),
            Category::Address => name_like || matches!(self, Phone | Email | Lat | Lon | Coordinates | DateOfBirth | Company | Vin),
            Category::Email | Category::Vin | Category::Location => false,
        }
    }

    /// In words, for the evidence against a verdict.
    pub fn describe(self) -> &'static str {
        use HeaderKind::*;
        match self {
            Name => "a person",
            FirstName => "a first name",
            MiddleName => "a middle name",
            LastName => "a last name",
            NameReading => "the reading of a name",
            Address => "an address",
            Street => "a street",
            City => "a city",
            Region => "a region",
            Postcode => "a postcode",
            Phone => "a phone number",
            Email => "an e-mail address",
            Lat => "a latitude",
            Lon => "a longitude",
            Coordinates => "coordinates",
            DateOfBirth => "a date of birth",
            Company => "a company",
            Thing => "a thing, not a person",
            Vin => "a vehicle",
        }
    }

    fn from_dictionary(key: &str) -> Option<HeaderKind> {
        use HeaderKind::*;
        Some(match key {
            "name" => Name,
            "first_name" => FirstName,
            "middle_name" => MiddleName,
            "last_name" => LastName,
            "name_reading" => NameReading,
            "address" => Address,
            "street" => Street,
            "city" => City,
            "region" => Region,
            "postcode" => Postcode,
            "phone" => Phone,
            "email" => Email,
            "lat" => Lat,
            "lon" => Lon,
            "dob" => DateOfBirth,
            _ => return None,
        })
    }

    fn from_category(category: Category) -> HeaderKind {
        match category {
            Category::Name => HeaderKind::Name,
            Category::Address => HeaderKind::Address,
            Category::Email => HeaderKind::Email,
            Category::Phone => HeaderKind::Phone,
            Category::Vin => HeaderKind::Vin,
            Category::Location => HeaderKind::Coordinates,
        }
    }

    fn is_name(self) -> bool {
        self.category() == Some(Category::Name)
    }
}

/// The header-word dictionary, compiled in.
const COLUMN_HEADERS: &str = include_str!("../../../classifiers/dictionaries/column_headers.toml");

/// Company columns (not in the dictionary): names in them are firms, numbers are switchboards.
const COMPANY_WORDS: &[&str] = &[
    "company", "company name", "firm", "firm name", "business", "business name", "organisation", "organization", "org",
    "org name", "organisation name", "organization name", "employer", "employer name", "legal name", "trade name",
    "firma", "firmenname", "unternehmen", "arbeitgeber", "entreprise", "société", "societe", "raison sociale",
    "nom de l'entreprise", "empresa", "razón social", "razon social", "nombre de la empresa", "azienda", "società",
    "societa", "denominazione", "bedrijf", "bedrijfsnaam", "företag", "företagsnamn", "firmanavn", "yritys",
    "yrityksen nimi", "nazwa firmy", "şirket", "şirket adı", "firma adı", "компания", "организация", "название компании",
    "会社", "会社名", "企業名", "法人名", "勤務先", "屋号", "公司", "公司名称", "公司名稱", "单位", "單位", "企业名称",
    "회사", "회사명", "상호", "업체명", "บริษัท", "ชื่อบริษัท", "công ty", "tên công ty", "perusahaan", "nama perusahaan",
];

/// Things and their names: a column of them is not a person-name column, whatever its values
/// look like (`Jordan 1 Retro`, `Earl Grey`, `Aston Martin Vantage`).
const THING_WORDS: &[&str] = &[
    "model", "make", "brand", "product", "product name", "item", "item name", "article", "sku", "vehicle model", "car model",
    "model name", "device name", "title", "modell", "marke", "produkt", "produktname", "artikel", "artikelname", "modèle",
    "marque", "produit", "nom du produit", "modelo", "marca", "producto", "nombre del producto", "modello", "prodotto",
    "merk", "productnaam", "型式", "車種", "車名", "メーカー", "商品名", "品名", "製品名", "型号", "车型", "品牌", "产品名称",
    "商品名称", "모델", "차종", "제품명", "상품명", "รุ่น", "ยี่ห้อ", "สินค้า",
];

/// Districts and localities in Chinese and Japanese forms, besides the dictionary's.
const CITY_WORDS: &[&str] = &["鄉鎮市區", "乡镇市区", "市區", "市区", "区市町村", "行政區", "行政区", "區域", "区域", "地區", "地区", "區縣", "区县", "县区", "市區町村", "町村", "町域名", "市町村名", "市区町村名"];

/// People in a role: the column holds a person's name (`account_manager`, `Betreuer`, `担当`).
const PERSON_ROLES: &[&str] = &[
    "account manager", "manager", "sales rep", "sales representative", "salesperson", "salesman", "sales", "agent",
    "advisor", "adviser", "consultant", "driver", "owner", "assignee", "reporter", "author", "employee", "staff",
    "technician", "photographer", "doctor", "physician", "nurse", "teacher", "guardian", "beneficiary", "policyholder", "insured",
    "tenant", "landlord", "buyer", "seller", "passenger", "traveller", "traveler", "guest", "attendee", "signatory",
    "betreuer", "kundenbetreuer", "sachbearbeiter", "berater", "fahrer", "verkäufer", "vertreter", "außendienst",
    "asesor", "vendedor", "agente", "conductor", "gestor", "responsable", "comercial", "conseiller", "commercial",
    "chauffeur", "vendeur", "referente", "consulente", "autista", "venditore", "commerciale", "verkoper", "adviseur",
    "behandelaar", "vertegenwoordiger", "handläggare", "säljare", "förare", "sprzedawca", "kierowca", "opiekun",
    "doradca", "handlowiec", "satıcı", "temsilci", "sürücü", "менеджер", "водитель", "продавец", "консультант",
    "担当", "営業担当", "営業担当者", "運転手", "ドライバー", "負責人", "负责人", "销售", "销售员", "业务员", "司机",
    "담당", "영업담당", "운전자", "영업사원", "พนักงาน", "พนักงานขาย", "ผู้ดูแล", "คนขับ", "nhân viên",
    "nhân viên kinh doanh", "tài xế", "petugas", "sopir",
];

/// Qualifiers before (or, head first, after) a name word that make it the name of a thing.
const NOT_A_PERSON: &[&str] = &[
    "user", "login", "nick", "screen", "file", "path", "dir", "folder", "host", "domain", "server", "machine", "computer",
    "device", "node", "cluster", "pod", "container", "image", "service", "app", "application", "bucket", "table",
    "column", "col", "field", "schema", "database", "db", "index", "key", "tag", "label", "event", "project", "team",
    "group", "role", "job", "task", "process", "queue", "topic", "package", "module", "class", "function", "method",
    "variable", "var", "property", "attribute", "attr", "object", "type", "kind", "param", "parameter", "setting",
    "config", "env", "product", "item", "article", "sku", "brand", "model", "make", "company", "firm", "business",
    "org", "organisation", "organization", "enterprise", "employer", "store", "shop", "merchant", "vendor", "supplier",
    "bank", "branch", "hotel", "restaurant", "venue", "place", "location", "site", "station", "airport", "street",
    "road", "city", "town", "country", "region", "state", "province", "district", "county", "village", "building",
    "campaign", "plan", "course", "department", "dept", "school", "university", "network", "ssid", "wifi",
    "category", "segment", "channel", "platform", "software", "system", "stage", "step", "report", "document", "doc",
    "attachment", "font", "color", "colour", "layer", "sheet", "page", "template", "song", "track", "album", "movie",
    "game", "league", "sport", "ship", "vessel", "vehicle", "car", "route", "medication", "drug", "diagnosis", "test",
    "metric", "sensor", "feature", "asset", "resource", "policy", "rule", "plugin", "extension", "theme", "locale",
    "language", "currency", "unit", "part", "component", "material", "recipe", "menu", "dish", "animal", "species",
    "breed", "pet", "product", "dataset", "queue", "bot", "scheme", "space", "zone", "area", "room", "floor",
    "produkt", "artikel", "firmen", "unternehmen", "betrieb", "datei", "benutzer", "nutzer", "strasse", "straße",
    "stadt", "ort", "land", "geschäft", "laden", "filiale", "abteilung", "produit", "entreprise", "société",
    "societe", "fichier", "utilisateur", "rue", "ville", "pays", "magasin", "banque", "producto", "articulo",
    "artículo", "empresa", "archivo", "fichero", "usuario", "calle", "ciudad", "pais", "país", "tienda", "banco",
    "prodotto", "articolo", "azienda", "società", "societa", "ditta", "utente", "via", "città", "citta", "paese",
    "negozio", "produto", "arquivo", "usuário", "rua", "cidade", "loja", "bedrijf", "bestand", "gebruiker", "straat",
    "stad", "winkel", "företag", "fil", "användare", "gata", "yritys", "tuote", "tiedosto", "käyttäjä", "katu",
    "plik", "użytkownik", "ulica", "miasto", "sklep", "şirket", "ürün", "dosya", "kullanıcı", "sokak", "компания",
    "продукт", "товар", "файл", "пользователь", "улица", "город", "фирма", "организация", "банк", "магазин", "отель",
    "会社", "企業", "法人", "商品", "製品", "店舗", "支店", "銀行", "ファイル", "ユーザー", "ユーザ", "ホテル", "建物",
    "部署", "学校", "施設", "団体", "組織", "屋号", "物件", "店名", "社名", "品名", "公司", "企业", "产品", "用户",
    "文件", "酒店", "银行", "店铺", "门店", "品牌", "회사", "상품", "제품", "사용자", "파일", "호텔", "은행", "매장",
    "업체", "기관", "บริษัท", "สินค้า", "ผู้ใช้", "ไฟล์", "โรงแรม", "ธนาคาร", "ร้าน", "ร้านค้า", "ถนน", "เมือง",
    "อาคาร", "หน่วยงาน",
];

/// Qualifiers that make an address word something other than a postal address.
const NOT_POSTAL: &[&str] = &[
    "ip", "ipv4", "ipv6", "mac", "hw", "hardware", "web", "url", "uri", "server", "host", "wallet", "memory", "mem",
    "contract", "bitcoin", "btc", "eth", "ether", "ethereum", "crypto", "token", "remote", "local", "bind", "listen",
    "proxy", "gateway", "gw", "node", "peer", "network", "net", "dns", "socket", "broadcast", "multicast",
    "bluetooth", "ble", "wifi", "ethernet", "mqtt", "rpc", "api", "endpoint", "smtp", "email", "mail", "sender",
    "网络", "网址", "邮件", "邮箱", "メール", "電子メール", "이메일", "메일", "웹",
];

/// Qualifiers that make a phone word a device or a sound.
const NOT_A_PHONE: &[&str] = &["head", "micro", "ear", "saxo", "xylo", "mega", "gramo", "smart", "homo", "franco", "anglo", "sousa", "dicta"];

/// Qualifiers that make a mail word something other than an e-mail address.
const NOT_AN_EMAIL: &[&str] = &["voice", "hot", "chain", "black", "fan", "junk", "spam", "snail"];

/// Words after a head word that make the field an attribute of the value, not the value
/// (`phone_verified`, `email_domain`, `name_length`, `unit_price`).
const ATTRIBUTE: &[&str] = &[
    "verified", "verification", "valid", "validated", "validation", "confirmed", "confirmation", "type", "kind", "code",
    "country", "countrycode", "prefix", "ext", "extension", "status", "flag", "optin", "opt", "optout", "consent",
    "count", "format", "hash", "hashed", "md5", "sha1", "sha256", "domain", "provider", "template", "sent", "bounce",
    "bounced", "opened", "id", "ids", "key", "length", "len", "changed", "updated", "created", "at", "date", "time",
    "ts", "source", "visibility", "public", "is", "has", "enabled", "allowed", "required", "label", "field", "column",
    "pattern", "regex", "mask", "masked", "policy", "lang", "language", "locale", "score", "quality", "match",
    "matched", "index", "idx", "space", "server", "list", "lists", "model", "brand", "make", "os", "version", "plan",
    "price", "cost", "amount", "qty", "quantity", "size", "weight", "measure", "of", "per", "rate", "total", "sum",
    "avg", "min", "max", "number", "no", "nr", "num", "spoofing", "tag", "tags", "test", "enc", "encrypted",
];

/// Qualifiers that run into a header word in compound-forming languages and in identifiers
/// (`Kundenname`, `rechnungsadresse`, `klanttelefoon`, `homephone`), besides English words.
const RUN_TOGETHER_QUALIFIERS: &[&str] = &[
    "kunden", "kunde", "rechnungs", "liefer", "privat", "geschäfts", "geschafts", "mobil", "haupt", "ansprech", "notfall",
    "eltern", "vertrags", "versand", "wohn", "klant", "klanten", "factuur", "aflever", "woon", "prive", "werk",
    "kund", "faktura", "leverans", "asiakas", "laskutus", "toimitus", "klient", "klienta", "fatura", "teslimat",
    "cust", "usr", "bill", "ship", "deliv", "alt", "sec", "prim", "emerg", "mob", "tel",
];

/// Words after an address word that keep it an address (`address_line`, `street_number`): the
/// only head-first continuations allowed for the weak street words (`unit`, `building`, `via`).
const STREET_CONTINUATIONS: &[&str] = &["number", "no", "nr", "num", "nummer", "numero", "número", "name", "naam", "nom", "nombre", "nome", "line", "1", "2", "3"];

struct Dictionary {
    words: HashMap<String, HeaderKind>,
    run_together: Vec<String>,
    not_a_person: Vec<String>,
    not_postal: Vec<String>,
    not_a_phone: Vec<String>,
    not_an_email: Vec<String>,
    attribute: Vec<String>,
}

static DICTIONARY: LazyLock<Dictionary> = LazyLock::new(|| {
    let mut words = HashMap::new();
    for (kind, entries) in parse_dictionary(COLUMN_HEADERS).expect("column_headers.toml is valid (asserted by a test)") {
        for e in entries {
            words.entry(e).or_insert(kind);
        }
    }
    for (kind, list) in [(HeaderKind::Company, COMPANY_WORDS), (HeaderKind::Name, PERSON_ROLES), (HeaderKind::City, CITY_WORDS), (HeaderKind::Thing, THING_WORDS)] {
        for w in list {
            words.entry(normalize_header(w)).or_insert(kind);
        }
    }
    let norm = |l: &[&str]| l.iter().map(|w| normalize_header(w)).collect::<Vec<_>>();
    Dictionary {
        words,
        run_together: norm(RUN_TOGETHER_QUALIFIERS),
        not_a_person: norm(NOT_A_PERSON),
        not_postal: norm(NOT_POSTAL),
        not_a_phone: norm(NOT_A_PHONE),
        not_an_email: norm(NOT_AN_EMAIL),
        attribute: norm(ATTRIBUTE),
    }
});

/// The dictionary's kinds and their normalised words.
fn parse_dictionary(text: &str) -> Result<Vec<(HeaderKind, Vec<String>)>, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for (key, languages) in table {
        let kind = HeaderKind::from_dictionary(&key).ok_or_else(|| format!("unknown header kind [{key}]"))?;
        let languages = languages.as_table().ok_or_else(|| format!("[{key}] is not a table of languages"))?;
        let mut entries = Vec::new();
        for (lang, list) in languages {
            let list = list.as_array().ok_or_else(|| format!("{key}.{lang} is not a list"))?;
            for w in list {
                let w = w.as_str().ok_or_else(|| format!("{key}.{lang}: {w:?} is not a string"))?;
                entries.push(normalize_header(w));
            }
        }
        out.push((kind, entries));
    }
    Ok(out)
}

/// Writing systems whose words are not separated by spaces (a header's words run together).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    /// Latin, Cyrillic, Greek, Arabic, Hebrew...: words separated in the raw header, or run
    /// together (`customerphone`, `Kundenname`) where we only cut at long words.
    Spaced,
    /// Han, kana, Hangul: modifiers come first (`顧客氏名`, `고객이름`).
    Cjk,
    /// Thai: the head word comes first (`ชื่อลูกค้า`).
    Thai,
    Digit,
    Other,
}

fn script_of(c: char) -> Script {
    match c {
        '0'..='9' | '０'..='９' => Script::Digit,
        '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff66}'..='\u{ff9f}' | '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '々' | '〒' => Script::Cjk,
        '\u{0e00}'..='\u{0e7f}' => Script::Thai,
        c if c.is_alphabetic() => Script::Spaced,
        _ => Script::Other,
    }
}

/// A header normalised as in [`normalize_header`], with the places where its words meet: a
/// separator, a lower-to-upper case change (`CustomerPhone`), a change of script (`IP地址`) or
/// between letters and digits.
struct Analysed {
    chars: Vec<char>,
    /// `boundary[i]`: a word starts at `chars[i]`.
    boundary: Vec<bool>,
}

impl Analysed {
    fn new(raw: &str) -> Analysed {
        let raw: Vec<char> = raw.trim().trim_start_matches('\u{feff}').chars().collect();
        let mut chars = Vec::new();
        let mut boundary = Vec::new();
        let mut pending = false;
        for (i, &c) in raw.iter().enumerate() {
            if matches!(c, '_' | '-' | ' ' | '.') {
                pending = true;
                continue;
            }
            let prev = i.checked_sub(1).map(|j| raw[j]).filter(|p| !matches!(p, '_' | '-' | ' ' | '.'));
            let next = raw.get(i + 1).copied();
            // `customerPhone`, and `IPAddress` before the `A`.
            let hump = prev.is_some_and(|p| c.is_uppercase() && (p.is_lowercase() || p.is_uppercase() && next.is_some_and(char::is_lowercase)));
            let change = prev.is_some_and(|p| script_of(p) != script_of(c));
            let bracket = !c.is_alphanumeric() || prev.is_some_and(|p| !p.is_alphanumeric());
            let starts = chars.is_empty() || pending || hump || change || bracket;
            for (k, l) in c.to_lowercase().enumerate() {
                chars.push(l);
                boundary.push(starts && k == 0);
            }
            pending = false;
        }
        Analysed { chars, boundary }
    }

    fn text(&self, from: usize, to: usize) -> String {
        self.chars[from..to].iter().collect()
    }

    /// The words of `chars[from..to]`.
    fn words(&self, from: usize, to: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for i in from..to {
            if i == from || self.boundary[i] {
                out.push(String::new());
            }
            out.last_mut().expect("pushed above").push(self.chars[i]);
        }
        out
    }

    /// Where the word holding `chars[i]` starts.
    fn word_start(&self, i: usize) -> usize {
        (0..=i).rev().find(|&j| self.boundary[j]).unwrap_or(0)
    }

    /// Length without a trailing number or bracketed part (`phone2`, `住所１`, `電話番号(携帯)`).
    fn base_len(&self) -> usize {
        let mut end = self.chars.len();
        if let Some(open) = self.chars.iter().position(|&c| matches!(c, '(' | '（' | '[')) {
            if open > 0 && matches!(self.chars[end - 1], ')' | '）' | ']') {
                end = open;
            }
        }
        while end > 0 && (script_of(self.chars[end - 1]) == Script::Digit || matches!(self.chars[end - 1], '#' | '№')) {
            end -= 1;
        }
        if end == 0 {
            self.chars.len()
        } else {
            end
        }
    }
}

fn is_latin_like(s: &str) -> bool {
    s.chars().all(|c| !matches!(script_of(c), Script::Cjk | Script::Thai))
}

/// Length a word must have to match inside a longer header.
fn long_enough(entry: &str, inside_word: bool) -> bool {
    let n = entry.chars().count();
    if is_latin_like(entry) {
        n >= if inside_word { 4 } else { 3 }
    } else {
        n >= 2
    }
}

impl Dictionary {
    fn qualifiers(&self, kind: HeaderKind) -> &[String] {
        match kind.category() {
            _ if kind == HeaderKind::Company => &[],
            Some(Category::Name) => &self.not_a_person,
            Some(Category::Address) => &self.not_postal,
            Some(Category::Phone) => &self.not_a_phone,
            Some(Category::Email) => &self.not_an_email,
            _ => &[],
        }
    }

    /// Whether a qualifier that runs into the matched word (`customer` in `customerphone`) is a
    /// word of its own: the header is cut there, not inside a word (`hote|lname`).
    fn plausible_qualifier(&self, q: &str) -> bool {
        q.chars().count() >= 2
            && (contains_lower(&COMMON_WORDS, q)
                || self.words.contains_key(q)
                || [&self.run_together, &self.not_a_person, &self.not_postal, &self.not_a_phone, &self.not_an_email].iter().any(|l| l.iter().any(|w| w == q)))
    }

    /// Whether `qualifier` (the rest of the header before or after the matched word) makes the
    /// word name something else. `whole` qualifiers are words of their own; others ran into the
    /// matched word (`hotelname`) and are compared by their end.
    fn defeats(&self, kind: HeaderKind, qualifier: &str, whole: bool) -> bool {
        self.qualifiers(kind).iter().any(|q| {
            qualifier == q || (!whole && qualifier.ends_with(q.as_str()) && (q.chars().count() >= 4 || !is_latin_like(q)))
        })
    }
}

/// The kind of a header, from the dictionary and the rules' own `columns`.
pub fn header_kind(field_leaf: &str, rules: &[Rule]) -> Option<HeaderKind> {
    let dict = &*DICTIONARY;
    let lookup = |s: &str| -> Option<HeaderKind> {
        dict.words.get(s).copied().or_else(|| rules.iter().find(|r| r.columns.iter().any(|c| c == s)).map(|r| HeaderKind::from_category(r.category)))
    };
    match_header(field_leaf, &lookup, dict)
}

/// Whether the header matches one of `columns` (normalised header names) by the same rules.
pub fn header_matches_columns(field_leaf: &str, columns: &[String], category: Category) -> bool {
    let lookup = |s: &str| columns.iter().any(|c| c == s).then_some(HeaderKind::from_category(category));
    match_header(field_leaf, &lookup, &DICTIONARY).is_some_and(|k| k.category() == Some(category))
}

fn match_header(raw: &str, lookup: &dyn Fn(&str) -> Option<HeaderKind>, dict: &Dictionary) -> Option<HeaderKind> {
    let h = Analysed::new(raw);
    let n = h.chars.len();
    if n == 0 {
        return None;
    }
    let whole = h.text(0, n);
    // A name word that a qualifier makes a thing's name (`hotel_name`): the header names a thing.
    let thing = std::cell::Cell::new(false);
    let check = |kind: HeaderKind, start: usize, end: usize| -> Option<HeaderKind> {
        let before = h.text(0, start);
        if start > 0 {
            let at_word = h.boundary[start];
            let qualifier = if at_word { h.words(0, start).pop().unwrap_or_default() } else { before.clone() };
            if dict.defeats(kind, &qualifier, at_word) {
                thing.set(thing.get() || kind.is_name());
                return None;
            }
            // `has_email`, `is_phone_verified`, `num_phone`.
            if at_word && h.words(0, start).iter().any(|w| matches!(w.as_str(), "is" | "has" | "num" | "count" | "total" | "max" | "min" | "avg" | "hashed" | "hash" | "valid" | "invalid" | "verified" | "unverified")) {
                return None;
            }
        }
        if end < h.base_len() {
            let after = h.words(end, h.base_len());
            let street_weak = kind == HeaderKind::Street && h.text(start, end).chars().count() <= 8;
            if street_weak && !after.iter().all(|w| STREET_CONTINUATIONS.contains(&w.as_str())) {
                return None;
            }
            if after.iter().any(|w| dict.attribute.contains(w) || dict.defeats(kind, w, true)) && !(kind == HeaderKind::Street && after.iter().all(|w| STREET_CONTINUATIONS.contains(&w.as_str()))) {
                thing.set(thing.get() || kind.is_name() && after.iter().any(|w| dict.defeats(kind, w, true)));
                return None;
            }
        }
        Some(kind)
    };
    for s in [whole.clone(), h.text(0, h.base_len())] {
        if let Some(kind) = lookup(&s) {
            // Still a thing's name when the word itself is a compound (`username` in a rule list).
            if kind.is_name() && compound_of_thing(&s, lookup, dict) {
                return Some(HeaderKind::Thing);
            }
            return Some(kind);
        }
    }
    let base = h.base_len();
    // The end of the header (`customer_phone`, `Kundenname`, `顧客氏名`): longest first.
    for start in 1..base {
        let entry = h.text(start, base);
        let Some(kind) = lookup(&entry) else { continue };
        let at_word = h.boundary[start];
        let (a, b) = (script_of(h.chars[start - 1]), script_of(h.chars[start]));
        let inside_run = !at_word && a == b;
        if inside_run && a == Script::Thai {
            continue;
        }
        if !long_enough(&entry, inside_run) || (inside_run && a == Script::Spaced && !dict.plausible_qualifier(&h.text(h.word_start(start), start))) {
            continue;
        }
        if let Some(kind) = check(kind, start, base) {
            return Some(kind);
        }
    }
    // The start of the header, where the head word comes first (`nombre_cliente`, `ชื่อลูกค้า`,
    // `telefono_movil`): longest first, never inside a run of Latin or CJK letters.
    for end in (1..base).rev() {
        let entry = h.text(0, end);
        let Some(kind) = lookup(&entry) else { continue };
        let at_word = h.boundary[end];
        let (a, b) = (script_of(h.chars[end - 1]), script_of(h.chars[end]));
        let thai_run = !at_word && a == Script::Thai && b == Script::Thai;
        if !(at_word || thai_run) || !long_enough(&entry, thai_run) || (a == Script::Cjk && b == Script::Cjk) {
            continue;
        }
        if is_latin_like(&entry) && entry.chars().count() < 4 {
            continue;
        }
        if let Some(kind) = check(kind, 0, end) {
            return Some(kind);
        }
    }
    thing.get().then_some(HeaderKind::Thing)
}

/// `username`, `hotelname`: a thing's qualifier run into a name word.
fn compound_of_thing(s: &str, lookup: &dyn Fn(&str) -> Option<HeaderKind>, dict: &Dictionary) -> bool {
    let chars: Vec<char> = s.chars().collect();
    (1..chars.len()).any(|i| {
        let (head, rest): (String, String) = (chars[..i].iter().collect(), chars[i..].iter().collect());
        lookup(&rest).is_some_and(HeaderKind::is_name) && dict.not_a_person.iter().any(|q| *q == head)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(h: &str) -> Option<HeaderKind> {
        header_kind(h, &crate::rules::embedded_rules().expect("rules"))
    }

    #[test]
    fn the_dictionary_parses_with_known_kinds() {
        let kinds = parse_dictionary(COLUMN_HEADERS).expect("valid");
        assert!(kinds.len() >= 15, "{}", kinds.len());
        let languages: std::collections::BTreeSet<String> = toml::from_str::<toml::Table>(COLUMN_HEADERS)
            .expect("toml")
            .values()
            .flat_map(|t| t.as_table().expect("table").keys().cloned().collect::<Vec<_>>())
            .collect();
        assert!(languages.len() >= 20, "{languages:?}");
    }

    #[test]
    fn headers_in_many_languages() {
        use HeaderKind::*;
        for (h, k) in [
            ("Name", Name), ("nombre completo", Name), ("Vorname", FirstName), ("voornaam", FirstName), ("imię", FirstName),
            ("nazwisko", LastName), ("Nachname", LastName), ("sobrenome", LastName), ("soyad", LastName), ("фамилия", LastName),
            ("氏名", Name), ("姓名", Name), ("이름", Name), ("ชื่อ", Name), ("名", FirstName), ("姓", LastName),
            ("住所", Address), ("地址", Address), ("주소", Address), ("ที่อยู่", Address), ("Anschrift", Address),
            ("Straße", Street), ("straat", Street), ("番地", Street), ("街道地址", Street),
            ("電話番号", Phone), ("电话", Phone), ("전화", Phone), ("โทรศัพท์", Phone), ("Telefon", Phone), ("téléphone", Phone),
            ("telefoon", Phone), ("cellulare", Phone), ("điện thoại", Phone),
            ("E-Mail", Email), ("courriel", Email), ("e-post", Email), ("メールアドレス", Email), ("电子邮箱", Email), ("이메일", Email),
            ("latitude", Lat), ("緯度", Lat), ("Längengrad", Lon),
            ("woonplaats", City), ("PLZ", Postcode), ("postcode", Postcode), ("Bundesland", Region),
        ] {
            assert_eq!(kind(h), Some(k), "{h}");
        }
    }

    #[test]
    fn longer_headers_by_their_words() {
        use HeaderKind::*;
        for (h, k) in [
            ("customer_phone", Phone), ("CustomerPhone", Phone), ("billing_phone", Phone), ("customerphone", Phone),
            ("顧客氏名", Name), ("契約者氏名", Name), ("고객이름", Name), ("配送先住所", Address), ("携帯電話番号", Phone),
            ("Kundenname", Name), ("contact_email", Email), ("shipping_address", Address), ("street_address", Address),
            ("nombre_cliente", Name), ("telefono_movil", Phone), ("ชื่อลูกค้า", Name), ("phone2", Phone), ("住所1", Address),
            ("address_line_2", Address), ("電話番号(携帯)", Phone),
            ("account_manager", Name), ("Betreuer", Name), ("担当者", Name), ("Customer First Name", FirstName),
        ] {
            assert_eq!(kind(h), Some(k), "{h}");
        }
    }

    #[test]
    fn qualifiers_that_say_otherwise() {
        for h in ["hotel_name", "username", "user_name", "filename", "hostname", "HotelName", "file_name", "company_name", "product_name", "nombre_producto", "会社名", "商品名", "ชื่อบริษัท", "ip_address", "IP地址", "mac_address", "phone_verified", "email_domain", "has_email", "is_phone_verified", "unit_price", "hotel", "voicemail", "headphone", "namespace", "email_count", "phone_country_code", "name_length"] {
            let k = kind(h);
            assert!(!matches!(k.and_then(HeaderKind::category), Some(Category::Name | Category::Phone | Category::Address | Category::Email)), "{h}: {k:?}");
        }
        assert_eq!(kind("company_name"), Some(HeaderKind::Company));
        for h in ["hotel_name", "username", "filename", "product_name", "nombre_producto", "model", "商品名"] {
            assert_eq!(kind(h), Some(HeaderKind::Thing), "{h}");
        }
        assert_eq!(kind("会社名"), Some(HeaderKind::Company));
    }

    #[test]
    fn furigana_headers() {
        for h in ["フリガナ", "ふりがな", "カナ", "name_kana", "furigana", "氏名カナ", "氏名（カナ）", "顧客フリガナ"] {
            assert_eq!(kind(h), Some(HeaderKind::NameReading), "{h}");
        }
        assert_ne!(kind("会社名カナ"), Some(HeaderKind::NameReading));
    }

    #[test]
    fn against() {
        assert!(HeaderKind::Street.against(Category::Name));
        assert!(HeaderKind::Postcode.against(Category::Phone));
        assert!(HeaderKind::Phone.against(Category::Address));
        assert!(!HeaderKind::City.against(Category::Email));
        assert!(!HeaderKind::FirstName.against(Category::Name));
    }
}
