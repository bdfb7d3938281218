"""Claim-strength classification on skill-file phrasing."""

from __future__ import annotations

import pytest

from skilllint.claims.classifier import classify, classify_text

CASES = [
    # direct causal: interventions and their results, mechanisms stated as fact
    ("Ablating head 9.1 reduces accuracy on the IOI task by 40%.", "direct_causal"),
    ("Unit 42 makes the model detect dogs.", "direct_causal"),
    ("Head 9.9 is responsible for copying the indirect object's name.", "direct_causal"),
    ("Patching the residual stream at layer 8 restores the correct answer.", "direct_causal"),
    ("Clamping the feature to zero eliminates the refusal behaviour.", "direct_causal"),
    ("The induction heads are necessary for in-context learning.", "direct_causal"),
    ("Activation patching shows that the name movers drive the prediction.", "direct_causal"),
    # negation is still a causal claim; "can" is not a hedge
    ("Zero-ablating the MLP does not affect the logit difference.", "direct_causal"),
    ("Steering with this vector can increase honesty on TruthfulQA.", "direct_causal"),
    # conditional causal: a hedge governing the causal verb
    ("Steering the feature may shift the output toward French.", "conditional_causal"),
    ("The circuit could mediate the effect of the prompt on the answer.", "conditional_causal"),
    ("Heads in layer 9 might be involved in name moving.", "conditional_causal"),
    ("This feature appears to suppress repeated tokens.", "conditional_causal"),
    # correlational
    ("Unit 42 correlates with dogs.", "correlational"),
    ("Attention weights from head 5.5 are associated with the subject token.", "correlational"),
    ("The feature fires on Python code.", "correlational"),
    ("Layer 3 predicts the next token with 60% accuracy.", "correlational"),
    ("The direction is linearly decodable from layer 6.", "correlational"),
    ("Probe accuracy increased over training.", "correlational"),
    # harmless constructions: adjective, purpose clause, noun, background relative clause
    ("Run the script to reduce memory usage.", "none"),
    ("Use mean ablation instead of zero ablation to avoid off-distribution activations.", "none"),
    ("This skill helps you design ablation experiments.", "none"),
    ("It is unclear whether the head causes the behaviour.", "none"),
    ("Models with increased depth are associated with lower loss.", "correlational"),
    ("We saw an increase in loss on the held-out set.", "correlational"),
    ("Install the package and open the notebook.", "none"),
    # instructions are not claims; "causal" describing attention masking is not a causal claim
    ("Reduce the learning rate if the loss spikes.", "none"),
    ("Use a causal attention mask in the decoder.", "none"),
    ("Heads 3 and 4 do not affect the copy score.", "direct_causal"),
    ("Achieve stable training by regulating the entropy of the policy.", "none"),
    ("Use of the steering vector reduces toxicity.", "direct_causal"),
    ("As the model improves, training gradually shifts to harder examples.", "correlational"),
    ("The method achieves improved sample efficiency.", "none"),
    ("GRPO eliminates the need for a critic model.", "none"),
    ("Accuracy depends on the number of probes.", "correlational"),
    # advice and relative clauses describing a noun are not the sentence's claim
    ("You should reduce the learning rate when the loss spikes.", "none"),
    ("The router uses policies that determine which expert sees a token.", "none"),
    ("Unstable training: increase the batch size, reduce the learning rate.", "none"),
    ("The probe shows that head 3 drives the answer.", "direct_causal"),
    ("Does head 3 drive the answer?", "none"),
    # trends and comparisons reported without an agent are correlational
    ("Pass@1 rose from 48% to 61% over RL training.", "correlational"),
    ("Larger models had higher probe accuracy at every layer.", "correlational"),
    ("The gain is size-dependent.", "correlational"),
    ("Name mover heads attend strongly to the indirect object.", "correlational"),
    ("Task-related features are listed in Table 3.", "none"),
    # advice governs correlational cues as well as causal ones
    ("You should check the association between probe accuracy and depth.", "none"),
    ("It is important to encourage exploration early in training.", "none"),
    # a noun ending like an adjective ("coefficient") does not turn the verb after it into a noun
    ("Increasing the L1 coefficient reduces the number of active latents.", "direct_causal"),
    ("Sparse rewards make credit assignment harder.", "direct_causal"),
    ("The format reward could lead the policy to game the verifier.", "conditional_causal"),
    # a clause describing a setting states a condition; an indirect question asks
    ("Models where step-causal attention causes artifacts", "none"),
    ("Tasks in which refinement steps are essential for correctness", "none"),
    ("A single reward obscures which denoising steps contributed to quality.", "none"),
    # so does a condition: a when- or if-clause claims nothing up to its comma or its closing parenthesis
    ("- When downstream tasks benefit from semantic grouping of similar behaviors", "none"),
    ("- Markets or applications where model deployment could influence outcomes", "none"),
    # a participle after "but" is an adjective unless an object follows
    ("- Lower thresholds give smoother but delayed detection", "none"),
    ("The patch reduced loss but increased the variance.", "direct_causal"),
    ("- Approve improvements only if they reduce regressions", "none"),
    ("If the reward model is noisy, the RL component becomes harmful.", "direct_causal"),
    ("Dropout helps when data is scarce.", "direct_causal"),
    ("- Long-context models (where spectrum stability matters) degrade prediction reliability", "direct_causal"),
    # attributive adjectives and enumerated noun phrases are not predicates; a bare verb after a comma instructs
    ("More effective training and fine-tuning approaches", "none"),
    ("It combines (1) data synthesis and (2) stabilized RL methods.", "none"),
    ("At inference, suppress attention to the identified token types.", "none"),
    ("Dropout (p=0.1) reduced overfitting.", "direct_causal"),
    # a hedge inside a parenthetical relative clause does not govern the verb after it
    ("Ablating the head, which may be redundant, reduces accuracy.", "direct_causal"),
    # "is thought to" hedges a main clause; a hedged verb right after a relative pronoun describes its noun
    ("Superposition is thought to cause most polysemantic neurons.", "conditional_causal"),
    ("The audit lists prompt patterns that could lead to data exfiltration.", "none"),
    # the progressive asserts an effect; a causal noun as the object of study does not
    ("Reward hacking is killing the gains from longer RL runs.", "direct_causal"),
    ("We measured the influence of the system prompt on refusal rates.", "none"),
    ("The KV cache grows linearly with the context length.", "correlational"),
    ("Mixing in code data might raise accuracy on math benchmarks.", "conditional_causal"),
    ("The mixture lets the model learn when deep reasoning helps versus when direct answers suffice.", "none"),
    # a change verb followed by "into" or "toward" is intransitive: an observed change
    ("Late in training the policy collapses onto a single answer template.", "correlational"),
    # an arrow to a change states an effect, a two-way arrow a relation, a pipeline arrow nothing
    ("- larger group size → lower variance of the advantage", "direct_causal"),
    ("- probe accuracy ↔ layer depth (r = 0.7)", "correlational"),
    ("- tokens → embeddings → residual stream", "none"),
    ("Deduplicating the corpus may lower memorisation of test items.", "conditional_causal"),
    # "slow" and "controlled" are mostly adjectives; a check to make is not a claim
    ("The monitor flags slow tool responses.", "none"),
    ("Early phases establish controlled exploration.", "none"),
    ("Large batches slow down the update step.", "direct_causal"),
    ("No baseline: compare against Pass@1 training to ensure Pass@k actually improves your metric.", "none"),
    ("It is unclear whether head 9.1 drives the output.", "none"),
    ("- Validate that the advantage normalisation prevents large swings between batches", "none"),
    # a bare verb form after a singular noun is a compound noun ("distribution shift"); after a plural or a pronoun a verb
    ("- On-policy scenarios without distribution shift concerns", "none"),
    ("Larger groups give more context but increase computation.", "direct_causal"),
    ("Bugs here cause silent correctness errors.", "direct_causal"),
    # an instruction after a label is advice; a claim in a clause of its own after a semicolon is not
    ("- **Context manager**: Save/restore the KV cache at preemption points, reducing recomputation", "none"),
    ("- **Batch size**: Use 16-32; very small batches increase variance", "direct_causal"),
    # an adverb or an enumerator before the verb of an instruction ("Iteratively train", "(3) Use")
    ("- **Schedule**: Gradually warm up the learning rate, reducing early divergence", "none"),
    ("Only apply the length penalty to long responses, reducing verbosity.", "none"),
    ("(3) Train the probe on layer 9, improving its accuracy.", "none"),
    ("Greatly improves recall on long documents.", "direct_causal"),
    ("Only heads in layer 9 reduce the logit difference.", "direct_causal"),
    # a fixed phrase, not a change asserted
    ("- Beyond 16 samples, diminishing returns", "none"),
    # a schedule is a design, not a finding
    ("- **Curriculum**: Starts with short proofs, progressively increases their difficulty", "none"),
    ("The warm-up linearly increases the learning rate over 2,000 steps.", "none"),
    ("Warm-up gradually reduces early divergence.", "direct_causal"),
    # a hyphenated noun is not an instruction's verb
    ("Test-time scaling improves accuracy on hard prompts.", "direct_causal"),
    # "accounts for" a share causes it; otherwise it takes something into account
    ("- **Loss**: Accounts for the routing imbalance between experts", "none"),
    ("The correction term accounts for this non-linearity.", "none"),
    ("Two heads account for most of the logit difference.", "direct_causal"),
    ("Head 9.9 accounts for 40% of the effect.", "direct_causal"),
    # a finding's subject between the verb of finding and the infinitive: "we found X to reduce Y"
    ("We found mean-ablating head 9.9 to reduce the logit difference.", "direct_causal"),
    ("We used mean ablation to reduce the logit difference.", "none"),
    ("This section shows how to reduce the logit difference with patching.", "none"),
    # "overall" before a noun is an adjective of the object
    ("Dropout reduces overall training loss variance.", "direct_causal"),
    ("Training loss decreased overall.", "correlational"),
    # a correlational instrument's reading is a correlational finding; its setting is not
    ("Saliency on the negation token is 0.42 on average.", "correlational"),
    ("CKA between layers 4 and 20 is 0.93.", "correlational"),
    ("| Layer 9 probe | 88% on held-out prompts |", "correlational"),
    ("Set the IoU threshold to 0.05 for every unit.", "none"),
    ("We use an IoU threshold of 0.04 for every unit.", "none"),
    # "removes" an outcome asserts an effect; removing items is a procedure's step
    ("Zero-ablating the name movers removes the model's ability to complete the IOI prompt.", "direct_causal"),
    ("- **Deduplication**: Removes near-duplicate prompts before training", "none"),
    ("Removing the positional bias probably hurts length generalisation.", "conditional_causal"),
    # what a method estimates or scores is measured, not claimed; a share an account explains is a fit
    ("Attribution patching estimates each head's effect on the logit difference.", "none"),
    ("Integrated gradients scores every neuron's contribution to the answer.", "none"),
    ("The copy-suppression account explains 77% of the head's behaviour.", "none"),
    ("Head 9.9's effect on the logit difference is large.", "direct_causal"),
    # what a named component does is a claim about it; what a design's part does describes the design
    ("Head 3.0 moves the argument name into the docstring position.", "direct_causal"),
    ("The MLP in layer 7 computes the carry bit.", "direct_causal"),
    ("A dynamic embedding layer computes representations for new tokens.", "none"),
    ("We use layer 7 to compute the score.", "none"),
    # "therefore" is an adverb, "corpora" a plural: neither makes a compound noun of the verb after it
    ("Induction heads therefore cause the jump in in-context learning.", "direct_causal"),
    ("Larger pretraining corpora cause the emergence of arithmetic.", "direct_causal"),
    ("Head 5.7 resolves subject-verb agreement.", "direct_causal"),
    ("Head 5.4 attends to antecedents 65% of the time, so head 5.4 resolves coreference.", "direct_causal"),
    ("These French-specific neurons control whether the answer is in French.", "direct_causal"),
    ("These parameters control the trade-off.", "none"),
    # a change past a threshold is observed; an objective optimised is a procedure
    ("Probe accuracy drops below 40% after layer 18.", "correlational"),
    ("2. Fit the temperature by minimising NLL on held-out data.", "none"),
    ("The curriculum minimizes distribution shift between stages.", "direct_causal"),
    ("The model routes around the toxic vectors, which is why toxicity returns after fine-tuning.", "direct_causal"),
    ("Opening preferences may have been shaped by similar pressures.", "conditional_causal"),
    # "lower" is a verb after a plural subject and before its object
    ("Copy-suppression heads lower the logit of names already in the context.", "direct_causal"),
    ("Heads in layer 11 lower the logit of repeated names.", "direct_causal"),
    ("The lower layers hold the syntactic features.", "none"),
    # an indirect question after "tells you" asks, it does not claim
    ("The gradient tells you which direction lowers the loss.", "none"),
    # "how much X influences Y" glossing a label is an indirect question
    ("- `mixing_weight`: How much the denoiser influences generation (0.1-0.3)", "none"),
    # what is checked, measured or assumed is not asserted
    ("- Not measuring whether revisitation actually helps on the task", "none"),
    ("- Not validating that extensions actually improve solution quality", "none"),
    ("3. **Interpretability**: Monitor which steps improve reasoning", "none"),
    ("- Assuming urban specialization helps all location-based tasks", "none"),
    ("Assuming a fixed budget, larger batches improve throughput.", "direct_causal"),
    # headline and press-release wording
    ("Speculative decoding cuts serving cost by 40%", "direct_causal"),
    ("A shared KV cache could ease memory pressure on long prompts.", "conditional_causal"),
    ("Roughly half of the latency is attributable to the tokenizer.", "direct_causal"),
    ("Longer warmup linked to lower loss spikes, study finds", "correlational"),
    ("Distilled students scored slightly lower on the reasoning suite.", "correlational"),
    ("The switch to bf16 was followed by a 3% drop in accuracy.", "correlational"),
    ("The effect of batch size on calibration was studied over five seeds.", "none"),
    ("This report estimates the effect of context increases on retrieval accuracy.", "none"),
    ("We logged activations to track changes in feature density.", "none"),
    ("The tool was developed to help annotators cut labelling time.", "none"),
    ("- Prefix contamination: Ensuring cut point doesn't bias suffix generation", "none"),
    ("Verifying code correctness is critical for post-training.", "direct_causal"),
    # an indirect question after a verb that also takes a plain object ends at its comma
    ("The inverse dynamics model infers which action likely caused the transition.", "none"),
    ("By choosing which layers keep an indexer, the method eliminates half of the indexer calls.", "direct_causal"),
    # a correlational instrument reported with its value is a correlational finding; a setting is not
    ("The CKA similarity between the base and the tuned model at layer 6 is 0.91.", "correlational"),
    ("- Unit 88 in conv4 | IoU 0.17 with the 'wheel' concept", "correlational"),
    ("Keep units whose IoU exceeds the 0.04 threshold.", "none"),
    ("The tuned lens decodes the final answer by layer 18.", "correlational"),
    ("Saliency maps for the digit classifier highlight the stroke endings.", "correlational"),
    ("Sentiment is linearly separable in the residual stream from layer 4 on.", "correlational"),
    ("Copying accuracy rises in step with the induction heads' prefix-matching score.", "correlational"),
    # prevention as "keep X from", pushing toward, compensation, "may result from", hedging by consistency
    ("The entropy bonus keeps the policy from collapsing onto one answer.", "direct_causal"),
    ("Ablating layer 2 does not stop the model from completing the pattern.", "direct_causal"),
    ("Mean-ablate the head, to avoid pushing activations off-distribution.", "none"),
    ("The later heads compensate when the first copy head is ablated.", "direct_causal"),
    ("Combine results from several retrieval paths.", "none"),
    ("This is consistent with the idea that the reward model pushes the policy toward flattery.", "conditional_causal"),
    # resultatives, products and unchanged outputs; probes and lenses read, they do not cause
    ("Too high a temperature makes the loss uninformative.", "direct_causal"),
    ("A larger L1 coefficient produces more dead latents.", "direct_causal"),
    ("Mean-ablating the backup heads leaves the logit difference unchanged.", "direct_causal"),
    ("- Remove the bias term → accuracy drops by 3 points", "direct_causal"),
    ("- Router indecisive → falls back too often", "none"),
    ("- Ablate head 9.9 → logit difference falls by 40%", "direct_causal"),
    ("- Ablate head 9.9 and measure the logit difference", "none"),
    ("The probe recovers the board state with 98% accuracy.", "correlational"),
    ("The SAE explains 91% of the variance in the residual stream.", "correlational"),
    ("Chain-of-thought length is uncorrelated with accuracy.", "correlational"),
    ("Heads in the first layer probably cause the drop beyond the training length.", "conditional_causal"),
    ("Router assignments cluster by token identity rather than by topic.", "correlational"),
    ("Reward scores rise monotonically with the number of hedges.", "correlational"),
    # a change followed by "without" or an arrow is intransitive: an observed change
    ("Half of the state recovers autonomously without a recovery mechanism.", "correlational"),
    ("The method improves accuracy without retraining.", "direct_causal"),
    ("Every token gets feedback on whether it actually helps prediction.", "none"),
    ("- Ensures relaying is genuinely beneficial", "none"),
    ("- Systems needing improved generalization", "none"),
]


# A definition says what a term names: a correlational cue in its defining part is not a finding. A measured value,
# a particular subject or a relation predicated with a copula keeps a definitional-looking finding correlational.
DEFINITIONS = [
    ("A name mover head is a head that attends to the indirect object and copies its name to the output.", "none"),
    ("Monosemanticity describes a latent that responds to a single interpretable concept.", "none"),
    ("Refusal directions are computed as the difference between mean activations on harmful and harmless instructions.", "none"),
    ("Saliency maps are defined as the gradient of the class score with respect to the pixels.", "none"),
    ("- **Dense latent**: a latent that fires on more than a tenth of all tokens.", "none"),
    ('In this guide, "faithfulness" refers to the change in task metric when everything outside the circuit is mean-ablated.', "none"),
    # a set-up built by construction
    ("The original and the counterfactual prompts differ only in the name of the subject.", "none"),
    ("Contrastive pairs differ from each other only by the sentiment word.", "none"),
    # findings with a definitional look
    ("Head 7.3 is a head that attends to the previous token in 88% of prompts.", "correlational"),
    ("A previous-token head is a head that attends to the previous token in 88% of prompts.", "correlational"),
    ("This latent is a latent that fires on German text.", "correlational"),
    ("We describe a feature that fires on German text.", "correlational"),
    ("Induction heads are a circuit that is associated with the in-context learning bump.", "correlational"),
    ("Polysemanticity is a property that is more common in narrow models than in wide ones.", "correlational"),
    ("Middle-layer activations are the best predictor of truthfulness.", "correlational"),
    ("Probe accuracy is higher in middle layers than in the last layer.", "correlational"),
    ("The two checkpoints differ in probe accuracy at every layer.", "correlational"),
]


@pytest.mark.parametrize(("sentence", "label"), DEFINITIONS)
def test_definitions_are_not_findings(sentence, label):
    assert classify(sentence) == label


def test_a_noun_form_before_a_causal_verb_is_its_subject():
    classification = classify_text("Small prompt changes cause silent regressions.")
    assert [cue.phrase for cue in classification.causal] == ["cause"]
    assert classify_text("Layer 5 causes the effect.").cue.phrase == "causes"


@pytest.mark.parametrize(("sentence", "label"), CASES)
def test_labels(sentence, label):
    assert classify(sentence) == label


def test_hedge_must_govern_the_causal_verb():
    # the hedge sits in another clause, so the causal claim stays direct
    result = classify_text("Ablating the head reduces accuracy, which may explain the drop in recall.")
    assert result.label == "direct_causal"
    assert result.cue.phrase == "reduces"


def test_the_cue_is_reported_with_offsets():
    sentence = "Because neuron 3 correlates with negation, neuron 3 causes the model to flip sentiment."
    result = classify_text(sentence)
    assert result.label == "direct_causal"
    cue = result.cue
    assert sentence[cue.start : cue.end] == cue.phrase == "causes the model"
    assert [c.phrase for c in result.correlational] == ["correlates with"]


def test_hedge_is_reported():
    result = classify_text("Layer 20 may drive the refusal behaviour.")
    assert result.label == "conditional_causal"
    assert [h.phrase for h in result.hedges] == ["may"]
    assert result.cue.phrase == "drive"


def test_whitespace_and_case_do_not_matter_and_offsets_survive():
    sentence = "ABLATING  the head\nREDUCES   accuracy."
    result = classify_text(sentence)
    assert result.label == "direct_causal"
    assert sentence[result.cue.start : result.cue.end] == "REDUCES"


def test_empty_and_odd_input():
    assert classify("") == "none"
    assert classify("İstanbul İİ reduces nothing?") in {"none", "direct_causal"}


def test_heading_claims():
    from skilllint.claims.classifier import classify_text, heading_claim

    def label(heading):
        return heading_claim(heading, classify_text(heading)).label

    assert label("Controls & Confounds") == "none"
    assert label("Section 3: Controls & Confounds") == "none"
    assert label("Effects of Dropout") == "none"
    assert label("What Drives Performance") == "none"
    assert label("Induction heads cause in-context learning") == "direct_causal"
    assert label("Head 9.1 is responsible for copying") == "direct_causal"
    assert label("Step 6: Evaluate Enhanced Model") == "none"
    assert label("Step 2: Dropout reduces overfitting") == "direct_causal"


def test_correlational_findings():
    from skilllint.claims.evidence import correlational_finding
    from skilllint.claims.lexicon import default_lexicon

    lexicon = default_lexicon()
    assert correlational_finding("Unit 42 correlates with dog images.", lexicon) == "correlates with"
    assert correlational_finding("Probe accuracy on layer 12 reached 91%.", lexicon) == "Probe accuracy"
    assert correlational_finding("We visualise attention patterns for every head.", lexicon) is None
    assert correlational_finding("Check whether the loss correlates with length.", lexicon) is None
    assert correlational_finding("Use an IoU threshold of 0.5.", lexicon) is None
    assert correlational_finding("The critic predicts a value for each state.", lexicon) is None
