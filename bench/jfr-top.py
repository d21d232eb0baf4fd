#!/usr/bin/env python3
"""Where a Liberty recording's CPU samples went: a short text profile of a JDK Flight Recorder file.

    jcmd <liberty pid> JFR.start name=bench settings=profile duration=30s filename=/tmp/bench.jfr
    (run a scenario meanwhile: bench/run.sh --scenarios product --warmup 10 --duration 30)
    bench/jfr-top.py /tmp/bench.jfr [lines]

Reads the jdk.ExecutionSample events (`jfr print --stack-depth 64`) and prints, in % of the samples:
the layers a sample was in (a sample counts once for each layer on its stack: Bazaar's code, JSF,
Hibernate, the JDBC driver, ...), the methods that were on the CPU (top frame), and Bazaar's methods
by inclusive share.
"""
import subprocess
import sys
from collections import Counter

LAYERS = [
    ("Bazaar", ("dev.bazaar.",)),
    ("JSF (MyFaces/Mojarra, PrimeFaces)", ("org.apache.myfaces.", "jakarta.faces.", "com.sun.faces.", "org.primefaces.")),
    ("Hibernate", ("org.hibernate.",)),
    ("JDBC driver", ("org.postgresql.",)),
    ("CDI (Weld)", ("org.jboss.weld.",)),
    ("JSON (Yasson, Parsson)", ("org.eclipse.yasson.", "org.eclipse.parsson.", "org.glassfish.json.")),
    ("JAX-RS (RESTEasy, CXF)", ("org.jboss.resteasy.", "org.apache.cxf.")),
    ("Artemis", ("org.apache.activemq.",)),
    ("Liberty", ("com.ibm.", "io.openliberty.")),
    ("EL", ("org.apache.el.", "jakarta.el.", "com.sun.el.")),
    ("regex", ("java.util.regex.",)),
    ("crypto / JWT", ("sun.security.", "javax.crypto.", "com.sun.crypto.", "org.jose4j.")),
]


def samples(path):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                          capture_output=True, text=True, check=True).stdout
    stack, inside = [], False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("stackTrace = ["):
            stack, inside = [], True
        elif inside and line == "]":
            inside = False
            yield stack
        elif inside and line and line != "...":
            stack.append(line.split("(")[0].strip())


def main():
    path = sys.argv[1]
    shown = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    total, layers, top, ours = 0, Counter(), Counter(), Counter()
    for stack in samples(path):
        total += 1
        if stack:
            top[stack[0]] += 1
        for name, prefixes in LAYERS:
            if any(frame.startswith(prefixes) for frame in stack):
                layers[name] += 1
        for frame in set(f for f in stack if f.startswith("dev.bazaar.")):
            ours[frame] += 1
    if not total:
        sys.exit("no execution samples in " + path)
    print(f"{total} CPU samples\n\nlayers on the stack (inclusive):")
    for name, count in layers.most_common():
        print(f"  {100 * count / total:5.1f} %  {name}")
    print("\non the CPU (top frame):")
    for frame, count in top.most_common(shown):
        print(f"  {100 * count / total:5.1f} %  {frame}")
    print("\nBazaar's methods (inclusive):")
    for frame, count in ours.most_common(shown):
        print(f"  {100 * count / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main()
