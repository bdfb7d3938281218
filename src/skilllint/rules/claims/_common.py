"""What the claim rules share: the compiled lexicon of the run's claims pack and the claims of a document."""

from __future__ import annotations

from skilllint.claims.evidence import SCOPES, Claim, EvidenceHit, analyse
from skilllint.claims.lexicon import Lexicon, compile_lexicon, default_pack_data
from skilllint.diagnostics import Severity

INTERVENTION_SUMMARY = "an intervention such as ablation, patching or steering"


def lexicon_for(ctx) -> Lexicon:
    pack = getattr(ctx, "pack", None)
    data = pack.data if pack is not None and pack.name == "claims" and pack.data else default_pack_data()
    return compile_lexicon(data)


def claims_for(doc, ctx) -> list[Claim]:
    scope = str(ctx.options.get("evidence-scope", "section"))
    if scope not in SCOPES:
        scope = "section"
    return analyse(doc, lexicon_for(ctx), scope)


def without_capability(claims: list[Claim], ctx) -> list[Claim]:
    """The claims left when capability statements ("the cache enables Y") are skipped (option ``report-capability``)."""
    if bool(ctx.options.get("report-capability", False)):
        return claims
    lexicon = lexicon_for(ctx)
    return [claim for claim in claims if not lexicon.is_capability(claim.classification, claim.sentence.text)]


def shifted(severity: Severity, steps: int) -> Severity:
    """A severity moved up (positive) or down (negative) the scale, clamped to it."""
    order = [Severity.INFO, Severity.WARNING, Severity.ERROR]
    index = max(0, min(len(order) - 1, order.index(severity) + steps))
    return order[index]


def quoted(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'


def correlational_nearby(claim: Claim, ctx) -> EvidenceHit | None:
    """A correlational finding close enough to be what the claim rests on (option ``correlational-scope``)."""
    scope = str(ctx.options.get("correlational-scope", "paragraph"))
    return claim.finding(scope if scope in SCOPES else "paragraph")
