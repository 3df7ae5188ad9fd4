"""Photos are judged by their content, stored re-encoded without metadata, and a
batch with one bad file stores nothing."""

import datetime
import io
import os
import re
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from ntm.photos import validate_photo
from reports.models import EntryPhoto, ProgressEntry, ProgressReport
from reports.photos import photo_add, photos_add
from tests.reports.conftest import WEEK

MB = 1024 * 1024
GPS_IFD = 0x8825
ORIENTATION = 0x0112


# Every test's uploads go to a temporary MEDIA_ROOT (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("media")


@pytest.fixture
def entry(plan, hedge, world):
    report = ProgressReport.objects.create(
        plan=plan, period_start=WEEK, period_end=WEEK + datetime.timedelta(days=6)
    )
    return ProgressEntry.objects.create(
        report=report, village_target=hedge.allocations.get(village=world.con_tong)
    )


def stored_files(root) -> list[str]:
    return [str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()]


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def upload(data: bytes, name: str = "anh.jpg", content_type: str = "image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def two_colour(size=(400, 200)) -> Image.Image:
    """Left half red, right half blue: shows which way an image was turned."""
    image = Image.new("RGB", size, "blue")
    image.paste("red", (0, 0, size[0] // 2, size[1]))
    return image


def jpeg_with_gps(size=(400, 200), orientation: int = 1) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Samsung"
    exif[ORIENTATION] = orientation
    exif.get_ifd(GPS_IFD).update(
        {1: "N", 2: (21.0, 2.0, 3.5), 3: "E", 4: (106.0, 1.0, 2.0)}
    )
    return encode(
        two_colour(size),
        "JPEG",
        exif=exif,
        xmp=b"<x:xmpmeta>toa-do-nha-rieng</x:xmpmeta>",
        comment=b"may-anh-cua-ong-A",
    )


def noise(size=(300, 300)) -> Image.Image:
    return Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))


def png_header_only(width: int, height: int) -> bytes:
    """A few dozen bytes that claim `width` × `height` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 10))
        + chunk(b"IEND", b"")
    )


def refusal(callable_, *args, **kwargs) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        callable_(*args, **kwargs)
    return caught.value.messages


def test_the_fixture_really_carries_gps_xmp_and_a_comment():
    # Without this, "no GPS after upload" could pass on a photo that had none.
    source = Image.open(io.BytesIO(jpeg_with_gps()))
    assert source.getexif().get_ifd(GPS_IFD)[1] == "N"
    assert {"xmp", "comment"} <= source.info.keys()


def test_a_phone_photo_is_stored_upright_without_exif_gps_xmp_or_comment(
    entry, commune_official, media
):
    photo = photo_add(
        entry=entry,
        upload=upload(jpeg_with_gps(orientation=6), "IMG_0001 nhà ông A.jpg"),
        user=commune_official,
    )
    photo.refresh_from_db()
    assert photo.entry == entry and photo.uploaded_by == commune_official
    raw = (media / photo.image.name).read_bytes()
    stored = Image.open(io.BytesIO(raw))
    assert stored.format == "JPEG"
    assert len(stored.getexif()) == 0
    assert not stored.getexif().get_ifd(GPS_IFD)
    assert not {"exif", "xmp", "comment"} & stored.info.keys()
    assert b"toa-do-nha-rieng" not in raw and b"may-anh-cua-ong-A" not in raw
    # Orientation 6 means "turn 90° clockwise to view": 400 × 200 becomes
    # 200 × 400 with the red (left) half now on top.
    assert (photo.width, photo.height) == stored.size == (200, 400)
    red, green, blue = stored.convert("RGB").getpixel((100, 50))
    assert red > 200 and blue < 60
    thumbnail = Image.open(media / photo.thumbnail.name)
    assert len(thumbnail.getexif()) == 0 and thumbnail.size == (160, 320)


def test_file_names_are_generated_never_the_users(entry, commune_official):
    photo = photo_add(
        entry=entry,
        upload=upload(jpeg_with_gps(), "../../nhà ông A/etc.passwd.jpg"),
        user=commune_official,
    )
    pattern = r"progress/\d{4}/\d{2}/(thumbs/)?[0-9a-f]{32}\.jpg"
    assert re.fullmatch(pattern, photo.image.name)
    assert re.fullmatch(pattern, photo.thumbnail.name)
    assert "thumbs/" in photo.thumbnail.name


def test_a_large_photo_is_scaled_to_the_long_side_and_gets_a_thumbnail(
    entry, commune_official, settings, media
):
    settings.PHOTO_MAX_SIDE = 1000
    settings.PHOTO_THUMBNAIL_SIDE = 100
    photo = photo_add(
        entry=entry,
        upload=upload(encode(two_colour((3000, 1500)), "JPEG")),
        user=commune_official,
    )
    assert (photo.width, photo.height) == (1000, 500)
    assert Image.open(media / photo.image.name).size == (1000, 500)
    assert Image.open(media / photo.thumbnail.name).size == (100, 50)


def test_a_small_photo_is_not_enlarged(entry, commune_official, media):
    photo = photo_add(
        entry=entry,
        upload=upload(encode(two_colour((64, 48)), "JPEG")),
        user=commune_official,
    )
    assert (photo.width, photo.height) == (64, 48)
    assert Image.open(media / photo.thumbnail.name).size == (64, 48)


def test_png_with_transparency_is_flattened_onto_white_jpeg(
    entry, commune_official, media
):
    image = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    image.paste((0, 128, 0, 255), (50, 0, 100, 100))
    photo = photo_add(
        entry=entry,
        upload=upload(encode(image, "PNG"), "so-do.png", "image/png"),
        user=commune_official,
    )
    stored = Image.open(media / photo.image.name)
    assert stored.format == "JPEG" and stored.mode == "RGB"
    assert all(channel > 245 for channel in stored.getpixel((10, 50)))
    red, green, blue = stored.getpixel((90, 50))
    assert green > 100 and red < 30 and blue < 30


def test_webp_and_grey_png_are_accepted_and_stored_as_rgb_jpeg(
    entry, commune_official, media
):
    photos = photos_add(
        entry=entry,
        uploads=[
            upload(encode(two_colour(), "WEBP"), "anh.webp", "image/webp"),
            upload(encode(Image.new("L", (50, 40), 90), "PNG"), "xam.png"),
        ],
        user=commune_official,
    )
    for photo in photos:
        stored = Image.open(media / photo.image.name)
        assert (stored.format, stored.mode) == ("JPEG", "RGB")
    assert [(p.width, p.height) for p in photos] == [(400, 200), (50, 40)]


def test_a_text_file_named_jpg_is_not_an_image(entry, commune_official, media):
    fake = upload("Xin chào, đây không phải ảnh.".encode(), "anh.jpg")
    assert refusal(photo_add, entry=entry, upload=fake, user=commune_official) == [
        "Tệp “anh.jpg” không phải là ảnh hợp lệ."
    ]
    assert not EntryPhoto.objects.exists() and stored_files(media) == []


def test_a_truncated_jpeg_is_not_an_image(commune_official):
    data = encode(noise(), "JPEG")
    assert refusal(validate_photo, upload(data[: len(data) // 2], "cat-do.jpg")) == [
        "Tệp “cat-do.jpg” không phải là ảnh hợp lệ."
    ]


def test_a_png_with_a_broken_checksum_is_not_an_image():
    data = bytearray(encode(noise((40, 40)), "PNG"))
    data[60] ^= 0xFF  # inside the first IDAT chunk
    assert refusal(validate_photo, upload(bytes(data), "hong.png")) == [
        "Tệp “hong.png” không phải là ảnh hợp lệ."
    ]


def test_a_decomposed_file_name_is_shown_composed():
    import unicodedata

    name = unicodedata.normalize("NFD", "ảnh đường.jpg")
    message = refusal(validate_photo, upload(b"not an image", name))[0]
    assert "“ảnh đường.jpg”" in message
    assert unicodedata.is_normalized("NFC", message)


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF"])
def test_real_images_in_other_formats_are_refused_whatever_their_name(fmt):
    data = encode(two_colour((40, 20)), fmt)
    assert refusal(validate_photo, upload(data, "anh.jpg")) == [
        "Chỉ nhận ảnh JPEG, PNG hoặc WebP."
    ]


def test_an_upload_over_the_byte_limit_is_refused_before_it_is_opened(settings):
    settings.PHOTO_MAX_BYTES = 1 * MB
    real = encode(two_colour(), "PNG")
    data = real + b"\0" * (MB + MB // 2 - len(real))  # exactly 1,5 MB
    assert refusal(validate_photo, upload(data)) == [
        "Ảnh quá lớn (1,5 MB); tối đa 1 MB."
    ]
    # One byte over the limit reads as over it, never "(1 MB); tối đa 1 MB".
    assert refusal(validate_photo, upload(b"\0" * (MB + 1))) == [
        "Ảnh quá lớn (1,1 MB); tối đa 1 MB."
    ]


def test_the_default_limit_reads_eight_megabytes():
    data = b"\0" * (8 * MB + 300 * 1024)
    assert refusal(validate_photo, upload(data)) == [
        "Ảnh quá lớn (8,3 MB); tối đa 8 MB."
    ]


def test_a_real_9000_by_9000_png_is_refused_for_its_dimensions():
    data = encode(Image.new("1", (9000, 9000)), "PNG")
    assert len(data) < MB  # small on disk: only the pixel count gives it away
    assert refusal(validate_photo, upload(data, "lon.png")) == [
        "Kích thước ảnh quá lớn (9000 × 9000 điểm ảnh); tối đa 40 megapixel."
    ]


@pytest.mark.parametrize(
    "side",
    [
        10_000,  # 100 MP: Pillow only warns (DecompressionBombWarning)
        100_000,  # 10 000 MP: Pillow raises DecompressionBombError
    ],
)
def test_a_tiny_file_claiming_huge_dimensions_is_refused(side):
    data = png_header_only(side, side)
    assert len(data) < 100
    assert refusal(validate_photo, upload(data, "bom.png")) == [
        "Kích thước ảnh quá lớn; tối đa 40 megapixel."
    ]


def test_one_bad_upload_in_a_batch_stores_nothing(entry, commune_official, media):
    messages = refusal(
        photos_add,
        entry=entry,
        uploads=[
            upload(jpeg_with_gps(), "tot.jpg"),
            upload(b"GIF89a...", "anh.jpg"),
            upload(encode(two_colour(), "GIF"), "dong.gif"),
        ],
        user=commune_official,
    )
    assert messages == [
        "Tệp “anh.jpg” không phải là ảnh hợp lệ.",
        "“dong.gif”: Chỉ nhận ảnh JPEG, PNG hoặc WebP.",
    ]
    assert not EntryPhoto.objects.exists()
    assert stored_files(media) == []


def test_a_batch_is_stored_whole(entry, commune_official, media):
    photos = photos_add(
        entry=entry,
        uploads=[upload(jpeg_with_gps(), f"{n}.jpg") for n in range(3)],
        user=commune_official,
    )
    assert list(entry.photos.all()) == photos
    assert len(stored_files(media)) == 6  # three photos, three thumbnails


def test_at_most_six_photos_per_entry(entry, commune_official, media):
    photos_add(
        entry=entry,
        uploads=[upload(jpeg_with_gps()) for _ in range(4)],
        user=commune_official,
    )
    too_many = [upload(jpeg_with_gps()) for _ in range(3)]
    assert refusal(
        photos_add, entry=entry, uploads=too_many, user=commune_official
    ) == ["Mỗi kết quả tối đa 6 ảnh."]
    assert entry.photos.count() == 4 and len(stored_files(media)) == 8
    photos_add(
        entry=entry,
        uploads=[upload(jpeg_with_gps()) for _ in range(2)],
        user=commune_official,
    )
    assert refusal(
        photo_add, entry=entry, upload=upload(jpeg_with_gps()), user=commune_official
    ) == ["Mỗi kết quả tối đa 6 ảnh."]
    assert entry.photos.count() == 6


def test_a_failure_while_storing_removes_the_files_already_written(
    entry, commune_official, media, monkeypatch
):
    from reports import photos as photos_module

    real_store = photos_module._store
    calls = []

    def store_then_fail(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_store(*args, **kwargs)

    monkeypatch.setattr(photos_module, "_store", store_then_fail)
    with pytest.raises(OSError):
        photos_add(
            entry=entry,
            uploads=[upload(jpeg_with_gps()) for _ in range(2)],
            user=commune_official,
        )
    assert stored_files(media) == []
    assert not EntryPhoto.objects.exists()


def test_an_rgb_colour_profile_is_kept_and_cmyk_becomes_plain_rgb(
    entry, commune_official, media
):
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    cmyk = Image.new("CMYK", (40, 30), (0, 255, 255, 0))  # red in print inks
    # A CMYK profile must not be attached to RGB pixels: any stand-in will do,
    # what matters is its colour-space field (bytes 16–19).
    fake_cmyk_profile = srgb[:16] + b"CMYK" + srgb[20:]
    photos = photos_add(
        entry=entry,
        uploads=[
            upload(encode(two_colour(), "JPEG", icc_profile=srgb)),
            upload(encode(cmyk, "JPEG", icc_profile=fake_cmyk_profile)),
        ],
        user=commune_official,
    )
    with_profile, from_cmyk = (Image.open(media / p.image.name) for p in photos)
    assert with_profile.info.get("icc_profile") == srgb
    assert from_cmyk.mode == "RGB" and "icc_profile" not in from_cmyk.info
    red, green, blue = from_cmyk.getpixel((20, 15))
    assert red > 200 and green < 60 and blue < 60


@pytest.mark.django_db
def test_files_of_a_rolled_back_upload_are_swept_once_old_enough(
    entry, commune_official, media
):
    from django.core.management import call_command
    from django.db import transaction

    kept = photo_add(
        entry=entry, upload=upload(encode(two_colour(), "JPEG")), user=commune_official
    )

    class Failed(Exception):
        pass

    with pytest.raises(Failed), transaction.atomic():
        photo_add(
            entry=entry,
            upload=upload(encode(two_colour(), "JPEG")),
            user=commune_official,
        )
        raise Failed  # a later step of the same request fails
    assert EntryPhoto.objects.get() == kept
    stored = set(stored_files(media))
    orphaned = stored - {kept.image.name, kept.thumbnail.name}
    assert len(stored) == 4 and len(orphaned) == 2

    def sweep(*args) -> str:
        out = io.StringIO()
        call_command("sweep_media", *args, stdout=out)
        return out.getvalue()

    # Fresh files may belong to an upload still in flight: left alone.
    assert "Đã xóa 0 tệp" in sweep("--delete")
    assert set(stored_files(media)) == stored
    day_ago = (
        datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=25)
    ).timestamp()
    for name in stored:
        os.utime(media / name, (day_ago, day_ago))
    listed = sweep()
    assert "Tìm thấy 2 tệp" in listed and "--delete" in listed
    assert all(name in listed for name in orphaned)
    assert set(stored_files(media)) == stored  # a dry run deletes nothing
    assert "Đã xóa 2 tệp" in sweep("--delete")
    assert set(stored_files(media)) == {kept.image.name, kept.thumbnail.name}
    assert "Tìm thấy 0 tệp" in sweep()
