"""Writes geotagged photos with Pillow, for tests/formats.rs: the same EXIF (GPS position, Artist,
camera owner, body serial number, date taken) in a JPEG, a PNG and a WebP, and a JPEG without
metadata. Positions are public landmarks; the names are placeholders.

    python3 tests/tools/photos.py OUT_DIR [--large]

--large adds large.jpg: 2,400 x 2,400 pixels of noise (several MB) with the same EXIF, to show
that only its metadata is fetched from a bucket.
"""
import sys

from PIL import Image

out = sys.argv[1]


def dms(x):
    d = int(x)
    m = int((x - d) * 60)
    s = (x - d - m / 60) * 3600
    return (float(d), float(m), round(s, 4))


def photo(path, lat, lon, image=None):
    exif = Image.Exif()
    exif[0x013B] = "Taro Yamada"  # Artist
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = ("N" if lat >= 0 else "S"), dms(abs(lat))
    gps[3], gps[4] = ("E" if lon >= 0 else "W"), dms(abs(lon))
    sub = exif.get_ifd(0x8769)
    sub[0xA430] = "Hanako Suzuki"  # CameraOwnerName
    sub[0xA431] = "SN-4711-0815"  # BodySerialNumber
    sub[0x9003] = "2023:05:01 10:00:00"  # DateTimeOriginal
    (image or Image.new("RGB", (8, 8), (120, 120, 120))).save(path, exif=exif, quality=95)


photo(f"{out}/tokyo-station.jpg", 35.681236, 139.767125)
photo(f"{out}/opera-house.png", -33.856784, 151.215297)
photo(f"{out}/liberty.webp", 40.689247, -74.044502)
Image.new("RGB", (8, 8), (10, 10, 10)).save(f"{out}/plain.jpg")
if "--large" in sys.argv[2:]:
    noise = Image.merge("RGB", [Image.effect_noise((2400, 2400), 80 + 10 * i) for i in range(3)])
    photo(f"{out}/large.jpg", 35.658581, 139.745433, noise)
