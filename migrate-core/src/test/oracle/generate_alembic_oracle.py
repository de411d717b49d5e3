#!/usr/bin/python3
"""Differential test data for migrate's revision graph, produced by real Alembic.

Every case describes a set of revision scripts. For each case this program
writes genuine Alembic version files into a scratch directory, lets Alembic
(the Debian python3-alembic 1.8.1 package) load them, and records what it
answers: the graph it builds, how it resolves identifiers, which history it
walks, which steps an upgrade, downgrade or stamp would run and how the
version table rows change after every step, and what the `heads`, `branches`,
`history` and `show` commands print.

Usage (from the repository root):

    PYTHONHASHSEED=0 /usr/bin/python3 migrate-core/src/test/oracle/generate_alembic_oracle.py \
        --output migrate-core/src/test/resources/oracle/graphs.json

Without --output the JSON goes to stdout. The result does not depend on the
hash seed of the calling process: all Alembic work happens in worker
subprocesses run with fixed PYTHONHASHSEED values (0 is the reference run,
the others only detect answers that depend on Python's set ordering). See
README.md next to this file.
"""

import argparse
import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
import warnings
from concurrent.futures import ThreadPoolExecutor

sys.dont_write_bytecode = True

GENERATED_BY = "migrate-core/src/test/oracle/generate_alembic_oracle.py"
REFERENCE_SEED = 0
EXTRA_SEEDS = list(range(1, 16))
CREATE_DATE = "2024-01-01 00:00:00.000000"
VERSIONS_PLACEHOLDER = "<versions>"


# ---------------------------------------------------------------------------
# Case definitions
# ---------------------------------------------------------------------------


def rev(rid, down=None, labels=(), deps=(), msg=None):
    """One revision of a case; ``down`` is None, an id, or a list of ids."""
    if down is None:
        down_list = []
    elif isinstance(down, str):
        down_list = [down]
    else:
        down_list = list(down)
    return {
        "id": rid,
        "down": down_list,
        "branchLabels": list(labels),
        "dependsOn": list(deps),
        "message": msg if msg is not None else "Revision %s" % rid,
    }


def q_resolve(ident):
    return {"kind": "resolve", "identifier": ident}


def q_one(ident):
    return {"kind": "resolveOne", "identifier": ident}


def q_head(branch=None):
    return {"kind": "currentHead", "branch": branch}


def q_hist(lower, upper):
    return {"kind": "history", "lower": lower, "upper": upper}


def q_up(current, target):
    return {"kind": "upgrade", "current": list(current), "target": target}


def q_down(current, target):
    return {"kind": "downgrade", "current": list(current), "target": target}


def q_stamp(current, targets, purge=False):
    return {"kind": "stamp", "current": list(current), "targets": list(targets), "purge": purge}


STANDARD_COMMANDS = [
    ["heads"],
    ["heads", "-v"],
    ["heads", "--resolve-dependencies"],
    ["branches"],
    ["branches", "-v"],
    ["history"],
    ["history", "-v"],
    ["history", "-r", "base:head"],
    ["show", "head"],
    ["show", "heads"],
]

ERROR_COMMANDS = [["heads"], ["history"]]

RANDOM_COMMANDS = [["heads"], ["heads", "--resolve-dependencies"], ["branches"], ["history"]]


def hex_ids(name, count):
    """Deterministic 12-hex-digit revision ids derived from a name."""
    out = []
    i = 0
    while len(out) < count:
        h = hashlib.sha256(("%s-%d" % (name, i)).encode()).hexdigest()[:12]
        i += 1
        if h not in out:
            out.append(h)
    return out


def case(name, description, revisions, notes="", queries=(), commands=None,
         auto=True, migrate_rejects=False):
    return {
        "name": name,
        "description": description,
        "revisions": revisions,
        "notes": notes,
        "explicitQueries": list(queries),
        "commands": commands,
        "auto": auto,
        "migrateRejects": migrate_rejects,
    }


def linear(name, n, ids=None, commands=None, notes="", queries=()):
    ids = ids or hex_ids(name, n)
    revs = []
    for i, rid in enumerate(ids):
        revs.append(rev(rid, ids[i - 1] if i else None,
                        msg="Step %d of %d" % (i + 1, n)))
    return case(name, "A straight line of %d revision%s." % (n, "" if n == 1 else "s"),
                revs, notes=notes, commands=commands, queries=queries)


def hand_written_cases():
    cases = []
    add = cases.append

    # --- empty and linear -------------------------------------------------
    add(case("empty", "No revision scripts at all.", [],
             notes="heads/bases are empty; head resolves to nothing; upgrade has no steps.",
             commands=[["heads"], ["branches"], ["history"], ["show", "head"]],
             queries=[q_up([], "+1"), q_down([], "-1"), q_down([], "base")]))
    add(linear("linear-1", 1, ids=["aaaa1111"], commands=[["heads"], ["history"], ["history", "-v"], ["show", "aaaa"]],
               queries=[q_up([], "+2"), q_down(["aaaa1111"], "-2"), q_resolve("aaaa1111@head"),
                        q_resolve("aaaa1111@base")]))
    add(linear("linear-2", 2, ids=["aaaa1111", "bbbb2222"],
               queries=[q_up([], "bbbb"), q_up(["aaaa1111"], "+1"), q_down(["bbbb2222"], "aaaa"),
                        q_down(["bbbb2222"], "bbbb2222"), q_up(["bbbb2222"], "aaaa1111")]))
    l5 = hex_ids("linear-5", 5)
    add(linear("linear-5", 5, ids=l5,
               commands=STANDARD_COMMANDS + [["show", l5[2][:6]], ["history", "-r", "%s:heads" % l5[1][:4]],
                                             ["history", "-r-2:"], ["history", "-r", ":%s" % l5[1]],
                                             ["history", "-r", "%s:%s" % (l5[3], l5[1])], ["history", "-r", "base"],
                                             ["show", "base"], ["show", "zzzz"]],
               notes="Realistic 12-hex ids; prefixes of 4+ characters resolve.",
               queries=[q_up([], "+3"), q_up([l5[1]], "+2"), q_up([l5[1]], "%s+2" % l5[0]),
                        q_up([], "head-2"), q_down([l5[4]], "-3"), q_down([l5[4]], "%s-1" % l5[3]),
                        q_down([l5[4]], "base+2"), q_up([], "base+1"), q_up([], "base+9"),
                        q_down([l5[2]], "head-1"), q_hist("-2", "heads"), q_hist("base", "-1"),
                        q_hist(l5[1], "+2"), q_hist("+1", "heads"), q_hist(l5[3], l5[1]),
                        q_hist(l5[1], l5[1]), q_hist("heads", "heads")]))
    add(linear("linear-20", 20, queries=[q_up([], "+15"), q_up([], "+25"), q_down([hex_ids("linear-20", 20)[-1]], "-19"),
                                          q_down([hex_ids("linear-20", 20)[-1]], "-21")]))

    # --- forks ------------------------------------------------------------
    add(case("fork-2", "One base forking into two heads.",
             [rev("base0001", msg="Create users"), rev("left0001", "base0001", msg="Add left"),
              rev("rght0001", "base0001", msg="Add right")],
             notes="head is ambiguous (MultipleHeads); heads names both; +1 from base0001 is an ambiguous walk.",
             commands=STANDARD_COMMANDS + [["show", "base0001"]],
             queries=[q_up(["base0001"], "+1"), q_up([], "+2"), q_up(["left0001"], "rght0001"),
                      q_down(["left0001", "rght0001"], "-1"), q_down(["rght0001", "left0001"], "-1"),
                      q_down(["left0001", "rght0001"], "base0001"), q_down(["left0001", "rght0001"], "left0001"),
                      q_up(["left0001"], "heads"), q_down(["left0001", "rght0001"], "rght0001@base0001"),
                      q_down(["left0001", "rght0001"], "rght0001@-1")]))
    add(case("fork-3", "One base forking into three heads.",
             [rev("root0001"), rev("brch000a", "root0001"), rev("brch000b", "root0001"),
              rev("brch000c", "root0001")],
             commands=STANDARD_COMMANDS,
             queries=[q_up(["brch000a"], "brch000c"), q_up(["brch000a", "brch000b"], "heads"),
                      q_down(["brch000a", "brch000b", "brch000c"], "root0001"),
                      q_down(["brch000a", "brch000b", "brch000c"], "brch000b@-1"),
                      q_resolve("brch")]))
    add(case("fork-deep", "A base with two longer branches.",
             [rev("s000"), rev("x001", "s000"), rev("x002", "x001"), rev("x003", "x002"),
              rev("y001", "s000"), rev("y002", "y001")],
             queries=[q_up(["x002"], "y002"), q_up(["x003", "y001"], "+1"), q_down(["x003", "y002"], "x001"),
                      q_down(["x003", "y002"], "y002@-1"), q_down(["x003", "y002"], "x003@-2"),
                      q_down(["x003", "y002"], "-2"), q_hist("x001", "heads"), q_hist("y001", "x003"),
                      q_up(["x001"], "y001"), q_resolve("x003@-1")]))
    add(case("fork-mid", "A chain that forks in its middle.",
             [rev("m001"), rev("m002", "m001"), rev("c001", "m002"), rev("c002", "c001"), rev("d001", "m002")],
             queries=[q_up(["m001"], "+1"), q_up(["m001"], "+2"), q_up(["m001"], "c002"),
                      q_down(["c002", "d001"], "m002"), q_down(["c002", "d001"], "m001"),
                      q_down(["c002"], "-2")]))

    # --- several bases ------------------------------------------------------
    add(case("bases-2", "Two independent roots, each with a short chain.",
             [rev("r1a0"), rev("r1b0", "r1a0"), rev("r2a0"), rev("r2b0", "r2a0")],
             commands=STANDARD_COMMANDS,
             queries=[q_up([], "+1"), q_up(["r1b0"], "r2b0"), q_up(["r1b0"], "heads"),
                      q_down(["r1b0", "r2b0"], "r1a0"), q_down(["r1b0", "r2b0"], "base"), q_hist("r1a0", "r2b0")]))
    add(case("bases-3", "Three independent single-revision roots.",
             [rev("aaa1"), rev("bbb1"), rev("ccc1")],
             queries=[q_up(["bbb1"], "heads"), q_down(["aaa1", "bbb1", "ccc1"], "bbb1@base"),
                      q_down(["aaa1", "bbb1", "ccc1"], "-1")]))
    add(case("bases-labeled", "Two roots carrying branch labels, the usual multi-root layout.",
             [rev("c0re0001", labels=["core"], msg="Core schema"), rev("c0re0002", "c0re0001", msg="Core index"),
              rev("b1ll0001", labels=["billing"], msg="Billing schema"), rev("b1ll0002", "b1ll0001", msg="Invoices"),
              rev("c0re0003", "c0re0002", msg="Core audit")],
             commands=STANDARD_COMMANDS + [["show", "core@head"], ["history", "-r", "billing@base:billing@head"],
                                           ["show", "billing"]],
             queries=[q_up([], "core@head"), q_up([], "billing@+1"), q_up(["c0re0003"], "billing@head"),
                      q_up(["c0re0001", "b1ll0001"], "core@+1"), q_up(["c0re0001", "b1ll0001"], "billing@+2"),
                      q_down(["c0re0003", "b1ll0002"], "billing@base"), q_down(["c0re0003", "b1ll0002"], "core@-1"),
                      q_down(["c0re0003", "b1ll0002"], "core@-2"), q_down(["c0re0003", "b1ll0002"], "core@base"),
                      q_up(["c0re0003"], "billing@heads"), q_resolve("core@heads"), q_resolve("billing@c0re0002"),
                      q_resolve("c0re0002@billing"), q_resolve("c0re0002@core"), q_resolve("b1ll0001@head"),
                      q_hist("core@base", "core@head"), q_hist("billing@base", "heads"), q_hist("base", "billing@head")]))

    # --- merges -------------------------------------------------------------
    add(case("merge-2", "A fork merged back into one head.",
             [rev("b0se"), rev("a0a0", "b0se"), rev("b0b0", "b0se"), rev("m0m0", ["a0a0", "b0b0"], msg="Merge branches")],
             commands=STANDARD_COMMANDS + [["show", "m0m0"]],
             queries=[q_up(["a0a0"], "head"), q_up(["a0a0", "b0b0"], "+1"), q_down(["m0m0"], "-1"),
                      q_down(["m0m0"], "a0a0"), q_down(["m0m0"], "b0se"), q_down(["m0m0"], "-2"),
                      q_up(["a0a0"], "b0b0"), q_resolve("m0m0@-1"), q_resolve("-2")]))
    add(case("merge-3", "Three branches merged at once.",
             [rev("root"), rev("br01", "root"), rev("br02", "root"), rev("br03", "root"),
              rev("mrg3", ["br01", "br02", "br03"], msg="Merge three")],
             commands=STANDARD_COMMANDS,
             queries=[q_up(["br01", "br02"], "heads"), q_down(["mrg3"], "br02"), q_down(["mrg3"], "-1")]))
    add(case("merge-continue", "A merge followed by more revisions.",
             [rev("st00"), rev("lf00", "st00"), rev("rt00", "st00"), rev("mg00", ["lf00", "rt00"]),
              rev("nx01", "mg00"), rev("nx02", "nx01")],
             commands=STANDARD_COMMANDS,
             queries=[q_up(["lf00"], "+2"), q_up(["mg00"], "+1"), q_down(["nx02"], "-2"), q_down(["nx02"], "-3"),
                      q_down(["nx02"], "lf00"), q_down(["nx02"], "st00"), q_hist("lf00", "heads"),
                      q_hist("rt00", "nx01")]))
    add(case("merge-of-merges", "Two successive merges combining three branches.",
             [rev("mb00"), rev("aaaa", "mb00"), rev("bbbb", "mb00"), rev("cccc", "mb00"),
              rev("mab0", ["aaaa", "bbbb"]), rev("mabc", ["mab0", "cccc"]), rev("tail", "mabc")],
             queries=[q_down(["tail"], "aaaa"), q_down(["tail"], "mab0"), q_up(["aaaa", "cccc"], "mab0"),
                      q_up(["mab0"], "heads"), q_down(["mab0", "cccc"], "base")]))
    add(case("merge-two-roots", "Two independent roots joined by a merge.",
             [rev("ra00"), rev("rb00"), rev("mr00", ["ra00", "rb00"]), rev("af00", "mr00")],
             commands=STANDARD_COMMANDS,
             queries=[q_up([], "+1"), q_up(["ra00"], "+1"), q_down(["af00"], "rb00"), q_down(["mr00"], "-1")]))
    add(case("criss-cross", "Two different merges of the same two parents (two merge heads).",
             [rev("bs00"), rev("pa00", "bs00"), rev("pb00", "bs00"), rev("mx01", ["pa00", "pb00"]),
              rev("mx02", ["pa00", "pb00"])],
             commands=STANDARD_COMMANDS,
             queries=[q_up(["mx01"], "mx02"), q_down(["mx01", "mx02"], "pa00"), q_down(["mx01", "mx02"], "-1"),
                      q_down(["mx01"], "-1")]))
    add(case("merge-partial", "A merge of two out of three branches.",
             [rev("b000"), rev("p100", "b000"), rev("p200", "b000"), rev("p300", "b000"), rev("m120", ["p100", "p200"])],
             queries=[q_up(["p300"], "m120"), q_down(["m120", "p300"], "p100"), q_down(["m120", "p300"], "b000")]))

    # --- branch labels ------------------------------------------------------
    add(case("labels-root", "A label on the root of a single line.",
             [rev("ln01", labels=["main"]), rev("ln02", "ln01"), rev("ln03", "ln02")],
             commands=STANDARD_COMMANDS + [["show", "main@head"], ["show", "main"]],
             notes="The label propagates to every descendant.",
             queries=[q_up([], "main@+2"), q_down(["ln03"], "main@-1"), q_down(["ln03"], "main@base"),
                      q_resolve("main@+1"), q_resolve("main@ln02"), q_resolve("ln02@main")]))
    add(case("labels-mid", "A label placed mid-branch, after a branch point.",
             [rev("t001"), rev("t002", "t001"), rev("fe01", "t002", labels=["feature"]), rev("fe02", "fe01"),
              rev("ot01", "t002"), rev("ot02", "ot01")],
             commands=STANDARD_COMMANDS,
             notes="Labels propagate downwards to descendants and upwards until a branch point or merge point.",
             queries=[q_up(["t002"], "feature@+1"), q_up(["t002"], "feature@head"), q_up(["ot02"], "feature@+2"),
                      q_up([], "feature@+1"), q_up(["fe01", "ot01"], "feature@+1"),
                      q_down(["fe02", "ot02"], "feature@base"), q_down(["fe02", "ot02"], "feature@-1"),
                      q_down(["fe02", "ot02"], "feature@-2"), q_resolve("feature@t001"), q_resolve("ot01@feature")]))
    add(case("labels-two-branches", "Each side of a fork carries its own label.",
             [rev("fk00"), rev("lf01", "fk00", labels=["left"]), rev("lf02", "lf01"),
              rev("rt01", "fk00", labels=["right"]), rev("rt02", "rt01")],
             commands=STANDARD_COMMANDS + [["history", "-r", "left@base:left@head"]],
             queries=[q_up([], "left@head"), q_up(["lf02"], "right@+1"), q_up(["lf01", "rt01"], "left@+1"),
                      q_up(["lf01", "rt01"], "right@head"), q_down(["lf02", "rt02"], "left@-1"),
                      q_down(["lf02", "rt02"], "right@base"), q_down(["lf02", "rt02"], "left@fk00"),
                      q_down(["lf02", "rt02"], "fk00"), q_down(["lf02"], "right@-1"),
                      q_up(["fk00"], "left@+1"), q_up([], "right@+2"), q_resolve("left@right"),
                      q_hist("left@base", "left@head"), q_hist("right@base", "heads")]))
    add(case("labels-multi", "One revision declaring two labels.",
             [rev("ml01", labels=["alpha", "beta"]), rev("ml02", "ml01")],
             commands=STANDARD_COMMANDS,
             notes="`show`/`heads` print the label set in Python set order (may vary with the hash seed).",
             queries=[q_resolve("alpha@head"), q_resolve("beta@base"), q_up([], "beta@+1")]))
    add(case("labels-on-head", "A label declared only on the head of a line.",
             [rev("hl01"), rev("hl02", "hl01"), rev("hl03", "hl02", labels=["tip"])],
             notes="With no branch point the label propagates up to the root.",
             queries=[q_resolve("tip@base"), q_up([], "tip@+1"), q_down(["hl03"], "tip@-2")]))
    add(case("labels-across-merge", "Two labeled roots merged; the merge carries both labels.",
             [rev("la01", labels=["apps"]), rev("lb01", labels=["data"]), rev("la02", "la01"),
              rev("mm01", ["la02", "lb01"]), rev("mm02", "mm01")],
             commands=STANDARD_COMMANDS,
             queries=[q_up([], "apps@head"), q_up([], "data@+1"), q_up(["la02"], "data@head"),
                      q_down(["mm02"], "data@base"), q_down(["mm02"], "apps@-1"), q_down(["mm02"], "apps@la01"),
                      q_head("apps"), q_head("data")]))
    add(case("labels-on-merge", "A label declared on a merge revision.",
             [rev("lm00"), rev("lm0a", "lm00"), rev("lm0b", "lm00"), rev("lmmg", ["lm0a", "lm0b"], labels=["merged"]),
              rev("lmzz", "lmmg")],
             queries=[q_resolve("merged@base"), q_down(["lmzz"], "merged@-1"), q_down(["lmzz"], "merged@base")]))

    # --- depends_on ---------------------------------------------------------
    add(case("deps-by-id", "A revision on one branch depends on a revision of another branch (by id).",
             [rev("core0001", labels=["core"]), rev("core0002", "core0001"),
              rev("bill0001", labels=["billing"], deps=["core0002"]), rev("bill0002", "bill0001"),
              rev("core0003", "core0002")],
             commands=STANDARD_COMMANDS + [["show", "bill0001"]],
             queries=[q_up([], "billing@head"), q_up([], "billing@+1"), q_up(["core0001"], "bill0001"),
                      q_down(["core0003", "bill0002"], "core0001"), q_down(["core0003", "bill0002"], "core@base"),
                      q_down(["core0003", "bill0002"], "billing@base"), q_down(["bill0002", "core0003"], "core0002"),
                      q_up(["core0003"], "bill0002"), q_hist("base", "bill0002")]))
    add(case("deps-by-label", "depends_on names a branch label instead of an id.",
             [rev("cr01", labels=["core"]), rev("cr02", "cr01"), rev("ap01", labels=["app"], deps=["core"]),
              rev("ap02", "ap01")],
             commands=STANDARD_COMMANDS,
             notes="A label in depends_on resolves to the revision that declares the label, not to the branch head.",
             queries=[q_up([], "app@+1"), q_up([], "app@head"), q_down(["cr02", "ap02"], "core@base"),
                      q_down(["cr02", "ap02"], "cr01")]))
    add(case("deps-by-prefix", "depends_on gives only a prefix of the id.",
             [rev("c2aabbccdd01"), rev("d3eeff001122", deps=["c2aa"])],
             commands=ERROR_COMMANDS, auto=False,
             notes="1.8.1 looks dependencies up by exact key: a prefix raises KeyError while the map is built "
                   "(`alembic revision --depends-on` resolves prefixes before writing the file). migrate should "
                   "reject the file with a clear message (or resolve the prefix) - it must not crash."))
    add(case("deps-dependency-only-head", "A revision that is only depended upon is a head but not a real head.",
             [rev("aa01"), rev("bb01"), rev("cc01", "aa01", deps=["bb01"])],
             commands=STANDARD_COMMANDS,
             notes="heads (versioned) = aa01's child and bb01; `heads` symbol resolves to the real heads only. "
                   "`head` raises MultipleHeads although `heads` has one element.",
             queries=[q_head(), q_resolve("head"), q_resolve("heads"), q_up([], "heads"), q_up([], "head"),
                      q_up(["bb01"], "heads"), q_down(["cc01"], "-1"), q_down(["cc01"], "bb01"),
                      q_down(["cc01"], "aa01"), q_down(["cc01"], "base")]))
    add(case("deps-two", "A revision with two depends_on entries on two other roots.",
             [rev("x100"), rev("y100"), rev("z100"), rev("w100", "x100", deps=["y100", "z100"]), rev("w200", "w100")],
             commands=STANDARD_COMMANDS,
             notes="1.8.1 keeps normalized dependencies in a set: step order may depend on the hash seed.",
             queries=[q_up([], "heads"), q_up([], "w100"), q_down(["w200"], "base"), q_down(["w200"], "-1"),
                      q_down(["w200"], "-2"), q_down(["w200"], "y100")]))
    add(case("deps-redundant", "depends_on entries that are already ancestors are normalized away.",
             [rev("r000"), rev("r001", "r000"), rev("r002", "r001", deps=["r000"]), rev("s001"),
              rev("s002", "s001", deps=["r001"]), rev("s003", "s002", deps=["r000", "r001"])],
             queries=[q_up([], "s003"), q_down(["r002", "s003"], "r001"), q_down(["r002", "s003"], "s001")]))
    add(case("deps-on-ancestor-merge", "A merge that also depends_on an ancestor of one of its parents.",
             [rev("da00"), rev("da01", "da00"), rev("da02", "da01"), rev("db00"),
              rev("dm00", ["da02", "db00"], deps=["da01"], msg="Merge with redundant dependency"), rev("dz00", "dm00")],
             commands=[["heads"], ["history"]],
             notes="1.8.1 normalizes away only dependencies that an ancestor also declares, not dependencies that "
                   "are ancestors themselves, so da01 stays a 'down revision' of the merge. Upgrading through the "
                   "merge then fails with KeyError while rewriting the version rows (today's Alembic has the same "
                   "code). migrate should treat such a dependency as redundant.",
             queries=[q_up([], "heads"), q_up(["da02", "db00"], "dm00"), q_up(["da01", "db00"], "dm00"),
                      q_down(["dz00"], "da02"), q_down(["dm00"], "base"), q_hist("base", "heads")]))
    add(case("merge-heads-with-dependency",
             "`merge heads` over three heads, one of which the second head depends on.",
             [rev("mh0a"), rev("mh0b", deps=["mh0a"]), rev("mh0c"), rev("mhmg", ["mh0a", "mh0b", "mh0c"], msg="Merge heads")],
             commands=[["heads"], ["history"]],
             notes="mh0a is a versioned head (only depended upon), so `alembic merge heads` lists it as a parent. "
                   "Upgrading through the merge fails in 1.8.1 with KeyError: the merge tries to rewrite a version "
                   "row for mh0a that was already replaced by mh0b. Today's Alembic has the same merge code.",
             queries=[q_up([], "heads"), q_up(["mh0b", "mh0c"], "heads"), q_up(["mh0b"], "mhmg"),
                      q_down(["mhmg"], "base"), q_down(["mhmg"], "mh0b")]))
    add(case("deps-chain", "Cross-branch dependencies in both directions.",
             [rev("a100"), rev("a200", "a100"), rev("a300", "a200", deps=["b100"]), rev("b100"),
              rev("b200", "b100", deps=["a200"]), rev("b300", "b200")],
             commands=STANDARD_COMMANDS,
             queries=[q_up([], "a300"), q_up([], "b300"), q_up(["a100"], "b200"), q_down(["a300", "b300"], "a100"),
                      q_down(["a300", "b300"], "b100"), q_down(["a300", "b300"], "a200")]))
    add(case("deps-on-other-root", "A branch whose root depends on another branch's root.",
             [rev("k100"), rev("k200", "k100"), rev("j100", deps=["k100"]), rev("j200", "j100")],
             queries=[q_up([], "j200"), q_up(["k200"], "j100"), q_down(["k200", "j200"], "k100"),
                      q_down(["k200", "j200"], "base")]))

    # --- identifiers ---------------------------------------------------------
    add(case("partial-ids", "Ids sharing prefixes: unique, ambiguous and too-short prefixes.",
             [rev("abcd12340000"), rev("abcd56780000", "abcd12340000"), rev("abce00000000", "abcd56780000"),
              rev("abcdef", "abce00000000"), rev("f00d00000000", "abcdef")],
             commands=[["show", "abcd"], ["show", "abce"], ["show", "abc"], ["history", "-r", "abcd:heads"],
                       ["history", "-r", "abcd1:abce"]],
             notes="Prefix lookup needs at least 4 characters; an exact id wins over longer ids it prefixes.",
             queries=[q_resolve("abcd"), q_resolve("abcd1"), q_resolve("abcd5"), q_resolve("abce"), q_resolve("abc"),
                      q_resolve("ab"), q_resolve("a"), q_resolve("f"), q_resolve("abcdef"), q_resolve("abcde"), q_resolve("f00d"),
                      q_resolve("ABCD"), q_one("abcd"), q_one("abce"), q_up([], "abcd1"), q_up([], "abcd"),
                      q_down(["f00d00000000"], "abcd5"), q_down(["f00d00000000"], "abc")]))
    add(case("partial-label-prefix", "Prefix lookup also matches branch label names.",
             [rev("5a1e00000001", labels=["shoppingcart"]), rev("5a1e00000002", "5a1e00000001"),
              rev("5b00000000aa", labels=["shopfront"])],
             notes="1.8.1 searches ids and label names together when matching a prefix.",
             queries=[q_resolve("shop"), q_resolve("shopp"), q_resolve("shoppingcart"), q_resolve("shoppingcart@head"),
                      q_resolve("5a1e"), q_resolve("shopf@head"), q_one("shopfront"), q_up([], "shopp@head")]))
    add(case("id-as-branch", "Revision ids used where a branch label is expected.",
             [rev("ib00"), rev("ib1a", "ib00"), rev("ib1b", "ib1a"), rev("ib2a", "ib00", labels=["side"]),
              rev("ib2b", "ib2a")],
             notes="`<id>@head` takes the branch an id belongs to; `<label>@<id>` and `<id>@<label>` both parse "
                   "(the part before @ is the branch).",
             queries=[q_resolve("ib1a@head"), q_resolve("ib1a@base"), q_resolve("side@ib2b"), q_resolve("ib2b@side"),
                      q_resolve("ib1b@side"), q_resolve("side@ib1b"), q_resolve("nope@head"), q_resolve("ib00@head"),
                      q_up(["ib00"], "ib1a@+1"), q_up(["ib00"], "ib1a@head"), q_up([], "ib2b@+1"),
                      q_down(["ib1b", "ib2b"], "ib1b@-1"), q_down(["ib1b", "ib2b"], "ib2a@base"),
                      q_head("ib1a"), q_head("ib00")]))
    add(case("relative-forms", "Relative targets on a line followed by a fork.",
             [rev("rf01"), rev("rf02", "rf01"), rev("rf03", "rf02"), rev("rf4a", "rf03"), rev("rf4b", "rf03")],
             commands=[["history", "-r", "-1:"], ["history", "-r", "rf02:+1"], ["history", "-r", "base:+2"]],
             queries=[q_up([], "+3"), q_up([], "+4"), q_up(["rf01"], "+2"), q_up(["rf01"], "rf02+1"),
                      q_up(["rf01"], "rf03+1"), q_up([], "rf01+2"), q_up([], "head-1"), q_up([], "heads-1"),
                      q_up(["rf4a"], "+1"), q_down(["rf4a", "rf4b"], "-1"), q_down(["rf4a", "rf4b"], "-3"),
                      q_down(["rf4a", "rf4b"], "rf03"), q_down(["rf4a"], "-3"), q_down(["rf4a"], "-4"),
                      q_down(["rf4a"], "-5"), q_down(["rf4a"], "rf4a-2"), q_down(["rf4a"], "+1"),
                      q_down(["rf4a"], "rf01+1"), q_down(["rf4a"], "base+1"), q_up([], "-1"),
                      q_resolve("rf03@+1"), q_resolve("-1"), q_resolve("-3"), q_resolve("rf4a@-2"),
                      q_hist("rf02", "rf4a"), q_hist("rf4a", "rf4b"), q_hist("-2", "rf4a"), q_hist("base", "rf03+1"),
                      q_hist("rf01+1", "heads")]))
    add(case("overwalk", "Walking past either end of a three-revision line.",
             [rev("ow01"), rev("ow02", "ow01"), rev("ow03", "ow02")],
             queries=[q_up([], "+4"), q_up(["ow02"], "+2"), q_up([], "ow01+5"), q_down(["ow03"], "-4"),
                      q_down(["ow03"], "ow02-3"), q_down(["ow03"], "ow01-1"), q_down(["ow03"], "ow03+1"),
                      q_resolve("-4"), q_resolve("-3"), q_hist("-5", "heads"), q_hist("base", "+5"),
                      q_hist("ow01", "ow03+2")]))
    add(case("ambiguous-walks", "Relative steps that would have to choose between branches.",
             [rev("aw00"), rev("aw1a", "aw00"), rev("aw1b", "aw00"), rev("awmg", ["aw1a", "aw1b"]), rev("awzz", "awmg"),
              rev("awr2")],
             queries=[q_up([], "+1"), q_up(["aw00"], "+1"), q_up(["aw1a"], "+1"), q_up(["aw1a", "aw1b"], "+1"),
                      q_down(["awzz", "awr2"], "-1"), q_down(["awr2", "awzz"], "-1"), q_down(["awzz"], "-2"),
                      q_down(["awzz"], "-3"), q_resolve("-2"), q_resolve("awzz@-2"), q_up([], "aw00+1")]))

    add(case("reserved-id-base", "A revision whose id is the reserved word 'base'.",
             [rev("base"), rev("rb01", "base"), rev("rb02", "rb01")],
             notes="Alembic 1.8.1 accepts the id but then resolves 'base' to the empty revision, so upgrades and "
                   "history through it fail with bare assertions. migrate should reject reserved words "
                   "(base, head, heads, current) as revision ids.",
             queries=[q_resolve("base"), q_up([], "heads"), q_up(["base"], "heads"), q_down(["rb02"], "base"),
                      q_down(["rb02"], "rb01"), q_hist("base", "heads")], migrate_rejects=True))

    # --- file-order tie-breaking pairs ----------------------------------------
    fork_revs = [rev("tb00"), rev("tb0a", "tb00"), rev("tb0b", "tb00"), rev("tb1a", "tb0a"), rev("tb1b", "tb0b")]
    order_q = [q_up([], "heads"), q_up(["tb00"], "heads"), q_down(["tb1a", "tb1b"], "base"),
               q_down(["tb1a", "tb1b"], "tb00"), q_hist("base", "heads")]
    add(case("order-fork-ab", "Fork; branch a listed before branch b.", fork_revs, queries=order_q,
             commands=[["heads"], ["history"]],
             notes="Pair with order-fork-ba: same graph, other file order, so ties resolve differently."))
    add(case("order-fork-ba", "Fork; branch b listed before branch a.",
             [fork_revs[0], fork_revs[2], fork_revs[4], fork_revs[1], fork_revs[3]], queries=order_q,
             commands=[["heads"], ["history"]],
             notes="Pair with order-fork-ab."))
    roots = [rev("or0a"), rev("or1a", "or0a"), rev("or0b"), rev("or1b", "or0b")]
    roots_q = [q_up([], "heads"), q_down(["or1a", "or1b"], "base"), q_hist("base", "heads"), q_up([], "+1")]
    add(case("order-roots-ab", "Two roots; root a's files first.", roots, queries=roots_q,
             notes="Pair with order-roots-ba."))
    add(case("order-roots-ba", "Two roots; root b's files first.", [roots[2], roots[3], roots[0], roots[1]],
             queries=roots_q, notes="Pair with order-roots-ab."))
    mrg = [rev("om00"), rev("om0a", "om00"), rev("om0b", "om00"), rev("ommg", ["om0a", "om0b"])]
    mrg_q = [q_up([], "heads"), q_down(["ommg"], "base"), q_down(["ommg"], "om00"), q_hist("base", "heads")]
    add(case("order-merge-ab", "Merge; parents' files in order a, b.", mrg, queries=mrg_q,
             notes="Pair with order-merge-ba."))
    add(case("order-merge-ba", "Merge; parents' files in order b, a (merge file first).",
             [mrg[3], mrg[2], mrg[1], mrg[0]], queries=mrg_q, notes="Pair with order-merge-ab."))

    # --- sqlalchemy/alembic#1373 ---------------------------------------------
    note_1373 = ("Hits sqlalchemy/alembic#1373 (fixed in 1.13.1): downgrading the merge makes 1.8.1 restore both "
                 "parents as version rows although one parent is an ancestor (or dependency) of the other. "
                 "`expectedToday` holds the answer with the fix applied.")
    add(case("issue-1373-dependency", "A merge of two parents where one parent depends on the other.",
             [rev("i1a0"), rev("i1b0", deps=["i1a0"]), rev("i1m0", ["i1a0", "i1b0"], msg="Merge"), rev("i1z0", "i1m0")],
             notes=note_1373, commands=[["heads"], ["history"]],
             queries=[q_down(["i1m0"], "-1"), q_down(["i1m0"], "i1b0"), q_down(["i1m0"], "i1a0"),
                      q_down(["i1z0"], "-2"), q_down(["i1z0"], "i1b0"), q_down(["i1m0"], "base")]))
    add(case("issue-1373-ancestor", "A merge whose second parent descends from its first parent.",
             [rev("i2a0"), rev("i2b0", "i2a0"), rev("i2m0", ["i2a0", "i2b0"], msg="Merge")],
             notes=note_1373,
             queries=[q_down(["i2m0"], "-1"), q_down(["i2m0"], "i2b0"), q_down(["i2m0"], "i2a0")]))
    add(case("issue-1373-branches", "Two labeled branches, a cross dependency, then a merge.",
             [rev("i3c0", labels=["cat"]), rev("i3c1", "i3c0"), rev("i3d0", labels=["dog"], deps=["i3c1"]),
              rev("i3d1", "i3d0"), rev("i3m0", ["i3c1", "i3d1"], msg="Merge pets")],
             notes=note_1373,
             queries=[q_down(["i3m0"], "-1"), q_down(["i3m0"], "i3d1"), q_down(["i3m0"], "i3c1"),
                      q_down(["i3m0"], "dog@-1"), q_down(["i3m0"], "dog@base"), q_down(["i3m0"], "i3d0")]))

    # --- graphs Alembic refuses or only warns about ------------------------------
    add(case("error-duplicate-id", "Two files declare the same revision id (same parent).",
             [rev("dp00"), rev("dp01", "dp00", msg="First copy"), rev("dp01", "dp00", msg="Second copy")],
             commands=ERROR_COMMANDS + [["show", "dp01"]], migrate_rejects=True,
             notes="1.8.1 only warns ('present more than once'); the later file replaces the earlier one in the map "
                   "but both objects stay in the heads set. migrate rejects duplicate ids."))
    add(case("error-duplicate-id-other-parent", "Two files declare the same revision id with different parents.",
             [rev("dq00"), rev("dq01", "dq00"), rev("dq02", "dq01"), rev("dq01", msg="Impostor root")],
             commands=ERROR_COMMANDS, migrate_rejects=True,
             notes="1.8.1 warns and keeps going with an inconsistent map. migrate rejects duplicate ids."))
    add(case("error-unknown-down", "down_revision names a revision that does not exist.",
             [rev("un00"), rev("un01", "nope0000")], commands=ERROR_COMMANDS, migrate_rejects=True,
             notes="1.8.1 warns ('referenced from ... is not present') and then fails with KeyError. "
                   "migrate rejects unknown parents with a message naming the file."))
    add(case("error-unknown-depends", "depends_on names a revision that does not exist.",
             [rev("ud00"), rev("ud01", "ud00", deps=["gone0000"])], commands=ERROR_COMMANDS, migrate_rejects=True,
             notes="1.8.1 fails with a bare KeyError while resolving dependencies."))
    add(case("error-cycle-2", "Two revisions each naming the other as down_revision.",
             [rev("cy0a", "cy0b"), rev("cy0b", "cy0a")], commands=ERROR_COMMANDS, migrate_rejects=True))
    add(case("error-cycle-detached", "A healthy line plus a detached two-revision cycle.",
             [rev("cd00"), rev("cd01", "cd00"), rev("cdxx", "cdyy"), rev("cdyy", "cdxx")],
             migrate_rejects=True, notes="CycleDetected names only the revisions outside the reachable space."))
    add(case("error-cycle-through-merge", "A cycle that passes through a merge of the root.",
             [rev("cm00"), rev("cm01", ["cm00", "cm02"]), rev("cm02", "cm01")], migrate_rejects=True))
    add(case("error-dependency-cycle", "Two siblings depending on each other.",
             [rev("dc00"), rev("dc0a", "dc00", deps=["dc0b"]), rev("dc0b", "dc00", deps=["dc0a"])],
             commands=ERROR_COMMANDS, migrate_rejects=True))
    add(case("error-dependency-cycle-partial", "A dependency cycle beside a healthy head.",
             [rev("dp10"), rev("dp1h", "dp10"), rev("dp1a", "dp10", deps=["dp1b"]), rev("dp1b", "dp10", deps=["dp1a"])],
             migrate_rejects=True))
    add(case("error-dependency-on-descendant", "A revision depends on its own descendant.",
             [rev("dd00"), rev("dd01", "dd00", deps=["dd02"]), rev("dd02", "dd01")], migrate_rejects=True))
    add(case("error-self-loop", "A revision naming itself as down_revision.",
             [rev("sl00"), rev("sl01", "sl01")], commands=ERROR_COMMANDS, migrate_rejects=True))
    add(case("error-dependency-self-loop", "A revision depending on itself.",
             [rev("ds00"), rev("ds01", "ds00", deps=["ds01"])], migrate_rejects=True))
    add(case("error-duplicate-label", "Two revisions declare the same branch label.",
             [rev("dl0a", labels=["shared"]), rev("dl0b", labels=["shared"])], commands=ERROR_COMMANDS,
             migrate_rejects=True,
             notes="Which revision is named as the first user depends on set iteration order in 1.8.1."))
    add(case("error-label-equals-id", "A branch label equal to another revision's id.",
             [rev("le00"), rev("le01", "le00", labels=["le00"])], migrate_rejects=True))
    add(case("error-merge-same-parent-twice", "A merge that lists the same parent twice.",
             [rev("mp00"), rev("mp01", ["mp00", "mp00"], msg="Bogus merge")],
             commands=ERROR_COMMANDS + [["show", "mp01"]], migrate_rejects=True,
             notes="1.8.1 accepts it and treats the revision as a merge point. migrate rejects it."))
    add(case("error-illegal-id", "A revision id containing a '-'.",
             [rev("il00"), rev("il-01", "il00")], migrate_rejects=True))
    return cases


# ---------------------------------------------------------------------------
# Random DAGs
# ---------------------------------------------------------------------------

LABEL_POOL = ["core", "billing", "search", "audit", "reports", "users", "inventory", "shipping"]


def hand_written_stamps():
    """Stamp queries per case name: ``alembic stamp`` semantics beyond the generated ones."""
    l5 = hex_ids("linear-5", 5)
    return {
        "empty": [q_stamp([], ["heads"]), q_stamp([], ["base"]), q_stamp([], [])],
        "linear-5": [
            q_stamp([], [l5[2]]), q_stamp([l5[1]], [l5[3]]), q_stamp([l5[3]], [l5[1]]), q_stamp([l5[2]], [l5[2]]),
            q_stamp([l5[4]], ["base"]), q_stamp([l5[4]], []), q_stamp([l5[1]], [l5[2], l5[3]]),
            q_stamp([l5[3]], [l5[2], l5[1]]), q_stamp([l5[1]], [l5[2]], purge=True), q_stamp([], ["-1"]),
            q_stamp([l5[2]], ["-1"]), q_stamp([l5[2]], ["-1"], purge=True), q_stamp([l5[1]], ["+1"]),
            q_stamp([l5[1]], ["%s+1" % l5[1]]), q_stamp([l5[1]], ["head"]), q_stamp([l5[1]], ["heads"]),
            q_stamp([l5[1]], ["base", l5[3]]), q_stamp([l5[1]], [l5[3][:4]]), q_stamp([l5[1]], [l5[3], l5[3]]),
            q_stamp(["nope0000"], [l5[2]]), q_stamp(["nope0000"], [l5[2]], purge=True),
            q_stamp([l5[1], l5[3]], [l5[2]]), q_stamp([l5[1], l5[3]], [l5[4]]), q_stamp([l5[1], l5[3]], ["base"]),
        ],
        "fork-2": [
            q_stamp(["left0001", "rght0001"], ["base0001"]), q_stamp(["left0001"], ["rght0001"]),
            q_stamp(["left0001", "rght0001"], ["base"]), q_stamp([], ["heads"]), q_stamp(["base0001"], ["heads"]),
            q_stamp(["left0001"], ["base0001"]), q_stamp(["left0001", "rght0001"], ["left0001"]),
            q_stamp(["rght0001", "left0001"], ["base0001"]), q_stamp(["base0001"], ["left0001", "rght0001"]),
            q_stamp(["left0001", "rght0001"], ["head"]), q_stamp(["left0001"], ["rght0001@head"]),
            q_stamp(["left0001", "rght0001"], ["rght0001@base0001"]), q_stamp(["left0001", "rght0001"], ["-1"]),
        ],
        "fork-3": [
            q_stamp(["brch000a", "brch000b", "brch000c"], ["root0001"]),
            q_stamp(["brch000a"], ["brch000b", "brch000c"]),
            q_stamp(["brch000a", "brch000b"], ["brch000c"]),
        ],
        "merge-2": [
            q_stamp(["a0a0", "b0b0"], ["m0m0"]), q_stamp(["b0b0", "a0a0"], ["m0m0"]), q_stamp(["m0m0"], ["a0a0"]),
            q_stamp(["m0m0"], ["a0a0", "b0b0"]), q_stamp(["a0a0"], ["m0m0"]), q_stamp(["m0m0"], ["b0se"]),
            q_stamp(["m0m0"], ["a0a0", "b0b0"], purge=True), q_stamp(["a0a0", "b0b0"], ["b0se"]),
        ],
        "merge-3": [
            q_stamp(["br01", "br02", "br03"], ["mrg3"]), q_stamp(["mrg3"], ["root"]), q_stamp(["br01", "br03"], ["mrg3"]),
            q_stamp(["mrg3"], ["br02"]),
        ],
        "criss-cross": [q_stamp(["mx01"], ["mx02"]), q_stamp(["pa00", "pb00"], ["heads"]), q_stamp(["mx01", "mx02"], ["bs00"])],
        "bases-2": [
            q_stamp(["r1b0"], ["r2a0"]), q_stamp(["r1b0", "r2b0"], ["r1a0"]), q_stamp(["r1b0", "r2b0"], ["base"]),
            q_stamp(["r1a0", "r2a0"], ["heads"]), q_stamp(["r1a0"], ["r2b0", "r1b0"]),
        ],
        "bases-labeled": [
            q_stamp(["c0re0003"], ["billing@head"]), q_stamp(["c0re0003", "b1ll0002"], ["core@base"]),
            q_stamp(["c0re0002", "b1ll0001"], ["core@head"]), q_stamp(["c0re0002", "b1ll0001"], ["billing@heads"]),
            q_stamp(["c0re0003", "b1ll0002"], ["billing@-1"]), q_stamp([], ["billing@-1"]),
            q_stamp(["c0re0001"], ["billing@b1ll0002"]),
        ],
        "labels-two-branches": [
            q_stamp(["lf02", "rt02"], ["left@base"]), q_stamp(["lf02", "rt02"], ["left@head"]),
            q_stamp(["fk00"], ["right@head"]), q_stamp(["lf01", "rt01"], ["left@+1"]),
            q_stamp(["lf02", "rt02"], ["fk00"]),
        ],
        "deps-dependency-only-head": [
            q_stamp(["aa01", "bb01"], ["cc01"]), q_stamp([], ["heads"]), q_stamp(["cc01"], ["aa01"]),
            q_stamp(["cc01"], ["bb01"]), q_stamp(["aa01"], ["cc01"]), q_stamp(["bb01"], ["cc01"]),
        ],
        "deps-by-id": [
            q_stamp(["core0002"], ["bill0002"]), q_stamp(["core0003", "bill0002"], ["core0001"]),
            q_stamp(["core0003", "bill0002"], ["billing@base"]),
        ],
        "deps-on-ancestor-merge": [q_stamp(["da02", "db00"], ["dm00"]), q_stamp(["dm00"], ["da01"])],
        "merge-heads-with-dependency": [q_stamp(["mh0b", "mh0c"], ["mhmg"]), q_stamp(["mhmg"], ["mh0a"])],
        "issue-1373-ancestor": [q_stamp(["i2m0"], ["i2a0"]), q_stamp(["i2a0", "i2b0"], ["i2m0"]),
                                q_stamp(["i2a0", "i2b0"], ["i2b0"]), q_stamp(["i2a0", "i2m0"], ["i2b0"])],
        "relative-forms": [q_stamp(["rf03"], ["rf4a", "rf4b"]), q_stamp(["rf4a", "rf4b"], ["rf02"]),
                           q_stamp(["rf4a"], ["rf4b", "rf02"])],
        "partial-ids": [q_stamp([], ["abcd5"]), q_stamp([], ["abcd"]), q_stamp(["abcd12340000"], ["f00d"])],
    }


def random_case(index):
    seed = 7919 * (index + 1)
    rng = random.Random(seed)
    n = 10 + (index * 13) % 31
    revs = []
    ids = []
    versioned_heads = []
    label_owner = {}
    parents = {}
    roots = 0

    def ancestors(start):
        """start plus everything it reaches through down revisions and dependencies"""
        seen = set()
        todo = [start]
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(parents[x])
        return seen

    def new_id():
        while True:
            if ids and rng.random() < 0.1:
                stem = rng.choice(ids)[:rng.randint(4, 6)]
                cand = stem + "%012x" % rng.getrandbits(48)
                cand = cand[:12]
            else:
                cand = "%012x" % rng.getrandbits(48)
            if cand not in ids:
                return cand

    for i in range(n):
        rid = new_id()
        r = rng.random()
        labels = []
        if not ids or (r < 0.07 and roots < 3):
            down = []
            roots += 1
        elif r < 0.22 and len(versioned_heads) >= 2:
            k = 3 if (len(versioned_heads) >= 3 and rng.random() < 0.3) else 2
            down = rng.sample(versioned_heads, k)
            # a parent that another parent already depends on makes the upgrade crash in 1.8.1 and
            # today (case merge-heads-with-dependency); keep random graphs clear of it
            down = [d for d in down if not any(d in ancestors(o) for o in down if o != d)]
        elif r < 0.37:
            down = [rng.choice(ids)]
        else:
            down = [rng.choice(versioned_heads)]
        if (not down or (len(down) == 1 and down[0] not in versioned_heads)) and rng.random() < 0.5 \
                and len(label_owner) < 4:
            name = LABEL_POOL[len(label_owner) + (index % 4)]
            labels = [name]
            label_owner[name] = rid
        deps = []
        dep_ids = []
        if i >= 3 and rng.random() < 0.18:
            # only cross-branch dependencies: a dependency on an ancestor makes 1.8.1 (and today's
            # Alembic) crash while upgrading through a merge; case deps-on-ancestor-merge covers that
            seen = set()
            for d in down:
                seen |= ancestors(d)
            pool = [x for x in ids if x not in seen]
            for _ in range(2 if rng.random() < 0.3 else 1):
                if not pool:
                    break
                target = rng.choice(pool)
                pool.remove(target)
                # keep down revisions and dependencies independent of each other (no element an
                # ancestor of another), otherwise 1.8.1 crashes on the merge-like upgrade step
                if any(target in ancestors(o) or o in ancestors(target) for o in down + dep_ids):
                    continue
                dep_ids.append(target)
                owned = [lbl for lbl, owner in label_owner.items() if owner == target]
                deps.append(owned[0] if owned and rng.random() < 0.5 else target)
        for d in down:
            if d in versioned_heads:
                versioned_heads.remove(d)
        versioned_heads.append(rid)
        ids.append(rid)
        parents[rid] = list(down) + dep_ids
        revs.append(rev(rid, down, labels=labels, deps=deps, msg="Random step %d" % (i + 1)))

    shuffled = index % 2 == 1
    if shuffled:
        rng.shuffle(revs)
    name = "random-%02d" % (index + 1)
    desc = "Random DAG #%d: %d revisions with forks, merges%s; %s file order." % (
        index + 1, n, ", depends_on and labels", "shuffled" if shuffled else "creation")
    notes = ("Generated with random.Random(%d). Files are listed %s, so ties between independent branches "
             "follow that order." % (seed, "in shuffled order" if shuffled else "in creation order"))
    return case(name, desc, revs, notes=notes,
                commands=(RANDOM_COMMANDS if index in (2, 9, 20) else None))


def all_cases():
    cases = hand_written_cases()
    cases.extend(random_case(i) for i in range(36))
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    assert set(HAND_WRITTEN_STAMPS) <= set(names), "stamps for unknown cases"
    return cases


HAND_WRITTEN_STAMPS = hand_written_stamps()


# ---------------------------------------------------------------------------
# Talking to Alembic (runs inside the worker processes)
# ---------------------------------------------------------------------------


def _alembic():
    """Import Alembic lazily so that the orchestrating process needs none of it."""
    import alembic
    from alembic.config import CommandLine, Config
    from alembic.runtime.migration import HeadMaintainer, RevisionStep
    from alembic.script import ScriptDirectory
    from alembic.script.base import Script
    from alembic.script.revision import Revision

    # Alembic >= 1.10 reads version files in sorted file-name order; 1.8.1 uses
    # os.listdir() order. Make 1.8.1 behave like today's Alembic.
    def sorted_listing(cls, scriptdir, path):
        return sorted(os.listdir(path))

    Script._list_py_dir = classmethod(sorted_listing)

    # Revision objects hash by identity (memory address), so Alembic's iteration over sets of
    # revisions follows addresses and changes from run to run. Hash them by revision id instead
    # (equality stays identity): such sets then iterate in an order fixed by PYTHONHASHSEED, which
    # makes every worker reproducible while the seed sweep still shows which answers depend on it.
    Revision.__hash__ = lambda self: hash(self.revision)

    class RowsOnly(HeadMaintainer):
        """HeadMaintainer whose version table is a Python set instead of a database table."""

        def __init__(self, heads):
            self.context = None
            self.heads = set(heads)

        def _insert_version(self, version):
            assert version not in self.heads
            self.heads.add(version)

        def _delete_version(self, version):
            self.heads.remove(version)

        def _update_version(self, from_, to_):
            assert to_ not in self.heads
            self.heads.remove(from_)
            self.heads.add(to_)

    return {
        "version": alembic.__version__,
        "CommandLine": CommandLine,
        "Config": Config,
        "RevisionStep": RevisionStep,
        "ScriptDirectory": ScriptDirectory,
        "RowsOnly": RowsOnly,
    }


def _unmerge_targets_with_1373_fix(step, heads):
    """RevisionStep._unmerge_to_revisions as corrected by sqlalchemy/alembic#1373.

    When no other version row remains, parents that are ancestors of another
    parent are no longer restored as rows of their own.
    """
    rmap = step.revision_map
    targets = set(step.to_revisions)
    others = set(heads) - {step.revision.revision}
    covered = set()
    if others:
        for r in rmap._get_ancestor_nodes(rmap.get_revisions(others), check=False):
            covered.add(r.revision)
    else:
        for target in step.to_revisions:
            for r in rmap._get_ancestor_nodes(rmap.get_revisions(target), check=False):
                if r.revision != target:
                    covered.add(r.revision)
    return tuple(targets - covered)


def slugify(message):
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")
    return slug[:40].rstrip("_") or "revision"


def file_name(index, r):
    return "%04d_%s_%s.py" % (index, r["id"], slugify(r["message"]))


def _py_value(values):
    if not values:
        return "None"
    if len(values) == 1:
        return repr(values[0])
    return "(" + ", ".join(repr(v) for v in values) + ")"


def version_file_text(r):
    revises = ", ".join(r["down"])
    header = "%s\n\nRevision ID: %s\nRevises:%s\nCreate Date: %s\n\n" % (
        r["message"], r["id"], (" " + revises) if revises else "", CREATE_DATE)
    return (
        '"""%s"""\n'
        "revision = %r\n"
        "down_revision = %s\n"
        "branch_labels = %s\n"
        "depends_on = %s\n"
        "\n\n"
        "def upgrade():\n"
        "    pass\n"
        "\n\n"
        "def downgrade():\n"
        "    pass\n"
    ) % (header, r["id"], _py_value(r["down"]), _py_value(r["branchLabels"]), _py_value(r["dependsOn"]))


def error_of(exc):
    err = {"type": type(exc).__name__, "message": str(exc)}
    if isinstance(exc, AssertionError):
        # a bare assert inside Alembic: name the function and the failing line
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        err["assertion"] = "%s: %s" % (frame.name, (frame.line or "").strip())
    cause = exc.__cause__
    if cause is not None:
        err["cause"] = {"type": type(cause).__name__, "message": str(cause)}
    return err


class Environment:
    """A scratch Alembic script directory holding one case's version files."""

    def __init__(self, al, case_def):
        self.al = al
        self.root = tempfile.mkdtemp(prefix="alembic-oracle-")
        self.versions = os.path.join(self.root, "versions")
        os.makedirs(self.versions)
        for i, r in enumerate(case_def["revisions"]):
            with open(os.path.join(self.versions, file_name(i, r)), "w", encoding="utf-8") as fh:
                fh.write(version_file_text(r))
        self.script = al["ScriptDirectory"].from_config(self.config(io.StringIO()))

    def config(self, stdout, cmd_opts=None):
        cfg = self.al["Config"](stdout=stdout, cmd_opts=cmd_opts)
        cfg.set_main_option("script_location", self.root)
        return cfg

    def scrub(self, text):
        for path in {self.versions, os.path.realpath(self.versions), os.path.abspath(self.versions)}:
            text = text.replace(path, VERSIONS_PLACEHOLDER)
        return text

    def close(self):
        shutil.rmtree(self.root, ignore_errors=True)


class Recorder:
    """Collects warnings issued while one piece of Alembic work runs."""

    def __enter__(self):
        self._cm = warnings.catch_warnings(record=True)
        self.caught = self._cm.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, *exc):
        self._cm.__exit__(*exc)
        return False

    def messages(self):
        return [str(w.message) for w in self.caught]


def replay(al, steps, current, fixed_1373=False):
    """Apply steps to a version table holding ``current``; rows after each step."""
    RevisionStep = al["RevisionStep"]
    original = RevisionStep._unmerge_to_revisions
    if fixed_1373:
        RevisionStep._unmerge_to_revisions = _unmerge_targets_with_1373_fix
    try:
        table = al["RowsOnly"](current)
        out = []
        for step in steps:
            try:
                table.update_to_step(step)
            except Exception as exc:  # noqa: BLE001 - recorded as the answer
                err = error_of(exc)
                err["atRevision"] = step.revision.revision
                return out, err
            out.append({"revision": step.revision.revision, "rowsAfter": sorted(table.heads),
                        "log": "Running %s" % (step,)})
        return out, None
    finally:
        RevisionStep._unmerge_to_revisions = original


def ids_of(revs):
    out = []
    for r in revs:
        if r is None or r == "base":
            continue
        out.append(r.revision)
    return out


def evaluate_query(al, env, q):
    script = env.script
    rmap = script.revision_map
    ans = dict(q)
    with Recorder() as rec:
        try:
            kind = q["kind"]
            if kind == "resolve":
                ans["result"] = ids_of(rmap.get_revisions(q["identifier"]))
            elif kind == "resolveOne":
                r = rmap.get_revision(q["identifier"])
                ans["result"] = None if r is None else r.revision
            elif kind == "currentHead":
                ans["result"] = rmap.get_current_head(q["branch"])
            elif kind == "history":
                ans["result"] = [s.revision for s in script.walk_revisions(base=q["lower"], head=q["upper"])]
            elif kind in ("upgrade", "downgrade"):
                current = tuple(q["current"])
                if kind == "upgrade":
                    steps = script._upgrade_revs(q["target"], current)
                else:
                    steps = script._downgrade_revs(q["target"], current)
                recorded, err = replay(al, steps, current)
                ans["steps"] = recorded
                if err:
                    ans["error"] = err
                if kind == "downgrade":
                    fixed, fixed_err = replay(al, steps, current, fixed_1373=True)
                    if fixed != recorded or fixed_err != err:
                        today = {"steps": fixed}
                        if fixed_err:
                            today["error"] = fixed_err
                        ans["expectedToday"] = today
            else:
                raise ValueError("unknown query kind %r" % kind)
        except Exception as exc:  # noqa: BLE001 - recorded as the answer
            ans.pop("result", None)
            ans["error"] = error_of(exc)
    if rec.messages():
        ans["warnings"] = rec.messages()
    return ans


def evaluate_stamp(al, env, q):
    """``alembic stamp TARGETS [--purge]`` against a version table holding ``current``.

    As ``MigrationContext.run_migrations`` does: with purge the table starts empty and the
    current rows are never read; the steps come from ``ScriptDirectory._stamp_revs`` and are
    applied with ``HeadMaintainer.update_to_step``.
    """
    ans = dict(q)
    heads = () if q["purge"] else tuple(q["current"])
    with Recorder() as rec:
        try:
            destination = tuple(q["targets"])
            steps = env.script._stamp_revs(destination, heads)
            table = al["RowsOnly"](heads)
            out = []
            for index, step in enumerate(steps):
                log = "Running %s" % (step,)
                try:
                    table.update_to_step(step)
                except Exception as exc:  # noqa: BLE001 - recorded as the answer
                    err = error_of(exc)
                    err["atStep"] = index
                    err["atLog"] = log
                    ans["error"] = err
                    break
                out.append({"from": list(step.from_revisions), "to": list(step.to_revisions),
                            "upgrade": bool(step.is_upgrade), "rowsAfter": sorted(table.heads), "log": log})
            ans["steps"] = out
        except Exception as exc:  # noqa: BLE001 - recorded as the answer
            ans.pop("steps", None)
            ans["error"] = error_of(exc)
    if rec.messages():
        ans["warnings"] = rec.messages()
    return ans


class _Handled(Exception):
    """Internal: the answer has already been recorded."""


def evaluate_command(al, env, args):
    out = {"args": list(args)}
    buf = io.StringIO()
    with Recorder() as rec:
        try:
            usage = io.StringIO()
            saved_stderr, sys.stderr = sys.stderr, usage
            try:
                options = al["CommandLine"](prog="alembic").parser.parse_args(list(args))
            except SystemExit as exc:
                # argparse rejected the command line: the CLI prints usage and exits with 2
                out["error"] = {"type": "UsageError", "message": usage.getvalue().strip().splitlines()[-1],
                                "exitCode": exc.code}
                options = None
            finally:
                sys.stderr = saved_stderr
            if options is None:
                raise _Handled()
            fn, positional, kwarg = options.cmd
            cfg = env.config(buf, cmd_opts=options)
            fn(cfg, *[getattr(options, k, None) for k in positional],
               **{k: getattr(options, k, None) for k in kwarg})
        except _Handled:
            pass
        except Exception as exc:  # noqa: BLE001 - recorded as the answer
            out["error"] = error_of(exc)
    out["stdout"] = env.scrub(buf.getvalue())
    if "error" in out:
        out["error"]["message"] = env.scrub(out["error"]["message"])
    if rec.messages():
        out["warnings"] = [env.scrub(m) for m in rec.messages()]
    return out


def graph_of(case_def, rmap):
    unique = []
    for r in case_def["revisions"]:
        if r["id"] not in unique:
            unique.append(r["id"])
    objs = {rid: rmap._revision_map[rid] for rid in unique}
    return {
        "heads": list(rmap.heads),
        "realHeads": list(rmap._real_heads),
        "bases": list(rmap.bases),
        "realBases": list(rmap._real_bases),
        "branchLabels": {rid: sorted(o.branch_labels) for rid, o in objs.items()},
        "nextRevisions": {rid: sorted(o.nextrev) for rid, o in objs.items()},
        "resolvedDependencies": {rid: list(o._resolved_dependencies) for rid, o in objs.items()},
        "normalizedDependencies": {rid: sorted(o._normalized_resolved_dependencies) for rid, o in objs.items()},
    }


# --- automatic queries --------------------------------------------------------


def case_rng(case_def, salt):
    digest = hashlib.sha256(("%s/%s" % (case_def["name"], salt)).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def _sample(rng, items, k):
    if len(items) <= k:
        return list(items)
    picked = set(rng.sample(range(len(items)), k))
    return [x for i, x in enumerate(items) if i in picked]


def version_states(al, env, ids, rng):
    """Realistic version-table contents: what upgrading from empty (and then on) leaves behind."""
    script = env.script

    def rows_after(current, target):
        try:
            with Recorder():
                steps = script._upgrade_revs(target, tuple(current))
                recorded, err = replay(al, steps, current)
        except Exception:  # noqa: BLE001 - unusable state, skip
            return None
        if err:
            return None
        return tuple(recorded[-1]["rowsAfter"]) if recorded else tuple(sorted(current))

    states = {()}
    for target in ["heads"] + ids:
        rows = rows_after((), target)
        if rows is not None:
            states.add(rows)
    singles = sorted(states, key=lambda s: (len(s), s))
    for current in _sample(rng, singles, 6):
        for target in _sample(rng, ids, 4):
            rows = rows_after(current, target)
            if rows is not None:
                states.add(rows)
    return sorted(states, key=lambda s: (len(s), s))


def case_ids_and_labels(case_def):
    ids = []
    for r in case_def["revisions"]:
        if r["id"] not in ids:
            ids.append(r["id"])
    labels = []
    for r in case_def["revisions"]:
        for lbl in r["branchLabels"]:
            if lbl not in labels:
                labels.append(lbl)
    return ids, labels


def case_states(al, env, case_def):
    ids, _ = case_ids_and_labels(case_def)
    return version_states(al, env, ids, case_rng(case_def, "states"))


def auto_queries(al, env, case_def, states):
    rmap = env.script.revision_map
    rng = case_rng(case_def, "queries")
    ids = []
    for r in case_def["revisions"]:
        if r["id"] not in ids:
            ids.append(r["id"])
    labels = []
    for r in case_def["revisions"]:
        for lbl in r["branchLabels"]:
            if lbl not in labels:
                labels.append(lbl)
    big = len(ids) > 8
    some_ids = _sample(rng, ids, 6 if big else 8)
    few_ids = _sample(rng, ids, 3)
    few_labels = labels[:3]

    out = []
    idents = ["head", "heads", "base", "-1", "+1", "zzzz9999"] + some_ids
    long_ids = [i for i in some_ids if len(i) >= 6]
    if long_ids:
        idents += [long_ids[0][:4], long_ids[0][:3]]
    for lbl in few_labels:
        idents += [lbl, "%s@head" % lbl, "%s@heads" % lbl, "%s@base" % lbl, "%s@-1" % lbl]
    if few_labels and ids:
        idents += ["%s@%s" % (few_labels[0], ids[-1]), "%s@%s" % (ids[-1], few_labels[0])]
    if ids:
        idents.append("%s@head" % ids[0])
    out += [q_resolve(i) for i in idents]
    out += [q_one(i) for i in ["head", "heads", "base"] + few_ids + ["%s@head" % lbl for lbl in few_labels]]
    out += [q_head(None)] + [q_head(lbl) for lbl in few_labels]

    hist = [("base", "heads"), ("base", "head")]
    for x in few_ids:
        hist += [(x, "heads"), ("base", x)]
    if len(ids) >= 2:
        hist.append((ids[-1], ids[0]))
    out += [q_hist(lo, up) for lo, up in hist]

    up_targets = ["heads", "head", "+1", "+2", "base", "head-1"] + few_ids
    up_targets += ["%s@head" % lbl for lbl in few_labels[:2]] + ["%s@+1" % lbl for lbl in few_labels[:2]]
    if ids:
        up_targets.append("%s+1" % few_ids[0])
    down_targets = ["base", "-1", "-2"] + few_ids
    down_targets += ["%s@base" % lbl for lbl in few_labels[:2]] + ["%s@-1" % lbl for lbl in few_labels[:2]]
    if ids:
        down_targets.append("%s-1" % few_ids[-1])

    chosen_states = states if len(states) <= 7 else ([states[0], states[-1]] + _sample(rng, states[1:-1], 5))
    chosen_states = sorted(set(chosen_states), key=lambda s: (len(s), s))
    ups = [q_up(s, t) for s in chosen_states for t in up_targets]
    downs = [q_down(s, t) for s in chosen_states if s for t in down_targets]
    limit = 12 if big else 40
    out += _sample(rng, ups, limit)
    out += _sample(rng, downs, limit)
    return out


def auto_stamp_queries(case_def, states):
    """Stamps from sampled version-table states to single, symbolic, labelled and paired targets."""
    rng = case_rng(case_def, "stamps")
    ids, labels = case_ids_and_labels(case_def)
    big = len(ids) > 8
    targets = [["heads"], ["head"], ["base"], ["-1"]] + [[i] for i in _sample(rng, ids, 4)]
    if len(ids) >= 2:
        targets.append(_sample(rng, ids, 2))
        targets.append(list(reversed(_sample(rng, ids, 2))))
    for lbl in labels[:2]:
        targets += [["%s@head" % lbl], ["%s@base" % lbl]]
    chosen = states if len(states) <= 5 else ([states[0], states[-1]] + _sample(rng, states[1:-1], 3))
    chosen = sorted(set(chosen), key=lambda st: (len(st), st))
    out = _sample(rng, [q_stamp(st, t) for st in chosen for t in targets], 12 if big else 30)
    if states and ids:
        out.append(q_stamp(states[-1], [rng.choice(ids)], purge=True))
    return out


def query_key(q):
    return json.dumps([q.get(k) for k in ("kind", "identifier", "branch", "lower", "upper", "current", "target")]
                      + ([q.get("targets"), q.get("purge")] if q.get("kind") == "stamp" else []))


def unique_queries(candidates):
    out = []
    seen = set()
    for q in candidates:
        key = query_key(q)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def evaluate_case(al, case_def, specs=None):
    """Run one case against Alembic. specs=None means: generate the queries and stamps."""
    result = {
        "name": case_def["name"],
        "description": case_def["description"],
        "revisions": case_def["revisions"],
        "error": None,
    }
    env = Environment(al, case_def)
    try:
        with Recorder() as rec:
            try:
                env.script.revision_map._revision_map  # builds and validates the map
                built = True
            except Exception as exc:  # noqa: BLE001 - recorded as the answer
                result["error"] = error_of(exc)
                built = False
        if rec.messages():
            result["warnings"] = rec.messages()
        if built:
            result["graph"] = graph_of(case_def, env.script.revision_map)
            if specs is None:
                states = case_states(al, env, case_def) if case_def["auto"] else []
                candidates = list(case_def["explicitQueries"])
                stamp_candidates = list(HAND_WRITTEN_STAMPS.get(case_def["name"], []))
                if case_def["auto"]:
                    candidates += auto_queries(al, env, case_def, states)
                    stamp_candidates += auto_stamp_queries(case_def, states)
                specs = {"queries": unique_queries(candidates), "stamps": unique_queries(stamp_candidates)}
            result["queries"] = [evaluate_query(al, env, q) for q in specs["queries"]]
            if specs["stamps"]:
                result["stamps"] = [evaluate_stamp(al, env, q) for q in specs["stamps"]]
        if case_def["commands"]:
            result["commands"] = [evaluate_command(al, env, args) for args in case_def["commands"]]
    finally:
        env.close()
    if case_def["migrateRejects"]:
        result["migrateRejects"] = True
    notes = case_def["notes"]
    if any("expectedToday" in q for q in result.get("queries", [])) and "1373" not in notes:
        notes = (notes + " " if notes else "") + (
            "Some downgrades here hit sqlalchemy/alembic#1373 (fixed in 1.13.1): the queries carrying "
            "`expectedToday` show 1.8.1's version rows and, in expectedToday, the rows with the fix applied.")
    result["notes"] = notes
    return result


def worker(specs_path):
    al = _alembic()
    if al["version"] != "1.8.1":
        sys.stderr.write("warning: expected Alembic 1.8.1, found %s; the data will not match README.md\n"
                         % al["version"])
    specs = None
    if specs_path:
        with open(specs_path, encoding="utf-8") as fh:
            specs = json.load(fh)
    out = []
    for case_def in all_cases():
        case_specs = None
        if specs is not None:
            case_specs = specs.get(case_def["name"], {"queries": [], "stamps": []})
        out.append(evaluate_case(al, case_def, case_specs))
    json.dump({"alembicVersion": al["version"], "hashSeed": os.environ.get("PYTHONHASHSEED"), "cases": out},
              sys.stdout)


# ---------------------------------------------------------------------------
# Orchestration: reference run, order-dependence detection, output
# ---------------------------------------------------------------------------

QUERY_INPUT_KEYS = ("kind", "identifier", "branch", "lower", "upper", "current", "target", "targets", "purge")
QUERY_ANSWER_KEYS = ("result", "steps", "error", "warnings", "expectedToday")
COMMAND_ANSWER_KEYS = ("stdout", "error", "warnings")
CASE_ANSWER_KEYS = ("error", "warnings")


def run_worker(seed, specs_path=None):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = str(seed)
    cmd = [sys.executable, os.path.abspath(__file__), "--worker"]
    if specs_path:
        cmd += ["--specs", specs_path]
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit("worker with PYTHONHASHSEED=%s failed" % seed)
    return json.loads(proc.stdout)


def _answer(obj, keys):
    return {k: obj[k] for k in keys if k in obj}


def _canon(value):
    return json.dumps(value, sort_keys=True)


def mark_variants(target, observed_objs, keys):
    """Flag ``target`` when its answer differs between hash seeds; list every distinct answer."""
    variants = []
    seen = set()
    for obj in observed_objs:
        ans = _answer(obj, keys)
        c = _canon(ans)
        if c not in seen:
            seen.add(c)
            variants.append(ans)
    if len(variants) > 1:
        target["orderDependent"] = True
        target["observed"] = variants
        return True
    return False


def merge_runs(reference, others):
    flagged = 0
    by_name = [{c["name"]: c for c in run["cases"]} for run in others]
    for case_out in reference["cases"]:
        twins = [m[case_out["name"]] for m in by_name]
        runs = [case_out] + twins
        flagged += mark_variants(case_out, runs, CASE_ANSWER_KEYS)
        if "graph" in case_out:
            graphs = [r.get("graph", {}) for r in runs]
            flagged += mark_variants(case_out["graph"], graphs, tuple(k for k in case_out["graph"]))
        for i, q in enumerate(case_out.get("queries", [])):
            others_q = [r["queries"][i] for r in twins if len(r.get("queries", [])) > i]
            for oq in others_q:
                assert query_key(oq) == query_key(q), "query lists diverged in %s" % case_out["name"]
            flagged += mark_variants(q, [q] + others_q, QUERY_ANSWER_KEYS)
        for i, q in enumerate(case_out.get("stamps", [])):
            others_q = [r["stamps"][i] for r in twins if len(r.get("stamps", [])) > i]
            for oq in others_q:
                assert query_key(oq) == query_key(q), "stamp lists diverged in %s" % case_out["name"]
            flagged += mark_variants(q, [q] + others_q, QUERY_ANSWER_KEYS)
        for i, c in enumerate(case_out.get("commands", [])):
            others_c = [r["commands"][i] for r in twins]
            flagged += mark_variants(c, [c] + others_c, COMMAND_ANSWER_KEYS)
    return flagged


def order_case(case_out):
    """Fix the key order of a case object for readability."""
    order = ["name", "description", "revisions", "error", "warnings", "orderDependent", "observed",
             "migrateRejects", "graph", "queries", "stamps", "commands", "notes"]
    return {k: case_out[k] for k in order if k in case_out}


def order_query(q):
    order = ["kind", "identifier", "branch", "lower", "upper", "current", "target", "targets", "purge", "result",
             "steps", "error", "warnings", "expectedToday", "orderDependent", "observed"]
    return {k: q[k] for k in order if k in q}


def order_command(c):
    order = ["args", "stdout", "error", "warnings", "orderDependent", "observed"]
    return {k: c[k] for k in order if k in c}


def dumps(obj, indent=0, width=160):
    """JSON with short containers kept on one line; deterministic."""
    compact = json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))
    if not isinstance(obj, (dict, list)) or not obj or len(compact) + 2 * indent <= width:
        return compact
    pad = "  " * (indent + 1)
    end = "  " * indent
    if isinstance(obj, dict):
        items = ["%s%s: %s" % (pad, json.dumps(k, ensure_ascii=False), dumps(v, indent + 1, width))
                 for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    items = ["%s%s" % (pad, dumps(v, indent + 1, width)) for v in obj]
    return "[\n" + ",\n".join(items) + "\n" + end + "]"


def orchestrate(output):
    reference = run_worker(REFERENCE_SEED)
    def spec_of(q):
        return {k: v for k, v in q.items() if k in QUERY_INPUT_KEYS}

    specs = {c["name"]: {"queries": [spec_of(q) for q in c.get("queries", [])],
                         "stamps": [spec_of(q) for q in c.get("stamps", [])]}
             for c in reference["cases"]}
    tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
    try:
        json.dump(specs, tmp)
        tmp.close()
        with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
            others = list(pool.map(lambda s: run_worker(s, tmp.name), EXTRA_SEEDS))
    finally:
        os.unlink(tmp.name)
    flagged = merge_runs(reference, others)
    cases = []
    for c in reference["cases"]:
        c = order_case(c)
        if "queries" in c:
            c["queries"] = [order_query(q) for q in c["queries"]]
        if "stamps" in c:
            c["stamps"] = [order_query(q) for q in c["stamps"]]
        if "commands" in c:
            c["commands"] = [order_command(x) for x in c["commands"]]
        cases.append(c)
    doc = {
        "alembicVersion": reference["alembicVersion"],
        "generatedBy": GENERATED_BY,
        "hashSeeds": [REFERENCE_SEED] + EXTRA_SEEDS,
        "cases": cases,
    }
    text = dumps(doc) + "\n"
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    nq = sum(len(c.get("queries", [])) for c in cases)
    ns = sum(len(c.get("stamps", [])) for c in cases)
    sys.stderr.write("%d cases, %d queries, %d stamps, %d order-dependent answers\n" % (len(cases), nq, ns, flagged))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", help="write the JSON here instead of stdout")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--specs", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.specs)
    else:
        orchestrate(args.output)


if __name__ == "__main__":
    main()
