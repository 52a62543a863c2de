#!/usr/bin/env python3
"""pgxn_meta.py META.json CONTROL — checks META.json against the PGXN Meta
Spec 1.0.0 (https://pgxn.org/meta/spec.txt; its JSON schemas in pgxn/meta,
schema/v1): the required keys and the form of every key the spec defines,
no key it does not define unless x_-prefixed; then against this project:
the distribution and its extension named and versioned as the control
file says (default_version '0.2' is the semantic version 0.2.0), and the
files it names present.  Prints one line a problem, or one line saying
it is valid; exits 1 on any problem."""

import json
import os
import re
import sys

SEMVER = (r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
          r"(-(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?"
          r"(\+[0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*)?")
VERSION_RANGE = re.compile(rf"(([=!]=|[<>]=?)\s*)?({SEMVER}|0)(,\s*(([=!]=|[<>]=?)\s*)?{SEMVER})*")
TERM = re.compile(r"[^/\\\s\x00-\x1f\x7f]{2,}")
TAG = re.compile(r"[^/\\\x00-\x1f\x7f]{2,255}")
URI = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:\S+")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
LICENSES = {"agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd", "freebsd",
            "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1", "lgpl_3_0", "mit",
            "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5", "postgresql", "qpl_1_0", "ssleay",
            "sun", "zlib", "open_source", "restricted", "unrestricted", "unknown"}
REQUIRED = ["name", "version", "abstract", "maintainer", "license", "provides", "meta-spec"]
OPTIONAL = ["description", "generated_by", "tags", "no_index", "prereqs", "release_status", "resources"]
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONSHIPS = {"requires", "recommends", "suggests", "conflicts"}

problems = []


def problem(where, what):
    problems.append(f"{where}: {what}")


def matches(pattern, value):
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def nonempty_string(value):
    return isinstance(value, str) and value != ""


def custom(key):
    return key[:2] in ("x_", "X_")


def keys(where, obj, allowed, required=()):
    """obj is an object with the required keys and no other than allowed or x_."""
    if not isinstance(obj, dict):
        problem(where, "not an object")
        return False
    for key in required:
        if key not in obj:
            problem(where, f"required key {key!r} missing")
    for key in obj:
        if key not in allowed and key not in required and not custom(key):
            problem(where, f"key {key!r} is not in the spec (custom keys start with x_)")
    return True


def check_version_ranges(where, relation):
    if not isinstance(relation, dict):
        problem(where, "not an object")
        return
    for name, version_range in relation.items():
        if not matches(TERM, name):
            problem(where, f"{name!r} is not a term")
        if version_range != 0 and not matches(VERSION_RANGE, version_range):
            problem(f"{where}.{name}", f"{version_range!r} is not a version range")


def check_spec(meta):
    if not keys("META.json", meta, REQUIRED + OPTIONAL, REQUIRED):
        return
    if "name" in meta and not matches(TERM, meta["name"]):
        problem("name", f"{meta['name']!r} is not a term (2 characters or more, no slash, space or control)")
    if "version" in meta and not matches(re.compile(SEMVER), meta["version"]):
        problem("version", f"{meta['version']!r} is not a semantic version")
    for key in ("abstract", "description", "generated_by"):
        if key in meta and not nonempty_string(meta[key]):
            problem(key, "not a non-empty string")
    maintainer = meta.get("maintainer", "")
    if not (nonempty_string(maintainer)
            or (isinstance(maintainer, list) and maintainer and all(map(nonempty_string, maintainer)))):
        problem("maintainer", "not a non-empty string or list of them")
    license_ = meta.get("license")
    if isinstance(license_, str):
        license_ok = license_ in LICENSES
    elif isinstance(license_, list):
        license_ok = bool(license_) and all(name in LICENSES for name in license_)
    elif isinstance(license_, dict):
        license_ok = bool(license_) and all(matches(URI, uri) for uri in license_.values())
    else:
        license_ok = False
    if "license" in meta and not license_ok:
        problem("license", f"{license_!r} is not a known license, a list of them, or names to URIs")
    provides = meta.get("provides")
    if "provides" in meta:
        if not isinstance(provides, dict) or not provides:
            problem("provides", "not an object naming at least one extension")
        else:
            for name, extension in provides.items():
                where = f"provides.{name}"
                if not matches(TERM, name):
                    problem(where, "the name is not a term")
                if keys(where, extension, ["abstract", "docfile"], ["file", "version"]):
                    if "version" in extension and not matches(re.compile(SEMVER), extension["version"]):
                        problem(f"{where}.version", f"{extension['version']!r} is not a semantic version")
                    for key in ("file", "docfile", "abstract"):
                        if key in extension and not nonempty_string(extension[key]):
                            problem(f"{where}.{key}", "not a non-empty string")
    spec = meta.get("meta-spec")
    if "meta-spec" in meta and keys("meta-spec", spec, ["url"], ["version"]):
        if not matches(re.compile(r"1\.0\.\d+"), spec.get("version")):
            problem("meta-spec.version", f"{spec.get('version')!r} is not 1.0.x")
        if "url" in spec and spec["url"] not in ("https://pgxn.org/meta/spec.txt", "http://pgxn.org/meta/spec.txt"):
            problem("meta-spec.url", f"{spec['url']!r} is not the spec's address")
    if "tags" in meta:
        tags = meta["tags"]
        if not isinstance(tags, list) or not tags or not all(matches(TAG, tag) for tag in tags):
            problem("tags", "not a non-empty list of tags (2 to 255 characters, no slash or control)")
    if "release_status" in meta and meta["release_status"] not in ("stable", "testing", "unstable"):
        problem("release_status", f"{meta['release_status']!r} is not stable, testing or unstable")
    if "no_index" in meta and keys("no_index", meta["no_index"], ["file", "directory"]):
        for key, paths in meta["no_index"].items():
            if not custom(key) and not (nonempty_string(paths) or isinstance(paths, list)):
                problem(f"no_index.{key}", "not a path or a list of paths")
    if "prereqs" in meta and keys("prereqs", meta["prereqs"], PHASES):
        for phase, relationships in meta["prereqs"].items():
            if custom(phase) or not keys(f"prereqs.{phase}", relationships, RELATIONSHIPS):
                continue
            for relationship, relation in relationships.items():
                # this project's custom keys (x_libraries) name versions alike
                check_version_ranges(f"prereqs.{phase}.{relationship}", relation)
    resources = meta.get("resources")
    if "resources" in meta and keys("resources", resources, ["homepage", "bugtracker", "repository"]):
        if not resources:
            problem("resources", "empty")
        if "homepage" in resources and not matches(URI, resources["homepage"]):
            problem("resources.homepage", "not a URI")
        tracker = resources.get("bugtracker")
        if "bugtracker" in resources and keys("resources.bugtracker", tracker, ["web", "mailto"]):
            if "web" not in tracker and "mailto" not in tracker:
                problem("resources.bugtracker", "needs web or mailto")
            if "web" in tracker and not matches(URI, tracker["web"]):
                problem("resources.bugtracker.web", "not a URI")
            if "mailto" in tracker and not matches(EMAIL, tracker["mailto"]):
                problem("resources.bugtracker.mailto", "not an email address")
        repository = resources.get("repository")
        if "repository" in resources and keys("resources.repository", repository, ["url", "web", "type"]):
            if "web" not in repository and not ("url" in repository and "type" in repository):
                problem("resources.repository", "needs web, or url and type")
            for key in ("url", "web"):
                if key in repository and not matches(URI, repository[key]):
                    problem(f"resources.repository.{key}", "not a URI")


def control_settings(path):
    settings = {}
    for line in open(path, encoding="utf-8"):
        found = re.match(r"\s*(\w+)\s*=\s*'([^']*)'", line)
        if found:
            settings[found.group(1)] = found.group(2)
    return settings


def check_project(meta, control):
    root = os.path.dirname(os.path.abspath(control))
    extension = os.path.basename(control)[:-len(".control")]
    version = control_settings(control).get("default_version", "")
    # '0.2' as a semantic version
    semver = ".".join((version.split(".") + ["0", "0"])[:3])
    if meta.get("name") != extension:
        problem("name", f"{meta.get('name')!r}, but the control file is {extension}.control")
    if meta.get("version") != semver:
        problem("version", f"{meta.get('version')!r}, but default_version is {version!r} ({semver})")
    provided = meta.get("provides") or {}
    if extension not in provided:
        problem("provides", f"does not name the extension {extension}")
    elif provided[extension].get("version") != semver:
        problem(f"provides.{extension}.version", f"{provided[extension].get('version')!r}, not {semver}")
    for name, entry in provided.items():
        for key in ("file", "docfile"):
            path = entry.get(key) if isinstance(entry, dict) else None
            if isinstance(path, str) and not os.path.isfile(os.path.join(root, path)):
                problem(f"provides.{name}.{key}", f"{path} is not in the distribution")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: pgxn_meta.py META.json EXTENSION.control")
    try:
        meta = json.load(open(sys.argv[1], encoding="utf-8"))
    except (OSError, ValueError) as error:
        sys.exit(f"{sys.argv[1]}: {error}")
    check_spec(meta)
    if isinstance(meta, dict):
        check_project(meta, sys.argv[2])
    for line in problems:
        print(f"{sys.argv[1]}: {line}")
    if problems:
        sys.exit(1)
    print(f"{sys.argv[1]}: valid, PGXN Meta Spec {meta['meta-spec']['version']}, "
          f"{meta['name']} {meta['version']}")


main()
