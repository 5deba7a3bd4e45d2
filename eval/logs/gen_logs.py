#!/usr/bin/env python3
"""Seeded generator of realistic machine log files, for measuring false positives of the
personal-data detectors on machine-written text.

    python3 eval/logs/gen_logs.py OUTDIR [--seed N] [--lines-per-kind N]

writes OUTDIR/data/<kind>/<file> (two kinds gzipped) and OUTDIR/truth.json in the format of
the project's corpus scorer: {"text": [{file, category, line_start, line_end}], "fields": [],
"files": [...]}. Lines are 1-based in the decompressed text.

Every format is written from how the systems log (layouts, message templates, identifier shapes),
with random field values. About 0.1% of the lines of the kinds where applications really log
personal data carry a planted entity (e-mail, phone, person name, postal address, VIN with a valid
check digit, coordinates), each labelled in truth.json. All personal data is invented: example.*
domains, fictional phone ranges, a small hand-written list of names and addresses.

Python 3.11 standard library only.
"""
import argparse
import gzip
import json
import math
import random
import shutil
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

UTC = timezone.utc

# --------------------------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------------------------

HEXD = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM_LO = "abcdefghijklmnopqrstuvwxyz0123456789"
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class Gen:
    """Random values of the shapes logs are made of."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def p(self, prob):
        return self.r.random() < prob

    def f(self, a, b, nd=3):
        return round(self.r.uniform(a, b), nd)

    def w(self, pairs):
        """weighted choice from [(weight, value), ...]"""
        tot = sum(p[0] for p in pairs)
        x = self.r.uniform(0, tot)
        for wt, v in pairs:
            x -= wt
            if x <= 0:
                return v
        return pairs[-1][1]

    def hex(self, n):
        return "".join(self.r.choice(HEXD) for _ in range(n))

    def HEX(self, n):
        return self.hex(n).upper()

    def digits(self, n):
        return str(self.r.randint(1, 9)) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def alnum(self, n, alphabet=ALNUM_LO):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def b64(self, n):
        return "".join(self.r.choice(B64) for _ in range(n))

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.c('89ab')}{h[17:20]}-{h[20:]}"

    def ip_priv(self):
        k = self.r.random()
        if k < 0.5:
            return f"10.{self.i(0, 255)}.{self.i(0, 255)}.{self.i(1, 254)}"
        if k < 0.8:
            return f"172.{self.i(16, 31)}.{self.i(0, 255)}.{self.i(1, 254)}"
        return f"192.168.{self.i(0, 255)}.{self.i(1, 254)}"

    def ip_pub(self):
        while True:
            a = self.i(1, 223)
            if a in (10, 127, 169, 172, 192, 100, 0):
                continue
            return f"{a}.{self.i(0, 255)}.{self.i(0, 255)}.{self.i(1, 254)}"

    def ip(self):
        return self.ip_priv() if self.p(0.5) else self.ip_pub()

    def eport(self):
        return self.i(32768, 60999)

    def mac(self, sep=":"):
        return sep.join(self.hex(2) for _ in range(6))

    def md5(self):
        return self.hex(32)

    def sha1(self):
        return self.hex(40)

    def sha256(self):
        return self.hex(64)

    def size(self, lo=100, hi=5_000_000):
        # log-uniform byte counts
        if lo <= 0:
            return int(math.exp(self.r.uniform(0, math.log(hi + 1)))) - 1
        return int(math.exp(self.r.uniform(math.log(lo), math.log(hi))))

    def human(self, b):
        for unit in ("B", "KB", "MB", "GB", "TB"):
            if b < 1024 or unit == "TB":
                return f"{b:.1f} {unit}" if unit != "B" else f"{b} B"
            b /= 1024.0

    def pod(self, app):
        return f"{app}-{self.alnum(self.i(9, 10), 'bcdfghjklmnpqrstvwxz2456789')}-{self.alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}"

    def semver(self):
        return f"{self.i(0, 4)}.{self.i(0, 30)}.{self.i(0, 20)}"


class Clock:
    """Monotonic time with exponential gaps and the odd quiet hour."""

    def __init__(self, g: Gen, start: datetime, mean: float):
        self.g, self.t, self.mean = g, start, mean

    def next(self):
        gap = self.g.r.expovariate(1.0 / self.mean)
        if self.g.p(0.002):
            gap += self.g.r.uniform(600, 7200)
        self.t += timedelta(seconds=gap)
        return self.t


def ms(t):
    return f"{t.microsecond // 1000:03d}"


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def syslog_ts(t):  # Jun  4 15:16:01
    return f"{MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"


def clf_ts(t, tz="+0000"):  # 28/Jul/2006:10:27:10 -0300
    return f"{t.day:02d}/{MON[t.month - 1]}/{t.year}:{t:%H:%M:%S} {tz}"


def ctime(t):  # Sun Dec 04 04:47:44 2005
    return f"{DAY[t.weekday()]} {MON[t.month - 1]} {t.day:02d} {t:%H:%M:%S} {t.year}"


def iso_z(t, digits=3):
    frac = f"{t.microsecond:06d}"[:digits]
    return f"{t:%Y-%m-%dT%H:%M:%S}.{frac}Z" if digits else f"{t:%Y-%m-%dT%H:%M:%S}Z"


def epoch(t):
    return int(t.replace(tzinfo=UTC).timestamp())


def epoch_ms(t):
    return int(t.replace(tzinfo=UTC).timestamp() * 1000)


def epoch_us(t):
    return int(t.replace(tzinfo=UTC).timestamp() * 1_000_000)


# --------------------------------------------------------------------------------------------
# shared vocabularies (hard negatives)
# --------------------------------------------------------------------------------------------

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.3 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/{fv}.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/{fv}.0",
    "Mozilla/5.0 (Linux; Android 13; SM-S901B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.5481.153 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; Pixel 6 Build/SQ3A.220705.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/{cv}.0.5249.126 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36 Edg/{cv}.0.1587.57",
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "curl/7.{c1}.1", "python-requests/2.28.2", "Go-http-client/1.1", "Wget/1.21.3", "okhttp/4.10.0",
    "Apache-HttpClient/4.5.13 (Java/11.0.18)", "kube-probe/1.26", "ELB-HealthChecker/2.0",
    "Dalvik/2.1.0 (Linux; U; Android 12; SM-A525F Build/SP1A.210812.016)",
    "ShopApp/4.12.1 (iPhone; iOS 16.3.1; Scale/3.00)",
    "Mozilla/5.0 zgrab/0.x", "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
]


def ua(g):
    return g.c(USER_AGENTS).format(cv=g.i(96, 111), fv=g.i(102, 111), c1=g.i(58, 88))


SLUGS = ["trail-running-shoe", "espresso-machine-pro", "merino-wool-scarf", "usb-c-cable-2m",
         "garden-hose-25m", "led-bulb-e27-806lm", "winter-parka", "yoga-mat-6mm", "cast-iron-pan-28cm",
         "noise-cancelling-headphones", "kids-rain-boots", "standing-desk-frame", "bike-light-set",
         "ceramic-teapot", "hiking-backpack-40l", "mechanical-keyboard-tkl", "linen-duvet-cover"]
WORDS = ["blue", "shoes", "sale", "gift", "winter", "kettle", "lamp", "desk", "charger", "tent", "socks",
         "coffee", "backpack", "mug", "case", "cable", "monitor", "chair", "jacket", "watch"]


def web_path(g):
    k = g.i(0, 27)
    if k == 0: return "/"
    if k == 1: return f"/static/js/main.{g.hex(8)}.js"
    if k == 2: return f"/static/css/app.{g.hex(8)}.css"
    if k == 3: return f"/images/products/{g.i(100000, 999999)}-{g.c(['800x600', '400x400', '1200x1200', '160x160'])}.jpg"
    if k == 4: return f"/product/{g.c(SLUGS)}-{g.i(10000, 99999)}"
    if k == 5: return f"/category/{g.c(['home', 'outdoor', 'kitchen', 'electronics', 'kids'])}?page={g.i(1, 40)}&sort={g.c(['price_asc', 'price_desc', 'newest', 'popular'])}"
    if k == 6: return "/api/v1/cart"
    if k == 7: return f"/api/v1/products/{g.i(10000, 99999)}?include=variants,stock"
    if k == 8: return f"/search?q={g.c(WORDS)}+{g.c(WORDS)}&page={g.i(1, 5)}"
    if k == 9: return g.c(["/wp-login.php", "/xmlrpc.php", "/.env", "/.git/config", "/wp-admin/setup-config.php",
                          "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/owa/auth/logon.aspx",
                          "/cgi-bin/luci/;stok=/locale", "/boaform/admin/formLogin", "/HNAP1/", "/actuator/health",
                          "/solr/admin/info/system?wt=json", "/phpmyadmin/index.php", "/.aws/credentials"])
    if k == 10: return "/robots.txt"
    if k == 11: return "/favicon.ico"
    if k == 12: return "/sitemap.xml"
    if k == 13: return f"/checkout/step/{g.i(1, 4)}"
    if k == 14: return f"/account/orders/{g.i(2019, 2023)}-{g.i(0, 999999):06d}"
    if k == 15: return "/healthz"
    if k == 16: return "/metrics"
    if k == 17: return f"/api/v2/orders?since={g.i(1670000000, 1680000000)}&limit={g.c([20, 50, 100])}"
    if k == 18: return f"/api/v1/stock/{g.i(100000, 999999)}/reserve"
    if k == 19: return f"/assets/fonts/inter-v{g.i(3, 12)}-latin-{g.c(['regular', '600', '700'])}.woff2"
    if k == 20: return f"/api/v1/sessions/{g.uuid()}/heartbeat"
    if k == 21: return f"/promo/{g.c(['black-friday', 'spring-sale', 'summer-clearance', 'cyber-monday'])}?utm_source={g.c(['newsletter', 'google', 'facebook'])}&utm_medium=cpc&utm_campaign={g.i(2021, 2023)}{g.i(1, 12):02d}"
    if k == 22: return f"/api/v1/shipping/quote?zone={g.c(['EU', 'UK', 'US', 'APAC'])}&weight_g={g.i(50, 25000)}"
    if k == 23: return f"/img/cache/{g.hex(2)}/{g.hex(2)}/{g.md5()}.webp"
    if k == 24: return f"/api/v1/reviews?product={g.i(10000, 99999)}&offset={g.i(0, 200)}"
    if k == 25: return f"/download/invoice/{g.i(2022, 2023)}-{g.i(1, 999999):06d}.pdf"
    if k == 26: return f"/ws/notifications?v={g.semver()}&t={g.i(1670000000000, 1680000000000)}"
    return f"/static/media/hero-{g.c(['spring', 'summer', 'autumn', 'winter'])}.{g.hex(8)}.avif"


def status(g):
    return g.w([(80, 200), (6, 304), (4, 301), (3, 302), (3, 404), (1, 403), (1, 401), (0.6, 500), (0.5, 502),
                (0.4, 503), (0.3, 504), (1, 206), (0.5, 400), (0.5, 429), (0.5, 499), (0.3, 201), (0.3, 204)])


SVC_HOSTS = ["web01", "web02", "app-03", "db-primary", "cache-01", "worker-07", "lb-edge-2", "build-agent-4",
             "mq-02", "search-01", "mail01", "ns2", "bastion", "monitor-01"]


def fqdn(g):
    return f"{g.c(SVC_HOSTS)}.{g.c(['prod.internal', 'eu-west-1.compute.internal', 'corp.example.net', 'dc2.example.com', 'lan'])}"


# --------------------------------------------------------------------------------------------
# personal data (invented, hand-written, many cultures): only used in planted lines
# --------------------------------------------------------------------------------------------

NAMES = [  # (display form, ascii e-mail local part)
    ("Maria Gonzalez", "maria.gonzalez"), ("John Smith", "john.smith"), ("Aisha Bello", "aisha.bello"),
    ("山田 太郎", "taro.yamada"), ("Priya Raghunathan", "priya.raghunathan"), ("Olusegun Adeyemi", "o.adeyemi"),
    ("Sofia Rossi", "sofia.rossi"), ("Lars Eriksson", "lars.eriksson"), ("Ngozi Okafor", "ngozi.okafor"),
    ("Mehmet Yılmaz", "mehmet.yilmaz"), ("Anna Kowalska", "a.kowalska"), ("Nguyễn Thị Mai", "mai.nguyen"),
    ("Fatima Al-Sayed", "fatima.alsayed"), ("Kenji Watanabe", "kenji.watanabe"), ("Élodie Moreau", "elodie.moreau"),
    ("Jürgen Müller", "juergen.mueller"), ("Siobhán O'Brien", "siobhan.obrien"), ("Carlos Mendoza", "c.mendoza"),
    ("Dmitri Ivanov", "d.ivanov"), ("Tomás Silva", "tomas.silva"), ("김민준", "minjun.kim"),
    ("Ayesha Siddiqui", "ayesha.siddiqui"), ("Wiremu Parata", "wiremu.parata"), ("Zanele Dlamini", "zanele.dlamini"),
    ("李娜", "li.na"), ("Иван Петров", "ivan.petrov"), ("Camille Dubois", "camille.dubois"),
    ("Hamid Karimi", "hamid.karimi"), ("Ingrid Haugen", "ingrid.haugen"), ("Rahul Mehta", "rahul.mehta"),
    ("Lucía Fernández", "lucia.fernandez"), ("Kwame Mensah", "kwame.mensah"), ("Yuki Tanaka", "yuki.tanaka"),
    ("Ahmet Demir", "ahmet.demir"), ("Bao Tran", "bao.tran"), ("Jane Doe", "jane.doe"),
    ("Beatriz Costa", "beatriz.costa"), ("Oskar Nowak", "oskar.nowak"), ("Leila Haddad", "leila.haddad"),
]
LATIN_NAMES = [n for n in NAMES if all(ord(ch) < 0x370 for ch in n[0])]
MAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "example.co.uk", "post.example.de"]

PHONE_FORMATS = [
    "+44 7700 900{3}", "+44 20 7946 0{3}", "(415) 555-01{2}", "+1 415-555-01{2}", "+1 (212) 555-01{2}",
    "030 {7}", "+49 30 {8}", "+49 151 {8}", "+33 6 {2} {2} {2} {2}", "+81 90-{4}-{4}", "03-{4}-{4}",
    "+91 98{3} {5}", "+55 11 9{4}-{4}", "+61 4{2} {3} {3}", "+234 803 {3} {4}", "+34 6{2} {3} {3}",
    "+4915{9}", "+971 50 {3} {4}", "+27 82 {3} {4}", "+52 55 {4} {4}", "+47 4{2} {2} {3}", "+82 10-{4}-{4}",
]
CITIES = [  # name, lat, lon
    ("Tokyo", 35.6812, 139.7671), ("Paris", 48.8566, 2.3522), ("Lagos", 6.5244, 3.3792),
    ("Sao Paulo", -23.5505, -46.6333), ("Sydney", -33.8688, 151.2093), ("Mumbai", 19.0760, 72.8777),
    ("Berlin", 52.5200, 13.4050), ("New York", 40.7128, -74.0060), ("Cairo", 30.0444, 31.2357),
    ("Mexico City", 19.4326, -99.1332), ("Reykjavik", 64.1466, -21.9426), ("Nairobi", -1.2921, 36.8219),
    ("Seoul", 37.5665, 126.9780), ("Istanbul", 41.0082, 28.9784), ("Vancouver", 49.2827, -123.1207),
    ("Auckland", -36.8485, 174.7633), ("Madrid", 40.4168, -3.7038), ("Warsaw", 52.2297, 21.0122),
]
ADDRESSES = [
    "221B Baker Street, London NW1 6XE", "Calle de Alcalá 45, 28014 Madrid", "18 Rue des Lilas, 75019 Paris",
    "Hauptstraße 12, 10115 Berlin", "4-2-8 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",
    "742 Maple Avenue, Springfield, IL 62704", "ul. Marszałkowska 84 m. 12, 00-514 Warszawa",
    "Rua Augusta 1508, São Paulo - SP, 01304-001", "12 Adeola Odeku Street, Victoria Island, Lagos",
    "Via Roma 27, 20121 Milano MI", "Storgatan 5, 114 51 Stockholm", "15 Kloof Street, Gardens, Cape Town 8001",
    "1200 Pine Street Apt 4B, Seattle, WA 98101", "Flat 3, 47 Kingsway, Manchester M19 2LL",
    "Keizersgracht 221, 1016 DV Amsterdam", "88 Queen Street, Auckland 1010",
]

VIN_WMI = ["1M8", "1HG", "1FT", "WVW", "WBA", "WDD", "JHM", "JTD", "VF1", "VF3", "SAL", "KMH", "YV1", "ZFA",
           "5YJ", "3VW", "TMB", "SJN", "W0L", "KNA"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = {**{str(d): d for d in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    s = sum(VIN_VAL[ch] * w for ch, w in zip(v, VIN_WEIGHTS))
    r = s % 11
    return "X" if r == 10 else str(r)


class PII:
    def __init__(self, g: Gen):
        self.g = g

    def name(self, latin=False):
        return self.g.c(LATIN_NAMES if latin else NAMES)

    def email(self, who=None):
        g = self.g
        local = (who or self.name())[1]
        k = g.i(0, 5)
        if k == 1:
            local += str(g.i(1, 99))
        elif k == 2:
            parts = local.split(".")
            local = parts[0][0] + "." + parts[-1] if len(parts) > 1 else local
        elif k == 3:
            local += "+shop"
        return f"{local}@{g.c(MAIL_DOMAINS)}"

    def phone(self):
        g = self.g
        fmt = g.c(PHONE_FORMATS)
        out, i = [], 0
        while i < len(fmt):
            if fmt[i] == "{":
                j = fmt.index("}", i)
                n = int(fmt[i + 1:j])
                out.append("".join(g.c("0123456789") for _ in range(n)))
                i = j + 1
            else:
                out.append(fmt[i])
                i += 1
        return "".join(out)

    def vin(self):
        g = self.g
        body = g.c(VIN_WMI) + "".join(g.c(VIN_CHARS) for _ in range(5))
        year = g.c("ABCDEFGHJKLMNPRSTVWXY123456789")
        tail = year + g.c(VIN_CHARS) + "".join(g.c("0123456789") for _ in range(6))
        v = body + "0" + tail
        return body + vin_check(v) + tail

    def coord(self, nd=4):
        city = self.g.c(CITIES)
        lat = city[1] + self.g.r.uniform(-0.05, 0.05)
        lon = city[2] + self.g.r.uniform(-0.05, 0.05)
        return round(lat, nd), round(lon, nd)

    def address(self):
        return self.g.c(ADDRESSES)


def one(line, *cats):
    """a planted record of one line holding entities of these categories"""
    return [line], [(c, 0) for c in cats]


# --------------------------------------------------------------------------------------------
# log kinds: each class writes one file; record() gives the physical lines of one event,
# plants() the ways this application really writes personal data (none for most system logs)
# --------------------------------------------------------------------------------------------

class LogFile:
    def __init__(self, g: Gen, pii: PII):
        self.g, self.pii = g, pii
        self.setup()

    def setup(self):
        pass

    def record(self):
        raise NotImplementedError

    def plants(self):
        return []


# ---------------------------------------------------------------- HDFS -----------------------

class Hdfs(LogFile):
    """Hadoop 0.x HDFS, compact layout: 081109 203615 148 INFO dfs.DataNode$PacketResponder: ..."""
    role = "datanode"

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2008, 11, 9, 20, 35, 18), 0.4 if self.role == "datanode" else 0.3)
        self.ips = [f"10.25{g.i(0, 1)}.{g.i(10, 250)}.{g.i(2, 254)}" for _ in range(60)]
        self.pool = [self.newblk() for _ in range(200)]
        self.job = f"{g.i(200811090000, 200811092359)}_{g.i(1, 40):04d}"

    def newblk(self):
        return "blk_" + ("-" if self.g.p(0.5) else "") + str(self.g.i(10 ** 14, 2 ** 63 - 1))

    def blk(self):
        if self.g.p(0.2):
            self.pool[self.g.i(0, len(self.pool) - 1)] = self.newblk()
        return self.g.c(self.pool)

    def line(self, level, comp, msg):
        t = self.clock.next()
        tid = self.g.w([(8, self.g.i(1, 40)), (2, self.g.i(40, 999)), (1, self.g.i(1000, 32000))])
        return f"{t:%y%m%d} {t:%H%M%S} {tid} {level} {comp}: {msg}"

    def ip(self):
        return self.g.c(self.ips)

    def bsize(self):
        return self.g.w([(6, 67108864), (4, self.g.i(1000, 67108863))])

    def record(self):
        return [self.dn() if self.role == "datanode" else self.nn()]

    def dn(self):
        g, ip, b = self.g, self.ip, self.blk
        k = g.w([(16, 0), (16, 1), (16, 2), (8, 3), (6, 4), (3, 5), (3, 6), (3, 7), (5, 8), (4, 9), (1, 10), (1, 11), (1, 12), (1, 13)])
        if k == 0: return self.line("INFO", "dfs.DataNode$PacketResponder", f"PacketResponder {g.i(0, 2)} for block {b()} terminating")
        if k == 1: return self.line("INFO", "dfs.DataNode$PacketResponder", f"Received block {b()} of size {self.bsize()} from /{ip()}")
        if k == 2: return self.line("INFO", "dfs.DataNode$DataXceiver", f"Receiving block {b()} src: /{ip()}:{g.eport()} dest: /{ip()}:50010")
        if k == 3: return self.line("INFO", "dfs.DataNode$DataXceiver", f"{ip()}:50010 Served block {b()} to /{ip()}")
        if k == 4: return self.line("INFO", "dfs.DataBlockScanner", f"Verification succeeded for {b()}")
        if k == 5: return self.line("WARN", "dfs.DataNode$DataXceiver", f"{ip()}:50010:Got exception while serving {b()} to /{ip()}:")
        if k == 6:
            x = b()
            return self.line("INFO", "dfs.FSDataset", f"Deleting block {x} file /mnt/hadoop/dfs/data/current/subdir{g.i(0, 63)}/{x}")
        if k == 7: return self.line("INFO", "dfs.DataNode", f"{ip()}:50010 Starting thread to transfer block {b()} to {ip()}:50010")
        if k == 8: return self.line("INFO", "dfs.DataNode$DataTransfer", f"{ip()}:50010:Transmitted block {b()} to /{ip()}:50010")
        if k == 9: return self.line("INFO", "dfs.DataNode", f"Received block {b()} src: /{ip()}:{g.eport()} dest: /{ip()}:50010 of size {self.bsize()}")
        if k == 10: return self.line("INFO", "dfs.DataNode$DataXceiver", f"writeBlock {b()} received exception java.io.IOException: {g.c(['Could not read from stream', 'Connection reset by peer', 'Broken pipe', 'Interrupted receiveBlock'])}")
        if k == 11: return self.line("INFO", "dfs.DataNode$BlockReceiver", f"Exception in receiveBlock for block {b()} java.io.IOException: Connection reset by peer")
        if k == 12: return self.line("INFO", "dfs.DataNode$PacketResponder", f"PacketResponder {b()} {g.i(0, 2)} Exception java.io.InterruptedIOException: Interruped while waiting for IO on channel java.nio.channels.SocketChannel[connected local=/{ip()}:{g.eport()} remote=/{ip()}:50010]. {g.i(50000, 480000)} millis timeout left.")
        return self.line("WARN", "dfs.DataNode", f"DatanodeRegistration({ip()}:50010, storageID=DS-{g.i(10 ** 8, 2 * 10 ** 9)}-{ip()}-50010-{g.i(1225000000000, 1226300000000)}, infoPort=50075, ipcPort=50020):Failed to transfer {b()} to {ip()}:50010 got java.net.SocketException: Connection reset")

    def nn(self):
        g, ip, b = self.g, self.ip, self.blk
        k = g.w([(14, 0), (20, 1), (8, 2), (3, 3), (3, 4), (2, 5), (1, 6), (1, 7), (1, 8), (2, 9), (1, 10), (1, 11), (1, 12)])
        if k == 0: return self.line("INFO", "dfs.FSNamesystem", f"BLOCK* NameSystem.allocateBlock: /user/root/{g.c(['rand', 'randtxt', 'sortrand', 'terasort-in'])}/_temporary/_task_{self.job}_m_{g.i(0, 2000):06d}_{g.i(0, 1)}/part-{g.i(0, 2000):05d}. {b()}")
        if k == 1: return self.line("INFO", "dfs.FSNamesystem", f"BLOCK* NameSystem.addStoredBlock: blockMap updated: {ip()}:50010 is added to {b()} size {self.bsize()}")
        if k == 2: return self.line("INFO", "dfs.FSNamesystem", f"BLOCK* NameSystem.delete: {b()} is added to invalidSet of {ip()}:50010")
        if k == 3: return self.line("INFO", "dfs.FSNamesystem", f"BLOCK* ask {ip()}:50010 to replicate {b()} to datanode(s) {ip()}:50010")
        if k == 4: return self.line("INFO", "dfs.FSNamesystem", f"BLOCK* ask {ip()}:50010 to delete  " + " ".join(b() for _ in range(g.i(1, 6))))
        if k == 5: return self.line("WARN", "dfs.FSNamesystem", f"BLOCK* NameSystem.addStoredBlock: Redundant addStoredBlock request received for {b()} on {ip()}:50010 size {self.bsize()}")
        if k == 6: return self.line("INFO", "dfs.FSNamesystem", f"BLOCK* Removing block {b()} from neededReplications as it does not belong to any file.")
        if k == 7: return self.line("INFO", "dfs.FSNamesystem", f"Number of transactions: {g.i(1, 9999)} Total time for transactions(ms): {g.i(0, 500)}Number of transactions batched in Syncs: {g.i(0, 99)} Number of syncs: {g.i(1, 9999)} SyncTimes(ms): {g.i(100, 99999)} {g.i(100, 99999)}")
        if k == 8: return self.line("INFO", "dfs.FSNamesystem", f"Roll Edit Log from {ip()}")
        if k == 9: return self.line("INFO", "dfs.StateChange", f"BLOCK* NameSystem.processReport: from {ip()}:50010, blocks: {g.i(100, 99999)}, processing time: {g.i(0, 900)} msecs")
        if k == 10: return self.line("INFO", "dfs.LeaseManager", f"Lease [Lease.  Holder: DFSClient_-{g.i(10 ** 8, 2 * 10 ** 9)}, pendingcreates: {g.i(1, 5)}] has expired hard limit")
        if k == 11: return self.line("INFO", "dfs.StateChange", f"STATE* Safe mode ON. The ratio of reported blocks {g.f(0.9, 0.999, 4)} has not reached the threshold 0.9990. Safe mode will be turned off automatically.")
        return self.line("INFO", "dfs.FSNamesystem", f"BLOCK* NameSystem.completeFile: file /user/root/rand/_temporary/_task_{self.job}_r_{g.i(0, 200):06d}_0/part-{g.i(0, 200):05d} is closed by DFSClient_{g.i(10 ** 8, 2 * 10 ** 9)}")


class HdfsNameNode(Hdfs):
    role = "namenode"


# ---------------------------------------------------------------- Hadoop MapReduce / YARN ------

class HadoopMR(LogFile):
    """MRAppMaster syslog: 2015-10-18 18:01:47,978 INFO [main] org.apache...: ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2015, 10, 18, 18, 1, 47, 978000), 0.6)
        self.cts = g.i(1445000000000, 1445199999999)
        self.app = g.i(1, 60)
        self.hosts = [f"hdp-worker-{i:02d}.prod.internal" for i in range(1, 13)]
        self.ipc_port = g.i(50000, 65000)

    def ids(self):
        g = self.g
        t = g.i(0, 120)
        a = f"attempt_{self.cts}_{self.app:04d}_{g.c('mmmr')}_{t:06d}_{g.w([(9, 0), (1, 1)])}"
        c = f"container_{self.cts}_{self.app:04d}_01_{g.i(1, 150):06d}"
        return a, c

    def line(self, level, thread, cls, msg):
        t = self.clock.next()
        return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} {level} [{thread}] {cls}: {msg}"

    def record(self):
        g = self.g
        a, c = self.ids()
        app = f"application_{self.cts}_{self.app:04d}"
        A = "org.apache.hadoop.mapreduce.v2.app."
        k = g.i(0, 19)
        if k == 0: return [self.line("INFO", "main", A + "MRAppMaster", f"Created MRAppMaster for application appattempt_{self.cts}_{self.app:04d}_000001")]
        if k == 1: return [self.line("INFO", "AsyncDispatcher event handler", A + "job.impl.TaskAttemptImpl", f"{a} TaskAttempt Transitioned from {g.c(['NEW to UNASSIGNED', 'UNASSIGNED to ASSIGNED', 'ASSIGNED to RUNNING', 'RUNNING to SUCCESS_CONTAINER_CLEANUP', 'SUCCESS_CONTAINER_CLEANUP to SUCCEEDED'])}")]
        if k == 2: return [self.line("INFO", "RMCommunicator Allocator", A + "rm.RMContainerAllocator", "Before Scheduling: PendingReds:{} ScheduledMaps:{} ScheduledReds:0 AssignedMaps:{} AssignedReds:0 CompletedMaps:{} CompletedReds:0 ContAlloc:{} ContRel:0 HostLocal:{} RackLocal:{}".format(g.i(0, 1), g.i(0, 12), g.i(0, 12), g.i(0, 12), g.i(0, 30), g.i(0, 12), g.i(0, 6)))]
        if k == 3: return [self.line("INFO", "RMCommunicator Allocator", A + "rm.RMContainerAllocator", f"Assigned container {c} to {a}")]
        if k == 4: return [self.line("INFO", f"ContainerLauncher #{g.i(0, 9)}", A + "launcher.ContainerLauncherImpl", f"Processing the event EventType: {g.c(['CONTAINER_REMOTE_LAUNCH', 'CONTAINER_REMOTE_CLEANUP'])} for container {c} taskAttempt {a}")]
        if k == 5: return [self.line("INFO", f"ContainerLauncher #{g.i(0, 9)}", "org.apache.hadoop.yarn.client.api.impl.ContainerManagementProtocolProxy", f"Opening proxy : {g.c(self.hosts)}:{g.c([45454, 8041, 62437])}")]
        if k == 6: return [self.line("INFO", f"IPC Server handler {g.i(0, 29)} on {self.ipc_port}", "org.apache.hadoop.mapred.TaskAttemptListenerImpl", f"Progress of TaskAttempt {a} is : {g.r.random():.8f}")]
        if k == 7: return [self.line("INFO", f"IPC Server handler {g.i(0, 29)} on {self.ipc_port}", "org.apache.hadoop.mapred.TaskAttemptListenerImpl", f"JVM with ID : jvm_{self.cts}_{self.app:04d}_m_{g.i(1, 150):06d} asked for a task")]
        if k == 8: return [self.line("INFO", "AsyncDispatcher event handler", A + "job.impl.JobImpl", f"job_{self.cts}_{self.app:04d}Job Transitioned from {g.c(['INITED to SETUP', 'SETUP to RUNNING', 'RUNNING to COMMITTING', 'COMMITTING to SUCCEEDED'])}")]
        if k == 9: return [self.line("INFO", "RMCommunicator Allocator", A + "rm.RMContainerRequestor", f"getResources() for {app}: ask={g.i(0, 5)} release= {g.i(0, 3)} newContainers={g.i(0, 4)} finishedContainers={g.i(0, 4)} resourcelimit=<memory:{g.i(0, 24) * 1024}, vCores:{g.i(-30, 16)}> knownNMs={g.i(3, 12)}")]
        if k == 10: return [self.line("WARN", f"LeaseRenewer:hadoop@nn01.prod.internal:9000", "org.apache.hadoop.hdfs.LeaseRenewer", f"Failed to renew lease for [DFSClient_NONMAPREDUCE_{g.i(10 ** 8, 2 * 10 ** 9)}_1] for {g.i(30, 900)} seconds.  Will retry shortly ...")]
        if k == 11: return [self.line("INFO", "main", "org.apache.hadoop.yarn.event.AsyncDispatcher", f"Registering class org.apache.hadoop.mapreduce.{g.c(['jobhistory.EventType', 'v2.app.job.event.TaskEventType', 'v2.app.job.event.JobEventType', 'v2.app.speculate.Speculator$EventType'])} for class org.apache.hadoop.mapreduce.{g.c(['jobhistory.JobHistoryEventHandler', 'v2.app.MRAppMaster$TaskEventDispatcher', 'v2.app.MRAppMaster$JobEventDispatcher'])}")]
        if k == 12: return [self.line("INFO", "main", "org.apache.hadoop.metrics2.impl.MetricsSystemImpl", g.c(["Scheduled snapshot period at 10 second(s).", "MRAppMaster metrics system started", "Stopping MRAppMaster metrics system...", "MRAppMaster metrics system shutdown complete."]))]
        if k == 13: return [self.line("INFO", f"Socket Reader #1 for port {self.ipc_port}", "org.apache.hadoop.ipc.Server", f"Starting Socket Reader #1 for port {self.ipc_port}")]
        if k == 14:
            h = g.c(self.hosts)
            return [self.line("INFO", "RMCommunicator Allocator", "org.apache.hadoop.ipc.Client", f"Retrying connect to server: {h}/{g.ip_priv()}:8030. Already tried {g.i(0, 9)} time(s); retry policy is RetryUpToMaximumCountWithFixedSleep(maxRetries=10, sleepTime=1000 MILLISECONDS)")]
        if k == 15:
            lines = [self.line("ERROR", "RMCommunicator Allocator", A + "rm.RMContainerAllocator", "ERROR IN CONTACTING RM. ")]
            lines.append("java.net.ConnectException: Call From hdp-worker-03.prod.internal/10.0.4.13 to rm01.prod.internal:8030 failed on connection exception: java.net.ConnectException: Connection refused; For more details see:  http://wiki.apache.org/hadoop/ConnectionRefused")
            n = g.i(5, len(HADOOP_FRAMES))
            lines += ["\tat " + fr for fr in HADOOP_FRAMES[:n]] + ([f"\t... {g.i(3, 9)} more"] if n < len(HADOOP_FRAMES) else [])
            return lines
        if k == 16: return [self.line("INFO", "main", A + "MRAppMaster", f"Kind: YARN_AM_RM_TOKEN, Service: , Ident: (appAttemptId {{ application_id {{ id: {self.app} cluster_timestamp: {self.cts} }} attemptId: 1 }} keyId: {g.i(-2 ** 31, 2 ** 31)})")]
        if k == 17: return [self.line("INFO", "AsyncDispatcher event handler", A + "job.impl.TaskImpl", f"task_{self.cts}_{self.app:04d}_{g.c('mr')}_{g.i(0, 120):06d} Task Transitioned from {g.c(['SCHEDULED to RUNNING', 'RUNNING to SUCCEEDED', 'NEW to SCHEDULED'])}")]
        if k == 18: return [self.line("INFO", "AsyncDispatcher event handler", A + "speculate.DefaultSpeculator", f"DefaultSpeculator.addSpeculativeAttempt -- we are speculating task_{self.cts}_{self.app:04d}_m_{g.i(0, 120):06d}")]
        return [self.line("INFO", "CommitterEvent Processor #1", A + "commit.CommitterEventHandler", g.c(["Processing the event EventType: JOB_SETUP", "Processing the event EventType: TASK_ABORT", "Processing the event EventType: JOB_COMMIT"]))]


HADOOP_FRAMES = [
    "sun.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)",
    "sun.reflect.NativeConstructorAccessorImpl.newInstance(NativeConstructorAccessorImpl.java:62)",
    "java.lang.reflect.Constructor.newInstance(Constructor.java:423)",
    "org.apache.hadoop.net.NetUtils.wrapWithMessage(NetUtils.java:792)",
    "org.apache.hadoop.net.NetUtils.wrapException(NetUtils.java:732)",
    "org.apache.hadoop.ipc.Client.call(Client.java:1479)",
    "org.apache.hadoop.ipc.Client.call(Client.java:1412)",
    "org.apache.hadoop.ipc.ProtobufRpcEngine$Invoker.invoke(ProtobufRpcEngine.java:229)",
    "com.sun.proxy.$Proxy36.allocate(Unknown Source)",
    "org.apache.hadoop.yarn.api.impl.pb.client.ApplicationMasterProtocolPBClientImpl.allocate(ApplicationMasterProtocolPBClientImpl.java:77)",
    "org.apache.hadoop.mapreduce.v2.app.rm.RMContainerRequestor.makeRemoteRequest(RMContainerRequestor.java:204)",
    "org.apache.hadoop.mapreduce.v2.app.rm.RMContainerAllocator.getResources(RMContainerAllocator.java:735)",
    "org.apache.hadoop.mapreduce.v2.app.rm.RMCommunicator$1.run(RMCommunicator.java:269)",
    "java.lang.Thread.run(Thread.java:745)",
]


class Yarn(LogFile):
    """ResourceManager log: 2015-10-18 18:01:47,978 INFO org.apache.hadoop.yarn...: ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2015, 10, 18, 17, 40, 2, 113000), 0.7)
        self.cts = g.i(1445000000000, 1445199999999)
        self.app = g.i(1, 30)
        self.nms = [f"nm{i:02d}.prod.internal" for i in range(1, 9)]

    def line(self, level, cls, msg):
        t = self.clock.next()
        return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} {level} org.apache.hadoop.yarn.server.resourcemanager.{cls}: {msg}"

    def record(self):
        g = self.g
        if g.p(0.02):
            self.app += 1
        app = f"application_{self.cts}_{self.app:04d}"
        att = f"appattempt_{self.cts}_{self.app:04d}_{g.w([(9, 1), (1, 2)]):06d}"
        cont = f"container_{self.cts}_{self.app:04d}_01_{g.i(1, 40):06d}"
        nm = g.c(self.nms)
        mem = g.c([1024, 2048, 4096, 8192])
        k = g.i(0, 13)
        if k == 0: return [self.line("INFO", "ClientRMService", f"Allocated new applicationId: {self.app}")]
        if k == 1: return [self.line("INFO", "rmapp.RMAppImpl", f"{app} State change from {g.c(['NEW to NEW_SAVING on event = START', 'NEW_SAVING to SUBMITTED on event = APP_NEW_SAVED', 'SUBMITTED to ACCEPTED on event = APP_ACCEPTED', 'ACCEPTED to RUNNING on event = ATTEMPT_REGISTERED', 'RUNNING to FINAL_SAVING on event = ATTEMPT_UNREGISTERED', 'FINISHING to FINISHED on event = ATTEMPT_FINISHED'])}")]
        if k == 2: return [self.line("INFO", "RMAuditLogger", f"USER=hadoop\tOPERATION=AM Allocated Container\tTARGET=SchedulerApp\tRESULT=SUCCESS\tAPPID={app}\tCONTAINERID={cont}\tRESOURCE=<memory:{mem}, vCores:1>")]
        if k == 3: return [self.line("INFO", "rmcontainer.RMContainerImpl", f"{cont} Container Transitioned from {g.c(['NEW to ALLOCATED', 'ALLOCATED to ACQUIRED', 'ACQUIRED to RUNNING', 'RUNNING to COMPLETED', 'RUNNING to KILLED'])}")]
        if k == 4: return [self.line("INFO", "scheduler.capacity.LeafQueue", f"assignedContainer application attempt={att} container={cont} queue={g.c(['default', 'etl', 'adhoc'])} clusterResource=<memory:{len(self.nms) * 8192}, vCores:{len(self.nms) * 8}> type={g.c(['NODE_LOCAL', 'RACK_LOCAL', 'OFF_SWITCH'])} requestedPartition=")]
        if k == 5:
            used = g.i(1, 7)
            return [self.line("INFO", "scheduler.SchedulerNode", f"Assigned container {cont} of capacity <memory:{mem}, vCores:1> on host {nm}:45454, which has {used} containers, <memory:{used * 1024}, vCores:{used}> used and <memory:{8192 - used * 1024}, vCores:{8 - used}> available after allocation")]
        if k == 6: return [self.line("INFO", "amlauncher.AMLauncher", f"Setting up container Container: [ContainerId: {cont}, AllocationRequestId: 0, Version: 0, NodeId: {nm}:45454, NodeHttpAddress: {nm}:8042, Resource: <memory:{mem}, vCores:1>, Priority: 0, Token: Token {{ kind: ContainerToken, service: {g.ip_priv()}:45454 }}, ExecutionType: GUARANTEED, ] for AM {att}")]
        if k == 7: return [self.line("INFO", "ResourceTrackerService", f"NodeManager from node {nm}(cmPort: 45454 httpPort: 8042) registered with capability: <memory:8192, vCores:8>, assigned nodeId {nm}:45454")]
        if k == 8: return [self.line("INFO", "rmapp.attempt.RMAppAttemptImpl", f"Updating application attempt {att} with final state: {g.c(['FINISHING', 'FAILED', 'KILLED'])}, and exit status: {g.c([-1000, 0, 1, -100, 143])}")]
        if k == 9:
            st = epoch_ms(self.clock.t) - g.i(10000, 900000)
            return [self.line("INFO", "RMAppManager$ApplicationSummary", f"appId={app},name={g.c(['word count', 'QuasiMonteCarlo', 'TeraSort', 'oozie:launcher:T=hive:W=daily-agg:A=hive-node:ID=0000123-151018174000000-oozie-oozi-W', 'INSERT OVERWRITE TABLE sales...(Stage-1)'])},user=hadoop,queue=default,state=FINISHED,trackingUrl=http://rm01.prod.internal:8088/proxy/{app}/,appMasterHost={nm},submitTime={st - g.i(100, 5000)},startTime={st},finishTime={epoch_ms(self.clock.t)},finalStatus=SUCCEEDED,memorySeconds={g.i(10000, 9999999)},vcoreSeconds={g.i(10, 9999)},preemptedMemorySeconds=0,preemptedVcoreSeconds=0,preemptedAMContainers=0,preemptedNonAMContainers=0,preemptedResources=<memory:0\\, vCores:0>,applicationType=MAPREDUCE")]
        if k == 10: return [self.line("INFO", "rmnode.RMNodeImpl", f"{nm}:45454 Node Transitioned from {g.c(['RUNNING to UNHEALTHY', 'UNHEALTHY to RUNNING', 'NEW to RUNNING'])}")]
        if k == 11: return [self.line("INFO", "rmapp.attempt.RMAppAttemptImpl", f"{att} State change from {g.c(['SCHEDULED to ALLOCATED_SAVING on event = CONTAINER_ALLOCATED', 'ALLOCATED to LAUNCHED on event = LAUNCHED', 'LAUNCHED to RUNNING on event = REGISTERED', 'RUNNING to FINAL_SAVING on event = UNREGISTERED'])}")]
        if k == 12: return [self.line("WARN", "rmapp.attempt.RMAppAttemptImpl", f"The specific max attempts: 0 for application: {self.app} is invalid, because it is out of the range [1, 2]. Use the global max attempts instead.")]
        return [self.line("INFO", "scheduler.AppSchedulingInfo", f"checking for deactivate of application :{app}")]


# ---------------------------------------------------------------- Spark ------------------------

class Spark(LogFile):
    """Spark 1.x/2.x executor log: 17/06/09 20:10:40 INFO executor.CoarseGrainedExecutorBackend: ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2017, 6, 9, 20, 10, 40), 0.25)
        self.tid = g.i(0, 500)
        self.stage = g.i(0, 3)
        self.bc = g.i(0, 5)
        self.app = f"application_{g.i(1485000000000, 1499999999999)}_{g.i(1, 400):04d}"
        self.driver = f"{g.ip_priv()}:{g.eport()}"
        self.boot = True

    def line(self, level, cls, msg):
        t = self.clock.next()
        return f"{t:%y/%m/%d %H:%M:%S} {level} {cls}: {msg}"

    def record(self):
        g = self.g
        if self.boot:
            self.boot = False
            return [self.line("INFO", "executor.CoarseGrainedExecutorBackend", f"Started daemon with process name: {g.i(1000, 40000)}@hdp-worker-{g.i(1, 12):02d}.prod.internal"),
                    self.line("INFO", "util.SignalUtils", "Registered signal handler for TERM"),
                    self.line("INFO", "spark.SecurityManager", "Changing view acls to: yarn,spark"),
                    self.line("INFO", "spark.SecurityManager", "SecurityManager: authentication disabled; ui acls disabled; users  with view permissions: Set(yarn, spark); groups with view permissions: Set(); users  with modify permissions: Set(yarn, spark); groups with modify permissions: Set()"),
                    self.line("INFO", "client.TransportClientFactory", f"Successfully created connection to /{self.driver} after {g.i(40, 200)} ms (0 ms spent in bootstraps)"),
                    self.line("INFO", "storage.DiskBlockManager", f"Created local directory at /opt/hdfs/nodemanager/usercache/spark/appcache/{self.app}/blockmgr-{g.uuid()}"),
                    self.line("INFO", "memory.MemoryStore", f"MemoryStore started with capacity {g.f(2, 20, 1)} GB"),
                    self.line("INFO", "util.Utils", f"Successfully started service 'org.apache.spark.network.netty.NettyBlockTransferService' on port {g.eport()}.")]
        k = g.w([(6, 0), (6, 1), (6, 2), (2, 3), (2, 4), (2, 5), (2, 6), (2, 7), (2, 8), (1.5, 9), (1.5, 10), (1, 11), (1, 12), (0.5, 13), (0.5, 14), (0.3, 15), (0.3, 16)])
        if k in (0, 1, 2):
            self.tid += 1
            if g.p(0.02):
                self.stage += 1
            p = g.i(0, 199)
            if k == 0: return [self.line("INFO", "executor.CoarseGrainedExecutorBackend", f"Got assigned task {self.tid}")]
            if k == 1: return [self.line("INFO", "executor.Executor", f"Running task {p}.{g.w([(9, 0), (1, 1)])} in stage {self.stage}.0 (TID {self.tid})")]
            return [self.line("INFO", "executor.Executor", f"Finished task {p}.0 in stage {self.stage}.0 (TID {self.tid}). {g.i(900, 3000)} bytes result sent to driver")]
        if k == 3:
            self.bc += 1
            return [self.line("INFO", "broadcast.TorrentBroadcast", f"Started reading broadcast variable {self.bc}")]
        if k == 4: return [self.line("INFO", "memory.MemoryStore", f"Block broadcast_{self.bc}_piece0 stored as bytes in memory (estimated size {g.f(1, 40, 1)} KB, free {g.f(1, 16, 1)} GB)")]
        if k == 5: return [self.line("INFO", "broadcast.TorrentBroadcast", f"Reading broadcast variable {self.bc} took {g.i(4, 900)} ms")]
        if k == 6: return [self.line("INFO", "memory.MemoryStore", f"Block broadcast_{self.bc} stored as values in memory (estimated size {g.f(1, 90, 1)} KB, free {g.f(1, 16, 1)} GB)")]
        if k == 7: return [self.line("INFO", "spark.CacheManager" if g.p(0.5) else "storage.BlockManager", g.c([f"Partition rdd_{g.i(1, 40)}_{g.i(0, 199)} not found, computing it", f"Found block rdd_{g.i(1, 40)}_{g.i(0, 199)} locally"]))]
        if k == 8: return [self.line("INFO", "storage.ShuffleBlockFetcherIterator", g.c([f"Getting {g.i(1, 200)} non-empty blocks out of {g.i(200, 400)} blocks", f"Started {g.i(0, 12)} remote fetches in {g.i(0, 90)} ms"]))]
        if k == 9: return [self.line("INFO", "spark.MapOutputTrackerWorker", g.c([f"Updating epoch to {g.i(1, 40)} and clearing cache", f"Don't have map outputs for shuffle {g.i(0, 20)}, fetching them", f"Doing the fetch; tracker endpoint = NettyRpcEndpointRef(spark://MapOutputTracker@{self.driver})", "Got the output locations"]))]
        if k == 10: return [self.line("INFO", "python.PythonRunner", f"Times: total = {g.i(30, 9000)}, boot = {g.i(-10, 400)}, init = {g.i(1, 300)}, finish = {g.i(0, 9000)}")]
        if k == 11:
            att = f"attempt_{self.clock.t:%Y%m%d%H%M}_{g.i(1, 99):04d}_m_{g.i(0, 199):06d}_{self.tid}"
            return [self.line("INFO", "output.FileOutputCommitter", f"Saved output of task '{att}' to hdfs://nn01.prod.internal:8020/warehouse/events/dt={self.clock.t:%Y-%m-%d}/_temporary/0/task_{att[8:]}"),
                    self.line("INFO", "mapred.SparkHadoopMapRedUtil", f"{att}: Committed")]
        if k == 12: return [self.line("INFO", "codegen.CodeGenerator", f"Code generated in {g.f(2, 400, 6)} ms")]
        if k == 13: return [self.line("WARN", "storage.BlockManager", f"Putting block rdd_{g.i(1, 40)}_{g.i(0, 199)} failed due to exception java.io.IOException: No space left on device."),
                            self.line("WARN", "storage.BlockManager", f"Block rdd_{g.i(1, 40)}_{g.i(0, 199)} could not be removed as it was not found on disk or in memory")]
        if k == 14: return [self.line("ERROR", "executor.CoarseGrainedExecutorBackend", "RECEIVED SIGNAL TERM"),
                            self.line("INFO", "storage.DiskBlockManager", "Shutdown hook called"),
                            self.line("INFO", "util.ShutdownHookManager", "Shutdown hook called")]
        if k == 15: return [self.line("INFO", "executor.CoarseGrainedExecutorBackend", "Driver commanded a shutdown"),
                            self.line("INFO", "memory.MemoryStore", "MemoryStore cleared"),
                            self.line("INFO", "storage.BlockManager", "BlockManager stopped")]
        return [self.line("WARN", "netty.NettyRpcEnv", f"Ignored failure: java.util.concurrent.TimeoutException: Cannot receive any reply from {self.driver} in 10 seconds")]


# ---------------------------------------------------------------- ZooKeeper --------------------

class ZooKeeper(LogFile):
    """2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@774] - ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2015, 7, 29, 17, 41, 44, 747000), 2.0)
        self.myid = g.i(1, 5)
        self.peers = [f"10.10.34.{i}" for i in range(11, 16)]
        self.clients = [f"10.10.34.{g.i(11, 40)}" for _ in range(12)]
        self.sess = [f"0x{g.i(0x14ed9311100000, 0x14ed93ffffffff):x}" for _ in range(30)]

    def line(self, level, thread, where, msg):
        t = self.clock.next()
        return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} - {level:<5} [{thread}:{where}] - {msg}"

    def record(self):
        g = self.g
        qp = f"QuorumPeer[myid={self.myid}]/0:0:0:0:0:0:0:0:2181"
        nio = "NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181"
        cl = f"/{g.c(self.clients)}:{g.eport()}"
        s = g.c(self.sess)
        zx = f"0x{g.i(1, 0x2f):x}{g.i(0, 0xffffffff):08x}"
        k = g.w([(6, 0), (4, 1), (8, 2), (8, 3), (6, 4), (8, 5), (3, 6), (2, 7), (3, 8), (3, 9), (1, 10), (2, 11), (1, 12), (1, 13), (1, 14), (1, 15)])
        if k == 0: return [self.line("INFO", qp, "FastLeaderElection@774", f"Notification time out: {g.c([400, 800, 1600, 3200, 6400, 12800, 25600, 51200, 60000])}")]
        if k == 1: return [self.line("INFO", f"WorkerReceiver[myid={self.myid}]", "FastLeaderElection@542", f"Notification: {g.i(1, 5)} (n.leader), {zx} (n.zxid), 0x{g.i(1, 9):x} (n.round), {g.c(['LOOKING', 'FOLLOWING', 'LEADING'])} (n.state), {g.i(1, 5)} (n.sid), 0x{g.i(1, 0x2f):x} (n.peerEPoch), {g.c(['LOOKING', 'FOLLOWING', 'LEADING'])} (my state)")]
        if k == 2: return [self.line("INFO", nio, "NIOServerCnxnFactory@197", f"Accepted socket connection from {cl}")]
        if k == 3: return [self.line("INFO", nio, "ZooKeeperServer@868", f"Client attempting to establish new session at {cl}")]
        if k == 4: return [self.line("INFO", f"CommitProcessor:{self.myid}", "ZooKeeperServer@617", f"Established session {s} with negotiated timeout {g.c([10000, 20000, 30000, 40000])} for client {cl}")]
        if k == 5: return [self.line("INFO", nio, "NIOServerCnxn@1007", f"Closed socket connection for client {cl} which had sessionid {s}")]
        if k == 6: return [self.line("WARN", nio, "NIOServerCnxn@357", "caught end of stream exception"),
                           f"EndOfStreamException: Unable to read additional data from client sessionid {s}, likely client has closed socket",
                           "\tat org.apache.zookeeper.server.NIOServerCnxn.doIO(NIOServerCnxn.java:228)",
                           "\tat org.apache.zookeeper.server.NIOServerCnxnFactory.run(NIOServerCnxnFactory.java:208)",
                           "\tat java.lang.Thread.run(Thread.java:745)"]
        if k == 7: return [self.line("INFO", f"ProcessThread(sid:{self.myid} cport:-1):", "PrepRequestProcessor@645", f"Got user-level KeeperException when processing sessionid:{s} type:{g.c(['create', 'delete', 'setData'])} cxid:0x{g.hex(8)} zxid:{zx} txntype:-1 reqpath:n/a Error Path:{g.c(['/hbase/backup-masters', '/brokers/ids/2', '/controller', '/config/topics/events', '/hbase/rs'])} Error:KeeperErrorCode = {g.c(['NodeExists', 'NoNode', 'Directory not empty'])} for {g.c(['/hbase/backup-masters', '/brokers/ids', '/controller'])}")]
        if k == 8: return [self.line("INFO", "SessionTracker", "ZooKeeperServer@355", f"Expiring session {s}, timeout of {g.c([10000, 20000, 30000, 40000])}ms exceeded")]
        if k == 9: return [self.line("INFO", f"ProcessThread(sid:{self.myid} cport:-1):", "PrepRequestProcessor@494", f"Processed session termination for sessionid: {s}")]
        if k == 10: return [self.line("WARN", f"SendWorker:{g.i(1, 5)}", "QuorumCnxManager$SendWorker@679", "Interrupted while waiting for message on queue"),
                            "java.lang.InterruptedException",
                            "\tat java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.reportInterruptAfterWait(AbstractQueuedSynchronizer.java:2017)",
                            "\tat java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.awaitNanos(AbstractQueuedSynchronizer.java:2095)",
                            "\tat java.util.concurrent.ArrayBlockingQueue.poll(ArrayBlockingQueue.java:389)",
                            "\tat org.apache.zookeeper.server.quorum.QuorumCnxManager.pollSendQueue(QuorumCnxManager.java:831)",
                            "\tat org.apache.zookeeper.server.quorum.QuorumCnxManager.access$500(QuorumCnxManager.java:62)",
                            "\tat org.apache.zookeeper.server.quorum.QuorumCnxManager$SendWorker.run(QuorumCnxManager.java:667)"]
        if k == 11: return [self.line("WARN", qp, "QuorumCnxManager@382", f"Cannot open channel to {g.i(1, 5)} at election address /{g.c(self.peers)}:3888"),
                            "java.net.ConnectException: Connection refused",
                            "\tat java.net.PlainSocketImpl.socketConnect(Native Method)",
                            "\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
                            "\tat java.net.Socket.connect(Socket.java:589)",
                            "\tat org.apache.zookeeper.server.quorum.QuorumCnxManager.connectOne(QuorumCnxManager.java:368)",
                            "\tat org.apache.zookeeper.server.quorum.FastLeaderElection.lookForLeader(FastLeaderElection.java:845)",
                            "\tat org.apache.zookeeper.server.quorum.QuorumPeer.run(QuorumPeer.java:958)"]
        if k == 12: return [self.line("INFO", qp, "QuorumPeer@738", g.c(["LOOKING", "FOLLOWING", "LEADING"]))]
        if k == 13: return [self.line("INFO", qp, "Leader@358", f"LEADING - LEADER ELECTION TOOK - {g.i(20, 9000)}")]
        if k == 14:
            lh = f"LearnerHandler-/{g.c(self.peers)}:{g.eport()}"
            return [self.line("INFO", lh, "LearnerHandler@385", f"Synchronizing with Follower sid: {g.i(1, 5)} maxCommittedLog={zx} minCommittedLog={zx} peerLastZxid={zx}")]
        return [self.line("INFO", "main", "Environment@100", g.c(["Server environment:java.version=1.7.0_79", "Server environment:java.vendor=Oracle Corporation", "Server environment:os.name=Linux", "Server environment:os.arch=amd64", "Server environment:user.name=zookeeper", "Server environment:zookeeper.version=3.4.6-1569965, built on 02/20/2014 09:09 GMT"]))]


# ---------------------------------------------------------------- OpenStack nova ---------------

class Nova(LogFile):
    """nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-...] ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2017, 5, 16, 0, 0, 0, 8000), 0.9)
        self.api_pid, self.comp_pid, self.meta_pid = g.i(20000, 30000), g.i(2000, 3999), g.i(20000, 30000)
        self.users = [g.hex(32) for _ in range(3)]
        self.projects = [g.hex(32) for _ in range(3)]
        self.instances = [g.uuid() for _ in range(12)]
        self.images = [g.uuid() for _ in range(3)]
        self.bases = [g.sha1() for _ in range(3)]
        self.host = f"compute-{g.i(1, 20):02d}.cloud.internal"

    def line(self, src, pid, level, mod, ctx, msg):
        t = self.clock.next()
        fn = {"api": "nova-api.log.1.2017-05-16_13:53:08", "compute": "nova-compute.log.1.2017-05-16_13:55:31",
              "sched": "nova-scheduler.log.1.2017-05-16_13:54:10"}[src]
        return f"{fn} {t:%Y-%m-%d %H:%M:%S}.{ms(t)} {pid} {level} {mod} {ctx} {msg}"

    def req(self, anon=False):
        if anon:
            return f"[req-{self.g.uuid()} - - - - -]"
        return f"[req-{self.g.uuid()} {self.g.c(self.users)} {self.g.c(self.projects)} - - -]"

    def record(self):
        g = self.g
        inst = g.c(self.instances)
        if g.p(0.01):
            self.instances[g.i(0, 11)] = g.uuid()
        k = g.w([(30, 0), (6, 1), (3, 2), (3, 3), (3, 4), (2, 5), (3, 6), (3, 7), (2, 8), (1, 9), (1, 10), (1, 11), (1, 12), (1, 13), (2, 14), (1, 15)])
        if k == 0:
            proj = g.c(self.projects)
            meth, path, st = g.w([(10, ("GET", f"/v2/{proj}/servers/detail", 200)), (2, ("GET", f"/v2/{proj}/servers/{inst}", 200)),
                                  (1, ("POST", f"/v2/{proj}/os-server-external-events", 200)), (1, ("DELETE", f"/v2/{proj}/servers/{inst}", 204)),
                                  (1, ("POST", f"/v2/{proj}/servers", 202)), (1, ("GET", f"/v2/{proj}/flavors/detail", 200)),
                                  (0.5, ("GET", f"/v2/{proj}/os-hypervisors/detail", 200)), (0.3, ("GET", f"/v2/{proj}/servers/{g.uuid()}", 404))])
            ln = {200: g.i(1500, 4000), 204: 203, 202: g.i(700, 800), 404: 78}[st]
            return [self.line("api", self.api_pid, "INFO", "nova.osapi_compute.wsgi.server", self.req(), f"10.11.10.1 \"{meth} {path} HTTP/1.1\" status: {st} len: {ln} time: {g.r.uniform(0.1, 0.9):.7f}")]
        if k == 1: return [self.line("compute", self.comp_pid, "INFO", "nova.compute.manager", self.req(True), f"[instance: {inst}] VM {g.c(['Started', 'Stopped', 'Paused', 'Resumed'])} (Lifecycle Event)")]
        if k == 2: return [self.line("compute", self.comp_pid, "INFO", "nova.compute.manager", self.req(True), f"[instance: {inst}] During sync_power_state the instance has a pending task (spawning). Skip.")]
        if k == 3:
            im, base = g.c(self.images), g.c(self.bases)
            return [self.line("compute", self.comp_pid, "INFO", "nova.virt.libvirt.imagecache", self.req(True), f"image {im} at (/var/lib/nova/instances/_base/{base}): checking"),
                    self.line("compute", self.comp_pid, "INFO", "nova.virt.libvirt.imagecache", self.req(True), f"Active base files: /var/lib/nova/instances/_base/{base}")]
        if k == 4: return [self.line("compute", self.comp_pid, "INFO", "nova.compute.resource_tracker", self.req(True), f"Auditing locally available compute resources for node {self.host}"),
                           self.line("compute", self.comp_pid, "INFO", "nova.compute.resource_tracker", self.req(True), f"Total usable vcpus: 16, total allocated vcpus: {g.i(0, 16)}"),
                           self.line("compute", self.comp_pid, "INFO", "nova.compute.resource_tracker", self.req(True), f"Final resource view: name={self.host} phys_ram=64172MB used_ram={g.i(1, 60) * 512}MB phys_disk=15GB used_disk={g.i(0, 15)}GB total_vcpus=16 used_vcpus={g.i(0, 16)} pci_stats=[]"),
                           self.line("compute", self.comp_pid, "INFO", "nova.compute.resource_tracker", self.req(True), f"Compute_service record updated for {self.host}:{self.host}")]
        if k == 5:
            r = self.req()
            used = g.i(1, 60) * 512
            return [self.line("compute", self.comp_pid, "INFO", "nova.compute.claims", r, f"[instance: {inst}] Attempting claim: memory {g.c([512, 2048, 4096])} MB, disk {g.c([1, 20, 40])} GB, vcpus {g.c([1, 2, 4])} CPU"),
                    self.line("compute", self.comp_pid, "INFO", "nova.compute.claims", r, f"[instance: {inst}] Total memory: 64172 MB, used: {used}.00 MB"),
                    self.line("compute", self.comp_pid, "INFO", "nova.compute.claims", r, f"[instance: {inst}] memory limit: 96258.00 MB, free: {96258 - used}.00 MB"),
                    self.line("compute", self.comp_pid, "INFO", "nova.compute.claims", r, f"[instance: {inst}] Total disk: 15 GB, used: 0.00 GB"),
                    self.line("compute", self.comp_pid, "INFO", "nova.compute.claims", r, f"[instance: {inst}] Claim successful")]
        if k == 6: return [self.line("compute", self.comp_pid, "INFO", "nova.virt.libvirt.driver", self.req(), f"[instance: {inst}] {g.c(['Creating image', 'Instance destroyed successfully.', 'Instance spawned successfully.', 'Deletion of /var/lib/nova/instances/' + inst + '_del complete'])}")]
        if k == 7: return [self.line("compute", self.comp_pid, "INFO", "nova.compute.manager", self.req(), f"[instance: {inst}] Took {g.f(0.3, 30, 2)} seconds to {g.c(['spawn the instance on the hypervisor', 'build instance', 'destroy the instance on the hypervisor', 'deallocate network for instance'])}.")]
        if k == 8: return [self.line("compute", self.comp_pid, "INFO", "nova.compute.manager", self.req(), f"[instance: {inst}] Terminating instance")]
        if k == 9: return [self.line("compute", self.comp_pid, "WARNING", "nova.compute.manager", self.req(True), f"While synchronizing instance power states, found {g.i(1, 9)} instances in the database and {g.i(0, 9)} instances on the hypervisor.")]
        if k == 10: return [self.line("compute", self.comp_pid, "WARNING", "nova.virt.libvirt.imagecache", self.req(True), f"Unknown base file: /var/lib/nova/instances/_base/{g.sha1()}")]
        if k == 11: return [self.line("compute", self.comp_pid, "INFO", "nova.virt.libvirt.driver", self.req(True), f"Deleting instance files /var/lib/nova/instances/{inst}_del")]
        if k == 12: return [self.line("sched", g.i(2000, 3999), "INFO", "nova.scheduler.host_manager", self.req(True), f"Successfully synced instances from host '{self.host}'.")]
        if k == 13: return [self.line("compute", self.comp_pid, "ERROR", "nova.compute.manager", self.req(), f"[instance: {inst}] Instance failed to spawn"),
                            self.line("compute", self.comp_pid, "ERROR", "nova.compute.manager", f"[instance: {inst}]", "Traceback (most recent call last):"),
                            self.line("compute", self.comp_pid, "ERROR", "nova.compute.manager", f"[instance: {inst}]", '  File "/usr/lib/python2.7/dist-packages/nova/compute/manager.py", line 2078, in _build_resources'),
                            self.line("compute", self.comp_pid, "ERROR", "nova.compute.manager", f"[instance: {inst}]", "    yield resources"),
                            self.line("compute", self.comp_pid, "ERROR", "nova.compute.manager", f"[instance: {inst}]", "libvirtError: internal error: process exited while connecting to monitor")]
        if k == 14: return [self.line("api", self.meta_pid, "INFO", "nova.metadata.wsgi.server", "[-]", f"{g.ip_priv()},10.11.10.1 \"GET /openstack/2013-10-17/{g.c(['meta_data.json', 'vendor_data.json', 'user_data', 'password'])} HTTP/1.1\" status: {g.c([200, 200, 404])} len: {g.i(130, 1100)} time: {g.r.uniform(0.01, 0.9):.7f}")]
        return [self.line("api", self.api_pid, "INFO", "nova.api.openstack.compute.server_external_events", self.req(), f"Creating event network-vif-plugged:{g.uuid()} for instance {inst}")]


# ---------------------------------------------------------------- Apache httpd -----------------

class ApacheAccess(LogFile):
    """combined: 192.168.2.20 - - [28/Jul/2006:10:27:10 -0300] "GET /x HTTP/1.1" 200 3395 "ref" "ua" """
    tz = "-0300"
    start = datetime(2006, 7, 28, 10, 27, 10)
    site = "www.example.com"

    def setup(self):
        g = self.g
        self.clock = Clock(g, self.start, 1.5)
        self.clients = [g.ip() for _ in range(300)]

    def request(self, path=None, meth=None):
        g = self.g
        path = path or web_path(g)
        meth = meth or g.w([(90, "GET"), (6, "POST"), (2, "HEAD"), (0.5, "OPTIONS"), (0.5, "PUT"), (0.3, "DELETE")])
        proto = g.w([(6, "HTTP/1.1"), (3, "HTTP/2.0"), (1, "HTTP/1.0")])
        return f"{meth} {path} {proto}"

    def fmt(self, ip, req, st, size, ref, agent, extra=""):
        t = self.clock.next()
        return f"{ip} - {'-'} [{clf_ts(t, self.tz)}] \"{req}\" {st} {size} \"{ref}\" \"{agent}\"{extra}"

    def extra(self):
        return ""

    def record(self):
        g = self.g
        st = status(g)
        size = "-" if st in (304, 204) and g.p(0.5) else (0 if st in (304, 204) else g.size(20, 3_000_000))
        ref = g.w([(5, "-"), (3, f"https://{self.site}{web_path(g)}"), (1, "https://www.google.com/"), (0.5, "https://duckduckgo.com/"), (0.3, "android-app://com.google.android.gm/")])
        if g.p(0.004):  # garbage a scanner sends
            return [self.fmt(g.ip_pub(), g.c(["\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03", "-", "GET / HTTP/1.1\\r\\nHost: " + g.ip_pub()]), 400, 226, "-", "-", self.extra())]
        return [self.fmt(g.c(self.clients), self.request(), st, size, ref, ua(g), self.extra())]

    def plants(self):
        return [self.p_email, self.p_geo]

    def p_email(self):
        g, pii = self.g, self.pii
        e = pii.email()
        path = g.c([f"/newsletter/confirm?email={e}&token={g.hex(24)}", f"/unsubscribe?e={e}&list={g.i(1, 9)}",
                    f"/account/verify?user={e}&code={g.i(100000, 999999)}", f"/api/v1/invite/accept?email={e}&t={g.b64(22)}"])
        return one(self.fmt(g.c(self.clients), self.request(path, "GET"), 200, g.size(200, 9000), "-", ua(g), self.extra()), "email")

    def p_geo(self):
        g = self.g
        lat, lon = self.pii.coord(g.c([4, 5, 6]))
        path = g.c([f"/api/v1/stores/nearby?lat={lat}&lng={lon}&radius=5km", f"/api/v1/delivery/slots?lat={lat}&lon={lon}",
                    f"/api/geo/reverse?latitude={lat}&longitude={lon}&lang=en"])
        return one(self.fmt(g.c(self.clients), self.request(path, "GET"), 200, g.size(200, 9000), "-", ua(g), self.extra()), "location")


class ApacheError(LogFile):
    """Apache 2.2: [Sun Dec 04 04:47:44 2005] [error] [client 1.2.3.4] ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2005, 12, 4, 4, 47, 44), 40)
        self.slot = 0

    def line(self, level, msg, client=None):
        t = self.clock.next()
        c = f" [client {client}]" if client else ""
        return f"[{ctime(t)}] [{level}]{c} {msg}"

    def record(self):
        g = self.g
        cl = g.ip()
        ref = f", referer: http://www.example.com{web_path(g)}" if g.p(0.3) else ""
        k = g.w([(10, 0), (8, 1), (8, 2), (4, 3), (4, 4), (2, 5), (1, 6), (1, 7), (2, 8), (2, 9), (1, 10), (1, 11), (1, 12), (1, 13), (0.5, 14), (1, 15)])
        if k == 0: return [self.line("notice", f"jk2_init() Found child {g.i(1000, 32000)} in scoreboard slot {g.i(6, 10)}")]
        if k == 1: return [self.line("notice", "workerEnv.init() ok /etc/httpd/conf/workers2.properties")]
        if k == 2: return [self.line("error", f"mod_jk child workerEnv in error state {g.i(6, 9)}")]
        if k == 3: return [self.line("error", f"File does not exist: /var/www/html/{g.c(['favicon.ico', 'robots.txt', 'wp-login.php', 'apple-touch-icon.png', 'sitemap.xml', 'phpmyadmin', '.env'])}" + ref, cl)]
        if k == 4: return [self.line("error", f"Directory index forbidden by rule: /var/www/html/{g.c(['', 'images/', 'uploads/', 'backup/'])}", cl)]
        if k == 5: return [self.line("error", f"client denied by server configuration: /var/www/html/{g.c(['.git', '.htaccess', 'server-status', 'cgi-bin/test-cgi'])}", cl)]
        if k == 6: return [self.line("notice", "Apache/2.2.3 (CentOS) configured -- resuming normal operations")]
        if k == 7: return [self.line("notice", g.c(["caught SIGTERM, shutting down", "Graceful restart requested, doing restart", "Digest: generating secret for digest authentication ...", "Digest: done", "LDAP: Built with OpenLDAP LDAP SDK", "suEXEC mechanism enabled (wrapper: /usr/sbin/suexec)"]))]
        if k == 8: return [self.line("error", f"PHP Warning:  Cannot modify header information - headers already sent by (output started at /var/www/html/inc/header.php:{g.i(2, 90)}) in /var/www/html/{g.c(['login.php', 'cart.php', 'index.php'])} on line {g.i(5, 400)}" + ref, cl)]
        if k == 9: return [self.line("error", f"PHP Notice:  Undefined index: {g.c(['page', 'id', 'lang', 'sort', 'q'])} in /var/www/html/{g.c(['index.php', 'search.php', 'product.php'])} on line {g.i(3, 300)}" + ref, cl)]
        if k == 10: return [self.line("error", "script '/var/www/html/" + g.c(["wp-login.php", "xmlrpc.php", "admin.php", "shell.php"]) + "' not found or unable to stat", cl)]
        if k == 11: return [self.line("error", f"(70007)The timeout specified has expired: proxy: error reading status line from remote server 127.0.0.1:{g.c([8080, 8009, 3000])}" + ref, cl)]
        if k == 12: return [self.line("error", "server reached MaxClients setting, consider raising the MaxClients setting")]
        if k == 13: return [self.line("warn", f"child process {g.i(1000, 32000)} still did not exit, sending a SIGTERM")]
        if k == 14: return [self.line("warn", "RSA server certificate CommonName (CN) `localhost.localdomain' does NOT match server name!?")]
        return [self.line("error", f"PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate {g.i(20, 99999999)} bytes) in /var/www/html/lib/{g.c(['Image.php', 'Export.php', 'Cache.php'])} on line {g.i(10, 900)}", cl)]

    def plants(self):
        return [self.p_mail]

    def p_mail(self):
        g = self.g
        e = self.pii.email()
        msg = g.c([f"PHP Warning:  mail(): SMTP server response: 550 5.1.1 <{e}>: Recipient address rejected: User unknown in /var/www/html/contact.php on line {g.i(20, 200)}",
                   f"PHP Notice:  Newsletter::subscribe(): duplicate address {e} in /var/www/html/lib/Newsletter.php on line {g.i(20, 200)}"])
        return one(self.line("error", msg, g.ip()), "email")


# ---------------------------------------------------------------- nginx -----------------------

class NginxAccess(ApacheAccess):
    """combined + $http_x_forwarded_for rt= uct= uht= urt="""
    tz = "+0000"
    start = datetime(2023, 3, 1, 12, 0, 1)
    site = "shop.example.com"

    def extra(self):
        g = self.g
        rt = g.r.expovariate(1 / 0.08)
        u = f"{rt * 0.95:.3f}" if g.p(0.8) else "-"
        xff = "-" if g.p(0.7) else g.ip_pub()
        return f" \"{xff}\" rt={rt:.3f} uct=\"{'0.000' if u != '-' else '-'}\" uht=\"{u}\" urt=\"{u}\""


class NginxError(LogFile):
    """2023/03/01 12:00:01 [error] 1234#1234: *5 ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 12, 0, 1), 25)
        self.workers = [g.i(20, 40000) for _ in range(4)]
        self.conn = g.i(1, 5000)
        self.server = "shop.example.com"

    def line(self, level, msg, master=False):
        if master:
            self.clock.t += timedelta(microseconds=self.g.i(0, 2000))
            t = self.clock.t
        else:
            t = self.clock.next()
        pid = 1 if master else self.g.c(self.workers)
        self.conn += self.g.i(1, 40)
        c = "" if master else f"*{self.conn} "
        return f"{t:%Y/%m/%d %H:%M:%S} [{level}] {pid}#{pid}: {c}{msg}"

    def ctx(self, path=None, up=True):
        g = self.g
        path = path or web_path(g)
        s = f", client: {g.ip()}, server: {self.server}, request: \"{g.c(['GET', 'GET', 'POST'])} {path} HTTP/1.1\""
        if up:
            s += f", upstream: \"http://{g.c(['127.0.0.1:8000', '10.0.3.21:8080', 'unix:/run/php/php8.1-fpm.sock'])}{path}\""
        return s + f", host: \"{self.server}\""

    def record(self):
        g = self.g
        k = g.w([(8, 0), (6, 1), (4, 2), (4, 3), (3, 4), (3, 5), (4, 6), (2, 7), (2, 8), (2, 9), (1, 10), (1, 11), (1, 12)])
        if k == 0: return [self.line("error", f"open() \"/usr/share/nginx/html/{g.c(['favicon.ico', 'robots.txt', 'apple-touch-icon.png', 'wp-login.php', '.env', 'ads.txt'])}\" failed (2: No such file or directory)" + self.ctx(up=False))]
        if k == 1: return [self.line("error", "upstream timed out (110: Connection timed out) while reading response header from upstream" + self.ctx())]
        if k == 2: return [self.line("error", "connect() failed (111: Connection refused) while connecting to upstream" + self.ctx())]
        if k == 3: return [self.line("warn", f"an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{g.i(0, 9)}/{g.i(0, 99):02d}/{g.i(1, 99999):010d} while reading upstream" + self.ctx())]
        if k == 4: return [self.line("warn", f"a client request body is buffered to a temporary file /var/cache/nginx/client_temp/{g.i(1, 99999):010d}" + self.ctx(up=False))]
        if k == 5: return [self.line("info", f"client closed connection while waiting for request, client: {g.ip()}, server: 0.0.0.0:443")]
        if k == 6: return [self.line("error", f"limiting requests, excess: {g.f(1, 30)} by zone \"{g.c(['api', 'login', 'search'])}\"" + self.ctx(up=False))]
        if k == 7: return [self.line("crit", f"SSL_do_handshake() failed (SSL: error:{g.HEX(8)}:SSL routines:{g.c(['tls_parse_ctos_key_share:bad key share', 'tls_early_post_process_client_hello:unsupported protocol', 'tls_post_process_client_hello:no shared cipher'])}) while SSL handshaking, client: {g.ip_pub()}, server: 0.0.0.0:443")]
        if k == 8: return [self.line("error", "recv() failed (104: Connection reset by peer) while reading response header from upstream" + self.ctx())]
        if k == 9: return [self.line("error", f"FastCGI sent in stderr: \"PHP message: PHP Warning:  Undefined array key \"{g.c(['sku', 'qty', 'variant'])}\" in /var/www/shop/src/Cart.php on line {g.i(10, 400)}\" while reading response header from upstream" + self.ctx())]
        if k == 10: return [self.line("alert", f"{g.c([768, 1024])} worker_connections are not enough")]
        if k == 11: return [self.line("error", "no live upstreams while connecting to upstream" + self.ctx())]
        self.clock.next()
        lines = [self.line("notice", f"signal 1 (SIGHUP) received from {g.i(1000, 99999)}, reconfiguring", True)]
        for m in ["reconfiguring", "using the \"epoll\" event method", "nginx/1.23.3", "built by gcc 10.2.1 20210110 (Debian 10.2.1-6)",
                  "OS: Linux 5.15.0-1031-aws", "getrlimit(RLIMIT_NOFILE): 1048576:1048576", "start worker processes"]:
            lines.append(self.line("notice", m, True))
        self.workers = [g.i(20, 40000) for _ in range(4)]
        for w in self.workers:
            lines.append(self.line("notice", f"start worker process {w}", True))
        return lines

    def plants(self):
        return [self.p_email]

    def p_email(self):
        g = self.g
        e = self.pii.email()
        path = g.c([f"/api/v1/newsletter/confirm?email={e}&token={g.hex(20)}", f"/api/v1/password-reset?email={e}"])
        return one(self.line("error", "upstream timed out (110: Connection timed out) while reading response header from upstream" + self.ctx(path)), "email")


# ---------------------------------------------------------------- syslog RFC 3164 --------------

class Syslog3164(LogFile):
    """Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2005, 6, 14, 15, 16, 1), 30)
        self.host = "combo"
        self.qids = [g.HEX(10) for _ in range(20)]

    def line(self, prog, msg, pid=True):
        t = self.clock.next()
        p = f"[{self.g.i(300, 32000)}]" if pid else ""
        return f"{syslog_ts(t)} {self.host} {prog}{p}: {msg}"

    def record(self):
        g = self.g
        t = self.clock.t
        rh = g.c([g.ip_pub(), f"{g.ip_pub().replace('.', '-')}.static.example.net", f"host{g.i(1, 250)}.dsl.example.com", f"{g.ip_pub()}"])
        k = g.w([(10, 0), (4, 1), (6, 2), (6, 3), (3, 4), (2, 5), (2, 6), (2, 7), (2, 8), (2, 9), (2, 10), (2, 11), (2, 12), (1, 13), (2, 14), (1, 15), (1, 16), (1, 17)])
        if k == 0: return [self.line("sshd(pam_unix)", f"authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost={rh} " + g.c(["", " user=root", " user=test", " user=guest"]))]
        if k == 1: return [self.line("sshd(pam_unix)", "check pass; user unknown")]
        if k == 2: return [self.line("su(pam_unix)", f"session {g.c(['opened', 'closed'])} for user {g.c(['news', 'cyrus', 'root', 'postgres'])}" + (" by (uid=0)" if g.p(0.5) else ""))]
        if k == 3: return [self.line("crond(pam_unix)" if g.p(0.5) else "CRON", g.c(["session opened for user root by (uid=0)", "session closed for user root", "(root) CMD (   cd / && run-parts --report /etc/cron.hourly)", "(root) CMD (/usr/lib64/sa/sa1 1 1)"]))]
        if k == 4: return [self.line("ftpd", f"connection from {g.ip_pub()} () at {ctime(t)}")]
        if k == 5: return [self.line("xinetd", f"START: ftp pid={g.i(1000, 32000)} from={g.ip_pub()}")]
        if k == 6: return [self.line("logrotate", g.c(["ALERT exited abnormally with [1]", "ALERT exited abnormally with [0]"]), pid=False)]
        if k == 7: return [self.line("named", f"lame server resolving '{g.c(['example.net', 'mirror.example.org', 'cdn.example.com'])}' (in '{g.c(['example.net', 'example.org'])}'?): {g.ip_pub()}#53")]
        if k == 8: return [self.line("dhclient", g.c([f"DHCPREQUEST on eth0 to {g.ip_priv()} port 67", f"DHCPACK from {g.ip_priv()}", f"bound to {g.ip_priv()} -- renewal in {g.i(300, 43200)} seconds."]))]
        if k == 9: return [self.line("ntpd", g.c([f"synchronized to {g.ip_pub()}, stratum {g.i(1, 4)}", "kernel time sync status change 2001", f"time reset {g.c(['+', '-'])}{g.r.uniform(0.1, 2):.6f} s", "no servers reachable"]))]
        if k == 10: return [self.line("postfix/smtpd", g.c([f"connect from unknown[{g.ip_pub()}]", f"disconnect from unknown[{g.ip_pub()}] ehlo=1 auth=0/1 quit=1 commands=2/3", f"lost connection after AUTH from unknown[{g.ip_pub()}]", f"warning: hostname {g.ip_pub().replace('.', '-')}.example.net does not resolve to address {g.ip_pub()}: Name or service not known"]))]
        if k == 11:
            q = g.c(self.qids)
            return [self.line("postfix/cleanup", f"{q}: message-id=<{t:%Y%m%d%H%M%S}.{q}@{self.host}.localdomain>")]
        if k == 12:
            q = g.c(self.qids)
            return [self.line("postfix/qmgr", g.c([f"{q}: from=<>, size={g.i(800, 90000)}, nrcpt=1 (queue active)", f"{q}: removed"]))]
        if k == 13: return [self.line("syslogd 1.4.1", "restart.", pid=False), self.line("kernel", "klogd 1.4.1, log source = /proc/kmsg started.", pid=False)]
        if k == 14: return [self.line("gpm" if g.p(0.3) else "smartd", g.c(["*** info [startup.c(95)]: Started gpm successfully. Entered daemon mode.", f"Device: /dev/sda, SMART Usage Attribute: 194 Temperature_Celsius changed from {g.i(30, 50)} to {g.i(30, 50)}", f"Device: /dev/sdb, SMART Prefailure Attribute: 1 Raw_Read_Error_Rate changed from {g.i(90, 120)} to {g.i(90, 120)}"]))]
        if k == 15: return [self.line("rpc.statd", "Version 1.0.7 Starting"), self.line("rpcidmapd", "Using default domain localdomain")]
        if k == 16: return [self.line("snmpd", f"Received SNMP packet(s) from UDP: [{g.ip_priv()}]:{g.eport()}->[{g.ip_priv()}]:161")]
        return [self.line("kernel", g.c([f"audit({epoch(t)}.{g.i(0, 999):03d}:{g.i(1, 9999)}): avc:  denied  {{ read }} for  pid={g.i(1000, 9999)} comm=\"httpd\" name=\"index.html\" dev=sda2 ino={g.i(100000, 999999)} scontext=user_u:system_r:httpd_t tcontext=user_u:object_r:user_home_t tclass=file",
                                                f"eth0: link up, 100Mbps, full-duplex, lpa 0x{g.HEX(4)}", "NET: Registered protocol family 10",
                                                "Memory: 124536k/131008k available (1937k kernel code, 5672k reserved, 658k data, 144k init, 0k highmem)"]), pid=False)]

    def plants(self):
        return [self.p_postfix, self.p_sms]

    def p_postfix(self):
        g = self.g
        e = self.pii.email()
        return one(self.line("postfix/smtp", f"{g.c(self.qids)}: to=<{e}>, relay={g.c(['mx1', 'mx2', 'aspmx'])}.example.net[{g.ip_pub()}]:25, delay={g.f(0.1, 9, 2)}, delays={g.f(0, 1, 2)}/{g.f(0, 1, 2)}/{g.f(0, 4, 2)}/{g.f(0, 4, 2)}, dsn=2.0.0, status=sent (250 2.0.0 OK {epoch(self.clock.t)} {g.alnum(20)} - gsmtp)"), "email")

    def p_sms(self):
        p = self.pii.phone()
        return one(self.line("smsd", f"sms to {p} delivered, ref={self.g.i(1, 255)}, parts=1"), "phone")


# ---------------------------------------------------------------- syslog RFC 5424 --------------

class Syslog5424(LogFile):
    """<165>1 2023-03-01T12:00:01.003Z host app procid msgid [sd] msg"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 12, 0, 1), 3)
        self.hosts = ["lb01.dc2.example.com", "lb02.dc2.example.com", "app03.dc2.example.com", "fw-edge.dc2.example.com"]
        self.seq = g.i(1, 10000)
        self.pids = {a: g.i(200, 60000) for a in ("haproxy", "sudo", "app", "sshd", "CRON", "rsyslogd", "keepalived", "notify")}

    def line(self, pri, app, msgid, sd, msg, host=None):
        t = self.clock.next()
        self.seq += 1
        pid = self.pids.get(app, self.g.i(200, 60000)) if app != "sudo" else self.g.i(200, 60000)
        return f"<{pri}>1 {iso_z(t, 6)} {host or self.g.c(self.hosts)} {app} {pid} {msgid} {sd} {msg}"

    def record(self):
        g = self.g
        meta = f"[meta sequenceId=\"{self.seq}\"]"
        k = g.w([(14, 0), (3, 1), (2, 2), (2, 3), (2, 4), (1, 5), (2, 6), (1, 7), (1, 8), (2, 9), (1, 10), (1, 11)])
        if k == 0:
            t = self.clock.t
            tq, tw, tc, tr = g.i(0, 3), g.i(0, 5), g.i(0, 3), g.i(1, 900)
            st = status(g)
            return [self.line(134, "haproxy", "-", "-", f"{g.ip_pub()}:{g.eport()} [{t.day:02d}/{MON[t.month - 1]}/{t.year}:{t:%H:%M:%S}.{ms(t)}] fe_https~ be_app/app{g.i(1, 6)} {tq}/{tw}/{tc}/{tr}/{tq + tw + tc + tr + g.i(0, 20)} {st} {g.size(100, 900000)} - - ---- {g.i(1, 900)}/{g.i(1, 900)}/{g.i(0, 40)}/{g.i(0, 20)}/0 0/0 \"{g.c(['GET', 'GET', 'POST'])} {web_path(g)} HTTP/1.1\"", self.hosts[g.i(0, 1)])]
        if k == 1: return [self.line(85, "sudo", "-", "-", f"  deploy : TTY=pts/{g.i(0, 4)} ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/{g.c(['systemctl restart app.service', 'journalctl -u app -n 200', 'apt-get update', 'docker ps -a'])}")]
        if k == 2: return [self.line(86, "sshd", "-", "-", f"Accepted publickey for deploy from {g.ip_priv()} port {g.eport()} ssh2: ED25519 SHA256:{g.b64(43)}")]
        if k == 3: return [self.line(46, "rsyslogd", "-", f"[origin software=\"rsyslogd\" swVersion=\"8.2112.0\" x-pid=\"{self.pids['rsyslogd']}\" x-info=\"https://www.rsyslog.com\"]", g.c(["rsyslogd was HUPed", "start", "imjournal: journal files changed, reloading..."]))]
        if k == 4: return [self.line(165, "app", g.c(["ID47", "ORDERS", "BILLING"]), f"[exampleSDID@32473 iut=\"{g.i(1, 9)}\" eventSource=\"Application\" eventID=\"{g.i(1000, 1999)}\"]{meta}", g.c(["An application event log entry...", f"batch {g.i(1, 9999):06d} committed in {g.i(3, 900)} ms", f"cache warmed: {g.i(100, 99999)} keys in {g.f(0.1, 9, 3)} s"]))]
        if k == 5: return [self.line(78, "CRON", "-", "-", f"(root) CMD (test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily ))")]
        if k == 6: return [self.line(30, "keepalived", "-", "-", g.c([f"(VI_1) Entering {g.c(['MASTER', 'BACKUP'])} STATE", f"(VI_1) received lower priority advert ({g.i(90, 150)}), ignoring", "Script `chk_haproxy` now returning 0"]))]
        if k == 7: return [self.line(14, "kernel", "-", "[timeQuality tzKnown=\"1\" isSynced=\"1\" syncAccuracy=\"" + str(g.i(10000, 900000)) + "\"]", f"[UFW BLOCK] IN=eth0 OUT= MAC={g.mac()}:{g.mac()}:08:00 SRC={g.ip_pub()} DST={g.ip_priv()} LEN={g.i(40, 60)} TOS=0x00 PREC=0x00 TTL={g.i(30, 250)} ID={g.i(1, 65535)} PROTO=TCP SPT={g.eport()} DPT={g.c([23, 22, 3389, 445, 8080, 5900])} WINDOW={g.c([1024, 65535, 29200])} RES=0x00 SYN URGP=0")]
        if k == 8: return [self.line(131, "haproxy", "-", "-", f"Server be_app/app{g.i(1, 6)} is DOWN, reason: Layer4 timeout, check duration: {g.i(2000, 2001)}ms. {g.i(0, 5)} active and 0 backup servers left. {g.i(0, 40)} sessions active, 0 requeued, 0 remaining in queue.")]
        if k == 9: return [self.line(134, "app", "METRIC", f"[metrics@32473 cpu=\"{g.f(0, 100, 1)}\" mem_rss=\"{g.i(100, 4000)}MB\" gc_pause_ms=\"{g.f(0, 90, 2)}\" heap_used=\"{g.f(0, 1, 4)}\"]{meta}", "-")]
        if k == 10: return [self.line(27, "app", "ERR", meta, f"upstream payments returned 503 after {g.i(1, 30)}s, attempt {g.i(1, 3)}/3, Will Retry")]
        return [self.line(38, "sshd", "-", "-", f"Connection closed by authenticating user root {g.ip_pub()} port {g.eport()} [preauth]")]

    def plants(self):
        return [self.p_sms, self.p_mail]

    def p_sms(self):
        p = self.pii.phone()
        return one(self.line(134, "notify", "SMS", f"[sms@32473 provider=\"gw2\" parts=\"1\"][meta sequenceId=\"{self.seq}\"]", f"sent sms to {p} template=order_shipped"), "phone")

    def p_mail(self):
        e = self.pii.email()
        return one(self.line(134, "notify", "MAIL", f"[meta sequenceId=\"{self.seq}\"]", f"queued mail template=password_reset rcpt={e}"), "email")


# ---------------------------------------------------------------- journald ----------------------

UNITS = [("apt-daily-upgrade.service", "Daily apt upgrade and clean activities"), ("motd-news.service", "Message of the Day"),
         ("logrotate.service", "Rotate log files"), ("systemd-tmpfiles-clean.service", "Cleanup of Temporary Directories"),
         ("jenkins.service", "Jenkins Continuous Integration Server"), ("docker.service", "Docker Application Container Engine"),
         ("man-db.service", "Daily man-db regeneration"), ("fwupd-refresh.service", "Refresh fwupd metadata and update motd"),
         ("packagekit.service", "PackageKit Daemon"), ("systemd-hostnamed.service", "Hostname Service"),
         ("systemd-timedated.service", "Time & Date Service"), ("fstrim.service", "Discard unused blocks on filesystems from /etc/fstab"),
         ("plocate-updatedb.service", "Update the plocate database"), ("certbot.service", "Certbot"),
         ("sysstat-collect.service", "system activity accounting tool"), ("app.service", "Shop API (gunicorn)")]


CONTAINERD_MSGS = ["shim disconnected", "cleaning up dead shim", 'loading plugin \\"io.containerd.event.v1.publisher\\"...']


class Journal(LogFile):
    """journalctl -o short-iso, or -o json when json=True"""
    json_mode = False

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 8, 12, 3, 451000), 4)
        self.host = g.c(["ws-lnx-042", "build-agent-4", "thinkpad-t14", "app03"])
        self.boot_id = g.hex(32)
        self.machine_id = g.hex(32)
        self.mono0 = g.i(10_000_000, 90_000_000)
        self.t0 = self.clock.t
        self.seqnum = g.i(100000, 9_000_000)
        self.seqid = g.hex(32)
        self.pids = {n: g.i(300, 4000) for n in ("systemd-logind", "NetworkManager", "systemd-resolved", "dockerd", "containerd",
                                                  "systemd-timesyncd", "gnome-shell", "snapd", "polkitd", "wpa_supplicant",
                                                  "systemd-journald", "rtkit-daemon", "fwupd", "app", "goa-daemon", "bluetoothd")}
        self.session = g.i(2, 300)

    def event(self):
        """-> (priority, identifier, pid, message, unit, transport)"""
        g = self.g
        t = self.clock.t
        P = self.pids
        k = g.w([(10, 0), (3, 1), (3, 2), (3, 3), (2, 4), (2, 5), (2, 6), (1, 7), (2, 8), (1, 9), (1, 10), (1, 11), (2, 12), (1, 13), (1, 14), (1, 15), (1, 16), (2, 17), (1, 18)])
        if k == 0:
            unit, desc = g.c(UNITS)
            msg = g.c([f"Starting {desc}...", f"Started {desc}.", f"Finished {desc}.", f"{unit}: Deactivated successfully.",
                       f"{unit}: Consumed {g.f(0.01, 40, 3)}s CPU time.", f"{unit}: Succeeded.", f"Stopping {desc}...", f"Stopped {desc}."])
            return 6, "systemd", 1, msg, "init.scope", "journal"
        if k == 1:
            self.session += g.i(0, 1)
            return 6, "systemd-logind", P["systemd-logind"], g.c([f"New session {self.session} of user deploy.", f"Session {self.session} logged out. Waiting for processes to exit.", f"Removed session {self.session}.", "Lid closed.", "Lid opened.", "Suspending...", "Power key pressed short.", "Operation 'sleep' finished."]), "systemd-logind.service", "journal"
        if k == 2:
            ts = f"{epoch(t)}.{g.i(0, 9999):04d}"
            return 6, "NetworkManager", P["NetworkManager"], g.c([f"<info>  [{ts}] device (wlp2s0): state change: {g.c(['activated -> deactivating', 'disconnected -> prepare', 'prepare -> config', 'ip-check -> secondaries'])} (reason '{g.c(['sleeping', 'none', 'carrier-changed'])}', sys-iface-state: 'managed')",
                                                                    f"<info>  [{ts}] dhcp4 (wlp2s0): state changed new lease, address={g.ip_priv()}",
                                                                    f"<info>  [{ts}] manager: NetworkManager state is now {g.c(['CONNECTED_GLOBAL', 'CONNECTING', 'ASLEEP', 'CONNECTED_SITE'])}",
                                                                    f"<info>  [{ts}] device (wlp2s0): supplicant interface state: {g.c(['scanning -> authenticating', 'associating -> completed', 'completed -> disconnected'])}"]), "NetworkManager.service", "journal"
        if k == 3:
            return 4, "systemd-resolved", P["systemd-resolved"], g.c([f"Using degraded feature set UDP instead of UDP+EDNS0 for DNS server {g.ip_priv()}.", "Clock change detected. Flushing caches.", f"Using degraded feature set TCP instead of UDP for DNS server {g.ip_priv()}."]), "systemd-resolved.service", "stdout"
        if k == 4:
            return 6, "dockerd", P["dockerd"], f"time=\"{iso_z(t, 6)[:-1]}{g.i(0, 999):03d}Z\" level=info msg=\"ignoring event\" container={g.sha256()} module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"", "docker.service", "stdout"
        if k == 5:
            return 6, "containerd", P["containerd"], f"time=\"{iso_z(t, 6)[:-1]}{g.i(0, 999):03d}Z\" level=info msg=\"{g.c(CONTAINERD_MSGS)}\" id={g.sha256()}", "containerd.service", "stdout"
        if k == 6:
            return 6, "kernel", None, f"audit: type=1400 audit({epoch(t)}.{g.i(0, 999):03d}:{g.i(10, 9999)}): apparmor=\"DENIED\" operation=\"{g.c(['open', 'capable', 'file_mmap'])}\" profile=\"{g.c(['snap.firefox.firefox', '/usr/sbin/cupsd', 'snap-update-ns.lxd'])}\" name=\"{g.c(['/proc/pressure/memory', '/sys/devices/virtual/dmi/id/product_name', '/etc/ssl/openssl.cnf'])}\" pid={g.i(1000, 99999)} comm=\"{g.c(['firefox', 'cupsd', 'snap-update-ns'])}\" requested_mask=\"r\" denied_mask=\"r\" fsuid={g.c([0, 1000])} ouid=0", None, "kernel"
        if k == 7:
            return 6, "systemd-timesyncd", P["systemd-timesyncd"], g.c([f"Initial synchronization to time server {g.ip_pub()}:123 (ntp.ubuntu.com).", "Network configuration changed, trying to establish connection.", f"Timed out waiting for reply from {g.ip_pub()}:123 (ntp.ubuntu.com)."]), "systemd-timesyncd.service", "journal"
        if k == 8:
            return 6, "CRON", g.i(1000, 99999), g.c(["pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)", "(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)", "pam_unix(cron:session): session closed for user root"]), "cron.service", "syslog"
        if k == 9:
            return 3, "gnome-shell", P["gnome-shell"], g.c(["JS ERROR: TypeError: this._workspacesViews[i] is undefined", f"Window manager warning: Buggy client sent a _NET_ACTIVE_WINDOW message with a timestamp of 0 for 0x{g.hex(7)} (Mozilla Fi)", "Can't update stage views actor <unnamed>[<MetaWindowActorX11>:0x5581d6e0] is on because it needs an allocation.", "meta_window_set_stack_position_no_sync: assertion 'window->stack_position >= 0' failed"]), "user@1000.service", "stdout"
        if k == 10:
            return 6, "snapd", P["snapd"], g.c(["storehelpers.go:769: cannot refresh: snap has no updates available: \"core20\", \"lxd\", \"snapd\"", f"autorefresh.go:540: auto-refresh: all snaps are up-to-date", "daemon.go:1237: gracefully waiting for running hooks"]), "snapd.service", "stdout"
        if k == 11:
            return 5, "polkitd", P["polkitd"], f"Registered Authentication Agent for unix-session:{self.session} (system bus name :1.{g.i(40, 300)} [/usr/bin/gnome-shell], object path /org/freedesktop/PolicyKit1/AuthenticationAgent, locale en_US.UTF-8)", "polkit.service", "syslog"
        if k == 12:
            return 6, "kernel", None, g.c([f"[UFW BLOCK] IN=wlp2s0 OUT= MAC={g.mac()}:{g.mac()}:08:00 SRC={g.ip_priv()} DST=224.0.0.251 LEN={g.i(60, 400)} TOS=0x00 PREC=0x00 TTL=255 ID={g.i(0, 65535)} DF PROTO=UDP SPT=5353 DPT=5353 LEN={g.i(40, 380)}",
                                           f"perf: interrupt took too long ({g.i(2501, 9000)} > {g.i(2500, 2600)}), lowering kernel.perf_event_max_sample_rate to {g.i(20000, 79000)}",
                                           f"wlp2s0: {g.c(['disconnect from AP', 'authenticate with', 'associated'])} {g.mac()}" + g.c(["", " (try 1/3)", " for new auth"]),
                                           f"usb 3-{g.i(1, 4)}: new full-speed USB device number {g.i(2, 40)} using xhci_hcd"]), None, "kernel"
        if k == 13:
            return 6, "systemd-journald", P["systemd-journald"], g.c([f"Time spent on flushing to /var/log/journal/{self.machine_id} is {g.f(1, 90, 3)}ms for {g.i(100, 9000)} entries.",
                                                                       f"System Journal (/var/log/journal/{self.machine_id}) is {g.f(0.1, 3.9, 1)}G, max 4.0G, {g.f(0.1, 3.9, 1)}G free.",
                                                                       f"Data hash table of /var/log/journal/{self.machine_id}/system.journal has a fill level at 75.0 ({g.i(10000, 99999)} of {g.i(100000, 140000)} items, {g.i(1000000, 9999999)} file size, {g.i(100, 999)} bytes per hash table item), suggesting rotation."]), "systemd-journald.service", "driver"
        if k == 14:
            return 6, "rtkit-daemon", P["rtkit-daemon"], f"Supervising {g.i(0, 12)} threads of {g.i(0, 6)} processes of {g.i(0, 2)} users.", "rtkit-daemon.service", "syslog"
        if k == 15:
            return 4, "fwupd", P["fwupd"], f"{t:%H:%M:%S}.{ms(t)} FuEngine            failed to record HSI attributes: failed to get HSI attributes: {g.c(['not supported', 'no data'])}", "fwupd.service", "stdout"
        if k == 16:
            return 6, "wpa_supplicant", P["wpa_supplicant"], f"wlp2s0: CTRL-EVENT-SIGNAL-CHANGE above={g.i(0, 1)} signal={g.i(-90, -35)} noise=9999 txrate={g.c([144400, 433300, 866700, 6500])}", "wpa_supplicant.service", "syslog"
        if k == 17:
            return 6, "app", P["app"], g.c([f"[{t:%Y-%m-%d %H:%M:%S} +0000] [{P['app']}] [INFO] Booting worker with pid: {g.i(1000, 99999)}",
                                             f"{g.ip_priv()} - - [{clf_ts(t)}] \"GET {web_path(g)} HTTP/1.1\" {status(g)} {g.size(0, 90000)} \"-\" \"{ua(g)}\"",
                                             f"[{t:%Y-%m-%d %H:%M:%S} +0000] [{P['app']}] [CRITICAL] WORKER TIMEOUT (pid:{g.i(1000, 99999)})"]), "app.service", "stdout"
        return 3, "bluetoothd", P["bluetoothd"], g.c(["Failed to set mode: Blocked through rfkill (0x12)", "src/plugin.c:plugin_init() Failed to init vcp plugin", "profiles/sap/server.c:sap_server_register() Sap driver initialization failed."]), "bluetooth.service", "syslog"

    def emit(self, pri, ident, pid, msg, unit, transport):
        t = self.clock.next()
        if not self.json_mode:
            p = f"[{pid}]" if pid is not None else ""
            return f"{t:%Y-%m-%dT%H:%M:%S}+01:00 {self.host} {ident}{p}: {msg}"
        g = self.g
        self.seqnum += 1
        rt = epoch_us(t)
        mono = self.mono0 + int((t - self.t0).total_seconds() * 1e6)
        d = {"__CURSOR": f"s={self.seqid};i={self.seqnum:x};b={self.boot_id};m={mono:x};t={rt:x};x={g.hex(16)}",
             "__REALTIME_TIMESTAMP": str(rt), "__MONOTONIC_TIMESTAMP": str(mono), "_BOOT_ID": self.boot_id,
             "PRIORITY": str(pri), "_MACHINE_ID": self.machine_id, "_HOSTNAME": self.host, "_TRANSPORT": transport}
        if transport == "kernel":
            d.update({"SYSLOG_FACILITY": "0", "SYSLOG_IDENTIFIER": "kernel", "_SOURCE_MONOTONIC_TIMESTAMP": str(mono - g.i(1, 900))})
        else:
            d.update({"SYSLOG_FACILITY": str(g.c([3, 4, 10])), "SYSLOG_IDENTIFIER": ident, "_PID": str(pid), "_UID": "0", "_GID": "0",
                      "_COMM": ident[:15], "_EXE": f"/usr/{'lib/systemd' if ident.startswith('systemd') else 'sbin'}/{ident}",
                      "_CMDLINE": f"/usr/sbin/{ident}" + g.c(["", " --no-daemon", " -u", " --foreground"]),
                      "_CAP_EFFECTIVE": g.c(["1ffffffffff", "0", "7fc00000000"]), "_SELINUX_CONTEXT": "unconfined\n",
                      "_SYSTEMD_CGROUP": f"/system.slice/{unit}", "_SYSTEMD_UNIT": unit or "", "_SYSTEMD_SLICE": "system.slice",
                      "_SYSTEMD_INVOCATION_ID": g.hex(32)})
            if transport == "journal":
                d.update({"CODE_FILE": g.c(["src/core/job.c", "src/login/logind-session.c", "src/core/unit.c", "src/resolve/resolved-dns-server.c"]),
                          "CODE_LINE": str(g.i(100, 4000)), "CODE_FUNC": g.c(["job_emit_done_message", "session_start", "unit_log_success", "dns_server_packet_udp_fallback"])})
            d["_SOURCE_REALTIME_TIMESTAMP"] = str(rt - g.i(5, 900))
        d["MESSAGE"] = msg
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))

    def record(self):
        return [self.emit(*self.event())]

    def plants(self):
        return [self.p_goa, self.p_sms]

    def p_goa(self):
        e = self.pii.email()
        msg = f"/org/gnome/OnlineAccounts/Accounts/account_{epoch(self.clock.t) - self.g.i(10 ** 6, 10 ** 7)}_0: Setting AttentionNeeded to TRUE because EnsureCredentials() failed with: Failed to obtain an access token for “{e}”: Authorization Required (g-io-error-quark, 14)"
        return one(self.emit(4, "goa-daemon", self.pids["goa-daemon"], msg, "user@1000.service", "stdout"), "email")

    def p_sms(self):
        p = self.pii.phone()
        t = self.clock.t
        msg = f"[{t:%Y-%m-%d %H:%M:%S},{ms(t)}] INFO notify.sms: sms to {p} queued (template=otp, ttl=300s)"
        return one(self.emit(6, "app", self.pids["app"], msg, "app.service", "stdout"), "phone")


class JournalJson(Journal):
    json_mode = True


# ---------------------------------------------------------------- kernel dmesg -----------------

class Dmesg(LogFile):
    """[ 1234.567890] message"""

    def setup(self):
        self.t = 0.0
        self.boot = self.boot_lines()
        self.bi = 0

    def stamp(self, msg, dt=None):
        g = self.g
        self.t += dt if dt is not None else g.r.expovariate(1 / 0.004)
        s = int(self.t)
        us = int((self.t - s) * 1e6)
        return f"[{s:5d}.{us:06d}] {msg}"

    def boot_lines(self):
        g = self.g
        ncpu = g.c([4, 8, 12, 16])
        mem = g.c([8, 16, 32, 64])
        L = ["Linux version 5.15.0-91-generic (buildd@lcy02-amd64-045) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) #101-Ubuntu SMP Tue Nov 14 13:30:08 UTC 2023 (Ubuntu 5.15.0-91.101-generic 5.15.131)",
             f"Command line: BOOT_IMAGE=/boot/vmlinuz-5.15.0-91-generic root=UUID={g.uuid()} ro quiet splash vt.handoff=7",
             "KERNEL supported cpus:", "  Intel GenuineIntel", "  AMD AuthenticAMD", "  Hygon HygonGenuine", "  Centaur CentaurHauls", "  zhaoxin   Shanghai  ",
             "x86/fpu: Supporting XSAVE feature 0x001: 'x87 floating point registers'",
             "x86/fpu: Supporting XSAVE feature 0x002: 'SSE registers'",
             "x86/fpu: Supporting XSAVE feature 0x004: 'AVX registers'",
             "x86/fpu: xstate_offset[2]:  576, xstate_sizes[2]:  256",
             "x86/fpu: Enabled xstate features 0x7, context size is 832 bytes, using 'compacted' format.",
             "signal: max sigframe size: 2032", "BIOS-provided physical RAM map:"]
        addr = 0
        for typ in ["usable", "reserved", "usable", "reserved", "ACPI data", "ACPI NVS", "reserved", "usable", "reserved", "reserved", "usable"]:
            ln = g.i(0x1000, 0x9ffff) * 0x1000 if typ != "usable" else g.i(0x100, 0x8ffff) * 0x1000
            L.append(f"BIOS-e820: [mem 0x{addr:016x}-0x{addr + ln - 1:016x}] {typ}")
            addr += ln
        L += ["NX (Execute Disable) protection: active", "SMBIOS 3.2.0 present.",
              f"DMI: {g.c(['Dell Inc. XPS 13 9380/0KTW76, BIOS 1.19.0 08/05/2022', 'LENOVO 20S0CTO1WW/20S0CTO1WW, BIOS N2XET32W (1.22 ) 06/23/2021', 'Supermicro SYS-1029P-WTR/X11DDW-L, BIOS 3.4 11/23/2020', 'QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.15.0-1 04/01/2014'])}",
              f"tsc: Detected {g.f(1600, 3800, 3)} MHz processor", f"tsc: Detected {g.f(1600, 3800, 3)} MHz TSC",
              "e820: update [mem 0x00000000-0x00000fff] usable ==> reserved", "e820: remove [mem 0x000a0000-0x000fffff] usable",
              f"last_pfn = 0x{g.hex(6)} max_arch_pfn = 0x400000000", "x86/PAT: Configuration [0-7]: WB  WC  UC- UC  WB  WP  UC- WT  ",
              f"found SMP MP-table at [mem 0x000fd{g.hex(3)}-0x000fd{g.hex(3)}]",
              f"RAMDISK: [mem 0x{g.hex(8)}-0x{g.hex(8)}]", "ACPI: Early table checksum verification disabled",
              f"ACPI: RSDP 0x00000000000F05B0 000024 (v02 DELL  )"]
        for sig in ["XSDT", "FACP", "DSDT", "FACS", "APIC", "FPDT", "MCFG", "SSDT", "HPET", "SSDT", "DMAR", "BGRT"]:
            L.append(f"ACPI: {sig} 0x00000000{g.HEX(8)} {g.HEX(6)} (v0{g.i(1, 6)} DELL   CBX3     {g.i(1, 0x1072009):08X} {g.c(['INTL', 'MSFT', 'ACPI'])} {g.c(['20160527', '00000097', '01000013'])})")
        L += [f"ACPI: Reserving {s} table memory at [mem 0x{g.hex(8)}-0x{g.hex(8)}]" for s in ("FACP", "DSDT", "FACS", "APIC")]
        L += ["No NUMA configuration found", f"Faking a node at [mem 0x0000000000000000-0x{mem * 0x40000000 + 0x7fffffff:016x}]",
              f"NODE_DATA(0) allocated [mem 0x{g.hex(8)}-0x{g.hex(8)}]", "Zone ranges:",
              "  DMA      [mem 0x0000000000001000-0x0000000000ffffff]", "  DMA32    [mem 0x0000000001000000-0x00000000ffffffff]",
              f"  Normal   [mem 0x0000000100000000-0x{mem * 0x40000000 + 0x7fffffff:016x}]", "  Device   empty",
              "Movable zone start for each node", "Early memory node ranges",
              "  node   0: [mem 0x0000000000001000-0x000000000009efff]", f"  node   0: [mem 0x0000000000100000-0x00000000{g.hex(8)}]",
              f"Initmem setup node 0 [mem 0x0000000000001000-0x{mem * 0x40000000 + 0x7fffffff:016x}]",
              f"On node 0, zone DMA: 1 pages in unavailable ranges", f"On node 0, zone DMA32: {g.i(10, 9999)} pages in unavailable ranges",
              "ACPI: PM-Timer IO Port: 0x1808", "ACPI: LAPIC_NMI (acpi_id[0x01] high edge lint[0x1])",
              "IOAPIC[0]: apic_id 2, version 32, address 0xfec00000, GSI 0-119",
              "ACPI: INT_SRC_OVR (bus 0 bus_irq 0 global_irq 2 dfl dfl)", "ACPI: Using ACPI (MADT) for SMP configuration information",
              f"smpboot: Allowing {ncpu} CPUs, 0 hotplug CPUs", "PM: hibernation: Registered nosave memory: [mem 0x00000000-0x00000fff]",
              f"[mem 0x{g.hex(8)}-0xdfffffff] available for PCI devices", "Booting paravirtualized kernel on bare hardware",
              f"clocksource: refined-jiffies: mask: 0xffffffff max_cycles: 0xffffffff, max_idle_ns: 7645519600211568 ns",
              f"setup_percpu: NR_CPUS:8192 nr_cpumask_bits:{ncpu} nr_cpu_ids:{ncpu} nr_node_ids:1",
              f"percpu: Embedded 61 pages/cpu s212992 r8192 d28672 u262144", f"pcpu-alloc: s212992 r8192 d28672 u262144 alloc=1*2097152",
              "pcpu-alloc: [0] " + " ".join(str(i) for i in range(ncpu)),
              f"Built 1 zonelists, mobility grouping on.  Total pages: {mem * 258000 + g.i(0, 9999)}",
              "Policy zone: Normal",
              f"Kernel command line: BOOT_IMAGE=/boot/vmlinuz-5.15.0-91-generic root=UUID={g.uuid()} ro quiet splash vt.handoff=7",
              f"Dentry cache hash table entries: {2 ** g.i(20, 23)} (order: 12, 16777216 bytes, linear)",
              f"mem auto-init: stack:off, heap alloc:on, heap free:off",
              f"Memory: {mem * 1024 * 1000 - g.i(100000, 400000)}K/{mem * 1024 * 1024 - g.i(1000, 90000)}K available ({g.i(14000, 17000)}K kernel code, {g.i(3000, 5000)}K rwdata, {g.i(9000, 11000)}K rodata, {g.i(2000, 3000)}K init, {g.i(3000, 6000)}K bss, {g.i(300000, 600000)}K reserved, 0K cma-reserved)",
              f"SLUB: HWalign=64, Order=0-3, MinObjects=0, CPUs={ncpu}, Nodes=1", "ftrace: allocating 50219 entries in 197 pages",
              "rcu: Hierarchical RCU implementation.", f"rcu: \tRCU restricting CPUs from NR_CPUS=8192 to nr_cpu_ids={ncpu}.",
              f"NR_IRQS: 524544, nr_irqs: {g.c([1096, 2048, 2152])}, preallocated irqs: 16", "Console: colour dummy device 80x25",
              "printk: console [tty0] enabled", "ACPI: Core revision 20210730",
              f"clocksource: hpet: mask: 0xffffffff max_cycles: 0xffffffff, max_idle_ns: 79635855245 ns",
              "APIC: Switch to symmetric I/O mode setup", "x2apic: IRQ remapping doesn't support X2APIC mode",
              f"clocksource: tsc-early: mask: 0xffffffffffffffff max_cycles: 0x{g.hex(11)}, max_idle_ns: 440795{g.i(100000, 999999)} ns",
              f"Calibrating delay loop (skipped), value calculated using timer frequency.. {g.f(3000, 7600, 2)} BogoMIPS (lpj={g.i(6000000, 9999999)})",
              "pid_max: default: 32768 minimum: 301", "LSM: Security Framework initializing", "Yama: becoming mindful.",
              "AppArmor: AppArmor initialized", "Mount-cache hash table entries: 65536 (order: 7, 524288 bytes, linear)",
              f"smpboot: CPU0: Intel(R) Core(TM) i7-8565U CPU @ 1.80GHz (family: 0x6, model: 0x8e, stepping: 0xb)",
              "Performance Events: PEBS fmt3+, Skylake events, 32-deep LBR, full-width counters, Intel PMU driver.",
              "rcu: Hierarchical SRCU implementation.", "smp: Bringing up secondary CPUs ...",
              "x86: Booting SMP configuration:", ".... node  #0, CPUs:      " + "   ".join(f"#{i}" for i in range(1, ncpu)),
              f"smp: Brought up 1 node, {ncpu} CPUs", f"smpboot: Max logical packages: 1",
              f"smpboot: Total of {ncpu} processors activated ({g.f(20000, 60000, 2)} BogoMIPS)",
              "devtmpfs: initialized", "x86/mm: Memory block size: 128MB",
              "NET: Registered PF_NETLINK/PF_ROUTE protocol family", "thermal_sys: Registered thermal governor 'fair_share'",
              "PCI: MMCONFIG for domain 0000 [bus 00-ff] at [mem 0xe0000000-0xefffffff] (base 0xe0000000)",
              "PCI: Using configuration type 1 for base access", "ACPI: Added _OSI(Module Device)",
              f"ACPI: {g.i(8, 14)} ACPI AML tables successfully acquired and loaded", "ACPI: PCI Root Bridge [PCI0] (domain 0000 [bus 00-fe])",
              "pci_bus 0000:00: root bus resource [io  0x0000-0x0cf7 window]", "pci_bus 0000:00: root bus resource [mem 0x000a0000-0x000bffff window]"]
        for dev, vid, cls in [("00:00.0", "8086:3e34", "0x060000"), ("00:02.0", "8086:3ea0", "0x030000"), ("00:04.0", "8086:1903", "0x118000"),
                              ("00:12.0", "8086:9df9", "0x118000"), ("00:14.0", "8086:9ded", "0x0c0330"), ("00:14.3", "8086:9df0", "0x028000"),
                              ("00:15.0", "8086:9de8", "0x0c8000"), ("00:16.0", "8086:9de0", "0x078000"), ("00:1c.0", "8086:9db8", "0x060400"),
                              ("00:1d.0", "8086:9db0", "0x060400"), ("00:1f.0", "8086:9d84", "0x060100"), ("00:1f.3", "8086:9dc8", "0x040380"),
                              ("00:1f.4", "8086:9da3", "0x0c0500"), ("00:1f.5", "8086:9da4", "0x0c8000"), ("02:00.0", "144d:a808", "0x010802"),
                              ("3b:00.0", "10ec:525a", "0xff0000")]:
            L.append(f"pci 0000:{dev}: [{vid}] type 0{g.c([0, 0, 1])} class {cls}")
            L.append(f"pci 0000:{dev}: reg 0x{g.c([10, 18, 20])}: [mem 0x{g.hex(8)}-0x{g.hex(8)} 64bit]")
            if g.p(0.3):
                L.append(f"pci 0000:{dev}: PME# supported from D0 D3hot D3cold")
        L += ["iommu: Default domain type: Translated", "SCSI subsystem initialized", "usbcore: registered new interface driver usbfs",
              "PCI: Using ACPI for IRQ routing", "NetLabel: Initializing", "clocksource: Switched to clocksource tsc-early",
              "NET: Registered PF_INET protocol family", "TCP established hash table entries: 131072 (order: 8, 1048576 bytes, linear)",
              "Initialise system trusted keyrings", "Key type asymmetric registered", "Serial: 8250/16550 driver, 32 ports, IRQ sharing enabled",
              "rtc_cmos 00:03: RTC can wake from S4", f"rtc_cmos 00:03: setting system clock to {datetime(2023, 3, 1, 7, g.i(0, 59), g.i(0, 59)):%Y-%m-%dT%H:%M:%S} UTC ({epoch(datetime(2023, 3, 1, 7, 5, 3))})",
              "intel_pstate: Intel P-state driver initializing", "ledtrig-cpu: registered to indicate activity on CPUs",
              "NET: Registered PF_INET6 protocol family", "microcode: sig=0x806eb, pf=0x80, revision=0xf4",
              "Loading compiled-in X.509 certificates", f"Loaded X.509 cert 'Build time autogenerated kernel key: {g.sha1()}'",
              "Freeing unused kernel image (initmem) memory: 3240K", "Write protecting the kernel read-only data: 30720k",
              "Run /init as init process", "  with arguments:", "    /init", "    splash", "  with environment:", "    HOME=/", "    TERM=linux",
              "nvme nvme0: pci function 0000:02:00.0", f"nvme nvme0: {g.c([4, 8, 12])}/0/0 default/read/poll queues", " nvme0n1: p1 p2 p3",
              "EXT4-fs (nvme0n1p2): mounted filesystem with ordered data mode. Opts: (null). Quota mode: none.",
              f"systemd[1]: systemd 249.11-0ubuntu3.11 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT +GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY -P11KIT -QRENCODE +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified)",
              "systemd[1]: Detected architecture x86-64.", "systemd[1]: Hostname set to <ws-lnx-042>.",
              f"iwlwifi 0000:00:14.3: loaded firmware version 46.{g.hex(8)}.0 9000-pu-b0-jf-b0-46.ucode op_mode iwlmvm",
              f"iwlwifi 0000:00:14.3: Detected Intel(R) Wireless-AC 9560 160MHz, REV=0x318",
              f"iwlwifi 0000:00:14.3: base HW address: {g.mac()}", "thermal LNXTHERM:00: registered as thermal_zone0",
              "Bluetooth: Core ver 2.22", "Bluetooth: HCI device and connection manager initialized",
              "snd_hda_intel 0000:00:1f.3: DSP detected with PCI class/subclass/prog-if info 0x040380",
              "input: DELL0953:00 06CB:7E92 Touchpad as /devices/pci0000:00/0000:00:15.1/i2c_designware.1/i2c-2/i2c-DELL0953:00/0018:06CB:7E92.0002/input/input20",
              "e1000e 0000:00:1f.6 eno1: renamed from eth0", "loop0: detected capacity change from 0 to 8",
              f"NUMA node 0: CPUs 0-{ncpu // 2 - 1},{ncpu // 2}-{ncpu - 1}",
              f"intel_rapl_common: Found RAPL domain package", "intel_rapl_common: Found RAPL domain core",
              "Adding 2097148k swap on /swapfile.  Priority:-2 extents:6 across:2260992k SSFS"]
        return L

    def record(self):
        g = self.g
        if self.bi < len(self.boot):
            self.bi += 1
            return [self.stamp(self.boot[self.bi - 1])]
        gap = g.r.expovariate(1 / 25)
        k = g.w([(6, 0), (3, 1), (3, 2), (3, 3), (2, 4), (2, 5), (1, 6), (1, 7), (2, 8), (1, 9), (1, 10), (1, 11), (1, 12), (1, 13), (1, 14)])
        if k == 0:
            return [self.stamp(f"[UFW BLOCK] IN=eno1 OUT= MAC={g.mac()}:{g.mac()}:08:00 SRC={g.ip_pub()} DST={g.ip_priv()} LEN={g.i(40, 60)} TOS=0x00 PREC=0x00 TTL={g.i(30, 250)} ID={g.i(1, 65535)} PROTO=TCP SPT={g.eport()} DPT={g.c([23, 22, 3389, 445, 8080, 5900, 2323])} WINDOW={g.c([1024, 65535, 29200])} RES=0x00 SYN URGP=0", gap)]
        if k == 1:
            bus, port, num = g.i(1, 4), g.i(1, 6), g.i(2, 60)
            vid, pid = g.hex(4), g.hex(4)
            prod = g.c(["Ultra", "USB Receiver", "DataTraveler 3.0", "Integrated_Webcam_HD", "YubiKey OTP+FIDO+CCID", "USB2.0 Hub", "Flash Drive"])
            return [self.stamp(f"usb {bus}-{port}: new high-speed USB device number {num} using xhci_hcd", gap),
                    self.stamp(f"usb {bus}-{port}: New USB device found, idVendor={vid}, idProduct={pid}, bcdDevice= {g.i(0, 9)}.{g.i(0, 99):02d}"),
                    self.stamp(f"usb {bus}-{port}: New USB device strings: Mfr=1, Product=2, SerialNumber=3"),
                    self.stamp(f"usb {bus}-{port}: Product: {prod}"),
                    self.stamp(f"usb {bus}-{port}: Manufacturer: {g.c(['SanDisk', 'Logitech', 'Kingston', 'Generic', 'Yubico', 'Realtek'])}"),
                    self.stamp(f"usb {bus}-{port}: SerialNumber: {g.HEX(g.c([12, 16, 20]))}")]
        if k == 2:
            sd = g.c("bcd")
            blocks = g.i(10 ** 7, 10 ** 9)
            return [self.stamp(f"sd {g.i(1, 8)}:0:0:0: [sd{sd}] {blocks} 512-byte logical blocks: ({blocks * 512 / 1e9:.1f} GB/{blocks * 512 / 2 ** 30:.1f} GiB)", gap),
                    self.stamp(f"sd {g.i(1, 8)}:0:0:0: [sd{sd}] Write Protect is off"),
                    self.stamp(f"sd {g.i(1, 8)}:0:0:0: [sd{sd}] Attached SCSI removable disk")]
        if k == 3:
            return [self.stamp(f"audit: type=1400 audit({epoch(datetime(2023, 3, 1)) + int(self.t)}.{g.i(0, 999):03d}:{g.i(10, 999)}): apparmor=\"{g.c(['DENIED', 'STATUS', 'ALLOWED'])}\" operation=\"{g.c(['open', 'profile_load', 'capable'])}\" profile=\"{g.c(['snap.firefox.firefox', '/usr/bin/man', 'lsb_release', 'nvidia_modprobe'])}\" name=\"{g.c(['/proc/sys/kernel/yama/ptrace_scope', '/etc/fstab', '/dev/shm/'])}\" pid={g.i(300, 99999)} comm=\"{g.c(['firefox', 'apparmor_parser', 'man'])}\"", gap)]
        if k == 4:
            return [self.stamp(f"e1000e 0000:00:1f.6 eno1: NIC Link is {g.c(['Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx', 'Down', 'Up 100 Mbps Full Duplex, Flow Control: None'])}", gap),
                    self.stamp("IPv6: ADDRCONF(NETDEV_CHANGE): eno1: link becomes ready")]
        if k == 5:
            a = g.i(0x7f0000000000, 0x7fffffffffff)
            comm = g.c(["chrome", "java", "node", "python3", "traits", "gnome-shell", "Xwayland"])
            return [self.stamp(f"{comm}[{g.i(300, 99999)}]: segfault at {g.c(['0', '8', hex(g.i(0x1000, 0xffffffff))[2:]])} ip {a:016x} sp 00007ff{g.hex(9)} error {g.c([4, 6, 14, 15])} in {g.c(['libc.so.6', 'libjvm.so', 'libglib-2.0.so.0.7200.4'])}[{a - g.i(0x1000, 0xfffff):x}+{g.i(0x1000, 0x9fffff):x}]", gap),
                    self.stamp(f"Code: {' '.join(g.hex(2) for _ in range(20))} <{g.hex(2)}> {' '.join(g.hex(2) for _ in range(10))}")]
        if k == 6:
            pid = g.i(300, 99999)
            comm = g.c(["java", "chrome", "node", "postgres", "python3"])
            L = [self.stamp(f"{comm} invoked oom-killer: gfp_mask=0x1100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj={g.c([0, 200, 300, 1000])}", gap),
                 self.stamp(f"CPU: {g.i(0, 7)} PID: {pid} Comm: {comm} Not tainted 5.15.0-91-generic #101-Ubuntu"),
                 self.stamp("Mem-Info:"),
                 self.stamp(f"active_anon:{g.i(10 ** 5, 4 * 10 ** 6)} inactive_anon:{g.i(10 ** 4, 10 ** 6)} isolated_anon:0"),
                 self.stamp(f" active_file:{g.i(100, 9999)} inactive_file:{g.i(100, 9999)} isolated_file:0"),
                 self.stamp(f" unevictable:{g.i(0, 99)} dirty:{g.i(0, 99)} writeback:0"),
                 self.stamp(f"Node 0 DMA free:{g.i(10000, 16000)}kB min:{g.i(10, 99)}kB low:{g.i(10, 99)}kB high:{g.i(10, 199)}kB reserved_highatomic:0KB active_anon:0kB inactive_anon:0kB present:15992kB managed:15360kB mlocked:0kB bounce:0kB free_pcp:0kB local_pcp:0kB free_cma:0kB"),
                 self.stamp(f"[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name")]
            for _ in range(g.i(3, 8)):
                p = g.i(300, 99999)
                L.append(self.stamp(f"[ {p:6d}]  {g.c([0, 33, 1000, 113]):4d} {p:5d} {g.i(1000, 9999999):8d} {g.i(100, 999999):8d} {g.i(40960, 9999999):14d} {g.i(0, 9999):8d} {g.c([0, -1000, 200, 300]):13d} {g.c(['systemd', 'java', 'node', 'postgres', 'sshd', 'dockerd', 'containerd-shim'])}"))
            L.append(self.stamp(f"oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/app.service,task={comm},pid={pid},uid={g.c([0, 1000])}"))
            L.append(self.stamp(f"Out of memory: Killed process {pid} ({comm}) total-vm:{g.i(10 ** 6, 3 * 10 ** 7)}kB, anon-rss:{g.i(10 ** 6, 10 ** 7)}kB, file-rss:0kB, shmem-rss:0kB, UID:{g.c([0, 1000])} pgtables:{g.i(1000, 99999)}kB oom_score_adj:0"))
            return L
        if k == 7:
            return [self.stamp(f"blk_update_request: I/O error, dev sd{g.c('ab')}, sector {g.i(10 ** 5, 10 ** 9)} op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 0", gap),
                    self.stamp(f"Buffer I/O error on dev sd{g.c('ab')}1, logical block {g.i(10 ** 4, 10 ** 8)}, async page read")]
        if k == 8:
            return [self.stamp(f"TCP: request_sock_TCP: Possible SYN flooding on port {g.c([443, 80, 8080])}. Sending cookies.  Check SNMP counters.", gap) if g.p(0.3) else
                    self.stamp(g.c(["nf_conntrack: nf_conntrack: table full, dropping packet", f"perf: interrupt took too long ({g.i(2501, 9000)} > {g.i(2500, 2600)}), lowering kernel.perf_event_max_sample_rate to {g.i(20000, 79000)}",
                                    f"mce: CPU{g.i(0, 7)}: Core temperature above threshold, cpu clock throttled (total events = {g.i(1, 9999)})",
                                    f"mce: CPU{g.i(0, 7)}: Core temperature/speed normal"]), gap)]
        if k == 9:
            return [self.stamp(f"EXT4-fs (sd{g.c('bc')}1): mounted filesystem with ordered data mode. Opts: (null). Quota mode: none.", gap)]
        if k == 10:
            return [self.stamp(f"wlp0s20f3: authenticate with {g.mac()}", gap), self.stamp(f"wlp0s20f3: send auth to {g.mac()} (try 1/3)"),
                    self.stamp(f"wlp0s20f3: authenticated"), self.stamp(f"wlp0s20f3: associate with {g.mac()} (try 1/3)"),
                    self.stamp(f"wlp0s20f3: RX AssocResp from {g.mac()} (capab=0x1411 status=0 aid={g.i(1, 30)})"), self.stamp("wlp0s20f3: associated")]
        if k == 11:
            return [self.stamp(f"docker0: port {g.i(1, 9)}(veth{g.hex(7)}) entered {g.c(['blocking', 'disabled', 'forwarding'])} state", gap),
                    self.stamp(f"device veth{g.hex(7)} {g.c(['entered', 'left'])} promiscuous mode")]
        if k == 12:
            return [self.stamp(f"[drm:intel_pipe_update_end [i915]] *ERROR* Atomic update failure on pipe A (start={g.i(10000, 999999)} end={g.i(10000, 999999)}) time {g.i(100, 999)} us, min {g.i(1000, 2000)}, max {g.i(1000, 2000)}, scanline start {g.i(1000, 2000)}, end {g.i(1000, 2000)}", gap)]
        if k == 13:
            return [self.stamp(f"PM: suspend entry (deep)", gap), self.stamp("Filesystems sync: 0.0{} seconds".format(g.i(10, 99))),
                    self.stamp("Freezing user space processes ... (elapsed 0.00{} seconds) done.".format(g.i(1, 9))),
                    self.stamp("OOM killer disabled."), self.stamp("ACPI: PM: Preparing to enter system sleep state S3"),
                    self.stamp("smpboot: CPU 1 is now offline"), self.stamp("ACPI: PM: Waking up from system sleep state S3"),
                    self.stamp("OOM killer enabled."), self.stamp("Restarting tasks ... done."), self.stamp("PM: suspend exit")]
        return [self.stamp(f"hrtimer: interrupt took {g.i(10000, 9999999)} ns", gap)]


# ---------------------------------------------------------------- Windows CBS -------------------

class WinCBS(LogFile):
    """2016-09-28 04:30:30, Info                  CBS    message"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2016, 9, 28, 4, 30, 30), 0.8)
        self.csi = 0
        self.session = f"{g.i(30000000, 31999999)}_{g.i(10 ** 9, 4 * 10 ** 9)}"
        self.kbs = [f"KB{g.i(2800000, 4999999)}" for _ in range(30)]

    def line(self, level, comp, msg):
        t = self.clock.next()
        return f"{t:%Y-%m-%d %H:%M:%S}, {level:<22}{comp:<7}{msg}"

    def pkg(self):
        g = self.g
        return g.c([f"Package_for_{g.c(self.kbs)}~31bf3856ad364e35~amd64~~6.1.{g.i(1, 4)}.{g.i(0, 9)}",
                    f"Package_{g.i(1, 99)}_for_{g.c(self.kbs)}~31bf3856ad364e35~amd64~~6.1.{g.i(1, 4)}.{g.i(0, 9)}",
                    f"Package_for_RollupFix~31bf3856ad364e35~amd64~~14393.{g.i(100, 999)}.1.{g.i(1, 9)}",
                    "Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~6.1.7601.17514"])

    def csi_line(self, msg):
        self.csi += 1
        t = self.clock.t - timedelta(hours=8)
        stamp = f"@{t.year}/{t.month}/{t.day}:{t:%H:%M:%S}.{ms(t)}" if self.g.p(0.4) else ""
        return self.line("Info", "CSI", f"{self.csi:08x}{stamp} {msg}")

    def record(self):
        g = self.g
        k = g.w([(10, 0), (8, 1), (3, 2), (4, 3), (2, 4), (2, 5), (3, 6), (2, 7), (2, 8), (1, 9), (1, 10), (1, 11), (2, 12), (1, 13), (1, 14)])
        if k == 0: return [self.line("Info", "CBS", f"Read out cached package applicability for package: {self.pkg()}, ApplicableState: {g.c([0, 80, 112])}, CurrentState:{g.c([0, 80, 112])}")]
        if k == 1: return [self.line("Info", "CBS", f"Appl: detect Parent, Package: {self.pkg()}, Parent: Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~6.1.7601.17514, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: {g.c(['present', 'absent'])}"),
                           self.line("Info", "CBS", f"Appl: detectParent: package: {self.pkg()}, disposition state from detectParent: {g.c(['Installed', 'Absent', 'Staged'])}")]
        if k == 2: return [self.line("Info", "CBS", g.c(["Starting TrustedInstaller initialization.", "Ending TrustedInstaller initialization.", "Starting the TrustedInstaller main loop.", "TrustedInstaller service starts successfully.", "No startup processing required, TrustedInstaller service was not set as autostart", "Startup processing thread terminated normally", "Idle processing thread terminated normally", "Trusted Installer is shutting down because: SHUTDOWN_REASON_AUTOSTOP", "NonStart: Checking to ensure startup processing was not required.", "NonStart: Success, startup processing not required as expected.", "Scavenge: Begin CSI Store", "Ending the TrustedInstaller main loop."]))]
        if k == 3: return [self.line("Info", "CBS", g.c(["SQM: Initializing online with Windows opt-in: False", "SQM: Cleaning up report files older than 10 days.", "SQM: Requesting upload of all unsent reports.",
                                                          "SQM: Failed to start upload with file pattern: C:\\Windows\\servicing\\sqm\\*_std.sqm, flags: 0x2 [HRESULT = 0x80004005 - E_FAIL]",
                                                          "SQM: Failed to start standard sample upload. [HRESULT = 0x80004005 - E_FAIL]", "SQM: Queued 0 file(s) for upload with pattern: C:\\Windows\\servicing\\sqm\\*_all.sqm, flags: 0x6"]))]
        if k == 4:
            self.session = f"{g.i(30000000, 31999999)}_{g.i(10 ** 9, 4 * 10 ** 9)}"
            return [self.line("Info", "CBS", f"Session: {self.session} initialized by client {g.c(['WindowsUpdateAgent', 'DISM Package Manager Provider', 'SPP', 'TiWorker'])}.")]
        if k == 5: return [self.line("Info", "CBS", f"Loaded Servicing Stack v6.1.7601.{g.i(23000, 24000)} with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_6.1.7601.{g.i(23000, 24000)}_none_{g.hex(16)}\\cbscore.dll")]
        if k == 6: return [self.csi_line(f"CSI Transaction @0x{g.hex(10)} initialized for deployment engine {{d16d444c-56d8-11d5-882d-0080c847b195}} with flags 00000002 and client id [10]\"TI5.{self.session}:1/\""),
                           self.csi_line(f"Creating NT transaction (seq {g.i(1, 9)}), objectname [6]\"(null)\""),
                           self.csi_line(f"Created NT transaction (seq {g.i(1, 9)}) result 0x00000000, handle @0x{g.hex(3)}")]
        if k == 7: return [self.csi_line(f"WcpInitialize (wcp.dll version 0.0.0.6) called (stack @0x7fed{g.hex(7)} @0x7fef{g.hex(7)} @0x7fef{g.hex(7)} @0xff{g.hex(6)} @0xff{g.hex(6)} @0xff{g.hex(6)})")]
        if k == 8: return [self.line("Warning", "CBS", "Unrecognized packageExtended attribute."), self.line("Info", "CBS", "Expecting attribute name [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]"),
                           self.line("Info", "CBS", "Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]")]
        if k == 9: return [self.line("Info", "CBS", f"Exec: Processing complete.  Session: {self.session}, Package: {self.pkg()}, Identifier: {g.c(self.kbs)} [HRESULT = 0x00000000 - S_OK]")]
        if k == 10: return [self.line("Error", "CBS", f"Failed to resolve package '{self.pkg()}' [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]")]
        if k == 11: return [self.line("Info", "CBS", f"WER: Generating failure report for package: {self.pkg()}, status: 0x800f0922, failure source: Execute, start state: Staged, target state: Installed, client id: WindowsUpdateAgent")]
        if k == 12: return [self.csi_line(f"[SR] Verifying {g.i(1, 100)} components"), self.csi_line("[SR] Beginning Verify and Repair transaction"),
                            self.csi_line(f"[SR] Verify complete"), self.csi_line(f"[SR] Repairing {g.i(0, 3)} components")]
        if k == 13: return [self.line("Info", "CBS", f"Plan: Package: {self.pkg()}, current: {g.c(['Installed', 'Staged', 'Absent'])}, pending: Default, start: {g.c(['Installed', 'Staged'])}, applicable: Installed, targeted: {g.c(['Installed', 'Absent'])}, limit: Installed")]
        return [self.line("Info", "CBS", f"Mark store corruption flag because of package: {self.pkg()}. [HRESULT = 0x80070490 - ERROR_NOT_FOUND]" if g.p(0.1) else f"Perf: InstallUninstallChain complete.")]


# ---------------------------------------------------------------- Windows event XML --------------

class WinEventXml(LogFile):
    """wevtutil qe Security /f:xml: one <Event> element per line"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 7, 58, 12, 412345), 6)
        self.rec = {"Security": g.i(100000, 9000000), "System": g.i(10000, 900000), "Application": g.i(10000, 900000)}
        self.computer = f"WS-{g.i(100, 9999):04d}.corp.example.com"
        self.domsid = f"S-1-5-21-{g.i(10 ** 9, 4 * 10 ** 9)}-{g.i(10 ** 9, 4 * 10 ** 9)}-{g.i(10 ** 8, 4 * 10 ** 9)}"

    def ev(self, channel, provider, guid, eid, version, level, task, keywords, data, pid=None, tid=None, userdata=None):
        g = self.g
        t = self.clock.next()
        self.rec[channel] += 1
        prov = f"<Provider Name='{provider}'" + (f" Guid='{{{guid}}}'" if guid else "") + "/>"
        corr = f"<Correlation ActivityID='{{{g.uuid().upper()}}}'/>" if channel == "Security" and g.p(0.6) else "<Correlation/>"
        sysx = (f"<System>{prov}<EventID>{eid}</EventID><Version>{version}</Version><Level>{level}</Level><Task>{task}</Task>"
                f"<Opcode>0</Opcode><Keywords>{keywords}</Keywords><TimeCreated SystemTime='{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{g.i(0, 9)}Z'/>"
                f"<EventRecordID>{self.rec[channel]}</EventRecordID>{corr}<Execution ProcessID='{pid or g.i(4, 9000)}' ThreadID='{tid or g.i(4, 20000)}'/>"
                f"<Channel>{channel}</Channel><Computer>{self.computer}</Computer><Security/></System>")
        body = "<EventData>" + "".join(f"<Data Name='{k}'>{v}</Data>" if k else f"<Data>{v}</Data>" for k, v in data) + "</EventData>" if data is not None else (userdata or "")
        return f"<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>{sysx}{body}</Event>"

    def logon(self, user, domain, sid, ltype=None):
        g = self.g
        ltype = ltype or g.c([2, 3, 3, 5, 7, 10, 11])
        return self.ev("Security", "Microsoft-Windows-Security-Auditing", "54849625-5478-4994-A5BA-3E3B0328C30D", 4624, 2, 0, 12544, "0x8020000000000000",
                       [("SubjectUserSid", "S-1-5-18"), ("SubjectUserName", self.computer.split(".")[0] + "$"), ("SubjectDomainName", "CORP"), ("SubjectLogonId", f"0x{g.hex(3)}"),
                        ("TargetUserSid", sid), ("TargetUserName", user), ("TargetDomainName", domain), ("TargetLogonId", f"0x{g.hex(g.c([5, 6, 7]))}"),
                        ("LogonType", ltype), ("LogonProcessName", g.c(["User32 ", "NtLmSsp ", "Kerberos", "Advapi  "])), ("AuthenticationPackageName", g.c(["Negotiate", "NTLM", "Kerberos"])),
                        ("WorkstationName", self.computer.split(".")[0]), ("LogonGuid", "{" + g.uuid().upper() + "}"), ("TransmittedServices", "-"),
                        ("LmPackageName", "-"), ("KeyLength", "0"), ("ProcessId", f"0x{g.hex(3)}"), ("ProcessName", g.c(["C:\\Windows\\System32\\svchost.exe", "C:\\Windows\\System32\\winlogon.exe", "C:\\Windows\\System32\\services.exe", "-"])),
                        ("IpAddress", g.c(["-", "127.0.0.1", g.ip_priv()])), ("IpPort", g.c(["-", "0", str(g.eport())])), ("ImpersonationLevel", "%%1833"),
                        ("RestrictedAdminMode", "-"), ("TargetOutboundUserName", "-"), ("TargetOutboundDomainName", "-"), ("VirtualAccount", "%%1843"),
                        ("TargetLinkedLogonId", "0x0"), ("ElevatedToken", g.c(["%%1842", "%%1843"]))], pid=g.c([636, 700, 812]))

    def record(self):
        g = self.g
        svc = g.c(["svc_backup", "svc_sql", "Administrator", "SYSTEM", "LOCAL SERVICE", "NETWORK SERVICE", "DWM-1", "UMFD-0", self.computer.split(".")[0] + "$"])
        sid = g.c(["S-1-5-18", "S-1-5-19", "S-1-5-20", f"{self.domsid}-{g.i(500, 9999)}", f"S-1-5-90-0-{g.i(1, 9)}", f"S-1-5-96-0-{g.i(0, 9)}"])
        k = g.w([(6, 0), (3, 1), (4, 2), (4, 3), (3, 4), (2, 5), (1, 6), (1, 7), (1, 8), (1, 9), (1, 10)])
        if k == 0: return [self.logon(svc, g.c(["CORP", "NT AUTHORITY", "Window Manager", "Font Driver Host"]), sid)]
        if k == 1: return [self.ev("Security", "Microsoft-Windows-Security-Auditing", "54849625-5478-4994-A5BA-3E3B0328C30D", 4634, 0, 0, 12545, "0x8020000000000000",
                                   [("TargetUserSid", sid), ("TargetUserName", svc), ("TargetDomainName", "CORP"), ("TargetLogonId", f"0x{g.hex(6)}"), ("LogonType", g.c([3, 5, 2]))], pid=812)]
        if k == 2: return [self.ev("Security", "Microsoft-Windows-Security-Auditing", "54849625-5478-4994-A5BA-3E3B0328C30D", 4672, 0, 0, 12548, "0x8020000000000000",
                                   [("SubjectUserSid", sid), ("SubjectUserName", svc), ("SubjectDomainName", "NT AUTHORITY"), ("SubjectLogonId", f"0x{g.hex(5)}"),
                                    ("PrivilegeList", "SeAssignPrimaryTokenPrivilege\r\n\t\t\tSeTcbPrivilege\r\n\t\t\tSeSecurityPrivilege\r\n\t\t\tSeTakeOwnershipPrivilege\r\n\t\t\tSeLoadDriverPrivilege\r\n\t\t\tSeBackupPrivilege".replace("\r\n\t\t\t", "&#13;&#10;&#9;&#9;&#9;"))], pid=812)]
        if k == 3:
            exe = g.c(["C:\\Windows\\System32\\svchost.exe", "C:\\Windows\\System32\\conhost.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "C:\\Windows\\System32\\taskhostw.exe", "C:\\Windows\\System32\\backgroundTaskHost.exe"])
            return [self.ev("Security", "Microsoft-Windows-Security-Auditing", "54849625-5478-4994-A5BA-3E3B0328C30D", 4688, 2, 0, 13312, "0x8020000000000000",
                            [("SubjectUserSid", sid), ("SubjectUserName", svc), ("SubjectDomainName", "CORP"), ("SubjectLogonId", f"0x{g.hex(5)}"),
                             ("NewProcessId", f"0x{g.hex(4)}"), ("NewProcessName", exe), ("TokenElevationType", g.c(["%%1936", "%%1937", "%%1938"])),
                             ("ProcessId", f"0x{g.hex(3)}"), ("CommandLine", f"\"{exe}\" " + g.c(["-k netsvcs -p -s Schedule", "0xffffffff -ForceV1", "--type=renderer --field-trial-handle=" + str(g.i(1000, 9999)) + "," + str(g.i(10 ** 15, 10 ** 17)), "-NoProfile -ExecutionPolicy Bypass -File C:\\ops\\inventory.ps1"])),
                             ("TargetUserSid", "S-1-0-0"), ("TargetUserName", "-"), ("TargetDomainName", "-"), ("TargetLogonId", "0x0"),
                             ("ParentProcessName", "C:\\Windows\\System32\\services.exe"), ("MandatoryLabel", "S-1-16-16384")], pid=4)]
        if k == 4:
            svcname = g.c(["Windows Update", "Background Intelligent Transfer Service", "Windows Modules Installer", "Print Spooler", "WinHTTP Web Proxy Auto-Discovery Service", "Microsoft Defender Antivirus Network Inspection Service", "Delivery Optimization", "Software Protection"])
            state = g.c(["running", "stopped"])
            return [self.ev("System", "Service Control Manager", "555908d1-a6d7-4695-8e1e-26931d2012f4", 7036, 0, 4, 0, "0x8080000000000000",
                            [("param1", svcname), ("param2", state), ("param3", "")], pid=g.c([700, 748]), tid=g.i(100, 9000))]
        if k == 5:
            return [self.ev("System", "Microsoft-Windows-DistributedCOM", "1B562E86-B7AA-4131-BADC-B6F3A001407E", 10016, 0, 3, 0, "0x8080000000000000",
                            [("param1", "application-specific"), ("param2", "Local"), ("param3", "Activation"), ("param4", "{2593F8B9-4EAF-457C-B68A-50F6B8EA6B54}"),
                             ("param5", "{15C20B67-12E7-4BB6-92BB-7AFF07997402}"), ("param6", "CORP"), ("param7", svc), ("param8", sid),
                             ("param9", "LocalHost (Using LRPC)"), ("param10", "Unavailable"), ("param11", "Unavailable")])]
        if k == 6:
            return [self.ev("System", "User32", "b0aa8734-56f7-41cc-b2f4-de228e98b946", 1074, 1, 4, 0, "0x8080000000000000",
                            [("param1", "C:\\Windows\\system32\\svchost.exe (" + self.computer.split(".")[0] + ")"), ("param2", self.computer.split(".")[0]),
                             ("param3", "Operating System: Upgrade (Planned)"), ("param4", "0x80020003"), ("param5", "restart"), ("param6", ""), ("param7", "NT AUTHORITY\\SYSTEM")])]
        if k == 7:
            return [self.ev("System", "EventLog", None, 6005 if g.p(0.5) else 6013, 0, 4, 0, "0x80000000000000", [("", "")] if g.p(0.5) else [("", str(g.i(10, 9999999))), ("", "60"), ("", "0 W. Europe Standard Time")])]
        if k == 8:
            return [self.ev("Application", "Microsoft-Windows-Security-SPP", "E23B33B0-C8C9-472C-A5F9-F2BDFEA0F156", 16384, 0, 4, 0, "0x80000000000000",
                            [("", f"{(self.clock.t + timedelta(days=g.i(1, 30))):%Y-%m-%dT%H:%M:%S}Z"), ("", "RulesEngine")])]
        if k == 9:
            return [self.ev("Security", "Microsoft-Windows-Security-Auditing", "54849625-5478-4994-A5BA-3E3B0328C30D", 4625, 0, 0, 12544, "0x8010000000000000",
                            [("SubjectUserSid", "S-1-0-0"), ("SubjectUserName", "-"), ("SubjectDomainName", "-"), ("SubjectLogonId", "0x0"), ("TargetUserSid", "S-1-0-0"),
                             ("TargetUserName", g.c(["ADMINISTRATOR", "admin", "scanner", "test", "guest", "sql"])), ("TargetDomainName", ""), ("Status", "0xc000006d"),
                             ("FailureReason", "%%2313"), ("SubStatus", g.c(["0xc000006a", "0xc0000064"])), ("LogonType", "3"), ("LogonProcessName", "NtLmSsp "),
                             ("AuthenticationPackageName", "NTLM"), ("WorkstationName", "-"), ("TransmittedServices", "-"), ("LmPackageName", "-"), ("KeyLength", "0"),
                             ("ProcessId", "0x0"), ("ProcessName", "-"), ("IpAddress", g.ip_pub()), ("IpPort", str(g.eport()))], pid=812)]
        return [self.ev("Application", "Microsoft-Windows-Perflib", "13B197BD-7CEE-4B4E-8DD0-59314CE374CE", 1008, 0, 3, 0, "0x80000000000000", None,
                        userdata=f"<UserData><EventXML xmlns='Perflib'><param1>{g.c(['BITS', 'ESENT', 'Lsa', 'MSDTC'])}</param1><param2>C:\\Windows\\System32\\{g.c(['bitsperf.dll', 'esentprf.dll', 'Secur32.dll'])}</param2><binaryDataSize>8</binaryDataSize><binaryData>{g.HEX(16)}</binaryData></EventXML></UserData>")]

    def plants(self):
        return [self.p_aad]

    def p_aad(self):
        e = self.pii.email()
        return one(self.logon(e, "AzureAD", f"S-1-12-1-{self.g.i(10 ** 9, 4 * 10 ** 9)}-{self.g.i(10 ** 9, 4 * 10 ** 9)}-{self.g.i(10 ** 9, 4 * 10 ** 9)}-{self.g.i(10 ** 9, 4 * 10 ** 9)}", 2), "email")


# ---------------------------------------------------------------- Android logcat -----------------

class Logcat(LogFile):
    """adb logcat -v threadtime: 03-17 16:13:38.811  1702  2395 D WindowManager: ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 17, 16, 13, 38, 811000), 0.15)
        self.sys_pid = g.i(1500, 1800)
        self.sys_tids = [self.sys_pid + g.i(10, 900) for _ in range(20)]
        self.apps = {p: g.i(3000, 32000) for p in ("com.example.shop", "com.android.systemui", "com.google.android.gms", "com.whatsapp", "com.spotify.music", "com.example.carlink")}
        self.uid = {p: 10000 + g.i(20, 400) for p in self.apps}

    def line(self, pid, tid, lvl, tag, msg):
        t = self.clock.next()
        return f"{t:%m-%d %H:%M:%S}.{ms(t)} {pid:5d} {tid:5d} {lvl} {tag}: {msg}"

    def sysl(self, lvl, tag, msg):
        return self.line(self.sys_pid, self.g.c(self.sys_tids), lvl, tag, msg)

    def app(self, pkg, lvl, tag, msg):
        pid = self.apps[pkg]
        return self.line(pid, pid if self.g.p(0.6) else pid + self.g.i(10, 300), lvl, tag, msg)

    def record(self):
        g = self.g
        pkg = g.c(list(self.apps))
        t = self.clock.t
        k = g.w([(5, 0), (2, 1), (2, 2), (4, 3), (4, 4), (3, 5), (3, 6), (3, 7), (2, 8), (3, 9), (2, 10), (2, 11), (2, 12), (2, 13), (2, 14), (1, 15), (2, 16), (1, 17), (1, 18), (2, 19), (1, 20)])
        if k == 0: return [self.sysl("D", "WindowManager", f"Relayout Window{{{g.hex(7)} u0 {pkg}/{pkg}.MainActivity}}: viewVisibility={g.c([0, 4, 8])} req={g.c(['1080x2340', '1080x2400', '720x1600'])} WM.LayoutParams{{(0,0)(fillxfill) sim=#{g.i(10, 40)} ty=1 fl=#{g.HEX(8)} pfl=0x{g.hex(5)} wanim=0x{g.hex(8)} vsysui=0x{g.hex(3)} needsMenuKey=2 colorMode=0}}")]
        if k == 1: return [self.sysl("I", "ActivityManager", f"Start proc {g.i(3000, 32000)}:{pkg}/u0a{self.uid[pkg] - 10000} for {g.c(['activity', 'service', 'broadcast', 'content provider'])} {{{pkg}/{pkg}.{g.c(['MainActivity', 'sync.SyncService', 'push.FcmReceiver', 'ui.SplashActivity'])}}}")]
        if k == 2: return [self.sysl("I", "ActivityManager", g.c([f"Displayed {pkg}/.MainActivity: +{g.i(120, 3000)}ms", f"Killing {self.apps[pkg]}:{pkg}/u0a{self.uid[pkg] - 10000} (adj {g.c([900, 906, 925, 985])}): empty #{g.i(17, 40)}"]))]
        if k == 3: return [self.sysl("D", "PowerManagerService", f"{g.c(['acquire', 'release'])} lock={g.i(10 ** 7, 2 * 10 ** 9)}, flags=0x{g.c(['1', '6', '10', '1000000a'])}, tag=\"{g.c(['*alarm*', 'NlpWakeLock', 'GCM_CONN_ALARM', '*job*/com.google.android.gms/.gcm.nts.TaskExecutionService', 'AudioMix'])}\", name={g.c(['android', pkg])}, ws=WorkSource{{{self.uid[pkg]}}}, uid={g.c([1000, self.uid[pkg]])}, pid={g.c([self.sys_pid, self.apps[pkg]])}")]
        if k == 4:
            x, y = g.f(0, 1080, 1), g.f(0, 2340, 1)
            return [self.app(pkg, "I", "ViewRootImpl@" + g.hex(7) + "[MainActivity]", f"ViewPostIme pointer {g.c([0, 1])}")] if g.p(0.4) else \
                   [self.app(pkg, "D", "InputEventReceiver", f"MotionEvent {{ action=ACTION_{g.c(['DOWN', 'UP', 'MOVE'])}, actionButton=0, id[0]=0, x[0]={x}, y[0]={y}, toolType[0]=TOOL_TYPE_FINGER, buttonState=0, classification=NONE, metaState=0, flags=0x0, edgeFlags=0x0, pointerCount=1, historySize=0, eventTime={g.i(10 ** 7, 10 ** 9)}, downTime={g.i(10 ** 7, 10 ** 9)}, deviceId={g.i(2, 9)}, source=0x1002, displayId=0 }}")]
        if k == 5: return [self.sysl("I", "InputDispatcher", f"Delivering touch to ({self.apps[pkg]}): action: 0x{g.c([0, 1, 2])}, toolType: 1")]
        if k == 6: return [self.sysl("D", "BatteryService", f"Processing new values: info={{chargerAcOnline=false, chargerUsbOnline={g.c(['true', 'false'])}, chargerWirelessOnline=false, maxChargingCurrent={g.c([0, 500000, 3000000])}, maxChargingVoltage={g.c([0, 5000000])}, batteryStatus={g.i(2, 5)}, batteryHealth=2, batteryPresent=true, batteryLevel={g.i(5, 100)}, batteryVoltage={g.i(3600, 4400)}, batteryTemperature={g.i(250, 420)}, batteryFullCharge={g.i(3000000, 5000000)}, batteryChargeCounter={g.i(100000, 5000000)}, batteryTechnology=Li-ion}}, mBatteryLevelCritical=false, mPlugType={g.c([0, 2])}")]
        if k == 7: return [self.line(self.apps[pkg], self.apps[pkg], "I", "Choreographer", f"Skipped {g.i(30, 400)} frames!  The application may be doing too much work on its main thread.")]
        if k == 8: return [self.app(pkg, "I", "OpenGLRenderer", f"Davey! duration={g.i(700, 3000)}ms; Flags=0, FrameTimelineVsyncId={g.i(10 ** 6, 10 ** 8)}, IntendedVsync={g.i(10 ** 11, 10 ** 13)}, Vsync={g.i(10 ** 11, 10 ** 13)}, InputEventId=0, HandleInputStart={g.i(10 ** 11, 10 ** 13)}, AnimationStart={g.i(10 ** 11, 10 ** 13)}, PerformTraversalsStart={g.i(10 ** 11, 10 ** 13)}, DrawStart={g.i(10 ** 11, 10 ** 13)}, SyncQueued={g.i(10 ** 11, 10 ** 13)}, GpuCompleted={g.i(10 ** 11, 10 ** 13)}, ")]
        if k == 9: return [self.line(g.i(900, 1200), g.i(900, 1200), "D", "wpa_supplicant", f"wlan0: CTRL-EVENT-SIGNAL-CHANGE above={g.i(0, 1)} signal={g.i(-90, -35)} noise={g.i(-99, -85)} txrate={g.c([6500, 144400, 433300, 866700])}")]
        if k == 10: return [self.sysl("D", "ConnectivityService", g.c([f"NetworkAgentInfo [WIFI () - {g.i(100, 200)}] validation passed", f"requestNetwork for uid/pid:{self.uid[pkg]}/{self.apps[pkg]} activeRequest: null callbackRequest: {g.i(100, 900)} [NetworkRequest [ REQUEST id={g.i(100, 900)}, [ Capabilities: INTERNET&NOT_RESTRICTED&TRUSTED&NOT_VCN_MANAGED Uid: {self.uid[pkg]} RequestorUid: {self.uid[pkg]} RequestorPkg: {pkg}] ]] callback flags: 0 priority: 2147483647"]))]
        if k == 11: return [self.app(pkg, "I", "art" if g.p(0.5) else pkg.split(".")[-1], f"Background concurrent copying GC freed {g.i(1000, 200000)}({g.i(1, 40)}MB) AllocSpace objects, {g.i(0, 40)}({g.i(0, 9000)}KB) LOS objects, {g.i(20, 90)}% free, {g.i(4, 90)}MB/{g.i(20, 200)}MB, paused {g.i(20, 900)}us,{g.i(20, 900)}us total {g.f(5, 400, 3)}ms")]
        if k == 12: return [self.line(g.i(500, 900), g.i(500, 900), "I", "chatty", f"uid={g.c([1000, 1041, self.uid[pkg]])}({g.c(['system', 'audioserver', pkg])}) {g.c(['Binder:' + str(self.sys_pid) + '_' + str(g.i(1, 9)), 'AudioOut_D', 'RenderThread'])} identical {g.i(1, 40)} lines")]
        if k == 13: return [self.sysl("I", "LocationManagerService", f"request {g.hex(7)} {g.c(['gps', 'network', 'fused'])} Request[ACCURACY_FINE {g.c(['gps', 'network', 'fused'])} requested=+{g.i(1, 60)}s0ms fastest=+{g.i(1, 10)}s0ms] from {g.c(['com.google.android.gms', pkg])}({self.uid[pkg]} {g.c(['foreground', 'background'])})")]
        if k == 14: return [self.sysl("D", "AlarmManager", f"Alarm {{{g.hex(7)} type {g.c([0, 2, 3])} origWhen {epoch_ms(t) + g.i(1000, 900000)} whenElapsed {g.i(10 ** 6, 10 ** 9)} {pkg}}} is remove by cancel")]
        if k == 15: return [self.line(g.i(600, 900), g.i(600, 900), "W", "AudioFlinger", f"write blocked for {g.i(50, 500)} msecs, {g.i(1, 9000)} delayed writes, thread 0x{g.hex(12)}")]
        if k == 16: return [self.app("com.example.shop", g.c("DI"), "OkHttp", g.c([f"--> GET https://api.example.com/v1/products?page={g.i(1, 40)}&size=20 http/1.1", f"<-- 200 OK https://api.example.com/v1/cart ({g.i(20, 2000)}ms, {g.i(100, 90000)}-byte body)", f"--> POST https://api.example.com/v1/events ({g.i(100, 9000)}-byte body)"]))]
        if k == 17: return [self.sysl("W", "ActivityManager", f"Background start not allowed: service Intent {{ act=com.google.android.c2dm.intent.RECEIVE flg=0x{g.hex(8)} pkg={pkg} cmp={pkg}/.push.FcmService (has extras) }} to {pkg}/.push.FcmService from pid={self.apps['com.google.android.gms']} uid={self.uid['com.google.android.gms']} pkg=com.google.android.gms startFg?=false")]
        if k == 18:
            lines = [self.app(pkg, "E", "AndroidRuntime", "FATAL EXCEPTION: main"),
                     self.app(pkg, "E", "AndroidRuntime", f"Process: {pkg}, PID: {self.apps[pkg]}"),
                     self.app(pkg, "E", "AndroidRuntime", "java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference")]
            for fr in g.r.sample(ANDROID_FRAMES, 6):
                lines.append(self.app(pkg, "E", "AndroidRuntime", f"\tat {fr}"))
            return lines
        if k == 19: return [self.sysl("D", "TelephonyRegistry" if g.p(0.5) else "SignalStrength", f"notifySignalStrengthForPhoneId: subId={g.i(1, 3)} phoneId=0 ss=SignalStrength:{{mCdma=Invalid,mGsm=Invalid,mWcdma=Invalid,mTdscdma=Invalid,mLte=CellSignalStrengthLte: rssi={g.i(-110, -50)} rsrp={g.i(-130, -70)} rsrq={g.i(-20, -3)} rssnr={g.i(-5, 30)} cqi=2147483647 ta=2147483647 level={g.i(0, 4)} parametersUseForLevel=0,mNr=Invalid,primary=CellSignalStrengthLte}}")]
        return [self.sysl("I", "KeyguardUpdateMonitor", f"handleBatteryUpdate: level={g.i(5, 100)}, plugged={g.c(['true', 'false'])}")]

    def plants(self):
        return [self.p_loc, self.p_contact, self.p_otp, self.p_vin]

    def p_loc(self):
        g = self.g
        lat, lon = self.pii.coord(6)
        return one(self.app("com.example.shop", "D", "DeliveryTracker", f"onLocationChanged: Location[fused {lat:.6f},{lon:.6f} hAcc={g.f(3, 40, 1)} et=+{g.i(0, 9)}d{g.i(0, 23)}h{g.i(0, 59)}m{g.i(0, 59)}s{g.i(0, 999)}ms alt={g.f(0, 300, 1)} vel={g.f(0, 30, 1)} bear={g.f(0, 359, 1)} vAcc={g.f(1, 10, 1)} sAcc=??? bAcc=??? {{Bundle[mParcelledData.dataSize=52]}}]"), "location")

    def p_contact(self):
        n = self.pii.name()
        return one(self.app("com.whatsapp", "D", "ContactsSync", f"upsert raw_contact_id={self.g.i(100, 9999)} display_name: {n[0]} starred=0"), "name")

    def p_otp(self):
        p = self.pii.phone()
        return one(self.app("com.example.shop", "I", "OtpService", f"requesting verification code, sms to {p}"), "phone")

    def p_vin(self):
        v = self.pii.vin()
        return one(self.app("com.example.carlink", "D", "CarLink", f"vehicle paired: vin={v} fw={self.g.semver()} bt={self.g.mac().upper()}"), "vin")


ANDROID_FRAMES = ["com.example.shop.ui.cart.CartFragment.onBindViewHolder(CartFragment.kt:142)",
                  "androidx.recyclerview.widget.RecyclerView$Adapter.bindViewHolder(RecyclerView.java:7254)",
                  "android.view.View.dispatchTouchEvent(View.java:15004)", "android.os.Handler.handleCallback(Handler.java:942)",
                  "android.os.Looper.loopOnce(Looper.java:201)", "android.os.Looper.loop(Looper.java:288)",
                  "android.app.ActivityThread.main(ActivityThread.java:7872)", "java.lang.reflect.Method.invoke(Native Method)",
                  "com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run(RuntimeInit.java:548)",
                  "com.android.internal.os.ZygoteInit.main(ZygoteInit.java:936)"]


# ---------------------------------------------------------------- macOS system.log --------------

class MacSystem(LogFile):
    """Jul  1 09:00:55 calvisitor-10-105-160-95 kernel[0]: ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2017, 7, 1, 9, 0, 55), 12)
        self.hosts = [f"{g.c(['calvisitor', 'visitor', 'dhcp', 'guest-wlan'])}-10-{g.i(100, 120)}-{g.i(1, 254)}-{g.i(1, 254)}" for _ in range(3)] + ["authorMacBook-Pro", "MacBook-Air-2"]
        self.host = self.hosts[0]
        self.pids = {n: g.i(40, 900) for n in ("symptomsd", "com.apple.CDScheduler", "UserEventAgent", "mDNSResponder", "WindowServer", "syslogd", "secd", "networkd", "sharingd", "locationd", "corecaptured", "Mail", "imagent")}

    def line(self, proc, msg, pid=None):
        t = self.clock.next()
        if self.g.p(0.01):
            self.host = self.g.c(self.hosts)
        pid = pid if pid is not None else self.pids.get(proc, self.g.i(100, 40000))
        return f"{syslog_ts(t)} {self.host} {proc}[{pid}]: {msg}"

    def record(self):
        g = self.g
        t = self.clock.t
        k = g.w([(12, 0), (2, 1), (2, 2), (2, 3), (2, 4), (2, 5), (1, 6), (1, 7), (1, 8), (1, 9), (2, 10), (1, 11), (1, 12), (1, 13), (2, 14)])
        if k == 0: return [self.line("kernel", g.c([f"ARPT: {g.f(600000, 700000, 6)}: AirPort_Brcm43xx::syncPowerState: WWEN[{g.c(['enabled', 'disable'])}]",
                                                   f"AppleCamIn::systemWakeCall - messageType = 0x{g.c(['E0000340', 'E0000280', 'E0000320'])}",
                                                   f"Wake reason: {g.c(['RTC (Alarm)', 'EC.LidOpen (User)', 'ARPT (Network)', '?'])}",
                                                   f"AirPort: Link {g.c(['Down', 'Up'])} on awdl0. Reason 1 (Unspecified).",
                                                   "en0: 802.11d country code set to 'US'.", f"Previous sleep cause: {g.i(1, 5)}",
                                                   f"IOPMrootDomain: idle cancel : msg 0x{g.c(['E0000280', 'E0000300'])}",
                                                   f"IOThunderboltSwitch<0>(0x0)::listenerCallback - Thunderbolt HPD packet for route = 0x0 port = {g.i(1, 12)} unplug = {g.i(0, 1)}",
                                                   f"Sandbox: com.apple.Addres({g.i(300, 40000)}) deny(1) network-outbound /private/var/run/mDNSResponder",
                                                   f"PM response took {g.i(100, 3000)} ms ({g.i(40, 900)}, powerd)", "RTC: Maintenance 2017/7/1 16:00:00, sleep 2017/7/1 15:55:02",
                                                   f"AppleThunderboltNHIType2::prePCIWake - power up complete - took {g.i(1, 9)} us"]), pid=0)]
        if k == 1: return [self.line("symptomsd", "-[NetworkAnalyticsEngine observeValueForKeyPath:ofObject:change:context:], ignoring change of key path: _nwPath because network is not changed")]
        if k == 2: return [self.line("com.apple.CDScheduler", f"Thermal pressure state: {g.i(0, 2)} Memory pressure state: {g.i(0, 1)}")]
        if k == 3: return [self.line("UserEventAgent", f"Captive: [CNInfoNetworkActive:1748] en0: SSID '{g.c(['CalVisitor', 'eduroam', 'Guest-WiFi', 'HOME-5G'])}' making interface primary (cache indicates network not captive)")]
        if k == 4: return [self.line("mDNSResponder", f"mDNS_RegisterInterface: Frequent transitions for interface {g.c(['awdl0', 'en0'])} (FE80:0000:0000:0000:{g.HEX(4)}:{g.HEX(4)}:{g.HEX(4)}:{g.HEX(4)})")]
        if k == 5: return [self.line("sharingd", f"{t:%H:%M:%S}.{ms(t)} : {g.c(['Scanning mode Contacts Only', 'BTLE scanner Powered On', 'Stopped advertising', 'Starting AirDrop server for user 501 on wake'])}")]
        if k == 6: return [self.line("Google Chrome Helper", f"Libnotify: notify_register_coalesced_registration failed with code 9 on line {g.i(2000, 3000)}")]
        if k == 7: return [self.line("com.apple.xpc.launchd", f"(com.apple.{g.c(['quicklook', 'imfoundation.IMRemoteURLConnectionAgent', 'WebKit.Networking'])}[{g.i(1000, 90000)}]) Endpoint has been activated through legacy launch(3) APIs. Please switch to XPC or bootstrap_check_in(): com.apple.quicklook", pid=1)]
        if k == 8: return [self.line("WindowServer", f"CGXDisplayDidWakeNotification [{g.i(10 ** 14, 10 ** 15)}]: posting kCGSDisplayDidWake")]
        if k == 9: return [self.line("corecaptured", f"CCFile::captureLog Received Capture notice id: {epoch(t)}.{g.i(0, 999999):06d}, reason = {g.c(['AuthFail:sts:5_rsn:0', 'AssocFail:sts:2_rsn:0', 'DeauthInd:sts:0_rsn:7'])}")]
        if k == 10: return [self.line("secd", f" SOSAccountThisDeviceCanSyncWithCircle sync with device failure: Error Domain=com.apple.security.sos.error Code=1035 \"Account identity not set\" UserInfo={{NSDescription=Account identity not set}}")]
        if k == 11: return [self.line("networkd", f"-[NETClientConnection evaluateCrazyIvan46] CI46 - Hit by torpedo! {g.c(['QQ', 'WeChat', 'Safari'])}.{g.i(1000, 90000)} tc{g.i(1000, 90000)} {g.ip_pub()}:{g.c([443, 80, 14000, 5223])}")]
        if k == 12: return [self.line("syslogd", "ASL Sender Statistics")] + (["--- last message repeated 1 time ---"] if g.p(0.5) else [])
        if k == 13: return [self.line("com.apple.AddressBook.ContactsAccountsService", f"[Accounts] Current connection, connection from pid {g.i(300, 9000)}, doesn't have account access.")]
        return [self.line(g.c(["Microsoft Word", "Safari", "QQ", "Spotify", "Slack Helper"]), g.c([f"button report: 0x{g.HEX(7)}", "objc[{}]: Class FIFinderSyncExtensionHost is implemented in both /System/Library/PrivateFrameworks/FinderKit.framework/Versions/A/FinderKit and /System/Library/PrivateFrameworks/FileProvider.framework/FileProvider. One of the two will be used. Which one is undefined.".format(g.i(300, 9000)),
                                                                                                            f"CoreAnimation: warning, deleted thread with uncommitted CATransaction; set CA_DEBUG_TRANSACTIONS=1 in environment to log backtraces."]))]

    def plants(self):
        return [self.p_loc, self.p_mail]

    def p_loc(self):
        g = self.g
        lat, lon = self.pii.coord(8)
        t = self.clock.t
        return one(self.line("locationd", f"Location: <{lat:+.8f},{lon:+.8f}> +/- {g.f(5, 165, 2):.2f}m (speed -1.00 mps / course -1.00) @ {t.month}/{t.day}/{t:%y}, {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'} Pacific Daylight Time"), "location")

    def p_mail(self):
        e = self.pii.email()
        return one(self.line("Mail", f"Message {self.g.i(10000, 99999)} sent via SMTP to <{e}> (account: iCloud)"), "email")


# ---------------------------------------------------------------- Kubernetes container logs -------

def docker_json(line, stream, t, g):
    s = json.dumps({"log": line + "\n", "stream": stream, "time": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{g.i(0, 999):03d}Z"},
                   ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


JAVA_WEB_FRAMES = [
    "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1071)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:895)",
    "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:150)",
    "javax.servlet.http.HttpServlet.service(HttpServlet.java:764)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:162)",
    "org.springframework.security.web.FilterChainProxy$VirtualFilterChain.doFilter(FilterChainProxy.java:336)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:399)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1789)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
]
JAVA_DB_FRAMES = [
    "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
    "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
    "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
    "org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)",
    "org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:38)",
    "org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:108)",
    "org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:421)",
    "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
    "org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:708)",
]
JAVA_EXC = [("java.lang.IllegalStateException", "Cannot convert value of type 'java.lang.String' to required type 'java.math.BigDecimal'"),
            ("org.springframework.dao.DataAccessResourceFailureException", "Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException"),
            ("java.sql.SQLTransientConnectionException", "HikariPool-1 - Connection is not available, request timed out after 30000ms."),
            ("java.net.SocketTimeoutException", "Read timed out"),
            ("com.fasterxml.jackson.databind.exc.MismatchedInputException", "Cannot deserialize value of type `java.util.ArrayList<com.example.checkout.dto.LineItem>` from Object value (token `JsonToken.START_OBJECT`)\n at [Source: (PushbackInputStream); line: 1, column: 1]"),
            ("java.util.ConcurrentModificationException", None),
            ("org.apache.kafka.common.errors.TimeoutException", "Topic orders not present in metadata after 60000 ms."),
            ("java.lang.NullPointerException", "Cannot invoke \"com.example.checkout.domain.Cart.getItems()\" because \"cart\" is null")]


def java_trace(g):
    exc, msg = g.c(JAVA_EXC)
    head = exc + (": " + msg if msg else "")
    lines = head.split("\n")
    frames = JAVA_DB_FRAMES if "JDBC" in head or "Hikari" in head else JAVA_WEB_FRAMES
    n = g.i(4, len(frames))
    start = g.i(0, len(frames) - n)
    lines += ["\tat " + f for f in frames[start:start + n]]
    if g.p(0.4):
        lines.append(f"Caused by: {g.c(['java.net.ConnectException: Connection refused', 'org.postgresql.util.PSQLException: FATAL: remaining connection slots are reserved for non-replication superuser connections', 'java.io.EOFException: null'])}")
        lines += ["\tat " + f for f in g.r.sample(JAVA_DB_FRAMES, 3)]
        lines.append(f"\t... {g.i(20, 120)} common frames omitted")
    return lines


class K8sSpring(LogFile):
    """container log of a Spring Boot service: {"log":"2023-03-01 12:00:01.123  INFO 1 --- [nio-8080-exec-3] c.e...: ...\\n",...}"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 9, 14, 2, 345678), 1.2)
        self.started = False

    def line(self, level, thread, logger, msg, stream="stdout", extra=()):
        t = self.clock.next()
        first = f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} {level:>5} 1 --- [{thread[-15:]:>15}] {logger[-40:]:<40} : {msg}"
        out = [docker_json(first, stream, t, self.g)]
        for ex in extra:
            out.append(docker_json(ex, stream, t + timedelta(microseconds=self.g.i(1, 90)), self.g))
        return out

    def record(self):
        g = self.g
        ex = f"http-nio-8080-exec-{g.i(1, 10)}"
        if not self.started:
            self.started = True
            return (self.line("INFO", "main", "c.e.checkout.CheckoutApplication", "Starting CheckoutApplication v2.14.3 using Java 17.0.6 with PID 1 (/app/app.jar started by app in /app)")
                    + self.line("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port(s): 8080 (http)")
                    + self.line("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.")
                    + self.line("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): 8080 (http) with context path ''")
                    + self.line("INFO", "main", "c.e.checkout.CheckoutApplication", f"Started CheckoutApplication in {g.f(8, 30, 3)} seconds (JVM running for {g.f(9, 32, 3)})"))
        k = g.w([(10, 0), (4, 1), (4, 2), (3, 3), (2, 4), (2, 5), (2, 6), (1, 7), (1, 8), (2, 9), (1, 10), (1, 11)])
        if k == 0: return self.line("INFO", ex, "c.e.checkout.web.RequestLoggingFilter", f"{g.c(['GET', 'GET', 'POST', 'PUT'])} {g.c(['/api/v1/cart/' + g.uuid(), '/api/v1/checkout/session', '/api/v1/shipping/options', '/actuator/health/liveness'])} -> {status(g)} in {g.i(1, 900)}ms")
        if k == 1: return self.line("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Pool stats (total={g.i(5, 20)}, active={g.i(0, 10)}, idle={g.i(0, 10)}, waiting={g.i(0, 3)})")
        if k == 2:
            p = g.i(0, 11)
            return self.line("INFO", "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", g.c([f"[Consumer clientId=consumer-checkout-1, groupId=checkout] Setting offset for partition orders-{p} to the committed offset FetchPosition{{offset={g.i(10 ** 5, 10 ** 8)}, offsetEpoch=Optional[{g.i(1, 40)}], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{g.i(0, 2)}.kafka-headless.messaging.svc.cluster.local:9092 (id: {g.i(0, 2)} rack: null)], epoch={g.i(1, 40)}}}}}",
                                                                                                                                                          f"[Consumer clientId=consumer-checkout-1, groupId=checkout] Adding newly assigned partitions: orders-{p}, orders-{(p + 1) % 12}",
                                                                                                                                                          f"[Consumer clientId=consumer-checkout-1, groupId=checkout] Request joining group due to: group is already rebalancing"]))
        if k == 3: return self.line("INFO", ex, "c.e.checkout.service.PricingService", f"Priced cart {g.uuid()} items={g.i(1, 9)} subtotal={g.i(5, 900)}.{g.i(0, 99):02d} currency={g.c(['EUR', 'GBP', 'USD', 'JPY'])} promo={g.c(['-', 'SPRING10', 'FREESHIP'])}")
        if k == 4: return self.line("WARN", ex, "c.e.checkout.client.PaymentsClient", f"payments call failed (HTTP {g.c([502, 503, 504])}) attempt {g.i(1, 3)}/3, Will Retry in {g.c([200, 400, 800])} ms")
        if k == 5: return self.line("INFO", "resilience4j-scheduler", "i.g.r.c.i.CircuitBreakerStateMachine", f"Event STATE_TRANSITION published: {g.c(['CircuitBreaker payments changed state from CLOSED to OPEN', 'CircuitBreaker payments changed state from OPEN to HALF_OPEN', 'CircuitBreaker payments changed state from HALF_OPEN to CLOSED'])}")
        if k == 6: return self.line("ERROR", ex, "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception", "stderr", java_trace(g))
        if k == 7: return self.line("INFO", "scheduling-1", "c.e.checkout.jobs.AbandonedCartJob", f"Mark Done: {g.i(0, 400)} carts expired, next run at {(self.clock.t + timedelta(minutes=15)):%H:%M:%S}")
        if k == 8: return self.line("WARN", ex, "o.h.engine.jdbc.spi.SqlExceptionHelper", f"SQL Error: 0, SQLState: {g.c(['08003', '40001', '57014'])}")
        if k == 9: return self.line("INFO", ex, "c.e.checkout.service.OrderService", f"Order {g.i(2023, 2023)}-{g.i(0, 9999999):07d} placed: lines={g.i(1, 9)} grand_total={g.i(5, 2000)}.{g.i(0, 99):02d} EUR payment={g.c(['card', 'paypal', 'sepa', 'klarna'])} psp_ref={g.HEX(16)}")
        if k == 10: return self.line("DEBUG", ex, "org.hibernate.SQL", f"select c1_0.id,c1_0.created_at,c1_0.status,c1_0.version from cart c1_0 where c1_0.id=?")
        return self.line("INFO", "SpringApplicationShutdownHook" if g.p(0.1) else "http-nio-8080-Acceptor", "o.s.web.servlet.DispatcherServlet", f"Completed initialization in {g.i(1, 9)} ms")

    def plants(self):
        return [self.p_customer, self.p_dear]

    def p_customer(self):
        n = self.pii.name()
        e = self.pii.email(n)
        return self.line("INFO", f"http-nio-8080-exec-{self.g.i(1, 10)}", "c.e.checkout.service.CustomerService", f"guest checkout: customer_name=\"{n[0]}\" email={e} newsletter=false"), [("name", 0), ("email", 0)]

    def p_dear(self):
        n = self.pii.name(latin=True)
        return self.line("DEBUG", f"task-{self.g.i(1, 8)}", "c.e.checkout.mail.TemplateRenderer", f"rendered order_confirmation (de_DE): \"Dear {n[0]}, thank you for your order\" ({self.g.i(2000, 9000)} bytes)"), [("name", 0)]


class K8sZap(LogFile):
    """container log of a Go service logging zap JSON inside the docker JSON"""
    service = "gateway"

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 9, 13, 58, 120000), 0.8)

    def zap(self, level, caller, msg, stream="stderr", **kw):
        t = self.clock.next()
        d = {"level": level, "ts": round(t.replace(tzinfo=UTC).timestamp() + self.g.r.random() * 1e-3, 7), "caller": caller, "msg": msg}
        d.update(kw)
        return [docker_json(json.dumps(d, ensure_ascii=False, separators=(",", ":")), stream, t, self.g)]

    def record(self):
        g = self.g
        if self.service == "telematics":
            return self.telematics()
        rid = g.uuid()
        k = g.w([(14, 0), (2, 1), (2, 2), (1, 3), (2, 4), (1, 5), (1, 6), (1, 7), (2, 8), (1, 9), (1, 10)])
        if k == 0: return self.zap("info", "middleware/log.go:58", "request completed", method=g.c(["GET", "GET", "POST", "DELETE"]), path=web_path(g).split("?")[0], status=status(g), latency=round(g.r.expovariate(1 / 0.03), 6), bytes=g.size(0, 200000), request_id=rid, remote_addr=f"{g.ip_priv()}:{g.eport()}", user_agent=ua(g))
        if k == 1: return self.zap("error", "proxy/upstream.go:211", "upstream request failed", upstream=g.c(["checkout.shop.svc.cluster.local:8080", "catalog.shop.svc.cluster.local:8080"]), error=g.c(["context deadline exceeded", "dial tcp 10.96.12.7:8080: connect: connection refused", "EOF", "http2: server sent GOAWAY and closed the connection; LastStreamID=1999, ErrCode=NO_ERROR, debug=\"\""]), attempt=g.i(1, 3), request_id=rid)
        if k == 2: return self.zap("warn", "ratelimit/limiter.go:77", "rate limited", key=f"ip:{g.ip_pub()}", limit=g.c([50, 100, 600]), window="1m0s", retry_after_ms=g.i(10, 60000))
        if k == 3: return self.zap("warn", "auth/jwt.go:132", "token validation failed", error=g.c(["token is expired", "signature is invalid", "token used before issued"]), kid=g.hex(16), iss="https://auth.example.com/", exp=epoch(self.clock.t) - g.i(1, 99999))
        if k == 4: return self.zap("debug", "health/probe.go:31", "health check", component=g.c(["redis", "postgres", "nats"]), ok=True, took=f"{g.f(0.1, 40, 3)}ms")
        if k == 5: return self.zap("info", "config/watch.go:64", "config reloaded", version=g.semver(), checksum=f"sha256:{g.sha256()}", routes=g.i(20, 200))
        if k == 6: return self.zap("info", "cache/stats.go:40", "cache stats", hits=g.i(10 ** 4, 10 ** 7), misses=g.i(100, 10 ** 5), evictions=g.i(0, 9999), hit_ratio=round(g.r.uniform(0.7, 0.999), 4), size_bytes=g.size(10 ** 6, 10 ** 9))
        if k == 7:
            t = self.clock.next()
            return [docker_json(f"{t:%Y/%m/%d %H:%M:%S} http: TLS handshake error from {g.ip_pub()}:{g.eport()}: {g.c(['EOF', 'remote error: tls: bad certificate', 'tls: client offered only unsupported versions: [302 301]'])}", "stderr", t, g)]
        if k == 8: return self.zap("info", "grpc/server.go:98", "finished unary call with code OK", **{"grpc.service": g.c(["inventory.v1.InventoryService", "pricing.v1.PricingService"]), "grpc.method": g.c(["Reserve", "GetPrice", "BatchGet"]), "grpc.time_ms": round(g.r.expovariate(1 / 8), 3), "peer.address": f"{g.ip_priv()}:{g.eport()}", "span.kind": "server", "system": "grpc"})
        if k == 9:
            t = self.clock.next()
            lines = [f"panic: runtime error: invalid memory address or nil pointer dereference", f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x{g.i(0, 64):x} pc=0x{g.hex(6)}]", "",
                     f"goroutine {g.i(20, 90000)} [running]:", "github.com/example/gateway/internal/proxy.(*Router).ServeHTTP(0xc000{}, {{0x{}, 0xc00{}}}, 0xc00{})".format(g.hex(6), g.hex(6), g.hex(7), g.hex(7)),
                     f"\t/src/internal/proxy/router.go:{g.i(40, 300)} +0x{g.hex(3)}", "net/http.serverHandler.ServeHTTP({0xc000" + g.hex(6) + "?}, {0x" + g.hex(6) + ", 0xc00" + g.hex(7) + "}, 0xc00" + g.hex(7) + ")",
                     "\t/usr/local/go/src/net/http/server.go:2936 +0x316", "created by net/http.(*Server).Serve", "\t/usr/local/go/src/net/http/server.go:3089 +0x5ed"]
            return [docker_json(l, "stderr", t, g) for l in lines]
        return self.zap("info", "server/server.go:88", g.c(["listening", "shutting down", "draining connections"]), addr=":8080", grace_period="30s", pid=1)

    def telematics(self):
        g = self.g
        k = g.w([(8, 0), (6, 1), (2, 2), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8), (1, 9)])
        dev = f"tcu-{g.HEX(12)}"
        if k == 0: return self.zap("info", "ingest/batch.go:88", "telemetry batch received", device_id=dev, points=g.i(1, 600), bytes=g.size(100, 90000), fw=g.semver(), seq=g.i(10 ** 5, 10 ** 9))
        if k == 1: return self.zap("debug", "decode/can.go:140", "decoded frame", device_id=dev, can_id=f"0x{g.HEX(8)}", speed_kph=g.f(0, 160, 1), rpm=g.i(600, 5200), odo_km=g.f(100, 400000, 1), fuel_pct=g.f(0, 100, 1), coolant_c=g.f(60, 110, 1), batt_v=g.f(11.5, 14.6, 2))
        if k == 2: return self.zap("warn", "ingest/batch.go:131", "clock skew", device_id=dev, device_ts=epoch_ms(self.clock.t) - g.i(1000, 10 ** 7), server_ts=epoch_ms(self.clock.t), skew_ms=g.i(1000, 10 ** 7))
        if k == 3: return self.zap("info", "dtc/handler.go:52", "diagnostic trouble code", device_id=dev, dtc=g.c(["P0301", "P0420", "U0100", "B1318", "C0035"]), mil=g.c([True, False]), freeze_frame_id=g.i(1, 99999))
        if k == 4: return self.zap("error", "sink/kafka.go:77", "produce failed, Will Retry", topic="telemetry.raw", partition=g.i(0, 23), error="kafka server: Request exceeded the user-specified time limit in the request", backoff_ms=g.c([100, 200, 400]))
        if k == 5: return self.zap("info", "ota/campaign.go:201", "ota campaign progress", campaign=f"OTA-{g.i(2022, 2023)}-{g.i(1, 99):03d}", target_version=g.semver(), done=g.i(0, 9999), failed=g.i(0, 99), pending=g.i(0, 99999))
        if k == 6: return self.zap("info", "geo/fence.go:66", "geofence evaluation", fences=g.i(1, 400), evaluated=g.i(100, 99999), took_ms=g.f(0.1, 90, 3), index="h3", resolution=g.i(5, 10))
        if k == 7: return self.zap("debug", "mqtt/session.go:120", "mqtt session", client_id=dev, clean_start=False, keepalive_s=g.c([30, 60, 120]), qos=g.i(0, 1), broker=f"mqtt-{g.i(0, 2)}.fleet.svc.cluster.local:8883")
        if k == 8: return self.zap("info", "ingest/stats.go:40", "throughput", msgs_per_s=g.f(100, 9000, 1), bytes_per_s=g.size(10 ** 4, 10 ** 8), lag=g.i(0, 99999), p99_ms=g.f(1, 900, 2))
        return self.zap("warn", "decode/gnss.go:97", "gnss fix invalid", device_id=dev, hdop=g.f(5, 99, 1), sats=g.i(0, 3), fix="none")

    def plants(self):
        if self.service == "telematics":
            return [self.p_vin, self.p_vin_loc]
        return [self.p_phone]

    def p_vin(self):
        v = self.pii.vin()
        return self.zap("info", "registry/vehicle.go:73", "vehicle registered", vin=v, device_id=f"tcu-{self.g.HEX(12)}", model_year=self.g.i(2015, 2024)), [("vin", 0)]

    def p_vin_loc(self):
        v = self.pii.vin()
        lat, lon = self.pii.coord(6)
        return self.zap("info", "alerts/theft.go:118", "theft alert raised", vin=v, lat=lat, lon=lon, speed_kph=self.g.f(0, 90, 1)), [("vin", 0), ("location", 0)]

    def p_phone(self):
        p = self.pii.phone()
        return self.zap("info", "notify/sms.go:45", "otp sms sent", to=p, provider="gw2", request_id=self.g.uuid()), [("phone", 0)]


class K8sTelematics(K8sZap):
    service = "telematics"


# ---------------------------------------------------------------- klog --------------------------

KLOG_ERRS = ["Unauthorized", "the server was unable to return a response in the time allotted, but may still be processing the request",
             'Get "https://10.96.0.1:443/api/v1/pods?limit=500&resourceVersion=0": dial tcp 10.96.0.1:443: i/o timeout']


class Klog(LogFile):
    """I0301 12:00:00.123456       1 controller.go:123] msg"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 9, 0, 0, 123456), 0.9)
        self.nodes = [f"ip-10-0-{g.i(0, 63)}-{g.i(1, 254)}.eu-west-1.compute.internal" for _ in range(6)]
        self.pods = [(ns, g.pod(app)) for ns, app in [("shop", "checkout"), ("shop", "catalog"), ("shop", "gateway"), ("fleet", "telematics-ingest"), ("kube-system", "coredns"), ("monitoring", "prometheus-operator")] for _ in range(2)]

    def line(self, sev, src, msg, tid=1):
        t = self.clock.next()
        return f"{sev}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {tid:7d} {src}] {msg}"

    def record(self):
        g = self.g
        ns, pod = g.c(self.pods)
        rs = pod.rsplit("-", 1)[0]
        node = g.c(self.nodes)
        uid = g.uuid()
        k = g.w([(6, 0), (4, 1), (2, 2), (2, 3), (4, 4), (1, 5), (1, 6), (2, 7), (1, 8), (1, 9), (1, 10), (1, 11), (1, 12), (1, 13)])
        if k == 0: return [self.line("I", f"event.go:{g.c([294, 307])}", f"\"Event occurred\" object=\"{ns}/{rs}\" fieldPath=\"\" kind=\"ReplicaSet\" apiVersion=\"apps/v1\" type=\"Normal\" reason=\"SuccessfulCreate\" message=\"Created pod: {pod}\"")]
        if k == 1: return [self.line("I", "schedule_one.go:252", f"\"Successfully bound pod to node\" pod=\"{ns}/{pod}\" node=\"{node}\" evaluatedNodes={len(self.nodes)} feasibleNodes={g.i(1, len(self.nodes))}")]
        if k == 2: return [self.line("E", "reflector.go:140", f"k8s.io/client-go/informers/factory.go:150: Failed to watch *v1.{g.c(['Pod', 'ConfigMap', 'Secret', 'Endpoints'])}: failed to list *v1.Pod: {g.c(KLOG_ERRS)}")]
        if k == 3: return [self.line("W", "reflector.go:424", f"k8s.io/client-go/informers/factory.go:150: watch of *v1.{g.c(['ConfigMap', 'Lease'])} ended with: very short watch: k8s.io/client-go/informers/factory.go:150: Unexpected watch close - watch lasted less than a second and no items received")]
        if k == 4: return [self.line("I", "kubelet.go:2157", f"\"SyncLoop (PLEG): event for pod\" pod=\"{ns}/{pod}\" event=&{{ID:{uid} Type:{g.c(['ContainerStarted', 'ContainerDied'])} Data:{g.sha256()}}}", tid=g.i(2000, 4000))]
        if k == 5: return [self.line("E", "pod_workers.go:965", f"\"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"app\\\" with CrashLoopBackOff: \\\"back-off {g.c(['10s', '20s', '40s', '1m20s', '2m40s', '5m0s'])} restarting failed container=app pod={pod}_{ns}({uid})\\\"\" pod=\"{ns}/{pod}\" podUID={uid}", tid=g.i(2000, 4000))]
        if k == 6: return [self.line("I", "range_allocator.go:372", f"\"Set node PodCIDR\" node=\"{node}\" podCIDRs=[10.244.{g.i(0, 255)}.0/24]")]
        if k == 7: return [self.line("I", "leaderelection.go:258", g.c(["successfully acquired lease kube-system/kube-controller-manager", "attempting to acquire leader lease kube-system/kube-scheduler...", "successfully renewed lease kube-system/kube-scheduler"]))]
        if k == 8:
            tr = g.i(10 ** 9, 4 * 10 ** 9)
            t = self.clock.t
            tot = g.i(500, 9000)
            return [self.line("I", "trace.go:219", f"Trace[{tr}]: \"List\" accept:application/json, */*,audit-id:{g.uuid()},client:{g.ip_priv()},protocol:HTTP/2.0,resource:pods,scope:cluster,url:/api/v1/pods,user-agent:kubectl/v1.26.1 (linux/amd64) kubernetes/8f94681,verb:LIST ({t.day:02d}-{MON[t.month - 1]}-{t.year} {t:%H:%M:%S}.{ms(t)}) (total time: {tot}ms):"),
                    f"Trace[{tr}]: ---\"Listing from storage done\" {tot - g.i(1, 400)}ms ({t:%H:%M:%S}.{ms(t)})",
                    f"Trace[{tr}]: [{tot}.{g.i(0, 999):03d}ms] [{tot}.{g.i(0, 999):03d}ms] END"]
        if k == 9: return [self.line("I", "garbagecollector.go:504", f"\"Processing object\" object=\"{ns}/{pod}\" objectUID={uid} kind=\"Pod\" virtual=false")]
        if k == 10: return [self.line("I", "eviction_manager.go:349", f"\"Eviction manager: must evict pod(s) to reclaim\" resourceName=\"{g.c(['memory', 'ephemeral-storage'])}\"", tid=g.i(2000, 4000))]
        if k == 11: return [self.line("I", "node_lifecycle_controller.go:1132", f"node {node} hasn't been updated for {g.f(40, 90, 9)}s. Last Ready is: &NodeCondition{{Type:Ready,Status:True,LastHeartbeatTime:{self.clock.t:%Y-%m-%d %H:%M:%S} +0000 UTC,LastTransitionTime:2023-02-27 08:12:44 +0000 UTC,Reason:KubeletReady,Message:kubelet is posting ready status,}}")]
        if k == 12: return [self.line("I", "cleaner.go:172", f"Cleaning CSR \"csr-{g.alnum(5)}\" as it is more than 1h0m0s old and approved.")]
        return [self.line("I", "controller.go:616", f"quota admission added evaluator for: {g.c(['leases.coordination.k8s.io', 'endpoints', 'events.events.k8s.io', 'replicasets.apps'])}")]


# ---------------------------------------------------------------- AWS --------------------------

AWS_REGIONS = ["eu-west-1", "us-east-1", "us-east-2", "eu-central-1", "ap-northeast-1"]


class CloudTrail(LogFile):
    """CloudTrail events as exported from CloudWatch Logs: '<timestamp> {event json}' per line"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 0, 0, 4), 3.5)
        self.acct = str(g.i(10 ** 11, 10 ** 12 - 1))
        self.region = g.c(AWS_REGIONS)
        self.roles = [("AROA" + g.alnum(17, UPPER_ALNUM), r) for r in ["ci-deploy", "eks-node-role", "lambda-exec-orders", "AWSReservedSSO_ReadOnly_" + g.hex(16), "backup-operator"]]
        self.users = [("AIDA" + g.alnum(17, UPPER_ALNUM), u) for u in ["terraform", "svc-reporting", "github-actions"]]

    def ident(self, email=None):
        g = self.g
        if email:
            rid, role = "AROA" + g.alnum(17, UPPER_ALNUM), f"AWSReservedSSO_{g.c(['AdministratorAccess', 'DataEngineer', 'ReadOnly'])}_{g.hex(16)}"
            return {"type": "AssumedRole", "principalId": f"{rid}:{email}", "arn": f"arn:aws:sts::{self.acct}:assumed-role/{role}/{email}",
                    "accountId": self.acct, "accessKeyId": "ASIA" + g.alnum(16, UPPER_ALNUM),
                    "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": rid, "arn": f"arn:aws:iam::{self.acct}:role/aws-reserved/sso.amazonaws.com/{role}", "accountId": self.acct, "userName": role},
                                       "webIdFederationData": {}, "attributes": {"creationDate": iso_z(self.clock.t - timedelta(minutes=g.i(1, 600)), 0), "mfaAuthenticated": "false"}}}
        k = g.i(0, 5)
        if k <= 2:
            rid, role = g.c(self.roles)
            sess = g.c([str(g.i(10 ** 18, 10 ** 19)), f"i-0{g.hex(16)}", f"botocore-session-{epoch(self.clock.t)}", "GitHubActions", f"aws-go-sdk-{epoch_ms(self.clock.t)}"])
            return {"type": "AssumedRole", "principalId": f"{rid}:{sess}", "arn": f"arn:aws:sts::{self.acct}:assumed-role/{role}/{sess}", "accountId": self.acct,
                    "accessKeyId": "ASIA" + g.alnum(16, UPPER_ALNUM),
                    "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": rid, "arn": f"arn:aws:iam::{self.acct}:role/{role}", "accountId": self.acct, "userName": role},
                                       "webIdFederationData": {}, "attributes": {"creationDate": iso_z(self.clock.t - timedelta(minutes=g.i(1, 600)), 0), "mfaAuthenticated": "false"}}}
        if k <= 4:
            uid, user = g.c(self.users)
            return {"type": "IAMUser", "principalId": uid, "arn": f"arn:aws:iam::{self.acct}:user/{user}", "accountId": self.acct, "accessKeyId": "AKIA" + g.alnum(16, UPPER_ALNUM), "userName": user}
        return {"type": "AWSService", "invokedBy": g.c(["ec2.amazonaws.com", "autoscaling.amazonaws.com", "lambda.amazonaws.com", "cloudformation.amazonaws.com"])}

    def event(self, ident=None, name=None):
        g = self.g
        t = self.clock.next()
        ident = ident or self.ident()
        svc_ip = "AWS Internal" if ident.get("type") == "AWSService" else g.c([g.ip_pub(), g.ip_priv(), "ec2.amazonaws.com"])
        name = name or g.w([(10, "AssumeRole"), (8, "Decrypt"), (8, "GetObject"), (5, "DescribeInstances"), (4, "PutObject"), (4, "GetParameter"),
                            (3, "PutMetricData"), (2, "RunInstances"), (1, "CreateUser"), (1, "AttachRolePolicy"), (2, "ConsoleLogin"),
                            (2, "UpdateFunctionCode20150331v2"), (2, "ListBuckets"), (2, "GetCallerIdentity"), (2, "CreateLogStream")])
        src, req, resp, ro, cat = {
            "AssumeRole": ("sts.amazonaws.com", {"roleArn": f"arn:aws:iam::{self.acct}:role/{g.c(self.roles)[1]}", "roleSessionName": str(g.i(10 ** 18, 10 ** 19)), "durationSeconds": 3600},
                           {"credentials": {"accessKeyId": "ASIA" + g.alnum(16, UPPER_ALNUM), "sessionToken": g.b64(120), "expiration": f"{t + timedelta(hours=1):%b %d, %Y, %I:%M:%S %p}"}}, True, "Management"),
            "Decrypt": ("kms.amazonaws.com", {"encryptionAlgorithm": "SYMMETRIC_DEFAULT", "encryptionContext": {"aws:lambda:FunctionArn": f"arn:aws:lambda:{self.region}:{self.acct}:function:orders-api"}}, None, True, "Management"),
            "GetObject": ("s3.amazonaws.com", {"bucketName": g.c(["shop-assets-prod", "shop-exports-prod", "tf-state-prod"]), "Host": "shop-assets-prod.s3.eu-west-1.amazonaws.com", "key": f"{g.c(['images', 'exports', 'env/prod'])}/{g.i(100000, 999999)}.{g.c(['jpg', 'csv.gz', 'tfstate'])}"}, None, True, "Data"),
            "DescribeInstances": ("ec2.amazonaws.com", {"instancesSet": {"items": [{"instanceId": f"i-0{g.hex(16)}"}]}, "filterSet": {}}, None, True, "Management"),
            "PutObject": ("s3.amazonaws.com", {"bucketName": "shop-logs-prod", "Host": "shop-logs-prod.s3.eu-west-1.amazonaws.com", "key": f"app/{t:%Y/%m/%d/%H}/{g.uuid()}.json.gz", "x-amz-server-side-encryption": "aws:kms"}, None, False, "Data"),
            "GetParameter": ("ssm.amazonaws.com", {"name": f"/prod/{g.c(['checkout', 'gateway', 'catalog'])}/{g.c(['db_url', 'stripe_key', 'jwt_secret'])}", "withDecryption": True}, None, True, "Management"),
            "PutMetricData": ("monitoring.amazonaws.com", {"namespace": g.c(["CWAgent", "Shop/Checkout"]), "metricData": [{"metricName": g.c(["mem_used_percent", "disk_used_percent", "OrdersPlaced"]), "value": g.f(0, 100, 4), "unit": "Percent"}]}, None, False, "Management"),
            "RunInstances": ("ec2.amazonaws.com", {"instancesSet": {"items": [{"imageId": f"ami-0{g.hex(16)}", "minCount": 1, "maxCount": 1}]}, "instanceType": g.c(["m6i.large", "c6g.xlarge", "t3.medium"]), "subnetId": f"subnet-0{g.hex(16)}"},
                             {"reservationId": f"r-0{g.hex(16)}", "ownerId": self.acct, "instancesSet": {"items": [{"instanceId": f"i-0{g.hex(16)}", "privateIpAddress": g.ip_priv(), "launchTime": epoch_ms(t)}]}}, False, "Management"),
            "CreateUser": ("iam.amazonaws.com", {"userName": g.c(["svc-etl", "svc-backup", "ci-runner"])}, {"user": {"path": "/", "userName": "svc-etl", "userId": "AIDA" + g.alnum(17, UPPER_ALNUM), "arn": f"arn:aws:iam::{self.acct}:user/svc-etl", "createDate": f"{t:%b %d, %Y %I:%M:%S %p}"}}, False, "Management"),
            "AttachRolePolicy": ("iam.amazonaws.com", {"roleName": g.c(self.roles)[1], "policyArn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"}, None, False, "Management"),
            "ConsoleLogin": ("signin.amazonaws.com", None, {"ConsoleLogin": g.c(["Success", "Success", "Failure"])}, False, "Management"),
            "UpdateFunctionCode20150331v2": ("lambda.amazonaws.com", {"functionName": f"arn:aws:lambda:{self.region}:{self.acct}:function:orders-api", "publish": True, "dryRun": False},
                                             {"functionName": "orders-api", "functionArn": f"arn:aws:lambda:{self.region}:{self.acct}:function:orders-api", "runtime": "python3.11", "codeSize": g.i(10 ** 5, 5 * 10 ** 7), "codeSha256": g.b64(43) + "=", "version": str(g.i(1, 400)), "lastModified": f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}+0000"}, False, "Management"),
            "ListBuckets": ("s3.amazonaws.com", {"Host": "s3.amazonaws.com"}, None, True, "Management"),
            "GetCallerIdentity": ("sts.amazonaws.com", None, None, True, "Management"),
            "CreateLogStream": ("logs.amazonaws.com", {"logGroupName": f"/aws/lambda/orders-api", "logStreamName": f"{t:%Y/%m/%d}/[{g.i(1, 400)}]{g.hex(32)}"}, None, False, "Management"),
        }[name]
        ev = {"eventVersion": "1.08" if cat == "Management" else "1.09", "userIdentity": ident, "eventTime": iso_z(t, 0), "eventSource": src, "eventName": name,
              "awsRegion": self.region if src not in ("iam.amazonaws.com", "signin.amazonaws.com") else "us-east-1", "sourceIPAddress": svc_ip,
              "userAgent": g.c(["aws-cli/2.11.2 Python/3.11.2 Linux/5.15.0-1031-aws exe/x86_64.ubuntu.22 prompt/off command/s3.cp", "Boto3/1.26.84 Python/3.10.6 Linux/5.10.165-143.735.amzn2.x86_64 Botocore/1.29.84",
                                "aws-sdk-go-v2/1.17.5 os/linux lang/go/1.20.1 md/GOOS/linux md/GOARCH/amd64 api/sts/1.18.5", "Terraform/1.3.9 (+https://www.terraform.io) terraform-provider-aws/4.56.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go/1.44.206 (go1.19.6; linux; amd64)",
                                "AWS Internal", "[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.390 Linux/5.10.165-122.687.amzn2int.x86_64 OpenJDK_64-Bit_Server_VM/25.362-b10 java/1.8.0_362 vendor/Oracle_Corporation cfg/retry-mode/standard]"]),
              "requestParameters": req, "responseElements": resp}
        if name == "ConsoleLogin":
            ev["additionalEventData"] = {"LoginTo": "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true", "MobileVersion": "No", "MFAUsed": g.c(["Yes", "No"])}
        if src == "s3.amazonaws.com" and cat == "Data":
            ev["additionalEventData"] = {"SignatureVersion": "SigV4", "CipherSuite": "ECDHE-RSA-AES128-GCM-SHA256", "bytesTransferredIn": 0 if name == "GetObject" else g.size(100, 10 ** 7),
                                         "AuthenticationMethod": "AuthHeader", "x-amz-id-2": g.b64(76), "bytesTransferredOut": g.size(100, 10 ** 7) if name == "GetObject" else 0}
            ev["resources"] = [{"type": "AWS::S3::Object", "ARN": f"arn:aws:s3:::{req['bucketName']}/{req['key']}"}, {"accountId": self.acct, "type": "AWS::S3::Bucket", "ARN": f"arn:aws:s3:::{req['bucketName']}"}]
        ev.update({"requestID": g.uuid() if src != "s3.amazonaws.com" else g.HEX(16), "eventID": g.uuid(), "readOnly": ro, "eventType": "AwsConsoleSignIn" if name == "ConsoleLogin" else "AwsApiCall",
                   "managementEvent": cat == "Management", "recipientAccountId": self.acct, "eventCategory": cat})
        if g.p(0.6) and name != "ConsoleLogin":
            ev["tlsDetails"] = {"tlsVersion": "TLSv1.2", "cipherSuite": "ECDHE-RSA-AES128-GCM-SHA256", "clientProvidedHostHeader": f"{src.split('.')[0]}.{self.region}.amazonaws.com"}
        return f"{iso_z(t, 3)} " + json.dumps(ev, separators=(",", ":"))

    def record(self):
        return [self.event()]

    def plants(self):
        return [self.p_sso]

    def p_sso(self):
        e = self.pii.email()
        return one(self.event(self.ident(email=e), name=self.g.c(["ConsoleLogin", "GetObject", "DescribeInstances", "GetParameter"])), "email")


class Alb(LogFile):
    """Application Load Balancer access log"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 12, 0, 0, 186641), 0.35)
        self.acct = str(g.i(10 ** 11, 10 ** 12 - 1))
        self.lb = f"app/shop-prod-alb/{g.hex(16)}"
        self.tgs = [f"arn:aws:elasticloadbalancing:eu-west-1:{self.acct}:targetgroup/{n}/{g.hex(16)}" for n in ("shop-web", "shop-api", "shop-static")]
        self.targets = [f"10.0.{g.i(0, 63)}.{g.i(2, 254)}:{g.c([80, 8080, 3000])}" for _ in range(12)]
        self.cert = f"arn:aws:acm:eu-west-1:{self.acct}:certificate/{g.uuid()}"

    def fmt(self, url=None, meth=None, st=None):
        g = self.g
        t = self.clock.next()
        st = st or status(g)
        meth = meth or g.w([(90, "GET"), (8, "POST"), (1, "PUT"), (1, "DELETE")])
        url = url or web_path(g)
        typ = g.w([(8, "h2"), (2, "https"), (0.3, "http")])
        host = "shop.example.com"
        port = 443 if typ != "http" else 80
        tgt = g.c(self.targets) if st not in (460, 502, 504) else "-"
        req_t = f"{g.r.uniform(0, 0.002):.3f}" if tgt != "-" else "-1"
        tgt_t = f"{g.r.expovariate(1 / 0.05):.3f}" if tgt != "-" else "-1"
        resp_t = f"{g.r.uniform(0, 0.001):.3f}" if tgt != "-" else "-1"
        created = t - timedelta(seconds=float(tgt_t) if tgt_t != "-1" else 0.0)
        proto = "HTTP/2.0" if typ == "h2" else "HTTP/1.1"
        return (f"{typ} {iso_z(t, 6)} {self.lb} {g.ip_pub()}:{g.eport()} {tgt} {req_t} {tgt_t} {resp_t} {st} {st if tgt != '-' else '-'} {g.size(50, 9000)} {g.size(0, 500000)} "
                f"\"{meth} {'https' if typ != 'http' else 'http'}://{host}:{port}{url} {proto}\" \"{ua(g)}\" {'ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2' if typ != 'http' else '- -'} {g.c(self.tgs)} "
                f"\"Root=1-{epoch(t):08x}-{g.hex(24)}\" \"{host}\" \"{self.cert if typ != 'http' else '-'}\" {g.i(0, 3)} {iso_z(created, 6)} \"{g.c(['forward', 'forward', 'redirect', 'waf,forward'])}\" \"-\" \"-\" \"{tgt}\" \"{st if tgt != '-' else '-'}\" \"-\" \"-\"")

    def record(self):
        return [self.fmt()]

    def plants(self):
        return [self.p_email, self.p_geo]

    def p_email(self):
        e = self.pii.email()
        return one(self.fmt(f"/api/v1/newsletter/subscribe?email={e}&source=footer", "GET", 200), "email")

    def p_geo(self):
        lat, lon = self.pii.coord(5)
        return one(self.fmt(f"/api/v1/stores/nearby?lat={lat}&lng={lon}&radius=10", "GET", 200), "location")


class S3Access(LogFile):
    """S3 server access log"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 0, 0, 38), 1.2)
        self.owner = g.sha256()
        self.bucket = "shop-exports-prod"
        self.acct = str(g.i(10 ** 11, 10 ** 12 - 1))
        self.requesters = [g.sha256(), f"arn:aws:iam::{self.acct}:user/svc-reporting", f"arn:aws:sts::{self.acct}:assumed-role/eks-node-role/i-0{g.hex(16)}", "-", "svc:logging.s3.amazonaws.com"]

    def fmt(self, requester=None):
        g = self.g
        t = self.clock.next()
        op = g.w([(10, "REST.GET.OBJECT"), (5, "REST.PUT.OBJECT"), (4, "REST.HEAD.OBJECT"), (2, "REST.GET.BUCKET"), (1, "BATCH.DELETE.OBJECT"),
                  (1, "S3.TRANSITION_SIA.OBJECT"), (1, "REST.COPY.OBJECT_GET"), (1, "REST.GET.BUCKETPOLICY"), (1, "REST.GET.ACL"), (0.5, "S3.EXPIRE.OBJECT")])
        key = g.c([f"exports/orders-{t:%Y%m%d}-{g.i(0, 23):02d}.csv.gz", f"images/products/{g.i(100000, 999999)}-800x600.jpg", f"backups/db/pg_dump_{t:%Y%m%dT%H%MZ}.sql.gz",
                   f"logs/app/{t:%Y/%m/%d/%H}/app-{g.i(1, 12)}.log.gz", f"invoices/{t:%Y}/{g.i(1, 999999):06d}.pdf", f"tmp/upload-{g.uuid()}.part{g.i(1, 40)}"]) if op not in ("REST.GET.BUCKET", "REST.GET.BUCKETPOLICY", "REST.GET.ACL") else "-"
        meth = {"GET": "GET", "PUT": "PUT", "HEAD": "HEAD", "COPY": "PUT"}.get(op.split(".")[1], "POST")
        uri = "-" if op.startswith("S3.") else (f"\"{meth} /{self.bucket}/{key} HTTP/1.1\"" if key != "-" else f"\"GET /{self.bucket}?{g.c(['list-type=2&prefix=exports%2F&max-keys=1000', 'policy', 'acl', 'versioning'])} HTTP/1.1\"")
        st = "-" if op.startswith("S3.") else g.w([(20, 200), (2, 404), (1, 403), (1, 304), (1, 206)])
        err = {404: "NoSuchKey", 403: "AccessDenied"}.get(st, "-")
        size = g.size(100, 10 ** 8)
        sent = size if st == 200 and meth == "GET" else ("-" if st != 200 else 0)
        req = requester or (g.c(self.requesters) if not op.startswith("S3.") else "AmazonS3")
        agent = g.c(["aws-cli/2.11.2 Python/3.11.2 Linux/5.15.0-1031-aws exe/x86_64.ubuntu.22 prompt/off command/s3.cp", "Boto3/1.26.84 Python/3.10.6 Linux/5.10.165 Botocore/1.29.84 Resource",
                     "aws-sdk-java/1.12.400 Linux/5.10.165-143.735.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/11.0.18+10 java/11.0.18 vendor/Amazon.com_Inc. cfg/retry-mode/standard", "S3Console/0.4", "-"]) if not op.startswith("S3.") else "-"
        ip = g.c([g.ip_pub(), g.ip_priv()]) if not op.startswith("S3.") else "-"
        vid = g.c(["-", "-", g.alnum(32, ALNUM_LO + "ABCDEFGHIJKLMNOPQRSTUVWXYZ._")])
        if op.startswith("S3."):
            sig, cipher, auth, tls = "-", "-", "-", "-"
        else:
            sig, auth = g.c([("SigV4", "AuthHeader"), ("SigV4", "AuthHeader"), ("SigV4", "QueryString"), ("-", "-")])
            cipher, tls = g.c([("ECDHE-RSA-AES128-GCM-SHA256", "TLSv1.2"), ("TLS_AES_128_GCM_SHA256", "TLSv1.3"), ("-", "-")])
        return (f"{self.owner} {self.bucket} [{clf_ts(t)}] {ip} {req} {g.HEX(16)} {op} {key} {uri} {st} {err} {sent} {size if key != '-' else '-'} {g.i(1, 900)} {g.c([g.i(1, 300), '-'])} \"-\" \"{agent}\" {vid} "
                f"{g.b64(76)}= {sig} {cipher} {auth} {self.bucket}.s3.eu-west-1.amazonaws.com {tls} - {g.c(['-', 'Yes'])}")

    def record(self):
        return [self.fmt()]

    def plants(self):
        return [self.p_sso]

    def p_sso(self):
        e = self.pii.email()
        return one(self.fmt(f"arn:aws:sts::{self.acct}:assumed-role/AWSReservedSSO_DataEngineer_{self.g.hex(16)}/{e}"), "email")


class VpcFlow(LogFile):
    """VPC flow logs, version 2 default format, as delivered to S3 (header line)"""

    def setup(self):
        g = self.g
        self.t = epoch(datetime(2023, 3, 1, 12, 0, 0))
        self.acct = str(g.i(10 ** 11, 10 ** 12 - 1))
        self.enis = [f"eni-0{g.hex(16)}" for _ in range(8)]
        self.header = True
        self.local = [g.ip_priv() for _ in range(20)]

    def record(self):
        g = self.g
        if self.header:
            self.header = False
            return ["version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"]
        self.t += g.c([0, 0, 0, 1, 2])
        start, end = self.t, self.t + g.i(50, 60)
        eni = g.c(self.enis)
        if g.p(0.02):
            return [f"2 {self.acct} {eni} - - - - - - - {start} {end} - {g.c(['NODATA', 'NODATA', 'SKIPDATA'])}"]
        proto = g.w([(80, 6), (17, 17), (3, 1)])
        inbound = g.p(0.5)
        a, b = g.c(self.local), g.c([g.ip_pub(), g.c(self.local)])
        svc = g.c([443, 80, 22, 5432, 6379, 53, 123, 8080, 9092, 3306, 2049])
        sp, dp = (g.eport(), svc) if inbound else (svc, g.eport())
        if proto == 1:
            sp, dp = 0, 0
        pk = g.i(1, 4000)
        by = pk * g.i(40, 1500)
        act = g.w([(9, "ACCEPT"), (1, "REJECT")])
        return [f"2 {self.acct} {eni} {b if inbound else a} {a if inbound else b} {sp} {dp} {proto} {pk} {by} {start} {end} {act} OK"]


# ---------------------------------------------------------------- Java / log4j --------------------

class Log4j(LogFile):
    """log4j 1.x '%d %-5p [%t] %c - %m%n' of a CRM / fleet back office, with stack traces"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 2, 27, 6, 0, 3, 17000), 1.5)

    def line(self, level, thread, cat, msg, trace=()):
        t = self.clock.next()
        return [f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} {level:<5} [{thread}] {cat} - {msg}"] + list(trace)

    def record(self):
        g = self.g
        ex = f"http-nio-8443-exec-{g.i(1, 200)}"
        k = g.w([(6, 0), (4, 1), (3, 2), (3, 3), (3, 4), (2, 5), (2, 6), (2, 7), (2, 8), (2, 9), (1, 10), (1, 11), (2, 12), (1, 13), (1, 14), (1, 15), (1, 16), (1, 17)])
        if k == 0: return self.line("INFO", ex, "com.example.crm.web.AccessLogFilter", f"{g.c(['GET', 'POST'])} {g.c(['/crm/api/customers/' + str(g.i(10 ** 5, 10 ** 7)), '/crm/api/tickets?status=open&page=' + str(g.i(1, 30)), '/fleet/api/vehicles/' + str(g.i(1000, 99999)) + '/trips', '/crm/api/search'])} {status(g)} {g.i(1, 3000)}ms {g.size(100, 90000)}B")
        if k == 1: return self.line("DEBUG", "QuartzScheduler_Worker-" + str(g.i(1, 10)), "org.quartz.core.JobRunShell", f"Calling execute on job DEFAULT.{g.c(['invoiceReminderJob', 'slaEscalationJob', 'tripAggregationJob', 'gdprRetentionJob'])}")
        if k == 2: return self.line("INFO", "QuartzScheduler_Worker-" + str(g.i(1, 10)), "com.example.crm.jobs.SlaEscalationJob", f"Grace Period of {g.c([24, 48, 72])}h elapsed for {g.i(0, 90)} tickets; escalated={g.i(0, 40)} skipped={g.i(0, 9)}")
        if k == 3: return self.line("INFO", "main" if g.p(0.05) else "pool-3-thread-" + str(g.i(1, 9)), "net.sf.ehcache.Cache", f"Cache [{g.c(['customerCache', 'tariffCache', 'vehicleModelCache'])}] hits={g.i(10 ** 3, 10 ** 7)} misses={g.i(10, 10 ** 5)} size={g.i(100, 99999)} evictions={g.i(0, 9999)}")
        if k == 4: return self.line("DEBUG", ex, "org.hibernate.stat.internal.StatisticsImpl", f"HHH000117: HQL: select t from Trip t where t.vehicle.id = :id and t.startedAt > :since, time: {g.i(1, 900)}ms, rows: {g.i(0, 4000)}")
        if k == 5: return self.line("WARN", "ActiveMQ Session Task-" + str(g.i(1, 999)), "org.apache.activemq.transport.failover.FailoverTransport", f"Transport (tcp://mq-02.prod.internal:61616) failed , attempting to automatically reconnect: java.io.EOFException. Will Retry in {g.c([10, 20, 40, 80])} ms")
        if k == 6: return self.line("INFO", ex, "com.example.fleet.trip.TripService", f"Trip {g.i(10 ** 7, 10 ** 8)} closed: distance_km={g.f(0.3, 900, 2)} duration={g.i(1, 600)}m{g.i(0, 59):02d}s avg_kph={g.f(5, 120, 1)} fuel_l={g.f(0.1, 80, 2)} idle_pct={g.f(0, 60, 1)}")
        if k == 7: return self.line("ERROR", ex, "com.example.crm.web.GlobalExceptionHandler", f"Unhandled exception on {g.c(['POST /crm/api/tickets', 'GET /fleet/api/reports/monthly', 'PUT /crm/api/customers'])}", java_trace(g))
        if k == 8: return self.line("INFO", "Thread-" + str(g.i(1, 40)), "com.example.crm.sync.ErpSync", f"Mark Done batch {g.i(1, 99999):08d}: {g.i(0, 4000)} records, {g.i(0, 9)} conflicts, took {g.f(0.1, 90, 3)}s")
        if k == 9: return self.line("DEBUG", ex, "org.springframework.security.web.FilterChainProxy", f"Secured {g.c(['GET', 'POST'])} /crm/api/{g.c(['tickets', 'customers', 'users/me', 'reports'])}")
        if k == 10: return self.line("WARN", ex, "org.apache.tomcat.util.http.parser.Cookie", "A cookie header was received [SESSION=" + g.b64(48) + "; Path=/; Secure; HttpOnly] that contained an invalid cookie. That cookie will be ignored.")
        if k == 11: return self.line("INFO", "ldap-pool-" + str(g.i(1, 4)), "org.springframework.ldap.core.LdapTemplate", f"Search base=ou=people,dc=corp,dc=example,dc=com filter=(memberOf=cn={g.c(['crm-agents', 'fleet-admins', 'billing'])},ou=groups,dc=corp,dc=example,dc=com) returned {g.i(0, 400)} entries in {g.i(1, 900)}ms")
        if k == 12: return self.line("INFO", "kafka-producer-network-thread | producer-1", "org.apache.kafka.clients.producer.internals.Sender", f"[Producer clientId=producer-1] Received invalid metadata error in produce request on partition fleet.events-{g.i(0, 11)} due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker is not the current leader. Going to request metadata update now")
        if k == 13: return self.line("INFO", "main", "org.eclipse.jetty.server.Server", g.c([f"jetty-9.4.{g.i(40, 51)}.v2023{g.i(1000, 1231)}; built: 2023-01-10T13:56:12.345Z; git: {g.sha1()}; jvm 11.0.18+10", f"Started @{g.i(2000, 20000)}ms", "Started ServerConnector@5c0369c4{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}"]))
        if k == 14: return self.line("WARN", ex, "com.fasterxml.jackson.databind.deser.BeanDeserializerBase", f"Unrecognized field \"{g.c(['legacyId', 'faxNumber', 'middleInitial', 'tripTags'])}\" (class com.example.crm.dto.{g.c(['CustomerDto', 'TicketDto', 'VehicleDto'])}), not marked as ignorable ({g.i(5, 40)} known properties)")
        if k == 15:
            nxt = self.clock.t + timedelta(minutes=g.c([5, 15, 60, 1440]))
            return self.line("INFO", "QuartzScheduler_QuartzSchedulerThread", "org.quartz.core.QuartzSchedulerThread", f"Trigger DEFAULT.{g.c(['invoiceReminderTrigger', 'slaEscalationTrigger', 'gdprRetentionTrigger'])} fired; next fire time {DAY[nxt.weekday()]} {MON[nxt.month - 1]} {nxt.day:02d} {nxt:%H:%M:%S} UTC {nxt.year}, misfires={g.i(0, 3)}")
        if k == 16: return self.line("DEBUG", ex, "com.example.crm.ticket.TicketService", f"Ticket CRM-{g.i(10000, 999999)} state OPEN -> {g.c(['PENDING_CUSTOMER', 'RESOLVED', 'ESCALATED'])} by agent#{g.i(100, 999)}, sla_due={(self.clock.t + timedelta(hours=g.i(1, 72))):%m/%d/%y %H:%M:%S}")
        return self.line("INFO", "main", "org.flywaydb.core.internal.command.DbMigrate", f"Migrating schema \"crm\" to version \"{g.i(1, 300)}.{g.i(0, 9)} - {g.c(['add ticket priority', 'trip index', 'drop legacy fax', 'customer consent flags'])}\"")

    def plants(self):
        return [self.p_customer, self.p_dear, self.p_vin, self.p_sms, self.p_addr]

    def p_customer(self):
        n = self.pii.name()
        e = self.pii.email(n)
        return self.line("INFO", f"http-nio-8443-exec-{self.g.i(1, 200)}", "com.example.crm.CustomerService", f"Created customer id={self.g.i(1, 999999):09d} customer_name=\"{n[0]}\" email={e}"), [("name", 0), ("email", 0)]

    def p_dear(self):
        n = self.pii.name(latin=True)
        return self.line("DEBUG", "mail-sender-1", "com.example.crm.mail.MailRenderer", f"subject=\"Your ticket CRM-{self.g.i(10000, 999999)}\" body[0..80]=\"Dear {n[0]}, we have received your request and\""), [("name", 0)]

    def p_vin(self):
        v = self.pii.vin()
        return self.line("INFO", f"http-nio-8443-exec-{self.g.i(1, 200)}", "com.example.fleet.VehicleService", f"Vehicle onboarded fleet={self.g.i(10, 999)} vin={v} plate_region={self.g.c(['DE', 'FR', 'NL', 'PL'])}"), [("vin", 0)]

    def p_sms(self):
        p = self.pii.phone()
        return self.line("INFO", "sms-dispatch-" + str(self.g.i(1, 4)), "com.example.crm.notify.SmsNotifier", f"sms to {p} queued, template=ticket_update, segments=1"), [("phone", 0)]

    def p_addr(self):
        a = self.pii.address()
        return self.line("INFO", f"http-nio-8443-exec-{self.g.i(1, 200)}", "com.example.crm.CustomerService", f"Address changed for customer {self.g.i(1, 999999):09d}: new billing_address=\"{a}\""), [("address", 0)]


# ---------------------------------------------------------------- Python --------------------------

PY_TRACES = [
    [('/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py', 55, 'inner', 'response = get_response(request)'),
     ('/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py', 197, '_get_response', 'response = wrapped_callback(request, *callback_args, **callback_kwargs)'),
     ('/app/shop/orders/views.py', 142, 'checkout', 'order = services.place_order(cart, payload["shipping"])'),
     ('/app/shop/orders/services.py', 88, 'place_order', 'rate = shipping.quote(cart.weight_g, zone)'),
     ("KeyError", "'zone'")],
    [('/usr/local/lib/python3.11/site-packages/celery/app/trace.py', 451, 'trace_task', 'R = retval = fun(*args, **kwargs)'),
     ('/usr/local/lib/python3.11/site-packages/celery/app/trace.py', 734, '__protected_call__', 'return self.run(*args, **kwargs)'),
     ('/app/shop/tasks.py', 61, 'sync_stock', 'resp.raise_for_status()'),
     ('/usr/local/lib/python3.11/site-packages/requests/models.py', 1021, 'raise_for_status', 'raise HTTPError(http_error_msg, response=self)'),
     ("requests.exceptions.HTTPError", "503 Server Error: Service Unavailable for url: https://erp.example.net/api/stock?since=1677672001")],
    [('/app/shop/payments/webhooks.py', 39, 'handle', 'event = json.loads(body)'),
     ('/usr/local/lib/python3.11/json/__init__.py', 346, 'loads', 'return _default_decoder.decode(s)'),
     ('/usr/local/lib/python3.11/json/decoder.py', 337, 'decode', 'obj, end = self.raw_decode(s, idx=_w(s, 0).end())'),
     ('/usr/local/lib/python3.11/json/decoder.py', 355, 'raw_decode', 'raise JSONDecodeError("Expecting value", s, err.value) from None'),
     ("json.decoder.JSONDecodeError", "Expecting value: line 1 column 1 (char 0)")],
    [('/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py', 1964, '_exec_single_context', 'self.dialect.do_execute('),
     ('/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/default.py', 748, 'do_execute', 'cursor.execute(statement, parameters)'),
     ("psycopg2.errors.SerializationFailure", "could not serialize access due to concurrent update")],
    [('/app/shop/reports/export.py', 117, 'build_rows', 'ratio = row.returns / row.orders'),
     ("ZeroDivisionError", "division by zero")],
]


HTTP_PHRASE = {200: "OK", 201: "Created", 204: "No Content", 206: "Partial Content", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
               400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests", 499: "", 500: "Internal Server Error",
               502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


class PyApp(LogFile):
    """Django/uvicorn app: '%(asctime)s %(levelname)s [%(name)s] %(message)s' with tracebacks"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 6, 30, 0, 512000), 1.0)

    def line(self, level, name, msg):
        t = self.clock.next()
        return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} {level} [{name}] {msg}"

    def trace(self):
        g = self.g
        tb = g.c(PY_TRACES)
        out = ["Traceback (most recent call last):"]
        for fn, ln, func, code in tb[:-1]:
            out += [f'  File "{fn}", line {ln}, in {func}', f"    {code}"]
        exc, msg = tb[-1]
        if g.p(0.3) and exc != "ZeroDivisionError":
            out += ["", "During handling of the above exception, another exception occurred:", "", "Traceback (most recent call last):",
                    '  File "/app/shop/middleware.py", line 27, in __call__', "    return self.get_response(request)",
                    "shop.errors.UpstreamError: upstream failed after 3 attempts"]
            return out
        out.append(f"{exc}: {msg}")
        return out

    def record(self):
        g = self.g
        t = self.clock.t
        k = g.w([(10, 0), (3, 1), (3, 2), (2, 3), (2, 4), (2, 5), (2, 6), (2, 7), (1, 8), (1, 9), (1, 10), (1, 11), (1, 12), (1, 13)])
        if k == 0:
            self.clock.next()
            st = status(g)
            return [f"INFO:     {g.ip_priv()}:{g.eport()} - \"{g.c(['GET', 'GET', 'POST'])} {web_path(g)} HTTP/1.1\" {st} {HTTP_PHRASE.get(st, 'OK')}"]
        if k == 1: return [self.line("INFO", "shop.orders", f"order {t:%Y}-{g.i(0, 999999):06d} state PAID -> {g.c(['PICKING', 'PACKED', 'SHIPPED'])} (warehouse={g.c(['BER1', 'AMS2', 'WAW1'])}, lines={g.i(1, 9)})")]
        if k == 2:
            oid = g.i(1, 999999)
            return [self.line("DEBUG", "django.db.backends", f"({g.f(0.001, 0.9, 3)}) SELECT \"orders_order\".\"id\", \"orders_order\".\"number\", \"orders_order\".\"status\" FROM \"orders_order\" WHERE \"orders_order\".\"id\" = {oid} LIMIT 21; args=({oid},); alias=default")]
        if k == 3: return [self.line("WARNING", "django.request", f"Not Found: {web_path(g).split('?')[0]}")]
        if k == 4: return [self.line("ERROR", "django.request", f"Internal Server Error: /api/v1/checkout")] + self.trace()
        if k == 5: return [self.line("INFO", "shop.payments", f"webhook {g.c(['payment_intent.succeeded', 'charge.refunded', 'payment_intent.payment_failed'])} id=evt_{g.alnum(24, ALNUM_LO + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')} amount={g.i(100, 900000)} currency={g.c(['eur', 'gbp', 'usd'])} livemode=false")]
        if k == 6: return [self.line("INFO", "celery.beat", f"Scheduler: Sending due task {g.c(['sync-stock-every-5m', 'daily-report', 'expire-carts', 'refresh-fx-rates'])} ({g.c(['shop.tasks.sync_stock', 'shop.reports.tasks.daily', 'shop.tasks.expire_carts', 'shop.fx.refresh'])})")]
        if k == 7: return [self.line("INFO", "shop.fx", f"rates refreshed base=EUR USD={g.f(1.0, 1.2, 4)} GBP={g.f(0.8, 0.95, 4)} JPY={g.f(130, 160, 2)} PLN={g.f(4.2, 4.9, 4)} asof={epoch(t)}")]
        if k == 8: return [self.line("WARNING", "urllib3.connectionpool", f"Retrying (Retry(total={g.i(0, 4)}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='erp.example.net', port=443): Read timed out. (read timeout={g.c([5, 10, 30])})\")': /api/stock?since={epoch(t) - 300}")]
        if k == 9: return [self.line("INFO", "gunicorn.error", g.c([f"Booting worker with pid: {g.i(100, 99999)}", "Handling signal: winch", f"Worker exiting (pid: {g.i(100, 99999)})"]))]
        if k == 10: return [self.line("DEBUG", "botocore.hooks", "Event before-parameter-build.s3.PutObject: calling handler <function validate_ascii_metadata at 0x7f{}>".format(g.hex(10)))]
        if k == 11: return [self.line("ERROR", "shop.tasks", "sync_stock failed, Will Retry in 60s")] + self.trace()
        if k == 12: return [self.line("INFO", "shop.reports", f"daily report {t:%Y%m%d}-{t:%H:%M:%S} rows={g.i(100, 99999)} revenue=EUR {g.i(1, 999)},{g.i(0, 999):03d}.{g.i(0, 99):02d} took {g.f(0.5, 90, 2)}s")]
        return [self.line("WARNING", "py.warnings", f"/usr/local/lib/python3.11/site-packages/django/db/models/fields/__init__.py:1595: RuntimeWarning: DateTimeField Order.created_at received a naive datetime ({t:%Y-%m-%d %H:%M:%S}) while time zone support is active.")]

    def plants(self):
        return [self.p_reset, self.p_geo]

    def p_reset(self):
        e = self.pii.email()
        return one(self.line("INFO", "shop.accounts", f"password reset requested for {e} from {self.g.ip_pub()}"), "email")

    def p_geo(self):
        a = self.pii.address()
        lat, lon = self.pii.coord(self.g.c([4, 5, 6]))
        return one(self.line("DEBUG", "shop.geo", f"geocoded address=\"{a}\" -> lat={lat} lon={lon} (provider=nominatim, {self.g.i(40, 900)}ms)"), "address", "location")


class Celery(PyApp):
    """celery worker: [2023-03-01 12:00:01,123: INFO/MainProcess] Task ... succeeded in 0.1s: None"""

    def cline(self, level, proc, msg):
        t = self.clock.next()
        return f"[{t:%Y-%m-%d %H:%M:%S},{ms(t)}: {level}/{proc}] {msg}"

    def record(self):
        g = self.g
        task = g.c(["shop.tasks.sync_stock", "shop.tasks.send_order_mail", "shop.reports.tasks.daily", "shop.tasks.expire_carts", "shop.fx.refresh", "shop.search.tasks.reindex_product"])
        tid = g.uuid()
        proc = g.c(["MainProcess", f"ForkPoolWorker-{g.i(1, 16)}"])
        k = g.w([(8, 0), (8, 1), (2, 2), (1, 3), (1, 4), (1, 5), (1, 6)])
        if k == 0: return [self.cline("INFO", "MainProcess", f"Task {task}[{tid}] received")]
        if k == 1: return [self.cline("INFO", f"ForkPoolWorker-{g.i(1, 16)}", f"Task {task}[{tid}] succeeded in {g.r.expovariate(1 / 0.4):.12f}s: {g.c(['None', str(g.i(0, 999)), '{' + chr(39) + 'updated' + chr(39) + ': ' + str(g.i(0, 999)) + '}'])}")]
        if k == 2: return [self.cline("INFO", f"ForkPoolWorker-{g.i(1, 16)}", f"Task {task}[{tid}] retry: Retry in {g.c([10, 30, 60, 120])}s: ConnectionError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))")]
        if k == 3: return [self.cline("ERROR", f"ForkPoolWorker-{g.i(1, 16)}", f"Task {task}[{tid}] raised unexpected: HTTPError('503 Server Error')")] + self.trace()
        if k == 4: return [self.cline("WARNING", "MainProcess", f"consumer: Connection to broker lost. Trying to re-establish the connection...")]
        if k == 5: return [self.cline("INFO", "MainProcess", f"Connected to amqp://shop:**@rabbitmq.shop.svc.cluster.local:5672//")]
        return [self.cline("INFO", "MainProcess", f"celery@worker-{g.i(1, 9)} ready.") if g.p(0.5) else self.cline("INFO", "MainProcess", f"mingle: sync with {g.i(1, 8)} nodes")]

    def plants(self):
        return [self.p_mail]

    def p_mail(self):
        n = self.pii.name()
        e = self.pii.email(n)
        return one(self.cline("INFO", f"ForkPoolWorker-{self.g.i(1, 16)}", f"send_order_mail: order {self.g.i(2023, 2023)}-{self.g.i(0, 999999):06d} confirmation sent to {e}"), "email")


# ---------------------------------------------------------------- PostgreSQL ---------------------

class Postgres(LogFile):
    """log_line_prefix = '%m [%p] %q%u@%d '"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 0, 0, 2, 211000), 4)
        self.pids = [g.i(1000, 99999) for _ in range(30)]
        self.ckpt = g.i(1000, 9000)

    def line(self, lvl, msg, who=True, pid=None, user=None, db=None, cont=False):
        g = self.g
        if cont:  # DETAIL / HINT / CONTEXT / STATEMENT: same session prefix and time as the line before
            t, w = self.last
        else:
            t = self.clock.next()
            if who is True:
                w = f"{user or g.c(['app', 'app', 'app', 'reporting'])}@{db or g.c(['shop', 'shop', 'analytics'])} "
            else:
                w = who or ""
        self.last = (t, w)
        return f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} UTC [{pid or g.c(self.pids)}] {w}{lvl}:  {msg}"

    def cont(self, lvl, msg, pid):
        return self.line(lvl, msg, pid=pid, cont=True)

    def record(self):
        g = self.g
        pid = g.c(self.pids)
        k = g.w([(5, 0), (6, 1), (6, 2), (3, 3), (3, 4), (2, 5), (1, 6), (1, 7), (2, 8), (1, 9), (1, 10), (1, 11), (2, 12), (1, 13), (1, 14)])
        if k == 0:
            b = g.i(100, 90000)
            return [self.line("LOG", "checkpoint starting: time", False, self.ckpt),
                    self.line("LOG", f"checkpoint complete: wrote {b} buffers ({b / 16384 * 100:.1f}%); 0 WAL file(s) added, {g.i(0, 3)} removed, {g.i(0, 9)} recycled; write={g.f(1, 270, 3)} s, sync={g.f(0, 1, 3)} s, total={g.f(1, 270, 3)} s; sync files={g.i(1, 400)}, longest={g.f(0, 0.5, 3)} s, average={g.f(0, 0.05, 3)} s; distance={g.i(100, 999999)} kB, estimate={g.i(100, 999999)} kB", False, self.ckpt)]
        if k == 1: return [self.line("LOG", f"duration: {g.f(250, 90000, 3)} ms  statement: {g.c(['SELECT o.id, o.number, sum(l.qty * l.unit_price) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.created_at >= now() - interval ' + chr(39) + '7 days' + chr(39) + ' GROUP BY o.id', 'UPDATE stock SET reserved = reserved + 1 WHERE sku_id = ' + str(g.i(1, 99999)), 'SELECT count(*) FROM events WHERE ts BETWEEN ' + str(epoch(self.clock.t) - 86400) + ' AND ' + str(epoch(self.clock.t)), 'COPY public.order_lines (id, order_id, sku_id, qty, unit_price) TO stdout;', 'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_revenue'])}", pid=pid)]
        if k == 2:
            port = g.eport()
            host = g.ip_priv()
            u, d = g.c(["app", "reporting"]), g.c(["shop", "analytics"])
            return [self.line("LOG", f"connection received: host={host} port={port}", "[unknown]@[unknown] ", pid),
                    self.line("LOG", f"connection authorized: user={u} database={d} application_name={g.c(['psql', 'PostgreSQL JDBC Driver', 'pgbouncer', 'metabase'])} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)", True, pid, u, d)]
        if k == 3:
            u, d = g.c(["app", "reporting"]), g.c(["shop", "analytics"])
            return [self.line("LOG", f"disconnection: session time: {g.i(0, 9)}:{g.i(0, 59):02d}:{g.i(0, 59):02d}.{g.i(0, 999):03d} user={u} database={d} host={g.ip_priv()} port={g.eport()}", True, pid, u, d)]
        if k == 4:
            rel = g.c(["orders", "order_lines", "events", "stock", "sessions"])
            return [self.line("LOG", f"automatic vacuum of table \"shop.public.{rel}\": index scans: {g.i(0, 2)}", False, pid),
                    f"\tpages: 0 removed, {g.i(100, 999999)} remain, 0 skipped due to pins, {g.i(0, 9999)} skipped frozen",
                    f"\ttuples: {g.i(0, 99999)} removed, {g.i(1000, 9999999)} remain, {g.i(0, 999)} are dead but not yet removable, oldest xmin: {g.i(10 ** 6, 10 ** 9)}",
                    f"\tindex scan not needed: {g.i(0, 999)} pages from table ({g.f(0, 5, 2)}% of total) had {g.i(0, 9999)} dead item identifiers removed",
                    f"\tavg read rate: {g.f(0, 90, 3)} MB/s, avg write rate: {g.f(0, 40, 3)} MB/s",
                    f"\tbuffer usage: {g.i(100, 999999)} hits, {g.i(0, 9999)} misses, {g.i(0, 9999)} dirtied",
                    f"\tWAL usage: {g.i(0, 99999)} records, {g.i(0, 9999)} full page images, {g.i(0, 99999999)} bytes",
                    f"\tsystem usage: CPU: user: {g.f(0, 9, 2)} s, system: {g.f(0, 2, 2)} s, elapsed: {g.f(0, 90, 2)} s"]
        if k == 5:
            p2 = g.c(self.pids)
            x1, x2 = g.i(10 ** 6, 10 ** 8), g.i(10 ** 6, 10 ** 8)
            return [self.line("ERROR", "deadlock detected", pid=pid),
                    self.cont("DETAIL", f"Process {pid} waits for ShareLock on transaction {x1}; blocked by process {p2}.\n\tProcess {p2} waits for ShareLock on transaction {x2}; blocked by process {pid}.\n\tProcess {pid}: UPDATE stock SET reserved = reserved + 1 WHERE sku_id = {g.i(1, 99999)}\n\tProcess {p2}: UPDATE stock SET reserved = reserved - 1 WHERE sku_id = {g.i(1, 99999)}", pid),
                    self.cont("HINT", "See server log for query details.", pid),
                    self.cont("CONTEXT", f"while updating tuple ({g.i(0, 99999)},{g.i(1, 90)}) in relation \"stock\"", pid),
                    self.cont("STATEMENT", f"UPDATE stock SET reserved = reserved + 1 WHERE sku_id = {g.i(1, 99999)}", pid)]
        if k == 6: return [self.line("ERROR", f"relation \"{g.c(['order_itemz', 'tmp_export', 'customers_old'])}\" does not exist at character {g.i(10, 90)}", pid=pid),
                           self.cont("STATEMENT", "SELECT * FROM order_itemz WHERE order_id = $1", pid)]
        if k == 7: return [self.line("FATAL", f"password authentication failed for user \"{g.c(['reporting', 'postgres', 'admin'])}\"", pid=pid),
                           self.cont("DETAIL", f"Connection matched pg_hba.conf line {g.i(80, 120)}: \"host all all 0.0.0.0/0 scram-sha-256\"", pid)]
        if k == 8: return [self.line("LOG", f"temporary file: path \"base/pgsql_tmp/pgsql_tmp{pid}.{g.i(0, 9)}\", size {g.size(10 ** 5, 10 ** 10)}", pid=pid)]
        if k == 9: return [self.line("WARNING", "there is no transaction in progress", pid=pid)]
        if k == 10: return [self.line("LOG", "could not receive data from client: Connection reset by peer", pid=pid)]
        if k == 11: return [self.line("ERROR", "canceling statement due to statement timeout", pid=pid),
                            self.cont("STATEMENT", f"SELECT * FROM events WHERE payload->>'type' = 'page_view' ORDER BY ts DESC LIMIT {g.c([100, 1000])}", pid)]
        if k == 12:
            oid = g.i(10 ** 5, 10 ** 7)
            return [self.line("ERROR", "duplicate key value violates unique constraint \"orders_pkey\"", pid=pid),
                    self.cont("DETAIL", f"Key (id)=({oid}) already exists.", pid),
                    self.cont("STATEMENT", f"INSERT INTO orders (id, number, status, total_cents, currency, created_at) VALUES ({oid}, '{self.clock.t:%Y}-{g.i(0, 999999):06d}', 'NEW', {g.i(100, 999999)}, 'EUR', '{self.clock.t:%Y-%m-%d %H:%M:%S}.{g.i(0, 999999):06d}+00')", pid)]
        if k == 13: return [self.line("LOG", f"process {pid} still waiting for ShareLock on transaction {g.i(10 ** 6, 10 ** 8)} after {g.f(1000, 1100, 3)} ms", pid=pid),
                            self.cont("DETAIL", f"Process holding the lock: {g.c(self.pids)}. Wait queue: {pid}.", pid)]
        return [self.line("LOG", g.c(["database system is ready to accept connections", "received fast shutdown request", "aborting any active transactions", f"background worker \"logical replication launcher\" (PID {g.i(100, 9999)}) exited with exit code 1", "database system was shut down at " + f"{self.clock.t:%Y-%m-%d %H:%M:%S} UTC"]), False, 1)]

    def plants(self):
        return [self.p_dup_email, self.p_insert, self.p_failing_row]

    def p_failing_row(self):
        g = self.g
        pid = g.c(self.pids)
        n = self.pii.name()
        a = self.pii.address()
        return [self.line("ERROR", "null value in column \"country_code\" of relation \"addresses\" violates not-null constraint", pid=pid),
                self.cont("DETAIL", f"Failing row contains ({g.i(10 ** 5, 10 ** 7)}, {g.i(10 ** 5, 10 ** 7)}, {n[0]}, {a}, null, t, {self.clock.t:%Y-%m-%d %H:%M:%S}.{g.i(0, 999999):06d}+00).", pid),
                self.cont("STATEMENT", "INSERT INTO addresses (id, customer_id, recipient, line1, country_code, is_default, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)", pid)], [("name", 1), ("address", 1)]

    def p_dup_email(self):
        g = self.g
        pid = g.c(self.pids)
        e = self.pii.email()
        return [self.line("ERROR", "duplicate key value violates unique constraint \"users_email_key\"", pid=pid),
                self.cont("DETAIL", f"Key (email)=({e}) already exists.", pid)], [("email", 1)]

    def p_insert(self):
        g = self.g
        pid = g.c(self.pids)
        n = self.pii.name()
        p = self.pii.phone()
        return [self.line("ERROR", "value too long for type character varying(20)", pid=pid),
                self.cont("STATEMENT", f"INSERT INTO customers (full_name, phone, created_at) VALUES ('{n[0].replace(chr(39), chr(39) * 2)}', '{p}', now())", pid)], [("name", 1), ("phone", 1)]


# ---------------------------------------------------------------- MySQL ---------------------------

MYSQL_QUERIES = [
    "SELECT p.id, p.sku, p.title, p.price_cents FROM products p WHERE p.category_id = {a} AND p.active = 1 ORDER BY p.popularity DESC LIMIT 48",
    "SELECT COUNT(*) FROM order_lines WHERE created_at >= '{d}'",
    "UPDATE carts SET updated_at = NOW(), version = version + 1 WHERE id = {b}",
    "SELECT o.* FROM orders o WHERE o.status IN ('PAID','PICKING') AND o.created_at < '{d}' ORDER BY o.id LIMIT 500",
    "DELETE FROM sessions WHERE expires_at < {e}",
    "INSERT INTO audit_log (entity, entity_id, action, actor_id, ts) VALUES ('order', {b}, 'status_change', {a}, {e})",
    "SELECT SQL_NO_CACHE * FROM stock_movements WHERE warehouse = 'BER1' AND moved_at BETWEEN '{d}' AND NOW()",
    "SHOW FULL PROCESSLIST",
    "SELECT @@session.transaction_isolation",
    "SET autocommit=0",
    "COMMIT",
]


MYSQL_HEADER = ["/usr/sbin/mysqld, Version: 8.0.32 (MySQL Community Server - GPL). started with:",
                "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock", "Time                 Id Command    Argument"]


class MysqlSlow(LogFile):
    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 0, 1, 12, 123456), 20)
        self.ids = [g.i(10, 99999) for _ in range(20)]

    def q(self):
        g = self.g
        return g.c(MYSQL_QUERIES).format(a=g.i(1, 999), b=g.i(10 ** 5, 10 ** 7), d=f"{self.clock.t - timedelta(days=g.i(1, 30)):%Y-%m-%d %H:%M:%S}", e=epoch(self.clock.t) - g.i(0, 99999))

    def entry(self, query, user="app"):
        g = self.g
        t = self.clock.next()
        qt = g.r.expovariate(1 / 3) + 1
        ex = g.i(1, 9999999)
        return [f"# Time: {t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z",
                f"# User@Host: {user}[{user}] @  [{g.ip_priv()}]  Id: {g.c(self.ids)}",
                f"# Query_time: {qt:.6f}  Lock_time: {g.r.uniform(0, 0.01):.6f} Rows_sent: {g.i(0, 500)}  Rows_examined: {ex}"] + \
               ([f"use {g.c(['shop', 'analytics'])};"] if g.p(0.15) else []) + [f"SET timestamp={epoch(t)};", query + ";"]

    def record(self):
        g = self.g
        if not getattr(self, "headed", False):
            self.headed = True
            return MYSQL_HEADER + self.entry(self.q(), "app")
        return self.entry(self.q(), g.c(["app", "app", "reporting", "etl"]))

    def plants(self):
        return [self.p_email, self.p_name]

    def p_email(self):
        e = self.pii.email()
        lines = self.entry(f"SELECT id, status, created_at FROM customers WHERE email = '{e}' LIMIT 1")
        return lines, [("email", len(lines) - 1)]

    def p_name(self):
        n = self.pii.name()
        lines = self.entry(f"SELECT c.id FROM customers c WHERE c.full_name = '{n[0].replace(chr(39), chr(92) + chr(39))}' AND c.deleted_at IS NULL")
        return lines, [("name", len(lines) - 1)]


class MysqlGeneral(MysqlSlow):
    def setup(self):
        super().setup()
        self.clock = Clock(self.g, datetime(2023, 3, 1, 9, 0, 0, 1234), 0.4)
        self.open = []

    def gl(self, cid, cmd, arg):
        t = self.clock.next()
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z\t{cid:5d} {cmd}\t{arg}"

    def record(self):
        g = self.g
        if not getattr(self, "headed", False):
            self.headed = True
            return list(MYSQL_HEADER)
        if not self.open or g.p(0.03):
            cid = g.i(1000, 999999)
            self.open.append(cid)
            user = g.c(["app", "reporting", "etl"])
            return [self.gl(cid, "Connect", f"{user}@{g.ip_priv()} on {g.c(['shop', 'analytics'])} using {g.c(['TCP/IP', 'SSL/TLS'])}")]
        cid = g.c(self.open)
        if g.p(0.03) and len(self.open) > 1:
            self.open.remove(cid)
            return [self.gl(cid, "Quit", "")]
        k = g.w([(10, 0), (1, 1), (1, 2), (1, 3)])
        if k == 0: return [self.gl(cid, "Query", self.q())]
        if k == 1: return [self.gl(cid, "Prepare", "SELECT * FROM products WHERE id = ?"), self.gl(cid, "Execute", f"SELECT * FROM products WHERE id = {g.i(1, 99999)}")]
        if k == 2: return [self.gl(cid, "Init DB", g.c(["shop", "analytics"]))]
        return [self.gl(cid, "Query", g.c(["SET NAMES utf8mb4", "SET character_set_results = NULL", "SELECT 1", "ROLLBACK", "START TRANSACTION"]))]

    def plants(self):
        return [self.p_email, self.p_insert]

    def p_email(self):
        e = self.pii.email()
        return one(self.gl(self.g.c(self.open or [1234]), "Query", f"SELECT id, password_hash, status FROM users WHERE email = '{e}' LIMIT 1"), "email")

    def p_insert(self):
        n = self.pii.name(latin=True)
        first, last = n[0].split(" ", 1)
        p = self.pii.phone()
        return one(self.gl(self.g.c(self.open or [1234]), "Query", f"INSERT INTO customers (first_name, last_name, phone, created_at) VALUES ('{first}', '{last.replace(chr(39), chr(92) + chr(39))}', '{p}', NOW())"), "name", "phone")


# ---------------------------------------------------------------- BGL (Blue Gene/L RAS) -----------

class Bgl(LogFile):
    """- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2005, 6, 3, 15, 42, 50, 675872), 6)

    def node(self):
        g = self.g
        return f"R{g.i(0, 7)}{g.i(0, 7)}-M{g.i(0, 1)}-N{g.c('0123456789ABCDEF')}-C:J{g.i(2, 17):02d}-U{g.c(['01', '11'])}"

    def record(self):
        g = self.g
        t = self.clock.next()
        nd = self.node()
        head = f"{epoch(t)} {t:%Y.%m.%d} {nd} {t:%Y-%m-%d-%H.%M.%S}.{t.microsecond:06d} {nd} RAS"
        k = g.w([(12, 0), (3, 1), (4, 2), (3, 3), (2, 4), (2, 5), (1, 6), (2, 7), (1, 8), (1, 9), (1, 10), (1, 11), (1, 12), (1, 13), (1, 14), (1, 15)])
        alert = "-"
        if k == 0: msg = "KERNEL INFO instruction cache parity error corrected"
        elif k == 1: msg = f"KERNEL INFO generating core.{g.i(1, 9999)}"
        elif k == 2: msg = f"KERNEL INFO CE sym {g.i(0, 31)}, at 0x{g.hex(8)}, mask 0x{g.hex(2)}"
        elif k == 3: msg = f"KERNEL INFO {g.i(1, 99999)} double-hummer alignment exceptions"
        elif k == 4:
            alert = "KERNDTLB"
            msg = "KERNEL FATAL data TLB error interrupt"
        elif k == 5: msg = f"KERNEL INFO total of {g.i(1, 40)} ddr error(s) detected and corrected"
        elif k == 6:
            alert = "KERNMC"
            msg = f"KERNEL FATAL machine check interrupt (bit=0x{g.hex(2)}): L2 dcache unit data parity error"
        elif k == 7:
            alert = "APPREAD"
            msg = f"APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to {g.ip_priv()}:{g.eport()}"
        elif k == 8:
            alert = "KERNRTSP"
            msg = f"KERNEL FATAL rts: kernel terminated for reason 1004rts: bad message header: invalid cpu, type={g.i(1, 65535)}, cpu={g.i(0, 511)}, index={g.i(10 ** 8, 2 * 10 ** 9)}, total={g.i(1, 9999)}"
        elif k == 9: msg = "MMCS ERROR idoproxydb hit ASSERT condition: ASSERT expression=0 Source file=idotransportmgr.cpp Source line=1043 Function=int IdoTransportMgr::SendPacket(IdoUdpMgr*, BglCtlPavTrace*)"
        elif k == 10: msg = f"KERNEL INFO ciod: Message code {g.i(0, 9)} is not 51 or 4294967295"
        elif k == 11: msg = f"KERNEL FATAL instruction address: 0x{g.hex(8)}"
        elif k == 12: msg = f"KERNEL FATAL r{g.i(0, 31):02d}=0x{g.hex(8)} r{g.i(0, 31):02d}=0x{g.hex(8)} r{g.i(0, 31):02d}=0x{g.hex(8)} r{g.i(0, 31):02d}=0x{g.hex(8)}"
        elif k == 13:
            alert = "LINKBLL"
            msg = f"LINKCARD FATAL MidplaneSwitchController performing bit sparing on R{g.i(0, 7)}{g.i(0, 7)}-M{g.i(0, 1)}-L{g.i(0, 3)}-U{g.i(0, 20):02d}-C bit {g.i(0, 31)}"
        elif k == 14: msg = f"DISCOVERY WARNING Node card VPD check: U{g.c(['01', '11'])} node in processor card slot J{g.i(2, 17):02d} do not match. VPD ecid {g.HEX(26)}, found {g.HEX(26)}"
        else: msg = f"KERNEL INFO {g.i(1, 9)} L3 EDRAM error(s) (dcr 0x{g.hex(4)}) detected and corrected"
        return [f"{alert} {head} {msg}"]


# ---------------------------------------------------------------- OpenSSH auth.log -----------------

SSH_BAD_USERS = ["admin", "test", "oracle", "postgres", "ubuntu", "user", "ftpuser", "guest", "pi", "support", "git", "hadoop", "nagios",
                 "minecraft", "ts3", "ubnt", "vagrant", "ansible", "www-data", "tomcat", "redis", "mysql", "jenkins", "deploy", "centos",
                 "ec2-user", "1234", "default", "administrator", "uucp", "apache", "dev", "sysadmin", "operator", "steam", "odoo", "es", "solr"]


class OpenSSH(LogFile):
    """Dec 10 06:55:46 LabSZ sshd[24200]: ..."""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2022, 12, 10, 6, 55, 46), 8)
        self.host = "gw-ssh01"
        self.attackers = [g.ip_pub() for _ in range(40)]

    def line(self, msg, prog="sshd", pid=None):
        t = self.clock.next()
        return f"{syslog_ts(t)} {self.host} {prog}[{pid or self.g.i(1000, 65000)}]: {msg}"

    def record(self):
        g = self.g
        ip = g.c(self.attackers)
        u = g.c(SSH_BAD_USERS)
        port = g.eport()
        pid = g.i(1000, 65000)
        k = g.w([(10, 0), (10, 1), (6, 2), (4, 3), (4, 4), (3, 5), (2, 6), (2, 7), (2, 8), (1, 9), (1, 10), (1, 11), (1, 12), (1, 13), (1, 14), (1, 15)])
        if k == 0: return [self.line(f"Invalid user {u} from {ip} port {port}", pid=pid), self.line(f"input_userauth_request: invalid user {u} [preauth]", pid=pid)]
        if k == 1: return [self.line(f"Failed password for {'invalid user ' + u if g.p(0.6) else 'root'} from {ip} port {port} ssh2", pid=pid)]
        if k == 2: return [self.line(f"pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}" + g.c(["", "  user=root"]), pid=pid)]
        if k == 3: return [self.line(f"Received disconnect from {ip} port {port}:11: {g.c(['Bye Bye', 'disconnected by user', 'Normal Shutdown, Thank you for playing'])} [preauth]", pid=pid), self.line(f"Disconnected from {ip} port {port} [preauth]", pid=pid)]
        if k == 4: return [self.line(f"Connection closed by {ip} port {port} [preauth]", pid=pid)]
        if k == 5: return [self.line(f"Accepted publickey for {g.c(['deploy', 'ansible', 'backup'])} from {g.ip_priv()} port {port} ssh2: {g.c(['RSA', 'ED25519', 'ECDSA'])} SHA256:{g.b64(43)}", pid=pid),
                           self.line(f"pam_unix(sshd:session): session opened for user {g.c(['deploy', 'ansible', 'backup'])}(uid={g.i(1000, 1005)}) by (uid=0)", pid=pid),
                           self.line(f"New session {g.i(100, 99999)} of user deploy.", "systemd-logind", 812)]
        if k == 6: return [self.line(f"message repeated {g.i(2, 5)} times: [ Failed password for root from {ip} port {port} ssh2]", pid=pid)]
        if k == 7: return [self.line(f"error: maximum authentication attempts exceeded for root from {ip} port {port} ssh2 [preauth]", pid=pid), self.line(f"Disconnecting authenticating user root {ip} port {port}: Too many authentication failures [preauth]", pid=pid)]
        if k == 8: return [self.line(f"PAM {g.i(1, 5)} more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user=root", pid=pid), self.line("PAM service(sshd) ignoring max retries; 6 > 3", pid=pid)]
        if k == 9: return [self.line(f"Did not receive identification string from {ip} port {port}", pid=pid)]
        if k == 10: return [self.line(f"Bad protocol version identification '\\003' from {ip} port {port}", pid=pid)]
        if k == 11: return [self.line(f"reverse mapping checking getaddrinfo for {g.alnum(g.i(6, 14))}.{g.c(['com', 'net', 'cn', 'ru'])} [{ip}] failed - POSSIBLE BREAK-IN ATTEMPT!", pid=pid)]
        if k == 12: return [self.line(f"Unable to negotiate with {ip} port {port}: no matching key exchange method found. Their offer: diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1 [preauth]", pid=pid)]
        if k == 13: return [self.line(f"   deploy : TTY=pts/{g.i(0, 4)} ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/{g.c(['apt-get update', 'systemctl status nginx', 'tail -n 200 /var/log/nginx/error.log'])}", "sudo", pid)]
        if k == 14: return [self.line("pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)", "CRON", pid), self.line("pam_unix(cron:session): session closed for user root", "CRON", pid)]
        return [self.line(g.c(["Server listening on 0.0.0.0 port 22.", "Server listening on :: port 22.", "Received signal 15; terminating."]), pid=g.i(500, 900))]


# ---------------------------------------------------------------- Proxifier ------------------------

class Proxifier(LogFile):
    """[10.30 16:49:06] chrome.exe - host:port open through proxy proxy:5070 HTTPS"""

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2022, 10, 30, 16, 49, 6), 2)
        self.proxy = "proxy.corp.example.com:5070"
        self.apps = ["chrome.exe", "Dropbox.exe", "Skype.exe", "WeChat.exe", "QQ.exe", "Teams.exe", "OUTLOOK.EXE", "svchost.exe *64", "putty.exe",
                     "git-remote-https.exe", "firefox.exe", "OneDrive.exe", "slack.exe", "Code.exe", "java.exe", "python.exe", "Spotify.exe", "Zoom.exe"]
        self.hosts = ["www.google.com", "clients4.google.com", "mail.example.com", "outlook.office365.com", "teams.microsoft.com", "api.github.com",
                      "d.dropbox.com", "client.dropbox.com", "spclient.wg.spotify.com", "update.code.visualstudio.com", "slack.com", "wss-primary.slack.com",
                      "zoom.us", "weixin.qq.com", "ocsp.digicert.com", "login.microsoftonline.com", "s3-eu-west-1.amazonaws.com"] + [g.ip_pub() for _ in range(10)]

    def line(self, msg):
        t = self.clock.next()
        return f"[{t:%m.%d %H:%M:%S}] {msg}"

    def record(self):
        g = self.g
        app = g.c(self.apps)
        host = f"{g.c(self.hosts)}:{g.w([(8, 443), (2, 80), (1, 5222), (1, 8080), (0.5, 22)])}"
        if not getattr(self, "started", False):
            self.started = True
            return [self.line("Welcome to Proxifier v3.31"), self.line("Profile \"Default.ppx\" loaded."), self.line("Name resolution through proxy is enabled.")]
        k = g.w([(10, 0), (10, 1), (2, 2), (2, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8), (1, 9), (0.5, 10), (0.3, 11)])
        if k == 0: return [self.line(f"{app} - {host} open through proxy {self.proxy} HTTPS")]
        if k == 7: return [self.line(f"{app} - {host} open through proxy {self.proxy} SOCKS5")]
        if k == 8: return [self.line(f"{app} - {host} error : Connection to the proxy server was closed unexpectedly.")]
        if k == 9: return [self.line(f"{app} - {host.rsplit(':', 1)[0]} resolved through proxy, {g.i(1, 4)} address(es), {g.i(1, 900)} ms")]
        if k == 10: return [self.line(f"Traffic statistics: {g.size(10 ** 4, 10 ** 10)} bytes sent, {g.size(10 ** 5, 10 ** 11)} bytes received, {g.i(1, 400)} active connections")]
        if k == 11: return [self.line(f"{app} - {host} error : The operation timed out ({g.i(10, 120)} sec).")]
        if k == 1:
            s, r = g.size(0, 10 ** 7), g.size(0, 10 ** 8)
            life = g.c([f"{g.i(0, 59):02d}:{g.i(0, 59):02d}", "<1 sec", f"{g.i(1, 9):02d}:{g.i(0, 59):02d}:{g.i(0, 59):02d}"])
            sent = f"{s} bytes" + (f" ({g.human(s).replace(' ', ' ')})" if s >= 1024 else "")
            recv = f"{r} bytes" + (f" ({g.human(r)})" if r >= 1024 else "")
            return [self.line(f"{app} - {host} close, {sent} sent, {recv} received, lifetime {life}")]
        if k == 2: return [self.line(f"{app} - {host} error : Could not connect through proxy {self.proxy} - Proxy server cannot establish a connection with the target, status code {g.c([403, 502, 503])}")]
        if k == 3: return [self.line(f"{app} - {host} error : A connection request was canceled before the completion.")]
        if k == 4: return [self.line(f"{app} - {host} matching {g.c(['Localhost', 'Intranet', 'Default'])} rule : direct connection")]
        if k == 5: return [self.line(f"{app} - {host} open directly")]
        return [self.line(f"{app} - {host} error : Could not connect to proxy {self.proxy} - connection attempt failed with error 10060")]


# ---------------------------------------------------------------- e-commerce application ------------

TEST_CARDS = ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "5555 5555 5555 4444", "378282246310005", "4000056655665556",
              "6011111111111117", "3566002020360505", "4242424242424242", "2223003122003222"]
IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300",
         "ES91 2100 0418 4502 0005 1332", "PL61109010140000071219812874", "IT60X0542811101000000123456"]
ISBNS = ["978-3-16-148410-0", "978-0-306-40615-7", "978-1-4028-9462-6", "0-306-40615-2", "978-4-06-519981-1", "9780596520687"]
EANS = ["4006381333931", "5901234123457", "4012345678901", "0012345678905", "7622210449283", "8710398527301"]


def money(g, lo=1, hi=5000, cur=None):
    cur = cur or g.w([(6, "EUR"), (2, "USD"), (2, "GBP"), (1, "JPY"), (1, "PLN"), (0.5, "CHF")])
    if cur == "JPY":
        return f"JPY {g.i(lo * 100, hi * 100):,}"
    v = g.r.uniform(lo, hi)
    return f"{cur} {v:,.2f}"


def tracking(g):
    return g.c([f"1Z{g.alnum(6, UPPER_ALNUM)}{g.digits(10)}", f"JJD{g.i(10 ** 17, 10 ** 18 - 1)}", f"{g.i(10 ** 11, 10 ** 12 - 1)}",
                f"9400 {g.i(1000, 9999)} {g.i(1000, 9999)} {g.i(1000, 9999)} {g.i(1000, 9999)} {g.i(10, 99)}",
                f"{g.c(['AB', 'RR', 'LX', 'CP'])}{g.i(10 ** 8, 10 ** 9 - 1)}{g.c(['GB', 'DE', 'NL', 'FR'])}", f"00{g.i(10 ** 17, 10 ** 18 - 1)}",
                f"{g.i(1000, 9999)} {g.i(1000, 9999)} {g.i(1000, 9999)}"])


class Ecommerce(LogFile):
    """Logback '%d{yyyy-MM-dd HH:mm:ss.SSS} [%-5level] [%thread] [%X{req}] %logger{36} - %msg' of a web shop"""
    plant_rate = 0.002
    weight = 1.5  # the application log where personal data is expected: a larger share

    def setup(self):
        g = self.g
        self.clock = Clock(g, datetime(2023, 3, 1, 6, 0, 0, 4000), 0.6)
        self.ordn = g.i(100000, 900000)

    def line(self, level, logger, msg, thread=None, trace=()):
        g = self.g
        t = self.clock.next()
        thread = thread or g.c([f"http-nio-8080-exec-{g.i(1, 50)}", f"order-worker-{g.i(1, 8)}", f"scheduling-{g.i(1, 4)}", f"kafka-consumer-{g.i(0, 5)}", "main"])
        req = g.hex(16) if thread.startswith("http") else "-"
        return [f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} [{level:<5}] [{thread}] [{req}] {logger} - {msg}"] + list(trace)

    def order(self):
        self.ordn += self.g.i(0, 3)
        return f"ORD-{self.clock.t:%Y}-{self.ordn:07d}"

    def record(self):
        g = self.g
        t = self.clock.t
        o = self.order()
        sku = f"SKU-{g.i(1, 99999):06d}-{g.c(['BLK', 'WHT', 'RED', 'NAV', 'GRN'])}-{g.c(['XS', 'S', 'M', 'L', 'XL', '42', '44'])}"
        k = g.i(0, 33)
        if k == 0: return self.line("INFO", "c.e.shop.order.OrderService", f"Order {o} created: customer=CUST-{g.i(1, 999999999):09d} items={g.i(1, 9)} subtotal={money(g, 5, 3000, 'EUR')} shipping={money(g, 0, 15, 'EUR')} tax={money(g, 1, 500, 'EUR')} total={money(g, 5, 3500, 'EUR')} channel={g.c(['web', 'ios', 'android', 'marketplace'])}")
        if k == 1: return self.line("INFO", "c.e.shop.payment.PaymentService", f"Payment authorized order={o} method=card brand={g.c(['VISA', 'MASTERCARD', 'AMEX', 'JCB'])} card=**** **** **** {g.i(1000, 9999)} exp=**/** auth_code={g.alnum(6, UPPER_ALNUM)} psp_ref={g.i(10 ** 15, 10 ** 16 - 1)}{g.c('ABCDEFGH')} amount={money(g, 5, 3000)} 3ds={g.c(['frictionless', 'challenge', 'exempt'])}")
        if k == 2: return self.line("DEBUG", "c.e.shop.payment.SandboxGateway", f"[sandbox] test card {g.c(TEST_CARDS)} {g.c(['approved', 'declined (insufficient_funds)', 'approved'])} amount={money(g, 1, 100, 'USD')} avs={g.c('YNAZ')} cvv={g.c('MNP')} latency={g.i(40, 900)}ms")
        if k == 3: return self.line("INFO", "c.e.shop.finance.SepaPayouts", f"SEPA payout batch=PO-{t:%Y%m%d}-{g.i(1, 99):04d} creditor_iban={g.c(IBANS)} bic={g.c(['COBADEFFXXX', 'DEUTDEFF', 'ABNANL2A', 'BNPAFRPP'])} amount={money(g, 1000, 99999, 'EUR')} items={g.i(10, 900)} execution_date={(t + timedelta(days=1)):%Y-%m-%d}")
        if k == 4: return self.line("INFO", "c.e.shop.shipping.ShipmentService", f"Shipment created order={o} carrier={g.c(['UPS', 'DHL', 'FedEx', 'USPS', 'Royal Mail', 'PostNL', 'DPD'])} tracking={tracking(g)} parcels={g.i(1, 4)} weight_kg={g.f(0.1, 30, 2)} dims={g.i(10, 80)}x{g.i(10, 60)}x{g.i(5, 40)}cm label=PDF")
        if k == 5: return self.line("INFO", "c.e.shop.inventory.StockService", f"Stock update sku={sku} ean={g.c(EANS)} on_hand={g.i(0, 900)} reserved={g.i(0, 40)} warehouse={g.c(['BER1', 'AMS2', 'WAW1', 'MAD1'])} bin={g.c('ABCDEF')}-{g.i(1, 40):02d}-{g.i(1, 20):02d}-{g.i(1, 6)}")
        if k == 6: return self.line("INFO", "c.e.shop.catalog.BookImport", f"Imported book isbn={g.c(ISBNS)} title_len={g.i(5, 120)} pages={g.i(40, 1200)} weight_g={g.i(100, 2500)} price={money(g, 5, 90)}")
        if k == 7:
            nom, tol = g.c([(12.5, 0.3), (4.2, 0.05), (25.0, 0.1), (100.0, 0.5), (6.35, 0.02)])
            return self.line("INFO", "c.e.shop.qc.QualityCheck", f"QC lot=L{t:%Y%m%d}-{g.i(1, 999):04d} part={g.c(['BRK-PAD-22', 'SHAFT-8MM', 'BRG-6204', 'SEAL-40x52'])} diameter={nom} ± {tol} mm measured={nom + g.r.uniform(-tol * 1.2, tol * 1.2):.2f} mm temp={g.f(18, 24, 1)} °C result={g.w([(9, 'PASS'), (1, 'FAIL')])}")
        if k == 8:
            old = g.r.uniform(5, 300)
            pct = g.c([5, 10, 12.5, 15, 20, 25, 30, 50])
            return self.line("INFO", "c.e.shop.pricing.PriceUpdater", f"Price update sku={sku} old=EUR {old:,.2f} new=EUR {old * (1 - pct / 100):,.2f} (-{pct}%) valid_from={t:%m/%d/%y} 00:00:00 valid_to={(t + timedelta(days=g.i(3, 30))):%m/%d/%y} 23:59:59")
        if k == 9: return self.line("DEBUG", "c.e.shop.cache.CacheMetrics", f"Cache stats region={g.c(['catalog', 'prices', 'sessions', 'cms'])} hit_ratio={g.r.uniform(0.6, 0.999):.4f} keys={g.i(100, 999999)} evictions={g.i(0, 9999)} mem={g.f(1, 2048, 1)} MB")
        if k == 10: return self.line("INFO", "c.e.shop.ShopApplication", f"Application version {g.semver()} build {t:%Y%m%d-%H:%M:%S} (git {g.hex(7)}) started on {g.pod('shop-app')} in {g.f(5, 40, 3)} s", "main")
        if k == 11: return self.line(g.c(["INFO", "WARN"]), "c.e.shop.fulfilment.BatchJobs", g.c([f"Scheduled job 'Mark Done' for fulfilment batch FB-{g.i(1, 999999):06d} completed: {g.i(0, 900)} orders, {g.i(0, 3)} errors",
                                                                                              f"Carrier API timeout for batch FB-{g.i(1, 999999):06d}, Will Retry at {(t + timedelta(minutes=5)):%H:%M:%S}",
                                                                                              f"Grace Period for unpaid order {o} ends {(t + timedelta(days=7)):%a %b %d %Y}; reminder {g.i(1, 3)} of 3 scheduled"]), f"scheduling-{g.i(1, 4)}")
        if k == 12: return self.line("DEBUG", "c.e.shop.events.OutboxPublisher", f"Event {g.c(['order.paid', 'order.shipped', 'stock.reserved', 'cart.abandoned'])} ts={epoch(t)} ts_ms={epoch_ms(t)} seq={g.i(1, 10 ** 9):012d} partition={g.i(0, 23)} offset={g.i(10 ** 5, 10 ** 9)} key={o}")
        if k == 13: return self.line("INFO", "c.e.shop.imports.CsvImporter", f"Import row {g.i(1, 999999):010d} of {g.i(10 ** 6, 9 * 10 ** 6):010d} ok (record_id={g.i(1, 99999999):010d}, md5={g.md5()})", f"import-{g.i(1, 4)}")
        if k == 14: return self.line("DEBUG", "c.e.shop.pos.TerminalMonitor", f"POS terminal POS-{g.i(1, 999):04d} mac={g.mac().upper()} fw={g.semver()} heartbeat latency={g.i(3, 900)}ms store=STORE-{g.i(1, 300):04d} ip={g.ip_priv()}")
        if k == 15: return self.line("INFO", "c.e.shop.media.AssetService", f"Asset uploaded key=images/p/{g.i(100000, 999999)}.jpg etag=\"{g.md5()}\" sha1={g.sha1()} sha256={g.sha256()} bytes={g.size(1000, 9 * 10 ** 6)}")
        if k == 16: return self.line("DEBUG", "c.e.shop.infra.WorkerRegistry", f"Worker container={g.hex(12)} pod={g.pod('checkout')} node=ip-10-0-{g.i(0, 63)}-{g.i(1, 254)}.eu-west-1.compute.internal cpu={g.c(['250m', '500m', '1'])} mem={g.c(['512Mi', '1Gi', '2Gi'])} started={iso_z(t, 3)}")
        if k == 17: return self.line("INFO", "c.e.shop.promo.PromoScheduler", g.c(['Promo "Black Friday" scheduled for Friday, November 24 2023 00:00 CET until Monday, November 27 (Cyber Monday)',
                                                                                    'Promo "Spring Sale" active Saturday March 18 through Sunday April 2, discount 15%',
                                                                                    'Promo "Boxing Day" draft saved for Tuesday, December 26 2023', 'Promo "Mother\'s Day" (Sunday May 14) banner published to 3 locales']))
        if k == 18: return self.line("INFO", "c.e.shop.delivery.SlotService", f"Delivery slot booked order={o} window={g.c(DAY)} {g.i(8, 18)}:00-{g.i(10, 21)}:00 zone={g.c(['BER', 'AMS', 'WAW'])}-{g.i(1, 40):02d} route=R-{g.i(1, 9999):04d} stop={g.i(1, 60)}")
        if k == 19: return self.line("INFO", "c.e.shop.risk.RiskEngine", f"Risk score order={o} score={g.r.random():.4f} rules=[{', '.join(g.r.sample(['velocity_ok', 'avs_match', 'ip_country_match', 'new_device', 'high_value', 'bin_country_mismatch'], 3))}] ip={g.ip_pub()} device={g.hex(16)}")
        if k == 20: return self.line("INFO", "c.e.shop.refund.RefundService", f"Refund RF-{t:%Y}-{g.i(1, 999999):06d} order={o} amount={money(g, 1, 900)} reason={g.c(['damaged_in_transit', 'wrong_size', 'not_as_described', 'late_delivery'])} approved_by=agent#{g.i(100, 999)}")
        if k == 21: return self.line("ERROR", "c.e.shop.web.ErrorController", f"Request failed: {g.c(['POST /checkout/confirm', 'GET /api/v1/cart', 'PUT /api/v1/cart/items'])}", trace=java_trace(g))
        if k == 22: return self.line("DEBUG", "c.e.shop.erp.ErpClient", f"GET https://erp.example.net/api/v2/stock?since={t:%Y%m%d-%H:%M:%S} -> {g.c([200, 200, 200, 304, 503])} ({g.i(10, 3000)} ms, {g.human(g.size(100, 10 ** 7))})")
        if k == 23: return self.line("INFO", "c.e.shop.fx.FxRates", f"FX EUR/USD {g.f(1.02, 1.12, 4)} EUR/GBP {g.f(0.84, 0.9, 4)} EUR/JPY {g.f(135, 150, 2)} EUR/PLN {g.f(4.5, 4.8, 4)} asof {iso_z(t, 0)}")
        if k == 24: return self.line("INFO", "c.e.shop.warehouse.PickListPrinter", f"Pick list PL-{g.i(1, 999999):06d} printed at PRN-{g.c(['BER1', 'AMS2'])}-{g.i(1, 9):02d} ({g.ip_priv()}) {g.i(1, 90)} lines, est {g.i(0, 1):02d}:{g.i(0, 59):02d}:{g.i(0, 59):02d}")
        if k == 25: return self.line("INFO", "c.e.shop.billing.InvoiceService", f"Invoice INV/{t:%Y/%m}/{g.i(1, 999999):06d} issued order={o} net={money(g, 5, 3000, 'EUR')} vat={g.c([7, 19, 20, 21, 23])}% gross={money(g, 5, 3500, 'EUR')} due={(t + timedelta(days=30)):%m/%d/%y}")
        if k == 26: return self.line("INFO", "c.e.shop.giftcard.GiftCardService", f"Gift card GC-****-****-{g.i(1000, 9999)} redeemed amount={money(g, 5, 200, 'EUR')} balance={money(g, 0, 100, 'EUR')}")
        if k == 27: return self.line("INFO", "c.e.shop.loyalty.LoyaltyService", f"Loyalty points +{g.i(1, 900)} member=LM-{g.i(1, 10 ** 9):012d} tier={g.c(['Bronze', 'Silver', 'Gold', 'Platinum'])} expires {(t + timedelta(days=g.i(100, 700))):%Y-%m-%d}")
        if k == 28: return self.line("DEBUG", "c.e.shop.search.SearchService", f"Search q=\"{g.c(WORDS)} {g.c(WORDS)}\" results={g.i(0, 9999)} took={g.i(2, 400)}ms facets=[brand,size,color] page={g.i(1, 9)}")
        if k == 29: return self.line("WARN", "c.e.shop.api.RateLimiter", f"Rate limit exceeded api_key=pk_live_****{g.hex(4)} ip={g.ip_pub()} limit={g.c([60, 600, 1200])}/min window_reset={epoch(t) + g.i(1, 60)}")
        if k == 30: return self.line("INFO", "c.e.shop.finance.Settlement", f"Nightly settlement for {t:%A, %B} {t.day} {t.year}: {g.i(100, 99999):,} transactions, {money(g, 10000, 999999, 'EUR')}, {g.i(0, 9)} chargebacks, duration {g.i(0, 3):02d}:{g.i(0, 59):02d}:{g.i(0, 59):02d}", f"scheduling-{g.i(1, 4)}")
        if k == 31: return self.line("DEBUG", "c.e.shop.web.SessionFilter", f"Session {g.hex(32)} created ua=\"{ua(g)}\" ip={g.ip()} locale={g.c(['de_DE', 'en_GB', 'fr_FR', 'pl_PL', 'ja_JP'])}")
        if k == 32: return self.line("INFO", "c.e.shop.ShopApplication", f"Dependency versions: spring-boot={g.c(['3.0.4', '2.7.9'])} hibernate=6.1.7.Final jackson=2.14.2 netty=4.1.89.Final postgresql=42.5.4 kafka-clients=3.3.2 uptime={g.i(0, 40)}d{g.i(0, 23)}h{g.i(0, 59)}m", "main")
        return self.line("INFO", "c.e.shop.metrics.FunnelReporter", f"Checkout funnel p50={g.f(0.3, 2, 1)}s p95={g.f(2, 6, 1)}s p99={g.f(6, 20, 1)}s over 15m window (n={g.i(100, 99999):,}) conversion={g.f(0.5, 6, 2)}%")

    def plants(self):
        return [self.p_customer, self.p_ship, self.p_phone, self.p_tel, self.p_vin, self.p_geo, self.p_dear, self.p_display]

    def p_customer(self):
        n = self.pii.name()
        e = self.pii.email(n)
        return self.line("INFO", "c.e.shop.customer.CustomerService", f"Customer registered id=CUST-{self.g.i(1, 999999999):09d} customer_name=\"{n[0]}\" email={e} marketing_opt_in={self.g.c(['true', 'false'])}"), [("name", 0), ("email", 0)]

    def p_ship(self):
        n = self.pii.name()
        a = self.pii.address()
        return self.line("INFO", "c.e.shop.shipping.AddressValidator", f"Address validated order={self.order()} ship_to_name=\"{n[0]}\" shipping_address=\"{a}\" result=DELIVERABLE"), [("name", 0), ("address", 0)]

    def p_phone(self):
        p = self.pii.phone()
        return self.line("INFO", "c.e.shop.customer.CustomerService", f"Contact details updated customer=CUST-{self.g.i(1, 999999999):09d} phone={p} channel=app"), [("phone", 0)]

    def p_tel(self):
        p = self.pii.phone()
        return self.line("DEBUG", "c.e.shop.delivery.NoteParser", f"delivery_note=\"please call tel: {p} before arrival, side entrance\" order={self.order()}"), [("phone", 0)]

    def p_vin(self):
        v = self.pii.vin()
        return self.line("INFO", "c.e.shop.parts.FitmentService", f"Parts fitment lookup vin={v} -> {self.g.i(0, 90)} compatible parts (catalog {self.g.semver()})"), [("vin", 0)]

    def p_geo(self):
        lat, lon = self.pii.coord(self.g.c([4, 5, 6]))
        return self.line("DEBUG", "c.e.shop.delivery.CourierTracker", f"Courier position order={self.order()} lat={lat} lon={lon} eta={self.g.i(2, 60)}min"), [("location", 0)]

    def p_dear(self):
        n = self.pii.name(latin=True)
        return self.line("DEBUG", "c.e.shop.mail.TemplateEngine", f"newsletter preview: \"Dear {n[0]}, spring is here and so are our new arrivals\""), [("name", 0)]

    def p_display(self):
        n = self.pii.name()
        return self.line("INFO", "c.e.shop.account.ProfileService", f"Profile updated: display_name: {n[0]} locale={self.g.c(['ja_JP', 'ko_KR', 'zh_CN', 'en_GB', 'de_DE'])}"), [("name", 0)]


# --------------------------------------------------------------------------------------------
# registry: kind -> files (name, share of the kind's lines, gzip, class)
# --------------------------------------------------------------------------------------------

KINDS = [
    ("hdfs", "HDFS DataNode/NameNode (Hadoop 0.x compact layout)", [("hdfs-datanode.log", 0.65, False, Hdfs), ("hdfs-namenode.log", 0.35, False, HdfsNameNode)]),
    ("hadoop_yarn", "MapReduce AppMaster syslog and YARN ResourceManager", [("mrappmaster-syslog.log", 0.6, False, HadoopMR), ("yarn-resourcemanager.log", 0.4, False, Yarn)]),
    ("spark", "Spark executor stderr", [("spark-executor.log", 1.0, False, Spark)]),
    ("zookeeper", "ZooKeeper 3.4 server", [("zookeeper.log", 1.0, False, ZooKeeper)]),
    ("openstack", "OpenStack nova api/compute/scheduler (concatenated, file name prefix)", [("nova.log", 1.0, False, Nova)]),
    ("apache", "Apache httpd access (combined) and 2.2 error log", [("access_log", 0.6, False, ApacheAccess), ("error_log", 0.4, False, ApacheError)]),
    ("nginx", "nginx access (combined + timings) and error log", [("access.log", 0.6, False, NginxAccess), ("error.log", 0.4, False, NginxError)]),
    ("syslog", "RFC 3164 /var/log/messages and RFC 5424 relay", [("messages", 0.55, False, Syslog3164), ("rfc5424.log", 0.45, False, Syslog5424)]),
    ("journald", "journalctl -o short-iso and -o json", [("journal-short-iso.log", 0.6, False, Journal), ("journal.json.log", 0.4, False, JournalJson)]),
    ("kernel", "Linux dmesg (boot and runtime)", [("dmesg.log", 1.0, False, Dmesg)]),
    ("windows_cbs", "Windows CBS.log", [("CBS.log", 1.0, False, WinCBS)]),
    ("windows_events", "Windows event log XML export (wevtutil /f:xml)", [("security-system-events.xml.log", 1.0, False, WinEventXml)]),
    ("android", "Android logcat -v threadtime", [("logcat.log", 1.0, False, Logcat)]),
    ("macos", "macOS system.log", [("system.log", 1.0, False, MacSystem)]),
    ("k8s_containers", "Kubernetes/Docker json-file container logs (Spring Boot, Go zap)",
     [("checkout-7d9f8c6b5-x2kqz_shop_checkout-3f2a1bc4d5e6f708.log", 0.4, False, K8sSpring),
      ("gateway-5c8d7b9f4-qm2lw_shop_gateway-9a8b7c6d5e4f3a2b.log", 0.3, False, K8sZap),
      ("telematics-ingest-6b7c8d9f5-h4kzp_fleet_ingest-1c2d3e4f5a6b7c8d.log", 0.3, False, K8sTelematics)]),
    ("k8s_klog", "Kubernetes control plane / kubelet klog", [("kube-controller-manager.log", 1.0, False, Klog)]),
    ("aws_cloudtrail", "CloudTrail events exported from CloudWatch Logs", [("cloudtrail-cwl-export-000000.log.gz", 1.0, True, CloudTrail)]),
    ("aws_alb", "Application Load Balancer access log", [("123456789012_elasticloadbalancing_eu-west-1_app.shop-prod-alb_20230301T1200Z.log", 1.0, False, Alb)]),
    ("aws_s3_access", "S3 server access log", [("2023-03-01-12-00-01-5A2B3C4D5E6F7A8B.log", 1.0, False, S3Access)]),
    ("aws_vpc_flow", "VPC flow logs v2 (S3 delivery)", [("123456789010_vpcflowlogs_eu-west-1_fl-0a1b2c3d4e5f60718_20230301T1200Z_5f1e2d3c.log.gz", 1.0, True, VpcFlow)]),
    ("java", "log4j 1.x application log with stack traces", [("crm-backoffice.log", 1.0, False, Log4j)]),
    ("python", "Django/uvicorn app log with tracebacks and Celery worker", [("app.log", 0.6, False, PyApp), ("celery-worker.log", 0.4, False, Celery)]),
    ("postgresql", "PostgreSQL server log", [("postgresql-15-main.log", 1.0, False, Postgres)]),
    ("mysql", "MySQL slow query log and general log", [("mysql-slow.log", 0.4, False, MysqlSlow), ("mysql-general.log", 0.6, False, MysqlGeneral)]),
    ("hpc_bgl", "Blue Gene/L RAS log", [("bgl-ras.log", 1.0, False, Bgl)]),
    ("openssh", "OpenSSH auth.log", [("auth.log", 1.0, False, OpenSSH)]),
    ("proxifier", "Proxifier-like proxy client log", [("proxifier.log", 1.0, False, Proxifier)]),
    ("ecommerce", "web shop application log (orders, payments, shipping, prices)", [("shop-app.log", 1.0, False, Ecommerce)]),
]


BYTES_PER_KIND_LINE = 90  # a kind holds at most N lines and at most N * 90 bytes: verbose formats get fewer lines


def line_budget(cls, seed_str, n_lines, n_bytes):
    """lines this file gets: n_lines, or fewer when its lines are long (estimated from a probe run)"""
    g = Gen(random.Random(seed_str + "/probe"))
    f = cls(g, PII(g))
    nl = nb = 0
    while nl < 400:
        for ln in f.record():
            nl += 1
            nb += len(ln.encode("utf-8")) + 1
    return max(100, min(n_lines, int(n_bytes / (nb / nl))))


def build_file(cls, g, pii, n_lines, rate):
    f = cls(g, pii)
    planters = f.plants()
    n_plants = 0
    if planters and n_lines >= 100:
        # about `rate` of the lines, and (in files long enough) each way this application writes personal data once
        n_plants = max(round(n_lines * rate * g.r.uniform(0.7, 1.4)), min(len(planters), math.ceil(n_lines / 250)))
    positions = sorted(g.r.sample(range(max(10, n_lines // 40), n_lines - 5), n_plants)) if n_plants else []
    lines, ents = [], []
    pi = 0
    order = [planters[i % len(planters)] for i in range(n_plants)]
    g.r.shuffle(order)
    while len(lines) < n_lines:
        if pi < len(positions) and len(lines) >= positions[pi]:
            rec, where = order[pi]()
            starts = []
            for el in rec:  # an element may hold several physical lines (e.g. a DETAIL with newlines)
                starts.append(len(lines))
                lines.extend(el.split("\n"))
            for cat, off in where:
                ents.append((cat, starts[off] + 1))
            pi += 1
        else:
            for el in f.record():
                lines.extend(el.split("\n"))
    return lines, ents


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lines-per-kind", type=int, default=3000)
    ap.add_argument("--only", help="comma-separated kinds to write (default: all)")
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    data = out / "data"
    if data.exists():
        shutil.rmtree(data)
    only = set(a.only.split(",")) if a.only else None
    truth = {"text": [], "fields": [], "files": []}
    total_bytes = 0
    rows = []
    for kind, _desc, files in KINDS:
        if only and kind not in only:
            continue
        (data / kind).mkdir(parents=True, exist_ok=True)
        for fname, share, gz, cls in files:
            seed_str = f"{a.seed}/{kind}/{fname}"
            g = Gen(random.Random(seed_str))
            pii = PII(g)
            weight = getattr(cls, "weight", 1.0)
            n = line_budget(cls, seed_str, int(a.lines_per_kind * share * weight), a.lines_per_kind * BYTES_PER_KIND_LINE * share * weight)
            lines, ents = build_file(cls, g, pii, n, getattr(cls, "plant_rate", 0.001))
            rel = f"{kind}/{fname}"
            text = "\n".join(lines) + "\n"
            raw = text.encode("utf-8")
            path = data / kind / fname
            if gz:
                with open(path, "wb") as fh, gzip.GzipFile(filename=fname[:-3], mode="wb", fileobj=fh, mtime=0) as z:
                    z.write(raw)
            else:
                path.write_bytes(raw)
            total_bytes += len(raw)
            truth["files"].append(rel)
            for cat, ln in ents:
                truth["text"].append({"file": rel, "category": cat, "line_start": ln, "line_end": ln})
            rows.append((rel, len(lines), len(raw), len(ents)))
    (out / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    width = max(len(r[0]) for r in rows)
    for rel, nl, nb, ne in rows:
        print(f"{rel:<{width}} {nl:7d} lines {nb / 1e6:7.3f} MB {ne:3d} planted")
    cats = {}
    for e in truth["text"]:
        cats[e["category"]] = cats.get(e["category"], 0) + 1
    print(f"{len(rows)} files in {len({r[0].split('/')[0] for r in rows})} kinds, {sum(r[1] for r in rows)} lines, "
          f"{total_bytes / 1e6:.2f} MB decompressed; planted: " + ", ".join(f"{c} {n}" for c, n in sorted(cats.items())))


if __name__ == "__main__":
    main()
