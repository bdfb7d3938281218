"""The claim rules: exact codes, positions and severities."""

from __future__ import annotations

import pytest
from helpers import FIXTURES, lint_fixture, lint_text

from skilllint.diagnostics import Severity

SELECT = ["CL"]
HEAD = "---\nname: demo\ndescription: \"Demo skill. Use when testing.\"\n---\n\n# Demo\n\n"


def found(body: str, config: dict | None = None):
    return [(d.code, d.line, d.column, d.severity) for d in lint_text(HEAD + body, select=SELECT, config=config)]


def test_correlational_evidence_in_the_paragraph_is_a_warning():
    body = "A probe reads the country from layer 12 with 94% accuracy.\nLayer 12 drives the answer.\n"
    assert found(body) == [("CL001", 9, 10, Severity.WARNING)]


def test_correlational_evidence_in_the_same_sentence_is_an_error():
    body = "Because neuron 3 correlates with negation, neuron 3 causes the model to flip sentiment.\n"
    assert found(body) == [("CL001", 8, 53, Severity.ERROR)]


def test_intervention_in_the_section_licenses_the_claim():
    body = (
        "## Findings\n\nLayer 12 drives the answer, as the probe suggests.\n\n"
        "### Method\n\nWe zero-ablate layer 12 and measure accuracy.\n"
    )
    assert found(body) == []


def test_intervention_in_another_section_does_not_license():
    body = (
        "## Findings\n\nHead 9.9 is responsible for copying the name.\n\n"
        "## Elsewhere\n\nWe ablate every head in turn.\n"
    )
    assert found(body) == [("CL002", 10, 13, Severity.INFO)]


def test_weak_evidence_lowers_the_severity():
    body = "Attribution patching and a probe (accuracy 0.93) both point at head 3, so head 3 drives the copy behaviour.\n"
    assert found(body) == [("CL001", 8, body.index("drives") + 1, Severity.WARNING)]


def test_weak_evidence_alone_is_named():
    diagnostics = lint_text(HEAD + "By attribution patching, head 3 drives the copy behaviour.\n", select=SELECT)
    assert [(d.code, d.line) for d in diagnostics] == [("CL002", 8)]
    assert "attribution patching" in diagnostics[0].message


def test_shifting_activations_is_an_intervention():
    body = "Attention maps single out register tokens; shifting their activations to new tokens shows they drive the outliers.\n"
    assert found(body) == []


def test_conditional_claim_without_evidence():
    assert found("Layer 20 may drive the refusal behaviour.\n") == [("CL003", 8, 14, Severity.INFO)]


def test_conditional_claim_with_correlational_evidence_passes():
    assert found("Refusal is decodable from layer 20, so layer 20 may drive refusals.\n") == []


def test_message_names_the_phrase_and_the_evidence_sought():
    [diagnostic] = lint_text(HEAD + "Head 9.9 is responsible for copying the name.\n", select=SELECT)
    assert '"responsible for"' in diagnostic.message
    assert "ablation" in diagnostic.message and "patching" in diagnostic.message
    assert diagnostic.name == "unlicensed-causal-claim"


def test_code_blocks_are_not_read():
    assert found("```python\n# head 9.9 is responsible for copying\n```\n") == []


def test_correlational_evidence_must_be_near_to_be_blamed():
    body = (
        "A probe reads the country from layer 12 with 94% accuracy.\n\n"
        "The probe was trained for ten epochs.\n\n"
        "Layer 12 drives the answer.\n"
    )
    assert [c for c, *_ in found(body)] == ["CL002"]
    wide = {"rules": {"CL001": {"correlational-scope": "section"}, "CL002": {"correlational-scope": "section"}}}
    assert [c for c, *_ in found(body, config=wide)] == ["CL001"]


def test_a_finding_right_before_the_claim_is_what_it_rests_on():
    items = "- A probe reads the country from layer 12 with 94% accuracy.\n- Layer 12 therefore drives the answer.\n"
    [diagnostic] = lint_text(HEAD + items, select=SELECT)
    assert (diagnostic.code, diagnostic.line) == ("CL001", 9)
    assert "right before it, line 8" in diagnostic.message
    paragraphs = "A probe reads the country from layer 12 with 94% accuracy.\n\nLayer 12 drives the answer.\n"
    assert [c for c, *_ in found(paragraphs)] == ["CL001"]
    intro = "A probe reads the country from layer 12 with 94% accuracy:\n\n- layer 12 drives the answer\n"
    assert [c for c, *_ in found(intro)] == ["CL001"]
    other_section = "A probe reads the country from layer 12 with 94% accuracy.\n\n## Use\n\nLayer 12 drives the answer.\n"
    assert [c for c, *_ in found(other_section)] == ["CL002"]


def test_a_heading_claim_rests_on_the_finding_right_under_it():
    body = (
        "## Induction heads cause in-context learning\n\n"
        "Induction heads' prefix-matching scores correlate with in-context learning (r = 0.93).\n"
    )
    [diagnostic] = lint_text(HEAD + body, select=SELECT)
    assert (diagnostic.code, diagnostic.line) == ("CL001", 8)
    assert "right under it, line 10" in diagnostic.message


def test_a_method_mentioned_is_not_a_finding():
    body = (
        "We visualise attention patterns and compute IoU for every head.\n"
        "The KL penalty causes the policy to collapse.\n"
    )
    assert [c for c, *_ in found(body)] == ["CL002"]


def test_a_finding_about_something_else_is_not_what_the_claim_rests_on():
    body = "Reward correlates with response length.\nThe KL penalty causes the policy to collapse.\n"
    assert [c for c, *_ in found(body)] == ["CL002"]
    body = "Reward correlates with the KL penalty.\nThe KL penalty causes the policy to collapse.\n"
    assert found(body) == [("CL001", 9, 16, Severity.WARNING)]


def test_a_finding_grounds_a_claim_only_as_its_reason():
    body = "Head 3 drives the copy behaviour because head 3 correlates with the copy score.\n"
    assert [(c, s) for c, _l, _c, s in found(body)] == [("CL001", Severity.ERROR)]
    body = "Filtering prevents the large gradients associated with void turns.\n"
    assert [c for c, *_ in found(body)] == ["CL002"]


def test_a_measured_instrument_is_a_finding_but_a_setting_is_not():
    body = "Probe accuracy on layer 12 reached 91%.\nLayer 12 drives the answer.\n"
    assert [c for c, *_ in found(body)] == ["CL001"]
    body = "Use an IoU threshold of 0.5 on layer 12.\nLayer 12 drives the answer.\n"
    assert [c for c, *_ in found(body)] == ["CL002"]


def test_an_instruction_to_measure_a_correlation_is_not_a_finding():
    body = "Compute the correlation between head 3 and the copy score.\nHead 3 drives the copy behaviour.\n"
    assert [c for c, *_ in found(body)] == ["CL002"]


def test_a_finding_in_another_list_item_is_not_in_the_paragraph():
    body = (
        "- Head 3 correlates with the copy score.\n"
        "- Layer norm matters.\n\n"
        "Unrelated text.\n\n"
        "- Head 3 drives the copy behaviour.\n"
    )
    assert [c for c, *_ in found(body)] == ["CL002"]
    body = "- Head 3 correlates with the copy score, so head 3 drives the copy behaviour.\n"
    assert [(c, s) for c, _l, _c, s in found(body)] == [("CL001", Severity.ERROR)]


def test_section_titles_are_not_claims():
    for title in ("Controls & Confounds", "Controls and Confounds", "Section 3: Controls & Confounds",
                  "Effects of Dropout", "Impact on Accuracy", "Reducing Memory Usage", "How Dropout Reduces Overfitting",
                  "Step 4: Action Space Augmented Reasoning"):
        assert found(f"## {title}\n\nText.\n") == [], title


def test_a_paragraph_of_one_bold_line_is_read_as_a_heading():
    assert found("**Impact on 81-frame prediction:**\n\nText.\n") == []
    assert found("**Step 4: Action Space Augmented Reasoning**\n\nText.\n") == []
    assert found("**Finding 3: Model-based augmentation reduces dependency**\n\nText.\n") == [("CL002", 8, 39, Severity.INFO)]
    assert found("**Impact on** accuracy is large.\n\nText.\n") == [("CL002", 8, 3, Severity.INFO)]


def test_a_heading_that_is_a_causal_clause_is_a_claim():
    assert found("## Induction heads cause in-context learning\n\nText.\n") == [("CL002", 8, 20, Severity.INFO)]
    assert found("## Head 9.1 is responsible for copying\n\nText.\n") == [("CL002", 8, 16, Severity.INFO)]


def test_exemplary_example_is_clean():
    assert lint_fixture(FIXTURES / "examples" / "exemplary-mechanistic" / "SKILL.md") == []


def test_evidence_scope_option():
    body = "## Findings\n\nLayer 12 drives the answer.\n\nWe ablate layer 12 and accuracy falls.\n"
    assert found(body) == []
    narrow = {"rules": {"unlicensed-causal-claim": {"evidence-scope": "paragraph"}}}
    assert [c for c, *_ in found(body, config=narrow)] == ["CL002"]


def test_fixtures_report_exact_lines():
    def codes(name: str):
        return [(d.code, d.line, d.column) for d in lint_fixture(FIXTURES / name, select=SELECT)]

    assert codes("causation-from-correlation/bad.md") == [("CL001", 11, 20)]
    assert codes("causation-from-correlation/bad-same-sentence.md") == [("CL001", 8, 60)]
    assert codes("unlicensed-causal-claim/bad.md") == [("CL002", 10, 13)]
    assert codes("conditional-claim-without-evidence/bad.md") == [("CL003", 8, 14)]
    for name in ("causation-from-correlation", "unlicensed-causal-claim", "conditional-claim-without-evidence"):
        assert codes(f"{name}/good.md") == []


def test_mechanistic_profile_runs_the_claim_rules():
    diagnostics = lint_text(HEAD + "Head 9.9 is responsible for copying the name.\n", profile="mechanistic-analysis")
    assert ("CL002", 8) in [(d.code, d.line) for d in diagnostics]


def test_a_lab_adds_its_own_instrument(tmp_path):
    from skilllint.config import Config
    from skilllint.document import SkillDocument
    from skilllint.engine import Linter, Options
    from skilllint.packs import builtin_pack

    claim = "Head 9.9 is responsible for copying the name after frobnicating it.\n"
    assert [d.code for d in lint_text(HEAD + claim, select=SELECT)] == ["CL002"]

    instruments = builtin_pack("claims").data["intervention_evidence"] + [r"\bfrobnicat\w*"]
    pack = tmp_path / "claims.yaml"
    lines = ["name: claims", "extends: []", "data:", "  intervention_evidence:"]
    lines += ["    - '" + pattern.replace("'", "''") + "'" for pattern in instruments]
    pack.write_text("\n".join(lines) + "\n", encoding="utf-8")
    linter = Linter(Config({"packs": [str(pack)]}, tmp_path), Options(select=SELECT))
    doc = SkillDocument.from_text(HEAD + claim, tmp_path / "SKILL.md", "SKILL.md")
    assert linter.finish([linter.lint_document(doc)]).diagnostics == []


CAPABILITY = "The sliding-window cache enables 1M-token contexts on one GPU.\n\nThe adapter may facilitate transfer to new tasks.\n"


def test_capability_statements_are_not_unlicensed_claims():
    assert found(CAPABILITY) == []


def test_a_capability_verb_beside_an_effect_verb_is_still_a_claim():
    assert [c for c, *_ in found("The cache enables long contexts and reduces latency.\n")] == ["CL002"]


def test_a_causal_noun_phrase_that_a_capability_verb_makes_possible_is_part_of_the_capability():
    assert found("The key innovation enables practical benefits in real-world scenarios.\n") == []
    assert found("| `scale` | 1.0 | Controls trajectory influence on motion |\n") == []
    assert [c for c, *_ in found("The benefits of caching enable longer contexts.\n")] == ["CL002"]


def test_a_component_in_an_earlier_clause_does_not_make_a_capability_a_claim():
    assert found("The layer keeps a delta-rule memory, enabling selective retention.\n") == []
    assert [c for c, *_ in found("Head 9.1 controls copying.\n")] == ["CL002"]


def test_capability_statements_are_reported_when_asked():
    config = {"rules": {"CL002": {"report-capability": True}, "CL003": {"report-capability": True}}}
    assert [c for c, *_ in found(CAPABILITY, config)] == ["CL002", "CL003"]


def test_capability_statements_with_correlational_evidence_are_still_blamed():
    body = "A probe reads the country from layer 12 with 94% accuracy.\nLayer 12 enables the answer.\n"
    assert [c for c, *_ in found(body)] == ["CL001"]


def test_a_setting_that_controls_something_is_a_capability_but_a_component_that_does_is_a_finding():
    body = (
        "The sampling temperature controls the diversity of rollouts.\n\nThe step size is controlled by a schedule.\n\n"
        "Head 9.1 controls copying of the name.\n"
    )
    assert [(c, line) for c, line, *_ in found(body)] == [("CL002", 12)]


def test_a_method_named_as_not_done_is_no_evidence():
    for evidence in (
        "We did not run any ablation or patching.",
        "\n\nAblation would be needed to confirm this.",
        "\n\n| method | status |\n| --- | --- |\n| ablation | not done |",
    ):
        assert [c for c, *_ in found(f"Layer 12 drives the answer. {evidence}\n")] == ["CL002"], evidence
    assert found("Zero-ablating layer 12 removes the answer, so layer 12 drives the answer.\n") == []


def test_weak_evidence_named_as_unused_does_not_lower_the_severity():
    body = (
        "Because neuron 512 correlates with positive sentiment, neuron 512 causes positive outputs. "
        "We do not use attribution patching here.\n"
    )
    assert [(c, s) for c, _line, _col, s in found(body)] == [("CL001", Severity.ERROR)]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_claim_positions_in_lf_crlf_and_cr_files(newline):
    body = "Some intro.\n\n- First item.\n- Layer 12 drives the answer.\n\nHead 9.9 is responsible for copying the name.\n"
    diagnostics = lint_text((HEAD + body).replace("\n", newline), select=SELECT)
    assert [(d.code, d.line, d.column, d.end_line, d.end_column) for d in diagnostics] == [
        ("CL002", 11, 12, 11, 30),
        ("CL002", 13, 13, 13, 46),
    ]


def test_evidence_in_underscore_emphasis_licenses():
    assert found("Layer 12 drives the answer. We _ablate_ layer 12 and accuracy falls.\n") == []
    assert found("Layer 12 drives the answer.\n\nWe __zero-ablate__ layer 12.\n") == []


def test_a_causal_claim_said_not_to_follow_is_not_reported():
    body = (
        "Feature 1234 correlates with refusals (r = 0.71), but this does not mean feature 1234 causes refusals.\n\n"
        "Probe accuracy reaches 93% at layer 9. Activation patching would be needed to show that layer 9 "
        "determines the prediction.\n"
    )
    assert found(body) == []


def test_a_claim_disclaimed_is_not_reported():
    body = (
        "Head 1.4 attends to the first token in 94% of prompts. This does not mean head 1.4 causes the model's "
        "positional generalisation.\n\n"
        "We did not run ablations, so we do not claim that the French neuron causes the model to produce French.\n\n"
        "It was not shown that the same heads drive the task on natural text.\n"
    )
    assert found(body) == []


def test_activation_addition_rescaling_truncation_and_controlled_runs_are_interventions():
    for sentence in (
        "Adding the vector shifts ratings by 35 points, so the direction controls sentiment.",
        "Rescaling the residual stream at layer 12 lowers the attention temperature.",
        "Early answering changed answers less often at 52B, so larger models rely less on the reasoning.",
        "In a controlled sweep over the data fraction, larger fractions shorten the time to grok.",
        "Runs without weight decay never grokked, so weight decay drives the cleanup phase.",
        "Keep the first four tokens in the cache; dropping them degrades perplexity sharply.",
        "Restoring the clean MLP outputs at layer 15 recovers most of the answer, so those MLPs mediate recall.",
        "Their edges' removal raises the KL most, so heads 9.1 and 10.7 move the year token.",
        "Retrained with everything else fixed, deduplicated models memorise less, so duplication causes memorisation.",
    ):
        assert found(sentence + "\n") == [], sentence


def test_a_claim_still_to_be_shown_with_a_decimal_in_it_is_not_made():
    body = (
        "Head 0.5 attends to the previous token in 97% of positions. Path patching would be needed to show "
        "that head 0.5 drives induction.\n"
    )
    assert found(body) == []


def test_a_finding_shares_words_with_the_claim_across_plurals_and_hyphens():
    plural = "Dead latents are associated with the peak learning rate.\nHigh learning rates cause latents to die.\n"
    assert [c for c, *_ in found(plural)] == ["CL001"]
    row = "| Truth-direction probe accuracy 0.89 | The truth direction controls the answer |\n|---|---|\n"
    assert [c for c, *_ in found(row)] == ["CL001"]


def test_a_drop_in_a_measure_is_no_intervention():
    assert [c for c, *_ in found("Accuracy dropped sharply, so head 3.1 drives the answer.\n")] == ["CL002"]


def test_a_component_index_is_no_measured_value():
    assert found("The attention pattern of head 9.6 is responsible for copying the name.\n") == [
        ("CL002", 8, 38, Severity.INFO)
    ]


def test_a_finding_that_ends_in_a_number_is_its_own_sentence():
    body = "Head 9.6 attends to the name with mean attention weight 0.71. Head 9.6 is therefore responsible for copying.\n"
    assert found(body) == [("CL001", 8, 85, Severity.WARNING)]


def test_a_finding_and_its_conclusion_in_one_table_row():
    body = (
        "| Observation | Conclusion |\n|---|---|\n"
        "| The negation token has a saliency score of 0.82 | The negation token drives the sentiment flip |\n"
        "| Layer 3 is 91% decodable | Dropout reduces overfitting |\n"
    )
    assert found(body) == [("CL001", 10, 72, Severity.WARNING), ("CL002", 11, 38, Severity.INFO)]


def test_scrambling_or_replacing_internals_is_an_intervention():
    assert found("Scrambling the attention weights lowers accuracy from 95% to 60%, so attention drives the prediction.\n") == []
    assert found("Replacing the attention weights with uniform weights drops accuracy, so attention drives it.\n") == []
    assert [c for c, *_ in found("We shuffle the training data each epoch, so attention drives the prediction.\n")] == ["CL002"]


def test_a_finding_elsewhere_is_named_with_its_line():
    body = "A probe reads the country from layer 12 with 94% accuracy.\nLayer 12 drives the answer.\n"
    (diagnostic,) = lint_text(HEAD + body, select=SELECT)
    assert '("probe" in its paragraph, line 8)' in diagnostic.message


def test_a_claim_whose_subject_is_a_pronoun_rests_on_the_finding_before_it():
    body = "Head 9.6 attends to the indirect object in 87% of prompts. It therefore drives the copying.\n"
    assert found(body) == [("CL001", 8, 73, Severity.WARNING)]
    assert [c for c, *_ in found("We trained for 3 epochs. It reduces overfitting.\n")] == ["CL002"]


def test_a_measurement_in_one_cell_grounds_the_conclusion_in_its_row():
    body = (
        "| Observation | Measurement | Conclusion |\n|---|---|---|\n"
        "| Saliency on the negation token | saliency score 0.82 | The negation token drives the flip |\n"
    )
    assert found(body) == [("CL001", 10, 77, Severity.WARNING)]
