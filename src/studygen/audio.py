"""Offline audio for the deck: each vocabulary word spoken, and with ``--audio all`` its example
sentence, synthesized by OpenJTalk (pyopenjtalk-plus, dictionary and voice in the package:
nothing is downloaded) and encoded as small mono MP3 by ffmpeg.

A file is named by a hash of what it says and how it was made (``studygen-<hash>.mp3``), and
kept in a cache folder: a rebuild, another article with the same word, or ``--package`` after
the builds synthesize nothing again, and Anki, which keys media by file name, stores one file
for a word however many decks carry it.

The word is spoken as written when OpenJTalk reads it as the item's reading, so that it takes
the dictionary's accent (橋 and 箸 differ); otherwise from the reading in katakana (米 べい:
written 米 alone it would say こめ). See :func:`studygen.accent.spoken_text`.

MP3 rather than Opus: every Anki client plays MP3 (AnkiMobile does not play Ogg Opus), and at
32 kbit/s mono a word is about 6 KB.

    >>> rec = make_recordings([study_set], Options(audio="words"))      # doctest: +SKIP
    >>> rec.words[("会談", "かいだん")]                                   # doctest: +SKIP
    '/home/me/.cache/studygen/audio/studygen-5f0c….mp3'
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from .accent import _lock, _openjtalk, morae_spoken, spoken_text
from .errors import AudioError
from .model import Recordings, StudySet
from .options import Options

__all__ = ["ENCODING", "cache_dir", "make_recordings", "record_all", "recording_for"]

SAMPLE_RATE = 24_000  # OpenJTalk's 48 kHz halved: speech needs no more, and the file halves
ENCODING = ("-c:a", "libmp3lame", "-b:a", "32k", "-ac", "1", "-ar", str(SAMPLE_RATE))
SUFFIX = ".mp3"
# Part of every file's hash: a change of voice or encoding gives new names, so Anki, which
# keeps the first file of a name it has, picks the new sound up.
_RECIPE = "openjtalk-plus default voice|" + " ".join(ENCODING) + "|v1"


def cache_dir(options: Options) -> Path:
    """Where recordings are kept: ``options.audio_cache``, else $XDG_CACHE_HOME/studygen/audio
    (~/.cache/studygen/audio)."""
    if options.audio_cache is not None:
        return Path(options.audio_cache)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "studygen" / "audio"


def _name(text: str) -> str:
    digest = hashlib.sha256(f"{_RECIPE}\x1f{text}".encode()).hexdigest()[:24]
    return f"studygen-{digest}{SUFFIX}"


def _ffmpeg() -> str:
    path = shutil.which("ffmpeg")
    if path is None:
        raise AudioError("ffmpeg is not installed")
    return path


# One ffmpeg process encodes this many recordings: starting ffmpeg costs about 30 ms on a quiet
# machine (0.3 s on a loaded one), more than encoding a word; the cap keeps the command short.
_BATCH = 64


def _pcm(text: str) -> tuple[bytes, int]:
    import numpy as np

    with _lock:  # one OpenJTalk per process, not re-entrant
        wave, rate = _openjtalk().tts(text)
    # OpenJTalk returns floats on the int16 scale; clip before the cast so a peak cannot wrap.
    return np.clip(wave, -32768, 32767).astype("<i2").tobytes(), int(rate)


def _encode_all(pcms: list[tuple[bytes, int]], outputs: list[Path], work: Path) -> None:
    """Encode raw 16-bit mono PCM to MP3 files, all in one ffmpeg process."""
    cmd = [_ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y"]
    for k, (pcm, rate) in enumerate(pcms):
        raw = work / f"{k}.raw"
        raw.write_bytes(pcm)
        cmd += ["-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", str(raw)]
    for k, out in enumerate(outputs):
        cmd += ["-map", f"{k}:a", *ENCODING, "-map_metadata", "-1", "-f", "mp3", str(out)]
    done = subprocess.run(cmd, capture_output=True, check=False)
    if done.returncode != 0 or any(not o.exists() or o.stat().st_size == 0 for o in outputs):
        raise AudioError(f"ffmpeg failed: {done.stderr.decode(errors='replace').strip()[:200]}")


def _speakable(text: str) -> bool:
    return bool(text.strip()) and morae_spoken(text) > 0


def record_all(texts: Iterable[str], folder: Path) -> dict[str, Path]:
    """The recording of each text in ``folder``, synthesizing only those not there yet; texts
    with nothing to say (punctuation alone) get none. Files appear whole or not at all: each is
    encoded beside its final name and renamed into place (two workers making the same word
    write the same bytes)."""
    found: dict[str, Path] = {}
    pending: list[str] = []
    for text in dict.fromkeys(texts):
        path = folder / _name(text)
        if path.exists():
            found[text] = path
        elif _speakable(text):
            pending.append(text)
    if not pending:
        return found
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(pending), _BATCH):
        chunk = pending[i:i + _BATCH]
        pcms = [_pcm(text) for text in chunk]
        with tempfile.TemporaryDirectory(prefix=".studygen-audio-", dir=folder) as work:
            parts = [Path(work) / f"{k}.mp3" for k in range(len(chunk))]
            _encode_all(pcms, parts, Path(work))
            for text, part in zip(chunk, parts, strict=True):
                os.chmod(part, 0o644)
                os.replace(part, folder / _name(text))
                found[text] = folder / _name(text)
    return found


def recording_for(text: str, folder: Path) -> Path | None:
    """The recording of ``text`` in ``folder``, synthesized only when it is not there yet; None
    when there is nothing to say (punctuation alone)."""
    return record_all([text], folder).get(text)


def _sentence_texts(study_set: StudySet) -> Iterable[str]:
    by_index = {s.index: s.text for s in study_set.article.sentences}
    for term in study_set.vocabulary:
        text = by_index.get(term.sentence_index, "").strip()
        if text:
            yield text


def make_recordings(study_sets: Sequence[StudySet], options: Options) -> Recordings:
    """Recordings of every vocabulary word (and, with ``options.audio == "all"``, of each
    word's example sentence) of the study sets, from the cache or synthesized into it."""
    if not options.audio:
        return Recordings()
    folder = cache_dir(options)
    spoken = {(t.lemma, t.reading): spoken_text(t.lemma, t.reading)
              for s in study_sets for t in s.vocabulary if t.lemma or t.reading}
    sentence_texts = ([text for s in study_sets for text in _sentence_texts(s)]
                      if options.audio == "all" else [])
    try:
        made = record_all([*spoken.values(), *sentence_texts], folder)
    except OSError as e:
        raise AudioError(f"{folder}: {e.strerror or e}") from None
    words = {key: str(made[text]) for key, text in spoken.items() if text in made}
    sentences = {text: str(made[text]) for text in sentence_texts if text in made}
    return Recordings(words, sentences)
