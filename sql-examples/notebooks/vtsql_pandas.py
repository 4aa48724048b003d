#!/usr/bin/env python3
"""Query VirusTotal with SQL from Python: JPype's DB-API (jpype.dbapi2) and pandas.

Run it as a script, or paste it cell by cell into a Jupyter notebook (docs/notebooks.md).
Needs Java 17, JPype and pandas (Debian: apt-get install python3-jpype python3-pandas) and
the vtsql one-jar driver (bin/vtsql builds it: driver/target/vtsql-driver-*-all.jar).

  # in-process driver; without VT_API_KEY it queries the embedded VirusTotal simulator
  python3 vtsql_pandas.py --jar driver/target/vtsql-driver-0.1.0-SNAPSHOT-all.jar
  # through a vtsql Avatica server (bin/vtsql serve)
  python3 vtsql_pandas.py --jar driver/target/vtsql-driver-0.1.0-SNAPSHOT-all.jar \\
      --server http://127.0.0.1:8765
"""
import argparse
import json
import os
import sys
import warnings

import jpype
import jpype.dbapi2 as dbapi2
import pandas as pd

# Debian's python3-jpype (1.4) does not add its own support jar when a class path is given.
JPYPE_SUPPORT_JARS = [p for p in ["/usr/share/java/org.jpype.jar"] if os.path.exists(p)]
LOCAL_DRIVER = "io.vtsql.driver.VtDriver"
REMOTE_DRIVER = "org.apache.calcite.avatica.remote.Driver"

# The analyst question: which recently seen files do most engines flag?
# (The adapter pushes literals, not "?" parameters, into VirusTotal searches; format ints.)
MOST_DETECTED = """
SELECT id, meaningful_name, type_tag, size, malicious, last_submission_date, tags
FROM files
WHERE malicious >= {min_malicious:d}
ORDER BY malicious DESC
LIMIT 10
"""


def connect(jar, server=None, api_key=None):
    """Opens a DB-API connection: in-process jdbc:vt:, or a vtsql Avatica server."""
    if not jpype.isJVMStarted():
        jpype.startJVM(classpath=[jar] + JPYPE_SUPPORT_JARS)
    properties = {"apiKey": api_key} if api_key else {}
    if server:
        url = "jdbc:avatica:remote:url=%s;serialization=protobuf" % server
        return dbapi2.connect(url, driver=REMOTE_DRIVER, driver_args=properties)
    return dbapi2.connect("jdbc:vt:", driver=LOCAL_DRIVER, driver_args=properties)


def read_vt(connection, sql, params=()):
    """Runs one query into a DataFrame; ARRAY columns become Python lists."""
    with warnings.catch_warnings():
        # pandas warns about any DB-API connection other than sqlite3; JPype's works.
        warnings.simplefilter("ignore", UserWarning)
        frame = pd.read_sql(sql, connection, params=list(params))
    java_array = jpype.JClass("java.sql.Array")
    for column in frame.columns:
        if frame[column].map(lambda v: isinstance(v, java_array)).any():
            frame[column] = frame[column].map(
                lambda v: [str(x) for x in v.getArray()] if v is not None else None)
    return frame


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jar", required=True, help="vtsql one-jar driver")
    parser.add_argument("--server", help="vtsql serve URL, e.g. http://127.0.0.1:8765")
    parser.add_argument("--min-malicious", type=int, default=30)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    with connect(args.jar, args.server, os.environ.get("VT_API_KEY")) as connection:
        frame = read_vt(connection, MOST_DETECTED.format(min_malicious=args.min_malicious))
    if args.json:
        print(json.dumps({
            "shape": list(frame.shape),
            "columns": list(frame.columns),
            "dtypes": {c: str(t) for c, t in frame.dtypes.items()},
            "rows": json.loads(frame.to_json(orient="records", date_format="iso")),
        }))
    else:
        with pd.option_context("display.width", 200, "display.max_columns", 20):
            print(frame)


if __name__ == "__main__":
    main(sys.argv[1:])
