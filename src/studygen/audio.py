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

__all__ = ["ENCODING", "cache_dir", "make_recordings", "recording_for"]

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


def _encode(pcm: bytes, rate: int) -> bytes:
    cmd = [_ffmpeg(), "-hide_banner", "-loglevel", "error", "-f", "s16le", "-ar", str(rate),
           "-ac", "1", "-i", "pipe:0", *ENCODING, "-map_metadata", "-1", "-f", "mp3", "pipe:1"]
    done = subprocess.run(cmd, input=pcm, capture_output=True, check=False)
    if done.returncode != 0 or not done.stdout:
        raise AudioError(f"ffmpeg failed: {done.stderr.decode(errors='replace').strip()[:200]}")
    return done.stdout


def _synthesize(text: str) -> bytes:
    import numpy as np

    with _lock:  # one OpenJTalk per process, not re-entrant
        wave, rate = _openjtalk().tts(text)
    # OpenJTalk returns floats on the int16 scale; clip before the cast so a peak cannot wrap.
    pcm = np.clip(wave, -32768, 32767).astype("<i2").tobytes()
    return _encode(pcm, int(rate))


def recording_for(text: str, folder: Path) -> Path | None:
    """The recording of ``text`` in ``folder``, synthesized only when it is not there yet; None
    when there is nothing to say (punctuation alone)."""
    path = folder / _name(text)
    if path.exists():
        return path
    if not text.strip() or morae_spoken(text) == 0:
        return None
    data = _synthesize(text)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)  # two workers making the same word: both write the same bytes
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


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
    try:
        words: dict[tuple[str, str], str] = {}
        sentences: dict[str, str] = {}
        for study_set in study_sets:
            for term in study_set.vocabulary:
                key = (term.lemma, term.reading)
                if key not in words and (term.lemma or term.reading):
                    path = recording_for(spoken_text(term.lemma, term.reading), folder)
                    if path is not None:
                        words[key] = str(path)
            if options.audio == "all":
                for text in _sentence_texts(study_set):
                    if text not in sentences and (path := recording_for(text, folder)):
                        sentences[text] = str(path)
    except OSError as e:
        raise AudioError(f"{folder}: {e.strerror or e}") from None
    return Recordings(words, sentences)
