"""GEOS side of `npm run bench`: the same checks on the same coverage with shapely (STRtree candidates, overlaps, union holes for gaps)."""
import json
import sys
import time

import shapely
from shapely import wkt
from shapely.strtree import STRtree


def main(path):
    timings = {}
    t = time.perf_counter()
    with open(path) as f:
        polygons = [wkt.loads(line) for line in f if line.strip()]
    timings["read"] = time.perf_counter() - t

    t = time.perf_counter()
    invalid = int((~shapely.is_valid(shapely.from_wkb(shapely.to_wkb(polygons)))).sum())
    timings["validity"] = time.perf_counter() - t

    valid = [p if p.is_valid else shapely.make_valid(p) for p in polygons]
    t = time.perf_counter()
    tree = STRtree(valid)
    left, right = tree.query(valid, predicate="intersects")
    overlaps = 0
    for i, j in zip(left.tolist(), right.tolist()):
        if i < j and valid[i].intersection(valid[j]).area > 1e-6:
            overlaps += 1
    timings["overlaps"] = time.perf_counter() - t

    t = time.perf_counter()
    union = shapely.union_all(valid)
    holes = sum(len(part.interiors) for part in getattr(union, "geoms", [union]))
    timings["gaps"] = time.perf_counter() - t
    print(json.dumps({"timings": timings, "invalid": invalid, "overlapPairs": overlaps, "holes": holes, "geos": shapely.geos_version_string, "shapely": shapely.__version__}))


if __name__ == "__main__":
    main(sys.argv[1])
