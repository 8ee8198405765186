"""Synthetic GDELT exports resampled from the real one: named, zipped and distributed as GDELT."""

from __future__ import annotations

import statistics
import zipfile

import pytest
from test_gdelt import REAL_EXPORT

from geopolgraph.loaders.gdelt import read_gdelt
from geopolgraph.loaders.gdelt_synth import read_rows, write_synthetic_exports

pytestmark = pytest.mark.skipif(not REAL_EXPORT.exists(), reason=f"{REAL_EXPORT} not present")


def test_96_files_a_day_seeded_with_fresh_ids(tmp_path):
    paths = write_synthetic_exports(tmp_path / "a", 960, source=REAL_EXPORT, seed=7)
    assert len(paths) == 96
    assert paths[0].name == "20150218000000.export.CSV.zip"
    assert paths[-1].name == "20150218234500.export.CSV.zip"
    assert all(zipfile.is_zipfile(p) for p in paths)
    again = write_synthetic_exports(tmp_path / "b", 960, source=REAL_EXPORT, seed=7)
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]
    other = write_synthetic_exports(tmp_path / "c", 960, source=REAL_EXPORT, seed=8)
    assert [p.read_bytes() for p in paths] != [p.read_bytes() for p in other]
    result = read_gdelt(tmp_path / "a")
    assert result.stats.rows == 960 and result.stats.duplicates == result.stats.bad == 0
    real_ids = {r[0] for r in read_rows(REAL_EXPORT)}
    assert not real_ids & set(result.events)


def test_pairs_codes_and_tone_follow_the_real_rows(tmp_path):
    real = read_gdelt(REAL_EXPORT).triples
    write_synthetic_exports(tmp_path, 3000, source=REAL_EXPORT, files=4, seed=1, pool="coded")
    synth = read_gdelt(tmp_path)
    assert synth.stats.triples == synth.stats.rows == 3000  # coded pool: every row a triple
    real_pairs = {(t.source, t.target) for t in real}
    assert {(t.source, t.target) for t in synth.triples} <= real_pairs
    assert {t.cameo for t in synth.triples} <= {t.cameo for t in real}
    real_tone = statistics.mean(t.tone for t in real)
    assert abs(statistics.mean(t.tone for t in synth.triples) - real_tone) < 0.5
    # new combinations: more distinct (pair, code) than the real rows have
    assert len({(t.source, t.target, t.cameo) for t in synth.triples}) > len(
        {(t.source, t.target, t.cameo) for t in real})
