#!/usr/bin/env python3
"""Reads an SDMX-ML data message with the Python `sdmx1` package, as an SDMX user would, and prints
one line per observation: series key, TIME_PERIOD, OBS_VALUE, OBS_STATUS (tab-separated, sorted).

usage: scripts/sdmx/read.py FILE      (exit 3 when sdmx1 is not installed: pip install sdmx1)
"""
import sys

try:
    import sdmx
except ImportError:
    sys.exit(3)


def main():
    message = sdmx.read_sdmx(sys.argv[1])
    lines = []
    for dataset in message.data:
        for key, series in dataset.series.items():
            code = ".".join(str(v.value) for v in key.values.values())
            for obs in series:
                period = str(obs.dimension.values["TIME_PERIOD"].value)
                status = obs.attached_attribute.get("OBS_STATUS")
                lines.append(f"{code}\t{period}\t{obs.value}\t{status.value if status is not None else ''}")
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main()
