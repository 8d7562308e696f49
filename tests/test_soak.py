"""A short soak: builds with random folder changes and a kill -9 between them end equal to a clean build,
with a reader answered all along and nothing leaked (`python -m benchmarks.soak` runs the long version)."""

from benchmarks import soak


def test_short_soak_ends_equal_to_a_clean_build(tmp_path):
    report = soak.run(builds=2, kills=1, seed=7, root=tmp_path / "soak")
    assert report["failed_builds"] == [], report["failed_builds"]
    assert report["tables_differing"] == [] and report["final_equals_clean_build"], report
    assert report["kill_checks_equal"] == report["kill_rounds"] == 1
    assert report["leaks"] == [] and report["reader_errors"] == [] and report["reader_queries"] > 0
    assert soak.passed(report)
