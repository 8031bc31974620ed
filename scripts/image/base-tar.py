#!/usr/bin/env python3
"""Wraps one root file-system layer into a docker-save tar (manifest.json, the image config, the layer),
the format Jib reads as a tar:// base image. The config sets the runtime's PATH and JAVA_HOME, the
non-root user, the /data volume and the health check (Docker's HEALTHCHECK, kept by Jib in Docker format).
"""
import hashlib
import io
import json
import sys
import tarfile

SECOND = 1_000_000_000


def main(layer_path, out_path):
    digest = hashlib.sha256()
    with open(layer_path, "rb") as layer:
        for chunk in iter(lambda: layer.read(1 << 20), b""):
            digest.update(chunk)
    layer_id = digest.hexdigest()
    config = {
        "architecture": "amd64",
        "os": "linux",
        "created": "1970-01-01T00:00:00Z",
        "config": {
            "Env": ["PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    "JAVA_HOME=/opt/java", "LANG=C.UTF-8"],
            "User": "10001:10001",
            "WorkingDir": "/data",
            "Volumes": {"/data": {}},
            "Healthcheck": {
                "Test": ["CMD", "/opt/java/bin/java", "-XX:TieredStopAtLevel=1", "-Xms8m", "-Xmx16m",
                         "-XX:-AlwaysPreTouch",
                         "-cp", "/app/classes", "cymru.atebol.operations.HealthCheck"],
                "Interval": 15 * SECOND, "Timeout": 10 * SECOND, "StartPeriod": 180 * SECOND, "Retries": 3,
            },
        },
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + layer_id]},
        "history": [{"created": "1970-01-01T00:00:00Z",
                     "created_by": "scripts/image/build-base.sh: Debian bookworm (mmdebstrap) + jlink'd JDK 25"}],
    }
    config_bytes = json.dumps(config, sort_keys=True).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    manifest = [{"Config": config_name, "RepoTags": ["atebol-base:bookworm-jre25"],
                 "Layers": [layer_id + "/layer.tar"]}]
    with tarfile.open(out_path, "w", format=tarfile.PAX_FORMAT) as out:
        def add_bytes(name, data):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))
        add_bytes(config_name, config_bytes)
        out.add(layer_path, arcname=layer_id + "/layer.tar")
        add_bytes("manifest.json", json.dumps(manifest).encode())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
