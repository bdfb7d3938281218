"""The skillxiv pack, its data schema, the frontmatter schema and the `skillxiv` config key."""

from __future__ import annotations

import jsonschema
import pytest

from skilllint import config as config_module
from skilllint import resources
from skilllint.packs import PackError, PackSet


def test_schemas_are_valid_json_schemas():
    for schema in (resources.schema("skillxiv-frontmatter"), resources.pack_data_schema("skillxiv")):
        jsonschema.Draft202012Validator.check_schema(schema)


def test_pack_extends_agent_skills_and_allows_the_skillxiv_fields():
    pack = PackSet().get("skillxiv")
    assert pack.extends == ["agent-skills"]
    for field in ("name", "description", "title", "version", "engine", "license", "url", "keywords", "tags", "category"):
        assert field in pack.allowed_fields
    assert len(pack.data["categories"]) == 11
    assert pack.data["license"] == "MIT"


def test_invalid_pack_data_is_a_clear_error(tmp_path):
    user = tmp_path / "skillxiv.yaml"
    user.write_text("name: skillxiv\ndata:\n  thresholds:\n    near-duplicate-title: 150\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"data\.thresholds\.near-duplicate-title"):
        PackSet([user]).get("skillxiv")


def test_config_key(tmp_path):
    good = tmp_path / ".skilllint.yaml"
    good.write_text("skillxiv:\n  tags-registry: registry/tags.json\n", encoding="utf-8")
    assert config_module.load(good).get("skillxiv") == {"tags-registry": "registry/tags.json"}
    bad = tmp_path / "bad.yaml"
    bad.write_text("skillxiv:\n  tag-registry: tags.json\n", encoding="utf-8")
    with pytest.raises(config_module.ConfigError, match="skillxiv"):
        config_module.load(bad)


def test_every_skillxiv_rule_belongs_to_the_pack_and_is_documented():
    from skilllint.rules import all_rules

    rules = [r for r in all_rules() if r.code.startswith("SX")]
    assert len(rules) == 18
    for rule in rules:
        assert rule.pack == "skillxiv"
        assert rule.doc_section("Why it matters") and rule.doc_section("Fix")
