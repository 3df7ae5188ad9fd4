"""Photos checked by their content and re-encoded before storage (the weekly
report's photos of the work, a criterion's photos given as evidence).

An upload is trusted for nothing: its name and content type are ignored, Pillow
decides what it is. What is stored is always a fresh JPEG drawn from the pixels
alone, turned upright, so that EXIF (with the GPS position of the photographer's
home), XMP, comments and any payload smuggled after the image never reach the
disk. Only an RGB ICC profile is kept, so that phone photos in Display P3 keep
their colours; it says nothing about the person.
"""

from __future__ import annotations

import io
import math
import os
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from PIL import Image, ImageOps

from ntm.numbers import format_number
from ntm.text import nfc

# Far above any photo a phone takes in its normal mode (12–24 MP), far below
# what it takes to exhaust memory: 40 MP decodes to about 120 MB of RGB.
MAX_PIXELS = 40_000_000
JPEG_QUALITY = 85
# Phones save JPEGs carrying a second, preview image as MPO; it is a JPEG.
ACCEPTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP"}

MEGABYTE = 1024 * 1024

NOT_AN_IMAGE = "Tệp “{name}” không phải là ảnh hợp lệ."
WRONG_FORMAT = "Chỉ nhận ảnh JPEG, PNG hoặc WebP."


def _megabytes(size: int, *, rounding) -> str:
    """Bytes as "8" or "12,4" MB, rounded with `rounding` (math.ceil/floor) to
    one decimal, so that a file just over the limit never reads as the limit."""
    return format_number(rounding(size * 10 / MEGABYTE) / 10)


def display_name(upload: UploadedFile) -> str:
    # Browsers on macOS send names decomposed (NFD); shown in a message only.
    return nfc(os.path.basename(upload.name or ""))[:100] or "không tên"


def _too_many_pixels(size: tuple[int, int] | None = None) -> ValidationError:
    limit = f"tối đa {MAX_PIXELS // 1_000_000} megapixel"
    if size:
        message = f"Kích thước ảnh quá lớn ({size[0]} × {size[1]} điểm ảnh); {limit}."
    else:
        message = f"Kích thước ảnh quá lớn; {limit}."
    return ValidationError(message, code="too_many_pixels")


def _open(upload: UploadedFile) -> Image.Image:
    """Open `upload` lazily (header only), bombs refused by Pillow's own check."""
    upload.seek(0)
    with warnings.catch_warnings():
        # Pillow only warns between MAX_IMAGE_PIXELS and twice that; refuse both.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return Image.open(upload)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise _too_many_pixels() from error


def validate_photo(upload: UploadedFile) -> Image.Image:
    """Return `upload` decoded by Pillow if it is a JPEG, PNG or WebP photo of
    acceptable size; raise ValidationError (in Vietnamese) otherwise."""
    size = upload.size
    if size > settings.PHOTO_MAX_BYTES:
        raise ValidationError(
            f"Ảnh quá lớn ({_megabytes(size, rounding=math.ceil)} MB); "
            f"tối đa {_megabytes(settings.PHOTO_MAX_BYTES, rounding=math.floor)} MB.",
            code="too_large",
        )
    not_an_image = ValidationError(
        NOT_AN_IMAGE.format(name=display_name(upload)), code="invalid"
    )
    try:
        # verify() walks the file (PNG checksums, chunk structure) without
        # decoding; the image is unusable afterwards, hence the second open.
        with _open(upload) as probe:
            image_format = probe.format
            dimensions = probe.size
            probe.verify()
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many types on hostile input
        raise not_an_image from error
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(WRONG_FORMAT, code="format")
    if dimensions[0] * dimensions[1] > MAX_PIXELS:
        raise _too_many_pixels(dimensions)
    try:
        image = _open(upload)
        # A JPEG can be decoded at 1/2, 1/4 or 1/8 scale for almost nothing;
        # ask for no less than what is kept, so quality is unchanged.
        side = settings.PHOTO_MAX_SIDE
        image.draft(None, (side, side))
        # load() decodes every byte: a truncated JPEG fails here, not in verify().
        image.load()
    except ValidationError:
        raise
    except Exception as error:
        raise not_an_image from error
    return image


@dataclass(frozen=True)
class Encoded:
    image: bytes
    thumbnail: bytes
    width: int
    height: int


def _flatten_to_rgb(image: Image.Image) -> Image.Image:
    """RGB pixels; transparency laid onto white (JPEG has no alpha)."""
    if image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    ):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode != "RGB":
        return image.convert("RGB")
    return image


def _jpeg(image: Image.Image, icc_profile: bytes | None) -> bytes:
    buffer = io.BytesIO()
    # Only what is passed here is written: no exif=, no xmp=, no comment=.
    options = {"quality": JPEG_QUALITY, "optimize": True}
    if icc_profile:
        options["icc_profile"] = icc_profile
    image.save(buffer, "JPEG", **options)
    return buffer.getvalue()


def _encode(image: Image.Image) -> Encoded:
    """Upright, RGB, at most PHOTO_MAX_SIDE long, as JPEG, plus a thumbnail."""
    icc_profile = image.info.get("icc_profile")
    # Bytes 16–19 of an ICC header name its colour space; a CMYK or grey profile
    # would lie about the RGB pixels written below.
    if not (icc_profile and icc_profile[16:20] == b"RGB "):
        icc_profile = None
    upright = ImageOps.exif_transpose(image)
    pixels = _flatten_to_rgb(upright)
    # Bare pixels: none of the original info (exif, xmp, and the JPEG comment,
    # which Pillow would otherwise copy over) follows them into the file.
    pixels.info = {}
    side = settings.PHOTO_MAX_SIDE
    pixels.thumbnail((side, side), Image.Resampling.LANCZOS)
    thumbnail = pixels.copy()
    thumb_side = settings.PHOTO_THUMBNAIL_SIDE
    thumbnail.thumbnail((thumb_side, thumb_side), Image.Resampling.LANCZOS)
    return Encoded(
        image=_jpeg(pixels, icc_profile),
        thumbnail=_jpeg(thumbnail, icc_profile),
        width=pixels.width,
        height=pixels.height,
    )


def photo_prepare(upload: UploadedFile) -> Encoded:
    """Check `upload` as a photo and re-encode it (raise ValidationError in
    Vietnamese otherwise); also used for photos given as evidence."""
    image = validate_photo(upload)
    try:
        return _encode(image)
    except ValidationError:
        raise
    except Exception as error:  # e.g. a corrupt EXIF block met by exif_transpose
        raise ValidationError(
            NOT_AN_IMAGE.format(name=display_name(upload)), code="invalid"
        ) from error
    finally:
        image.close()
