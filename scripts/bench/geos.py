"""GEOS side of `npm run bench`: the same checks on the same coverage with shapely (STRtree candidates, overlaps, union holes for gaps).

Reads one WKT polygon a line, or (a .wkb file) one WKB GeometryCollection of polygons (scripts/bench/wkb.ts).
Written for Debian's python3-shapely (1.8) and shapely 2 alike.
"""
import json
import sys
import time

import shapely
from shapely import wkb, wkt
from shapely.ops import unary_union
from shapely.strtree import STRtree

try:
    from shapely.geos import geos_version_string
except ImportError:  # shapely 2
    geos_version_string = shapely.geos_version_string


def main(path):
    timings = {}
    t = time.perf_counter()
    if path.endswith(".wkb"):
        with open(path, "rb") as f:
            polygons = list(wkb.loads(f.read()).geoms)
    else:
        with open(path) as f:
            polygons = [wkt.loads(line) for line in f if line.strip()]
    timings["read"] = time.perf_counter() - t

    t = time.perf_counter()
    invalid = sum(1 for p in polygons if not p.is_valid)
    timings["validity"] = time.perf_counter() - t

    valid = [p if p.is_valid else p.buffer(0) for p in polygons]
    index_of = {id(p): i for i, p in enumerate(valid)}
    t = time.perf_counter()
    tree = STRtree(valid)
    overlaps = 0
    for i, p in enumerate(valid):
        for found in tree.query(p):
            j = int(found) if not hasattr(found, "geom_type") else index_of[id(found)]
            if i < j and p.intersection(valid[j]).area > 1e-6:
                overlaps += 1
    timings["overlaps"] = time.perf_counter() - t

    t = time.perf_counter()
    union = unary_union(valid)
    holes = sum(len(part.interiors) for part in getattr(union, "geoms", [union]))
    timings["gaps"] = time.perf_counter() - t
    print(json.dumps({"timings": timings, "invalid": invalid, "overlapPairs": overlaps, "holes": holes, "geos": geos_version_string, "shapely": shapely.__version__}))


if __name__ == "__main__":
    main(sys.argv[1])
