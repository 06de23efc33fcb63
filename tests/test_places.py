"""Province/district names checked against the gazetteer (geothai)."""
from normalizers.fields.places import check_place


def test_garbled_district_is_snapped_and_flagged():
    # seed 002's district as a G1 text layer prints it (SARA AM lost)
    prov, dist, flags = check_place("บุรีรัมย์", "ลาปลายมาศ")
    assert (prov, dist) == ("บุรีรัมย์", "ลำปลายมาศ")
    assert flags == ["place_spelling_corrected:ลาปลายมาศ->ลำปลายมาศ"]


def test_official_names_stay_unflagged():
    assert check_place("อุตรดิตถ์", "เมืองอุตรดิตถ์") == ("อุตรดิตถ์", "เมืองอุตรดิตถ์", [])
    assert check_place("นครศรีธรรมราช", "พิปูน") == ("นครศรีธรรมราช", "พิปูน", [])


def test_unknown_district_is_kept_with_a_flag():
    prov, dist, flags = check_place("สระบุรี", "ไม่มีอำเภอนี้")
    assert dist == "ไม่มีอำเภอนี้" and flags == ["place_not_in_gazetteer:ไม่มีอำเภอนี้"]
