"""US states and counties at their census centroids: the TopoJSON decoder and centroid of the
gazetteer builder on small hand-made shapes, and the built gazetteer on sentences written for
these tests."""
import math

from eventwire.places.build_gazetteer import _centroid, _decode_arcs, _polygons, _ring
from eventwire.places.gazetteer import load


def _km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


# Two unit squares side by side at the equator, sharing the arc x = 1 (arc 1, walked forwards
# by the left square and backwards, as ~1 = -2, by the right one), quantized at 0.5 degree steps from (0, 0): arcs are given as
# a first position and then deltas.
TOPOLOGY = {
    "transform": {"scale": [0.5, 0.5], "translate": [0.0, 0.0]},
    "arcs": [
        [[2, 0], [-2, 0], [0, 2], [2, 0]],      # (1,0) → (0,0) → (0,1) → (1,1)
        [[2, 2], [0, -2]],                      # (1,1) → (1,0): the shared side
        [[2, 2], [2, 0], [0, -2], [-2, 0]],     # (1,1) → (2,1) → (2,0) → (1,0)
    ],
}


def test_arcs_are_delta_decoded_and_scaled():
    arcs = _decode_arcs(TOPOLOGY)
    assert arcs[0] == [(1.0, 0.0), (0.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
    assert arcs[1] == [(1.0, 1.0), (1.0, 0.0)]
    # a negative index is the arc reversed, and the shared end point is kept once
    ring = _ring(arcs, [-2, 2])
    assert ring == [(1.0, 0.0), (1.0, 1.0), (2.0, 1.0), (2.0, 0.0), (1.0, 0.0)]


def test_centroid_weighs_polygons_by_area_and_subtracts_holes():
    arcs = _decode_arcs(TOPOLOGY)
    left = [_ring(arcs, [0, 1])]
    right = [_ring(arcs, [-2, 2])]
    lat, lon = _centroid([left])
    assert abs(lat - 0.5) < 0.01 and abs(lon - 0.5) < 0.01
    # both squares as a multipolygon: the middle
    lat, lon = _centroid([left, right])
    assert abs(lat - 0.5) < 0.01 and abs(lon - 1.0) < 0.01
    # a square 0..4 with a hole 0..2 × 0..2 in its lower-left corner: the L-shape's centroid
    # is pulled toward the upper right, to (7/3, 7/3) on the plane
    outer = [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0)]
    hole = [(0.0, 0.0), (0.0, 2.0), (2.0, 2.0), (2.0, 0.0)]
    lat, lon = _centroid([[outer, hole]])
    assert abs(lat - 7 / 3) < 0.02 and abs(lon - 7 / 3) < 0.02
    assert _polygons({"type": "Point", "coordinates": [0, 0]}) == []


def test_centroid_across_the_antimeridian():
    # an island chain from 179°E to 179°W lies on the antimeridian, not at 0°
    west = [[(179.0, 50.0), (180.0, 50.0), (180.0, 51.0), (179.0, 51.0)]]
    east = [[(-180.0, 50.0), (-179.0, 50.0), (-179.0, 51.0), (-180.0, 51.0)]]
    lat, lon = _centroid([west, east])
    assert abs(lat - 50.5) < 0.01 and abs(abs(lon) - 180.0) < 0.01


def test_states_and_counties_have_census_points():
    g = load()
    # Kansas is nearly a rectangle, 37–40° N and 94.6–102.05° W
    kansas = g.admin1["US.KS"]
    assert kansas.point == "census"
    assert _km(kansas.lat, kansas.lon, 38.5, -98.3) < 40
    # Loving County, Texas (no town of 1,000 people) is a near-square about 31.65–32.0° N,
    # 103.33–103.98° W, far from the middle of Texas
    loving = [e for e in g.candidates("Loving County") if e.admin1 == "US.TX"]
    assert loving and loving[0].point == "census"
    assert _km(loving[0].lat, loving[0].lon, 31.83, -103.65) < 25


def test_small_county_in_a_sentence_resolves_to_its_centroid(run, resolver):
    text = "Ranchers in Loving County, Texas, said on Friday that the wells had run dry."
    ex, _ = run(text, [resolver])
    got = {p.text: p for p in ex.places}
    county = got["Loving County"]
    assert county.feature == "admin2" and county.explain["point"] == "census"
    assert _km(county.lat, county.lon, 31.83, -103.65) < 25
